package io.recoverydesk.allocation.engine;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One account during a run: its expected value in cents and where it stands so far. */
final class Item {

    final AccountToAllocate account;

    /** Balance × propensity in cents; long arithmetic keeps 100,000 accounts fast. */
    final long evCents;

    final Set<String> skills;

    @Nullable Desk desk;

    @Nullable Reason reason;

    String detail = "";

    Item(AccountToAllocate account, Set<String> skills) {
        this.account = account;
        this.evCents = account.expectedValue().unscaledValue().longValueExact();
        this.skills = skills;
    }

    UUID id() {
        return account.accountId();
    }

    @Nullable String current() {
        return account.currentAgent();
    }

    void place(Desk desk, Reason reason, String detail) {
        this.desk = desk;
        this.reason = reason;
        this.detail = detail;
    }

}
