package io.recoverydesk.team.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.Tenants.Member;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.team.Roster.Absence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing an agent's profile and absences, for the API, the pages and the system alike:
 * checked (404 unknown agent, 403 not theirs to manage, 400 invalid, 409 overlapping
 * absence), serialised per agent on the profile row, and audited with before and after in
 * the same transaction.
 */
@Service
class TeamChanges {

    static final String PROFILE_CHANGED = "AGENT_PROFILE_CHANGED";

    static final String ABSENCE_ADDED = "AGENT_ABSENCE_ADDED";

    static final String ABSENCE_REMOVED = "AGENT_ABSENCE_REMOVED";

    private final TeamDirectory directory;

    private final TeamStore store;

    private final TeamProperties properties;

    private final AuditLog audit;

    private final Clock clock;

    TeamChanges(TeamDirectory directory, TeamStore store, TeamProperties properties, AuditLog audit, Clock clock) {
        this.directory = directory;
        this.store = store;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sets the agent's profile (creating it on first use); answers the profile stored.
     */
    @Transactional
    Profile saveProfile(TeamActor actor, String username, ProfileRequest request) {
        Member agent = directory.requireManaged(actor, username);
        Profile profile = request.validated();
        Instant now = clock.instant();
        TeamStore.StoredProfile before = store.lockProfile(actor.tenant(), agent.username(), actor.username(), now);
        store.updateProfile(actor.tenant(), agent.username(), profile, actor.username(), now);
        audit.record(actor.tenant(), actor.username(), PROFILE_CHANGED, "agent", agent.username(),
                profile.changesFrom(before.effective(properties))
                        + (before.defaults() ? " (before: the defaults)" : ""));
        return profile;
    }

    /** Records an absence unless it overlaps another of the agent's; answers it. */
    @Transactional
    Absence addAbsence(TeamActor actor, String username, AbsenceRequest request) {
        Member agent = directory.requireManaged(actor, username);
        AbsenceRequest.Checked checked = request.validated();
        Instant now = clock.instant();
        store.lockProfile(actor.tenant(), agent.username(), actor.username(), now);
        store.absences(actor.tenant(), agent.username(), checked.firstDay(), checked.lastDay())
            .stream()
            .findFirst()
            .ifPresent(existing -> {
                throw new AbsenceOverlapException(agent.username(), existing);
            });
        Absence absence = new Absence(Ids.newId(), checked.firstDay(), checked.lastDay(), checked.kind().name(),
                checked.note());
        store.insertAbsence(actor.tenant(), agent.username(), absence, actor.username(), now);
        audit.record(actor.tenant(), actor.username(), ABSENCE_ADDED, "agent_absence", absence.id().toString(),
                "agent=" + agent.username() + " before=none after=" + describe(absence));
        return absence;
    }

    /** Removes one of the agent's absences (404 when the agent has no such absence). */
    @Transactional
    void removeAbsence(TeamActor actor, String username, UUID id) {
        Member agent = directory.requireManaged(actor, username);
        store.lockProfile(actor.tenant(), agent.username(), actor.username(), clock.instant());
        Absence absence = store.absence(actor.tenant(), agent.username(), id)
            .orElseThrow(() -> new NotFoundException("No absence " + id + " of agent " + agent.username() + "."));
        store.deleteAbsence(actor.tenant(), id);
        audit.record(actor.tenant(), actor.username(), ABSENCE_REMOVED, "agent_absence", id.toString(),
                "agent=" + agent.username() + " before=" + describe(absence) + " after=none");
    }

    private static String describe(Absence absence) {
        return absence.kind() + " " + absence.firstDay() + ".." + absence.lastDay();
    }

}
