package io.recoverydesk.team.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.team.Roster.Absence;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team page (every agent the user may see with their profile, capacity for a period
 * and absences) and one agent's page, where admins, managers and the agent's team lead
 * change the profile and the absences through the same service as the API.
 */
@Controller
class TeamPages {

    /** How far ahead the team page lists absences. */
    static final int UPCOMING_DAYS = 60;

    /** How far back an agent's page lists past absences. */
    static final int PAST_DAYS = 30;

    private final TeamDirectory directory;

    private final TeamChanges changes;

    private final TeamProperties properties;

    private final CurrentUsers currentUsers;

    private final MessageSource messages;

    TeamPages(TeamDirectory directory, TeamChanges changes, TeamProperties properties, CurrentUsers currentUsers,
            MessageSource messages) {
        this.directory = directory;
        this.changes = changes;
        this.properties = properties;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    /** An agent's row: the schedule, away today, the next absences from today. */
    record Row(AgentView agent, boolean absentToday, List<Absence> upcoming) {
    }

    @GetMapping("/team")
    @PreAuthorize(TeamAccess.READ)
    String team(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        TeamActor actor = TeamActor.of(currentUsers.require());
        LocalDate today = directory.today(actor.tenant());
        Period period = period(actor, from, to, model);
        Map<String, List<Absence>> upcoming = directory.absences(actor.tenant(),
                new Period(today, today.plusDays(UPCOMING_DAYS)));
        List<Row> rows = directory.agents(actor, period).stream().map(agent -> {
            List<Absence> next = upcoming.getOrDefault(agent.username(), List.of());
            return new Row(agent, HoursShare.covered(today, next), next);
        }).toList();
        model.addAttribute("period", period);
        model.addAttribute("rows", rows);
        model.addAttribute("capacity", rows.stream().mapToInt(r -> r.agent().capacity()).sum());
        model.addAttribute("absentToday", rows.stream().filter(Row::absentToday).count());
        model.addAttribute("today", today);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        model.addAttribute("thisWeek", new Period(monday, monday.plusDays(6)));
        model.addAttribute("nextWeek", new Period(monday.plusDays(7), monday.plusDays(13)));
        return "team/team";
    }

    @GetMapping("/team/agents/{username}")
    @PreAuthorize(TeamAccess.READ)
    String agent(@PathVariable String username, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        TeamActor actor = TeamActor.of(currentUsers.require());
        return render(actor, username, period(actor, from, to, model), model);
    }

    @PostMapping("/team/agents/{username}/profile")
    @PreAuthorize(TeamAccess.WRITE)
    String saveProfile(@PathVariable String username, ProfileForm form, Model model, RedirectAttributes redirect) {
        TeamActor actor = TeamActor.of(currentUsers.require());
        try {
            changes.saveProfile(actor, username, form.request());
            redirect.addFlashAttribute("saved", "team.saved.profile");
            return "redirect:/team/agents/" + directory.requireAgent(actor.tenant(), username).username();
        }
        catch (BadRequestException ex) {
            model.addAttribute("profileForm", form);
            model.addAttribute("profileProblems", problems(ex));
            return render(actor, username, directory.period(actor.tenant(), null, null), model);
        }
    }

    @PostMapping("/team/agents/{username}/absences")
    @PreAuthorize(TeamAccess.WRITE)
    String addAbsence(@PathVariable String username, AbsenceForm form, Model model, RedirectAttributes redirect) {
        TeamActor actor = TeamActor.of(currentUsers.require());
        try {
            changes.addAbsence(actor, username, form.request());
            redirect.addFlashAttribute("saved", "team.saved.absenceAdded");
            return "redirect:/team/agents/" + directory.requireAgent(actor.tenant(), username).username();
        }
        catch (BadRequestException ex) {
            model.addAttribute("absenceProblems", problems(ex));
        }
        catch (AbsenceOverlapException ex) {
            Absence existing = ex.existing();
            model.addAttribute("absenceError", text("team.error.overlap", text("team.kind." + existing.kind()),
                    existing.firstDay(), existing.lastDay()));
        }
        model.addAttribute("absenceForm", form);
        return render(actor, username, directory.period(actor.tenant(), null, null), model);
    }

    @PostMapping("/team/agents/{username}/absences/{id}/delete")
    @PreAuthorize(TeamAccess.WRITE)
    String removeAbsence(@PathVariable String username, @PathVariable UUID id, RedirectAttributes redirect) {
        TeamActor actor = TeamActor.of(currentUsers.require());
        String agent = directory.requireAgent(actor.tenant(), username).username();
        try {
            changes.removeAbsence(actor, agent, id);
            redirect.addFlashAttribute("saved", "team.saved.absenceRemoved");
        }
        catch (NotFoundException ex) {
            redirect.addFlashAttribute("error", text("team.error.absenceGone"));
        }
        return "redirect:/team/agents/" + agent;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    private String render(TeamActor actor, String username, Period period, Model model) {
        AgentView agent = directory.agent(actor, username, period);
        LocalDate today = directory.today(actor.tenant());
        model.addAttribute("agent", agent);
        model.addAttribute("period", period);
        model.addAttribute("today", today);
        model.addAttribute("absences", directory.absences(actor.tenant(), agent.username(),
                new Period(today.minusDays(PAST_DAYS), today.plusDays(Period.MAX_DAYS - PAST_DAYS - 1))));
        model.addAttribute("canEdit", directory.manages(actor, agent.username()));
        model.addAttribute("kinds", AbsenceKind.values());
        model.addAttribute("defaults", properties);
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", ProfileForm.of(agent));
        }
        if (!model.containsAttribute("absenceForm")) {
            model.addAttribute("absenceForm", AbsenceForm.empty(today));
        }
        for (String problems : List.of("profileProblems", "absenceProblems")) {
            if (!model.containsAttribute(problems)) {
                model.addAttribute(problems, Map.of());
            }
        }
        return "team/agent";
    }

    /** The typed period, or the default week with a message when it cannot be read. */
    private Period period(TeamActor actor, String from, String to, Model model) {
        try {
            return directory.period(actor.tenant(), date(from), date(to));
        }
        catch (BadRequestException | DateTimeParseException ex) {
            model.addAttribute("error", text("team.error.period", Period.MAX_DAYS));
            return directory.period(actor.tenant(), null, null);
        }
    }

    private static LocalDate date(String typed) {
        return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
    }

    /** Each field's problem as a translated sentence, by field. */
    private Map<String, String> problems(BadRequestException ex) {
        Map<String, String> byField = new LinkedHashMap<>();
        ex.errors()
            .forEach(problem -> byField.putIfAbsent(problem.field(), text("team.error." + problem.field(),
                    ProfileRequest.MAX_OPEN_CASES, ProfileRequest.MAX_WEEKLY_HOURS, AbsenceRequest.MAX_DAYS)));
        return byField;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

}
