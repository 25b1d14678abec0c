package io.recoverydesk.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.compliance.policy.Channel;
import io.recoverydesk.compliance.policy.Direction;
import io.recoverydesk.compliance.policy.Outcome;
import io.recoverydesk.compliance.policy.Party;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.PortfolioAdministration;

import org.springframework.stereotype.Component;

/**
 * Two weeks of contact history for the demo agents, recorded through the compliance door
 * as contacts reported after the fact: mostly unanswered calls and conversations inside
 * the window, a few late-evening calls (violations, alerts) and a few notes with wording
 * the scanner flags — so the dashboard, the desk and the QA queue have something to show.
 * Callbacks requested in the last days carry their {@code callbackAt}, which casework
 * turns into CALLBACK tasks for the agent.
 */
@Component
class DemoContactHistory {

    private static final Outcome[] OUTCOMES = { Outcome.NO_ANSWER, Outcome.NO_ANSWER, Outcome.NO_ANSWER,
            Outcome.NO_ANSWER, Outcome.BUSY, Outcome.VOICEMAIL, Outcome.RIGHT_PARTY_CONTACT,
            Outcome.RIGHT_PARTY_CONTACT, Outcome.PROMISE_TO_PAY, Outcome.REFUSED_TO_PAY, Outcome.CALLBACK_REQUESTED,
            Outcome.HARDSHIP };

    private static final String[] NOTES = { "客户表示月底发工资后还款", "提醒客户最低还款额，客户表示知道了", "客户称近期失业，申请分期", "无人接听", "客户要求下午再联系",
            "已告知逾期后果及还款渠道" };

    private static final String[] FLAGGED = { "客户拒绝还款，说再不还就通知你单位", "告诉客户会上征信黑名单" };

    private final ContactDoor door;

    private final PortfolioAdministration portfolio;

    private final Clock clock;

    DemoContactHistory(ContactDoor door, PortfolioAdministration portfolio, Clock clock) {
        this.door = door;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    /** Records the history; answers how many contacts. */
    int record(TenantId tenant, ZoneId zone, String agent, Set<String> creditors, long seed) {
        Random random = new Random(seed);
        CurrentUser user = new CurrentUser(tenant, UUID.nameUUIDFromBytes(agent.getBytes()), agent, agent,
                Set.of(Role.AGENT), null, creditors);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant now = clock.instant();
        int recorded = 0;
        for (String creditor : creditors.stream().sorted().toList()) {
            List<UUID> accounts = portfolio.accountIds(tenant, creditor, 80);
            for (UUID account : accounts) {
                int contacts = 1 + random.nextInt(3);
                for (int i = 0; i < contacts; i++) {
                    LocalDate day = today.minusDays(1 + random.nextInt(14));
                    boolean late = random.nextInt(40) == 0;
                    int minute = late ? 22 * 60 + 5 + random.nextInt(40) : 8 * 60 + 30 + random.nextInt(12 * 60);
                    Instant started = day.atTime(minute / 60, minute % 60).atZone(zone).toInstant();
                    if (!started.isBefore(now.minusSeconds(600))) {
                        continue;
                    }
                    Outcome outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
                    String note = random.nextInt(60) == 0 ? FLAGGED[random.nextInt(FLAGGED.length)]
                            : outcome == Outcome.NO_ANSWER ? null : NOTES[random.nextInt(NOTES.length)];
                    door.record(user,
                            new ContactDoor.Report(account, Channel.CALL, Direction.OUTBOUND, null, Party.DEBTOR,
                                    started, outcome, outcome.isConversation() ? 60 + random.nextInt(400) : null, note,
                                    null, null, "demo-" + agent + "-" + account + "-" + i,
                                    callbackAt(outcome, day, today, zone, now, recorded)));
                    recorded++;
                }
            }
        }
        return recorded;
    }

    /**
     * The callback agreed in a CALLBACK_REQUESTED conversation of the last days: two or
     * three days later during the day, when that is still ahead (the door takes only
     * future callbacks; casework makes each a CALLBACK task for the agent, due today or
     * later). Older requests are taken as done.
     */
    private static Instant callbackAt(Outcome outcome, LocalDate day, LocalDate today, ZoneId zone, Instant now,
            int n) {
        if (outcome != Outcome.CALLBACK_REQUESTED || day.isBefore(today.minusDays(4))) {
            return null;
        }
        LocalDate on = day.plusDays(2 + day.getDayOfMonth() % 2);
        Instant at = on.atTime(10 + n % 8, n * 10 % 60).atZone(zone).toInstant();
        return at.isAfter(now.plusSeconds(60)) ? at : null;
    }

}
