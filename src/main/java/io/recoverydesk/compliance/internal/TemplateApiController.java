package io.recoverydesk.compliance.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Script and message templates over HTTP: drafting, review, preview. */
@RestController
class TemplateApiController {

    private final TemplateDesk desk;

    private final CurrentUsers currentUsers;

    TemplateApiController(TemplateDesk desk, CurrentUsers currentUsers) {
        this.desk = desk;
        this.currentUsers = currentUsers;
    }

    record TextBody(String subject, String body) {
    }

    record RejectBody(String comment) {
    }

    record PreviewBody(@NotNull UUID accountId, Integer version) {
    }

    record VersionJson(int version, String status, boolean inUse, String subject, String body, String author,
            Instant createdAt, String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt,
            String reviewComment, String retiredBy, Instant retiredAt) {
    }

    record TemplateJson(String code, String name, String stage, String channel, String audience, String locale,
            String pack, String createdBy, Instant createdAt, Integer inUse, List<VersionJson> versions) {
    }

    record SummaryJson(String code, String name, String stage, String channel, String audience, String locale,
            String pack, Integer inUse, int latestVersion, String latestStatus) {
    }

    record ItemsJson(List<SummaryJson> items) {
    }

    record IssueJson(String field, String rule, String message, Integer start, Integer end, String category) {
    }

    record PreviewJson(String code, int version, String status, UUID accountId, String subject, String body,
            boolean clean, List<IssueJson> issues) {
    }

    @PostMapping("/api/v1/templates")
    @PreAuthorize(TemplateStatus.AUTHOR)
    @ResponseStatus(HttpStatus.CREATED)
    TemplateJson create(@RequestBody TemplateDesk.NewTemplate body) {
        return json(desk.create(currentUsers.require(), body));
    }

    @GetMapping("/api/v1/templates")
    @PreAuthorize(ComplianceRoles.READ)
    ItemsJson list(@RequestParam(required = false) String stage, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String status) {
        CurrentUser user = currentUsers.require();
        return new ItemsJson(desk.list(user.tenantId(), stage, channel, status)
            .stream()
            .map(s -> new SummaryJson(s.template().code(), s.template().name(), s.template().stage(),
                    s.template().channel(), s.template().audience(), s.template().locale(), s.template().pack(),
                    s.inUse(), s.latest(), s.latestStatus()))
            .toList());
    }

    @GetMapping("/api/v1/templates/{code}")
    @PreAuthorize(ComplianceRoles.READ)
    TemplateJson get(@PathVariable String code) {
        return json(desk.view(currentUsers.require().tenantId(), code));
    }

    @PostMapping("/api/v1/templates/{code}/versions")
    @PreAuthorize(TemplateStatus.AUTHOR)
    @ResponseStatus(HttpStatus.CREATED)
    TemplateJson newVersion(@PathVariable String code, @RequestBody TextBody body) {
        CurrentUser user = currentUsers.require();
        desk.newVersion(user, code, body.subject(), body.body());
        return json(desk.view(user.tenantId(), code));
    }

    @PostMapping("/api/v1/templates/{code}/versions/{n}/submit")
    @PreAuthorize(TemplateStatus.AUTHOR)
    TemplateJson submit(@PathVariable String code, @PathVariable int n) {
        return json(desk.submit(currentUsers.require(), code, n));
    }

    @PostMapping("/api/v1/templates/{code}/versions/{n}/approve")
    @PreAuthorize(TemplateStatus.REVIEW)
    TemplateJson approve(@PathVariable String code, @PathVariable int n) {
        return json(desk.approve(currentUsers.require(), code, n));
    }

    @PostMapping("/api/v1/templates/{code}/versions/{n}/reject")
    @PreAuthorize(TemplateStatus.REVIEW)
    TemplateJson reject(@PathVariable String code, @PathVariable int n, @RequestBody RejectBody body) {
        return json(desk.reject(currentUsers.require(), code, n, body.comment()));
    }

    @PostMapping("/api/v1/templates/{code}/versions/{n}/retire")
    @PreAuthorize(TemplateStatus.RETIRE)
    TemplateJson retire(@PathVariable String code, @PathVariable int n) {
        return json(desk.retire(currentUsers.require(), code, n));
    }

    @PostMapping("/api/v1/templates/{code}/preview")
    @PreAuthorize(ComplianceRoles.READ)
    PreviewJson preview(@PathVariable String code, @Valid @RequestBody PreviewBody body) {
        TemplateDesk.Preview p = desk.preview(currentUsers.require(), code, body.accountId(), body.version());
        return new PreviewJson(p.templateCode(), p.version(), p.status(), p.accountId(), p.subject(), p.body(),
                p.clean(),
                p.issues()
                    .stream()
                    .map(i -> new IssueJson(i.field(), i.rule(), i.message(), i.start(), i.end(), i.category()))
                    .toList());
    }

    static TemplateJson json(TemplateDesk.TemplateView view) {
        TemplateStore.Template t = view.template();
        return new TemplateJson(t.code(), t.name(), t.stage(), t.channel(), t.audience(), t.locale(), t.pack(),
                t.createdBy(), t.createdAt(), view.inUse(),
                view.versions()
                    .stream()
                    .map(v -> new VersionJson(v.version(), v.status(),
                            view.inUse() != null && view.inUse() == v.version(), v.subject(), v.body(), v.author(),
                            v.createdAt(), v.submittedBy(), v.submittedAt(), v.reviewedBy(), v.reviewedAt(),
                            v.reviewComment(), v.retiredBy(), v.retiredAt()))
                    .toList());
    }

}
