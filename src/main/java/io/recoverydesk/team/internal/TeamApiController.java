package io.recoverydesk.team.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.team.Roster.Absence;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agents' schedules, profiles and absences over HTTP. Admins and managers manage every
 * agent, team leads the agents of their team; analysts read.
 */
@RestController
class TeamApiController {

    private final TeamDirectory directory;

    private final TeamChanges changes;

    private final CurrentUsers currentUsers;

    TeamApiController(TeamDirectory directory, TeamChanges changes, CurrentUsers currentUsers) {
        this.directory = directory;
        this.changes = changes;
        this.currentUsers = currentUsers;
    }

    /** The agents' schedules for the days {@code from} to {@code to}. */
    record AgentList(LocalDate from, LocalDate to, List<AgentView> items) {
    }

    @GetMapping("/api/v1/team/agents")
    @PreAuthorize(TeamAccess.READ)
    AgentList agents(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        TeamActor actor = TeamActor.of(currentUsers.require());
        Period period = directory.period(actor.tenant(), from, to);
        return new AgentList(period.from(), period.to(), directory.agents(actor, period));
    }

    /** A profile: product and skill codes, open cases at full time, weekly hours. */
    record ProfileBody(List<String> products, List<String> skills, Integer maxOpenCases, BigDecimal weeklyHours) {
    }

    /** Sets the agent's profile; answers the agent with their schedule for this week. */
    @PutMapping("/api/v1/team/agents/{username}")
    @PreAuthorize(TeamAccess.WRITE)
    AgentView profile(@PathVariable String username, @RequestBody ProfileBody body) {
        TeamActor actor = TeamActor.of(currentUsers.require());
        changes.saveProfile(actor, username,
                new ProfileRequest(body.products(), body.skills(), body.maxOpenCases(), body.weeklyHours()));
        return directory.agent(actor, username, directory.period(actor.tenant(), null, null));
    }

    /** An absence: both days included, LEAVE, SICK, TRAINING or OTHER, a note. */
    record AbsenceBody(LocalDate firstDay, LocalDate lastDay, String kind, String note) {
    }

    /** A recorded absence of an agent. */
    record AbsenceCreated(UUID id, String username, LocalDate firstDay, LocalDate lastDay, String kind, String note) {
    }

    @PostMapping("/api/v1/team/agents/{username}/absences")
    @PreAuthorize(TeamAccess.WRITE)
    ResponseEntity<AbsenceCreated> addAbsence(@PathVariable String username, @RequestBody AbsenceBody body) {
        TeamActor actor = TeamActor.of(currentUsers.require());
        Absence absence = changes.addAbsence(actor, username,
                new AbsenceRequest(body.firstDay(), body.lastDay(), body.kind(), body.note()));
        return ResponseEntity.created(URI.create("/api/v1/team/agents/" + username + "/absences/" + absence.id()))
            .body(new AbsenceCreated(absence.id(), username, absence.firstDay(), absence.lastDay(), absence.kind(),
                    absence.note()));
    }

    @DeleteMapping("/api/v1/team/agents/{username}/absences/{id}")
    @PreAuthorize(TeamAccess.WRITE)
    ResponseEntity<Void> removeAbsence(@PathVariable String username, @PathVariable UUID id) {
        changes.removeAbsence(TeamActor.of(currentUsers.require()), username, id);
        return ResponseEntity.noContent().build();
    }

}
