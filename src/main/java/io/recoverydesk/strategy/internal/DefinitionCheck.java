package io.recoverydesk.strategy.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentPath;
import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentStep;
import io.recoverydesk.strategy.segments.SegmentRule;

/**
 * Everything wrong or worth knowing about a strategy before it is published: the segment
 * table's own analysis (rules that can never match, overlaps, accounts no rule covers)
 * and the paths (missing or unused paths, steps out of order, digital steps without a
 * template). Errors block publishing; warnings and notes do not.
 */
final class DefinitionCheck {

    private DefinitionCheck() {
    }

    /**
     * One finding: {@code severity} ERROR, WARNING or INFO; {@code where} names the
     * segment row or path step; {@code code} is stable (for translations and tests).
     */
    record Finding(String severity, String code, String where, String message, List<String> args, String example) {

        Finding {
            args = List.copyOf(args);
        }

        Finding(String severity, String code, String where, String message, Object... args) {
            this(severity, code, where, message, java.util.Arrays.stream(args).map(String::valueOf).toList(), null);
        }

        boolean error() {
            return "ERROR".equals(severity);
        }

    }

    /**
     * What the tenant has that a definition names: message templates by code and team
     * codes; {@link #UNCHECKED} when not looked up (those findings are left out).
     */
    record Known(java.util.Map<String, io.recoverydesk.compliance.MessageTemplates.Listed> templates,
            Set<String> teams) {

        static final Known UNCHECKED = new Known(null, null);

        Known {
            templates = templates == null ? null : java.util.Map.copyOf(templates);
            teams = teams == null ? null : Set.copyOf(teams);
        }

    }

    static List<Finding> check(StrategyDefinition definition) {
        return check(definition, Known.UNCHECKED);
    }

    static List<Finding> check(StrategyDefinition definition, Known known) {
        List<Finding> findings = new ArrayList<>();
        if (definition.segments().isEmpty()) {
            findings.add(new Finding("ERROR", "NO_SEGMENTS", "segments", "The segment table has no rows."));
        }
        Set<String> segmentCodes = new HashSet<>();
        for (int i = 0; i < definition.segments().size(); i++) {
            SegmentRule rule = definition.segments().get(i);
            String where = "segment " + (i + 1);
            if (rule.code() == null || !rule.code().matches("[A-Z0-9_]{1,40}")) {
                findings.add(new Finding("ERROR", "SEGMENT_CODE", where,
                        "A segment code is 1–40 capital letters, digits or underscores."));
            }
            else if (!segmentCodes.add(rule.code())) {
                findings.add(new Finding("ERROR", "SEGMENT_CODE_TWICE", where,
                        "The segment code " + rule.code() + " is used twice.", rule.code()));
            }
            if (rule.pathCode() == null || definition.path(rule.pathCode()).isEmpty()) {
                findings.add(new Finding("ERROR", "UNKNOWN_PATH", where,
                        "Segment " + rule.code() + " follows path " + rule.pathCode() + ", which does not exist.",
                        rule.code(), rule.pathCode()));
            }
        }
        findings.addAll(SegmentFindings.of(definition.segments()));
        Set<String> pathCodes = new HashSet<>();
        for (TreatmentPath path : definition.paths()) {
            String where = "path " + path.code();
            if (path.code() == null || !path.code().matches("[A-Z0-9_]{1,40}")) {
                findings.add(new Finding("ERROR", "PATH_CODE", where,
                        "A path code is 1–40 capital letters, digits or underscores."));
            }
            else if (!pathCodes.add(path.code())) {
                findings.add(new Finding("ERROR", "PATH_CODE_TWICE", where,
                        "The path code " + path.code() + " is used twice.", path.code()));
            }
            if (path.stage() == null) {
                findings.add(new Finding("ERROR", "PATH_STAGE", where, "Path " + path.code() + " needs a stage.",
                        path.code()));
            }
            int previousDay = 0;
            for (int s = 0; s < path.steps().size(); s++) {
                TreatmentStep step = path.steps().get(s);
                String at = where + " step " + (s + 1);
                if (step.stage() == null || step.channel() == null) {
                    findings.add(new Finding("ERROR", "STEP_INCOMPLETE", at, "A step needs a stage and a channel."));
                    continue;
                }
                if (step.day() < 0 || step.day() > 3650) {
                    findings.add(new Finding("ERROR", "STEP_DAY", at, "A step's day is between 0 and 3650."));
                }
                else if (step.afterOutcome() == null && step.day() < previousDay) {
                    findings.add(new Finding(
                            "ERROR", "STEP_ORDER", at, "Step " + (s + 1) + " (day " + step.day()
                                    + ") comes before the step ahead of it (day " + previousDay + ").",
                            s + 1, step.day(), previousDay));
                }
                previousDay = step.afterOutcome() == null ? Math.max(previousDay, step.day()) : previousDay;
                if (step.afterOutcome() != null
                        && java.util.Arrays.stream(io.recoverydesk.compliance.policy.Outcome.values())
                            .noneMatch(o -> o.name().equals(step.afterOutcome()))) {
                    findings.add(new Finding("ERROR", "STEP_OUTCOME", at,
                            step.afterOutcome() + " is not a contact outcome.", step.afterOutcome()));
                }
                if (step.channel().digital() && (step.template() == null || step.template().isBlank())) {
                    findings.add(new Finding("ERROR", "STEP_TEMPLATE", at,
                            "A " + step.channel() + " step needs an approved message template.", step.channel()));
                }
                else if (!step.channel().digital() && step.template() != null && !step.template().isBlank()) {
                    findings.add(new Finding(
                            "WARNING", "STEP_TEMPLATE_UNUSED", at, "A " + step.channel()
                                    + " step sends no message: its template " + step.template() + " is not used.",
                            step.channel(), step.template()));
                }
                else if (step.channel().digital() && known.templates() != null) {
                    templateFinding(step, known.templates().get(step.template()), at).ifPresent(findings::add);
                }
            }
            if (path.team() != null && known.teams() != null && !known.teams().contains(path.team())) {
                findings.add(new Finding("WARNING", "PATH_TEAM_UNKNOWN", where,
                        "Path " + path.code() + " is for team " + path.team()
                                + ", which does not exist: agents of any team work its accounts.",
                        path.code(), path.team()));
            }
            boolean used = definition.segments().stream().anyMatch(r -> path.code().equals(r.pathCode()));
            if (!used) {
                findings.add(new Finding("WARNING", "PATH_UNUSED", where,
                        "No segment follows path " + path.code() + ".", path.code()));
            }
        }
        return List.copyOf(findings);
    }

    /**
     * A digital step's template as the tenant has it: unknown or not yet approved, its
     * messages are blocked when they fall due (a warning: the template may follow); made
     * for another channel, the step can never send (an error).
     */
    private static java.util.Optional<Finding> templateFinding(TreatmentStep step,
            io.recoverydesk.compliance.MessageTemplates.Listed template, String at) {
        if (template == null) {
            return java.util.Optional
                .of(new Finding("WARNING", "STEP_TEMPLATE_UNKNOWN", at,
                        "There is no template " + step.template()
                                + ": the step's messages are blocked until it exists and is approved.",
                        step.template()));
        }
        if (!template.channel().equals(step.channel().name())) {
            return java.util.Optional.of(new Finding(
                    "ERROR", "STEP_TEMPLATE_CHANNEL", at, "Template " + step.template() + " is written for "
                            + template.channel() + ", not for " + step.channel() + ".",
                    step.template(), template.channel(), step.channel()));
        }
        if (!template.approved()) {
            return java.util.Optional.of(new Finding("WARNING", "STEP_TEMPLATE_NOT_APPROVED", at,
                    "Template " + step.template()
                            + " has no approved version yet: the step's messages are blocked until it has.",
                    step.template()));
        }
        return java.util.Optional.empty();
    }

}
