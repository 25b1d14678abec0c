package io.recoverydesk.compliance.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.compliance.MessageTemplates;
import io.recoverydesk.compliance.scan.ContentScanner;
import io.recoverydesk.compliance.scan.Finding;
import io.recoverydesk.compliance.scan.ScanContext;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Templates and their review: drafts, submission, four-eyes approval by compliance, the
 * approved version in use, and rendering for an account.
 *
 * <p>
 * At most one open version (DRAFT or IN_REVIEW) per template: a new text while a draft is
 * open replaces the draft (its author only, 422 {@code not-the-author} for others, so no
 * one's text reaches review under another's name); while one is in review it is refused
 * (409). Approving a version retires the older approved one, so the approved version is
 * the one in use. Submit and approve both validate: no scanner findings (third-party
 * audience scanned as such), known placeholders (third-party scripts may not use
 * debt-revealing ones), the US opt-out for SMS and EMAIL, lengths. The approver may be
 * neither the version's author nor its submitter (422 {@code four-eyes}).
 */
@Service
class TemplateDesk implements MessageTemplates {

    static final String ENTITY = "message_template";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,59}");

    private final TemplateStore store;

    private final ContentScanner scanner;

    private final AccountDirectory accounts;

    private final Tenants tenants;

    private final AuditLog audit;

    private final Clock clock;

    private final String optOutBase;

    TemplateDesk(TemplateStore store, ContentScanner scanner, AccountDirectory accounts, Tenants tenants,
            AuditLog audit, Clock clock,
            @Value("${recoverydesk.templates.opt-out-base-url:https://optout.recoverydesk.example/}") String optOutBase) {
        this.store = store;
        this.scanner = scanner;
        this.accounts = accounts;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
        this.optOutBase = optOutBase;
    }

    /** A new template and its first draft. */
    record NewTemplate(String code, String name, String stage, String channel, String audience, String locale,
            String pack, String subject, String body) {
    }

    /** A template with its versions (newest first) and the version in use, if any. */
    record TemplateView(TemplateStore.Template template, List<TemplateStore.Version> versions, Integer inUse) {

        Optional<TemplateStore.Version> version(int n) {
            return versions.stream().filter(v -> v.version() == n).findFirst();
        }

        Optional<TemplateStore.Version> current() {
            return inUse == null ? Optional.empty() : version(inUse);
        }

        Optional<TemplateStore.Version> open() {
            return versions.stream().filter(TemplateStore.Version::open).findFirst();
        }

    }

    /** A problem with a text: a scanner finding (with category and offsets) or a rule. */
    record Issue(String field, String rule, String message, Integer start, Integer end, String category) {

        FieldProblem problem() {
            return new FieldProblem(field, start == null ? message : message + " [" + start + "," + end + ")");
        }

    }

    /** A version rendered for an account, with what the scanner finds in it. */
    record Preview(String templateCode, int version, String status, UUID accountId, String subject, String body,
            List<Issue> issues, boolean clean) {

        Preview(String templateCode, int version, String status, UUID accountId, String subject, String body,
                List<Issue> issues) {
            this(templateCode, version, status, accountId, subject, body, List.copyOf(issues), issues.isEmpty());
        }

    }

    @Transactional
    TemplateView create(CurrentUser user, NewTemplate t) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = t.code() == null ? "" : t.code().strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "1-60 letters, digits, '_', '.', '-'"));
        }
        if (t.name() == null || t.name().isBlank() || t.name().length() > 200) {
            problems.add(new FieldProblem("name", "required, at most 200 characters"));
        }
        oneOf(problems, "stage", t.stage(), TemplateStatus.STAGES);
        oneOf(problems, "channel", t.channel(), TemplateStatus.CHANNELS);
        oneOf(problems, "audience", t.audience(), TemplateStatus.AUDIENCES);
        oneOf(problems, "locale", t.locale(), TemplateStatus.LOCALES);
        oneOf(problems, "pack", t.pack(), TemplateStatus.PACKS);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-template", "The template is not valid.", problems);
        }
        textProblems(t.channel(), t.subject(), t.body());
        Instant now = clock.instant();
        TemplateStore.Template template = new TemplateStore.Template(Ids.newId(), code, t.name().strip(), t.stage(),
                t.channel(), t.audience(), t.locale(), t.pack(), user.username(), now);
        try {
            store.insert(user.tenantId(), template);
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("duplicate-template", "A template with code " + code + " exists.");
        }
        store.insertVersion(user.tenantId(), template.id(), 1, subjectOf(t.channel(), t.subject()), t.body(),
                user.username(), now);
        audit.record(user.tenantId(), user.username(), "TEMPLATE_CREATED", ENTITY, code,
                "stage=" + t.stage() + " channel=" + t.channel() + " audience=" + t.audience() + " locale=" + t.locale()
                        + " pack=" + t.pack() + " version=1");
        return view(user.tenantId(), code);
    }

    /**
     * A new draft: replaces the open draft's text, or starts version n+1 (after an
     * approval or a rejection).
     */
    @Transactional
    int newVersion(CurrentUser user, String code, String subject, String body) {
        TemplateView view = view(user.tenantId(), code);
        String channel = view.template().channel();
        textProblems(channel, subject, body);
        Optional<TemplateStore.Version> open = view.open();
        if (open.isPresent()) {
            TemplateStore.Version v = open.get();
            if (TemplateStatus.DRAFT.equals(v.status()) && !user.username().equals(v.author())) {
                // the author is kept out of the review: text by someone else would slip
                // past four eyes
                throw new BusinessRuleException("not-the-author",
                        "Version " + v.version() + " is " + v.author() + "'s draft: only they edit it.");
            }
            if (!TemplateStatus.DRAFT.equals(v.status()) || !store.editDraft(user.tenantId(), view.template().id(),
                    v.version(), subjectOf(channel, subject), body)) {
                throw new ConflictException("version-in-review",
                        "Version " + v.version() + " is in review: approve or reject it first.");
            }
            audit.record(user.tenantId(), user.username(), "TEMPLATE_DRAFT_EDITED", ENTITY, code,
                    "version=" + v.version());
            return v.version();
        }
        int next = view.versions().isEmpty() ? 1 : view.versions().get(0).version() + 1;
        try {
            store.insertVersion(user.tenantId(), view.template().id(), next, subjectOf(channel, subject), body,
                    user.username(), clock.instant());
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("version-exists", "Someone else started version " + next + " just now.");
        }
        audit.record(user.tenantId(), user.username(), "TEMPLATE_VERSION_CREATED", ENTITY, code, "version=" + next);
        return next;
    }

    @Transactional
    TemplateView submit(CurrentUser user, String code, int n) {
        TemplateView view = view(user.tenantId(), code);
        TemplateStore.Version v = version(view, n);
        expect(v, TemplateStatus.DRAFT, "submit");
        refuseIssues(issues(view.template(), v.subject(), v.body()));
        move(user, view, v, TemplateStatus.IN_REVIEW, null, "TEMPLATE_SUBMITTED");
        return view(user.tenantId(), code);
    }

    @Transactional
    TemplateView approve(CurrentUser user, String code, int n) {
        requireCompliance(user);
        TemplateView view = view(user.tenantId(), code);
        TemplateStore.Version v = version(view, n);
        expect(v, TemplateStatus.IN_REVIEW, "approve");
        String why = fourEyes(user, v);
        if (why != null) {
            throw new BusinessRuleException("four-eyes", why);
        }
        refuseIssues(issues(view.template(), v.subject(), v.body()));
        move(user, view, v, TemplateStatus.APPROVED, null, "TEMPLATE_APPROVED");
        Instant now = clock.instant();
        for (TemplateStore.Version older : view.versions()) {
            if (older.version() != n && TemplateStatus.APPROVED.equals(older.status())
                    && store.transition(user.tenantId(), view.template().id(), older.version(), TemplateStatus.APPROVED,
                            TemplateStatus.RETIRED, user.username(), now, null)) {
                audit.record(user.tenantId(), user.username(), "TEMPLATE_RETIRED", ENTITY, code,
                        "version=" + older.version() + " superseded by " + n);
            }
        }
        return view(user.tenantId(), code);
    }

    @Transactional
    TemplateView reject(CurrentUser user, String code, int n, String comment) {
        requireCompliance(user);
        if (comment == null || comment.isBlank() || comment.length() > 1000) {
            throw new BusinessRuleException("comment-required", "A rejection needs a comment.",
                    List.of(new FieldProblem("comment", "required, at most 1000 characters")));
        }
        TemplateView view = view(user.tenantId(), code);
        TemplateStore.Version v = version(view, n);
        expect(v, TemplateStatus.IN_REVIEW, "reject");
        String why = fourEyes(user, v);
        if (why != null) {
            throw new BusinessRuleException("four-eyes", why);
        }
        move(user, view, v, TemplateStatus.REJECTED, comment.strip(), "TEMPLATE_REJECTED");
        return view(user.tenantId(), code);
    }

    @Transactional
    TemplateView retire(CurrentUser user, String code, int n) {
        TemplateView view = view(user.tenantId(), code);
        TemplateStore.Version v = version(view, n);
        if (TemplateStatus.RETIRED.equals(v.status())) {
            throw new ConflictException("wrong-status", "Version " + n + " is already RETIRED.");
        }
        move(user, view, v, TemplateStatus.RETIRED, null, "TEMPLATE_RETIRED");
        return view(user.tenantId(), code);
    }

    /** Why this user may not review the version, or null when they may. */
    static String fourEyes(CurrentUser user, TemplateStore.Version v) {
        if (user.username().equals(v.author()) || user.username().equals(v.submittedBy())) {
            return "Four eyes: the author or submitter of a version cannot review it.";
        }
        return null;
    }

    TemplateView view(TenantId tenant, String code) {
        TemplateStore.Template t = store.find(tenant, code)
            .orElseThrow(() -> new NotFoundException("Template " + code + " not found."));
        List<TemplateStore.Version> versions = store.versions(tenant, t.id());
        Integer inUse = versions.stream()
            .filter(v -> TemplateStatus.APPROVED.equals(v.status()))
            .map(TemplateStore.Version::version)
            .findFirst()
            .orElse(null);
        return new TemplateView(t, versions, inUse);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<String, Listed> listed(TenantId tenant) {
        java.util.Map<String, Listed> listed = new java.util.LinkedHashMap<>();
        for (TemplateStore.Summary summary : store.list(tenant, null, null, null)) {
            listed.put(summary.template().code(),
                    new Listed(summary.template().code(), summary.template().channel(), summary.inUse() != null));
        }
        return listed;
    }

    List<TemplateStore.Summary> list(TenantId tenant, String stage, String channel, String status) {
        return store.list(tenant, filter(stage, "stage", TemplateStatus.STAGES),
                filter(channel, "channel", TemplateStatus.CHANNELS), filter(status, "status", TemplateStatus.STATUSES));
    }

    /**
     * The version rendered for an account: {@code version} null means the one in use (or
     * the newest when none is approved). Versions not approved only for their author,
     * compliance and admins.
     */
    Preview preview(CurrentUser user, String code, UUID accountId, Integer version) {
        TemplateView view = view(user.tenantId(), code);
        TemplateStore.Version v = version == null ? view.current().orElseGet(() -> view.versions().get(0))
                : version(view, version);
        if (!TemplateStatus.APPROVED.equals(v.status()) && !user.username().equals(v.author())
                && !user.hasAnyRole(Role.COMPLIANCE, Role.ADMIN)) {
            throw new AccessDeniedException("Only the author, compliance and admins preview versions not approved.");
        }
        return render(user, view.template(), v, accountId);
    }

    @Override
    public Rendered renderForSending(CurrentUser user, String templateCode, UUID accountId) {
        TemplateView view = view(user.tenantId(), templateCode);
        TemplateStore.Version v = view.current()
            .orElseThrow(() -> new BusinessRuleException("template-not-approved",
                    "Template " + templateCode + " has no approved version: it cannot be sent."));
        Preview p = render(user, view.template(), v, accountId);
        if (!p.clean()) {
            throw new BusinessRuleException("rendered-findings",
                    "The rendered message has findings: it cannot be sent.",
                    p.issues().stream().map(Issue::problem).toList());
        }
        TemplateStore.Template t = view.template();
        return new Rendered(t.code(), v.version(), t.channel(), t.audience(), t.locale(), accountId, p.subject(),
                p.body());
    }

    /** Everything that keeps a text from approval. */
    List<Issue> issues(TemplateStore.Template t, String subject, String body) {
        List<Issue> issues = new ArrayList<>();
        ScanContext context = new ScanContext(Locale.forLanguageTag(t.locale()), "THIRD_PARTY".equals(t.audience()),
                false);
        for (String field : List.of("subject", "body")) {
            String text = field.equals("subject") ? subject : body;
            if (text == null) {
                continue;
            }
            for (Finding f : scanner.scan(text, context)) {
                issues.add(new Issue(field, "scanner",
                        f.category() + " \"" + text.substring(f.start(), Math.min(f.end(), text.length())) + "\"",
                        f.start(), f.end(), f.category().name()));
            }
            for (TemplatePlaceholders.Problem p : TemplatePlaceholders.problems(text)) {
                issues.add(new Issue(field, "placeholder", p.message(), null, null, null));
            }
            if ("THIRD_PARTY".equals(t.audience())) {
                for (String name : TemplatePlaceholders.used(text)) {
                    if (TemplatePlaceholders.DEBT_REVEALING.contains(name)) {
                        issues.add(new Issue(field, "third-party",
                                "{{" + name + "}} would tell a third party about the debt", null, null, null));
                    }
                }
            }
        }
        if (TemplatePlaceholders.optOutRequired(t.pack(), t.channel())
                && !TemplatePlaceholders.hasOptOut(t.channel(), (subject == null ? "" : subject + "\n") + body)) {
            issues.add(new Issue("body", "opt-out",
                    "US " + t.channel() + " needs an opt-out: {{optOutLink}}"
                            + ("SMS".equals(t.channel()) ? " or \"Reply STOP\"" : " or \"unsubscribe\""),
                    null, null, null));
        }
        if ("SMS".equals(t.channel()) && body != null && body.length() > TemplateStatus.SMS_MAX) {
            issues.add(new Issue("body", "length",
                    "An SMS has at most " + TemplateStatus.SMS_MAX + " characters (" + body.length() + ")", null, null,
                    null));
        }
        return issues;
    }

    private Preview render(CurrentUser user, TemplateStore.Template t, TemplateStore.Version v, UUID accountId) {
        AccountDirectory.AccountRef ref = accounts.visible(user, accountId)
            .orElseThrow(() -> new NotFoundException("Account " + accountId + " not found."));
        AccountDirectory.AccountFigures figures = accounts.figures(user, accountId)
            .orElseThrow(() -> new NotFoundException("Account " + accountId + " not found."));
        Tenants.Tenant tenant = tenants.get(user.tenantId());
        Map<String, String> values = new HashMap<>();
        values.put("debtorName", ref.debtorName());
        values.put("creditorName", figures.creditorName() == null ? ref.creditorCode() : figures.creditorName());
        values.put("creditorRef", ref.creditorRef());
        values.put("balance",
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(figures.balance()));
        values.put("currency", figures.currency());
        values.put("dpd", Long.toString(figures.dpd()));
        values.put("agentName", user.displayName());
        values.put("optOutLink", optOutBase + tenant.code() + "/" + accountId);
        values.put("today", LocalDate.now(clock.withZone(tenant.zone())).toString());
        String subject = TemplatePlaceholders.render(v.subject(), values);
        String body = TemplatePlaceholders.render(v.body(), values);
        return new Preview(t.code(), v.version(), v.status(), accountId, subject, body, issues(t, subject, body));
    }

    private void move(CurrentUser user, TemplateView view, TemplateStore.Version v, String to, String comment,
            String action) {
        if (!store.transition(user.tenantId(), view.template().id(), v.version(), v.status(), to, user.username(),
                clock.instant(), comment)) {
            throw new ConflictException("wrong-status", "Version " + v.version() + " changed meanwhile; reload.");
        }
        audit.record(user.tenantId(), user.username(), action, ENTITY, view.template().code(), "version=" + v.version()
                + " " + v.status() + "->" + to + (comment == null ? "" : " comment=" + comment));
    }

    private static void requireCompliance(CurrentUser user) {
        if (!user.hasRole(Role.COMPLIANCE)) {
            throw new AccessDeniedException("Only compliance reviews templates.");
        }
    }

    private static TemplateStore.Version version(TemplateView view, int n) {
        return view.version(n)
            .orElseThrow(
                    () -> new NotFoundException("Template " + view.template().code() + " has no version " + n + "."));
    }

    private static void expect(TemplateStore.Version v, String status, String verb) {
        if (!status.equals(v.status())) {
            throw new ConflictException("wrong-status",
                    "Cannot " + verb + " version " + v.version() + ": it is " + v.status() + ", not " + status + ".");
        }
    }

    private static void refuseIssues(List<Issue> issues) {
        if (!issues.isEmpty()) {
            throw new BusinessRuleException("template-findings", "The text cannot be approved as written.",
                    issues.stream().map(Issue::problem).toList());
        }
    }

    private static void textProblems(String channel, String subject, String body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || body.isBlank()) {
            problems.add(new FieldProblem("body", "required"));
        }
        else if (body.length() > TemplateStatus.BODY_MAX) {
            problems.add(new FieldProblem("body", "at most " + TemplateStatus.BODY_MAX + " characters"));
        }
        if (TemplateStatus.hasSubject(channel)
                && (subject == null || subject.isBlank() || subject.length() > TemplateStatus.SUBJECT_MAX)) {
            problems.add(new FieldProblem("subject",
                    "required for " + channel + ", at most " + TemplateStatus.SUBJECT_MAX + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-text", "The text is not valid.", problems);
        }
    }

    private static String subjectOf(String channel, String subject) {
        return TemplateStatus.hasSubject(channel) ? subject.strip() : null;
    }

    private static void oneOf(List<FieldProblem> problems, String field, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            problems.add(new FieldProblem(field, "one of " + String.join(", ", allowed)));
        }
    }

    private static String filter(String value, String name, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw new io.recoverydesk.kernel.BadRequestException("bad-" + name,
                    name + " is one of " + String.join(", ", allowed));
        }
        return value;
    }

}
