package io.recoverydesk.allocation.engine;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Assigns accounts to agents by four ordered rules, deterministically (whatever the input
 * order; ties go by username, then account id):
 * <ol>
 * <li>Overrides: an account with an override goes to that agent, beyond capacity, while
 * absent or without the skills if need be (the load notes say so). An override naming an
 * agent missing from the list leaves the account unassigned.</li>
 * <li>Continuity: a debtor's accounts move as one unit. They follow an override on one of
 * the debtor's accounts when that agent has the skills and room; otherwise they stay with
 * the current agent holding most of them who is available, holds every skill and has room
 * for all of them (most valuable debtors first when room is short). A debtor is split
 * only when no available agent holds all the skills their accounts need.</li>
 * <li>Distribution: the rest (new accounts, those of absent agents or leavers, those
 * their agent has no room or skill for), debtors needing the rarest skills first, then
 * the most valuable, each to the skilled agent with room whose expected value per
 * full-time share is lowest. A debtor is never split for lack of room: it waits, gets a
 * second chance after the fairness pass, and is otherwise reported NO_CAPACITY.</li>
 * <li>Fairness, per team: whole debtors move from agents above {@code mean × (1 + band)}
 * towards agents below {@code mean × (1 − band)} (or from the top to the bottom of the
 * team), within skills and capacity, only when the move brings the team closer to the
 * band. Overrides and what follows them never move. Debtors kept for continuity move only
 * when the policy does not keep continuity, and only when no debtor placed in this run
 * would do. Each debtor moves at most once.</li>
 * </ol>
 * Capacity is {@link AgentCapacity#capacity()}: absent or inactive agents take nothing
 * but overrides.
 */
public final class Allocator {

    private final AllocationPolicy policy;

    public Allocator(AllocationPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public AllocationPlan allocate(Collection<AccountToAllocate> accounts, Collection<AgentCapacity> agents) {
        Run run = new Run(accounts, agents, policy);
        List<Unit> open = new Continuity(run).apply();
        List<Unit> waiting = new Distribution(run).apply(open);
        FairnessPass fairness = new FairnessPass(run);
        fairness.balance();
        if (!waiting.isEmpty()) {
            // fairness moves may have freed room where the waiting debtors need it
            Distribution again = new Distribution(run);
            List<Unit> stillWaiting = again.apply(waiting);
            if (stillWaiting.size() < waiting.size()) {
                fairness.balance();
            }
            again.giveUp(stillWaiting);
        }
        return new PlanReport(run).plan(fairness.report());
    }

}
