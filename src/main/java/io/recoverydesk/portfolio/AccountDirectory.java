package io.recoverydesk.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.TenantId;

/**
 * Accounts as other modules need them: whether a user may see one, and the facts that
 * contact rules read about its debtor.
 */
public interface AccountDirectory {

    /**
     * The account when the user's tenant and creditor scope include it; empty otherwise.
     */
    Optional<AccountRef> visible(CurrentUser user, UUID accountId);

    /**
     * The accounts among {@code accountIds} that the user may see, by id (the others are
     * absent): for lists, in a statement per few hundred ids instead of one per row.
     */
    java.util.Map<UUID, AccountRef> visible(CurrentUser user, java.util.Collection<UUID> accountIds);

    /**
     * The debtor's contact facts for the rules: every contact point of the debtor,
     * whoever supplied it, because the rules protect the person, not one creditor's view
     * of them.
     */
    Optional<ContactFacts> contactFacts(TenantId tenant, UUID accountId);

    /**
     * As {@link #contactFacts(TenantId, UUID)}, but empty when the user may not see the
     * account: the visibility check and the facts in one round trip.
     */
    Optional<ContactFacts> contactFacts(CurrentUser user, UUID accountId);

    /**
     * The debtor's contact points that the user may see, masked for display (a full value
     * only through an audited reveal).
     */
    List<PointLabel> visibleContactPoints(CurrentUser user, UUID accountId);

    /**
     * The figures a message may quote (creditor's name, outstanding balance, days past
     * due), when the user may see the account; empty otherwise.
     */
    Optional<AccountFigures> figures(CurrentUser user, UUID accountId);

    /**
     * Accounts the user may see that match the selection, largest balance first, at most
     * {@code limit} (work queues: assignment by ids or by filter, reprioritising).
     */
    List<Workable> select(CurrentUser user, Selection selection, int limit);

    /**
     * The accounts {@link #select} would list, in its order, {@code size} of them from
     * {@code offset}, as ids and statuses only: a cheap walk through a large selection
     * (the first unassigned accounts of a filter).
     */
    List<Ranked> rank(CurrentUser user, Selection selection, int offset, int size);

    /**
     * Which accounts: {@code ids} and {@code creditorRefs} (when not null, either
     * matches), a creditor code, a bucket label (M1 … M6+), a minimum balance; null parts
     * do not filter.
     */
    record Selection(java.util.Collection<UUID> ids, java.util.Collection<String> creditorRefs, String creditorCode,
            String bucket, java.math.BigDecimal minBalance) {
    }

    /** An account in a ranked walk: its id and status. */
    record Ranked(UUID id, String status) {
    }

    /** An account's facts for work queues: outstanding balance, days past due, bucket. */
    record Workable(UUID id, String creditorCode, String creditorRef, String debtorName, String currency,
            java.math.BigDecimal balance, long dpd, String bucket, String status) {
    }

    /** An account's figures for messages: {@code balance} in {@code currency}. */
    record AccountFigures(UUID id, String creditorName, String currency, java.math.BigDecimal balance, long dpd) {
    }

    /**
     * Marks one of the account's debtor's contact points invalid (a wrong or dead
     * number), audited; nothing happens when it is not that debtor's or the user may not
     * see it.
     */
    void markContactPointInvalid(CurrentUser user, UUID accountId, UUID contactPointId, String why);

    /** A contact point as a person sees it: {@code label} is masked. */
    record PointLabel(UUID id, String kind, String label, boolean valid) {
    }

    /**
     * The creditors whose accounts the user may see, by code, for choosing one on a form.
     */
    List<CreditorName> creditors(CurrentUser user);

    /** A creditor by its code and name. */
    record CreditorName(String code, String name) {
    }

    /** An account in short. */
    record AccountRef(UUID id, UUID debtorId, String creditorCode, String creditorRef, String debtorName) {
    }

    /** Where and how the debtor of an account can be reached. */
    record ContactFacts(UUID accountId, UUID debtorId, String creditorCode, List<ContactPoint> contactPoints) {

        /**
         * The country of the debtor's first address, or null when no address is known.
         */
        public String addressCountry() {
            return contactPoints.stream()
                .filter(cp -> cp.kind().equals("ADDRESS") && cp.country() != null)
                .map(ContactPoint::country)
                .findFirst()
                .orElse(null);
        }

    }

    /**
     * A contact point: {@code value} is the E.164 number, the email or the address text;
     * {@code country}/{@code province} are set for addresses.
     */
    record ContactPoint(UUID id, String kind, String value, boolean valid, String country, String province) {
    }

}
