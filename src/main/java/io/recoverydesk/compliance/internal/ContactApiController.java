package io.recoverydesk.compliance.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.compliance.ContactDoor.ContactBlockedException;
import io.recoverydesk.compliance.policy.Channel;
import io.recoverydesk.compliance.policy.Direction;
import io.recoverydesk.compliance.policy.Outcome;
import io.recoverydesk.compliance.policy.Party;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The door over HTTP: contact checks, recording contacts, and an account's ledger. */
@RestController
class ContactApiController {

    private final ContactDoor door;

    private final ContactLedger ledger;

    private final AccountDirectory accounts;

    private final CurrentUsers currentUsers;

    ContactApiController(ContactDoor door, ContactLedger ledger, AccountDirectory accounts, CurrentUsers currentUsers) {
        this.door = door;
        this.ledger = ledger;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
    }

    record CheckBody(@NotNull UUID accountId, @NotNull Channel channel, UUID contactPointId, Party party, Instant at,
            @Min(0) @Max(20) Integer collectors) {
    }

    /** The verdict as the API shows it. */
    record VerdictBody(boolean allowed, List<ReasonBody> reasons, Instant nextAllowedAt, Map<String, Integer> remaining,
            String pack) {

        static VerdictBody of(ContactDoor.Verdict v) {
            return new VerdictBody(v.allowed(),
                    v.reasons().stream().map(r -> new ReasonBody(r.rule(), r.message())).toList(), v.nextAllowedAt(),
                    v.remaining(), v.pack());
        }

    }

    record ReasonBody(String rule, String message) {
    }

    @PostMapping("/api/v1/compliance/contact-check")
    @PreAuthorize(ComplianceRoles.CHECK)
    VerdictBody check(@Valid @RequestBody CheckBody body) {
        return VerdictBody.of(door.check(currentUsers.require(), new ContactDoor.Check(body.accountId(), body.channel(),
                body.contactPointId(), body.party(), body.at(), body.collectors())));
    }

    record ContactBody(@NotNull UUID accountId, @NotNull Channel channel, @NotNull Direction direction,
            UUID contactPointId, Party party, Instant startedAt, @NotNull Outcome outcome,
            @Min(0) @Max(86_400) Integer durationSeconds, @Size(max = 4000) String notes, Instant consentToCallUntil,
            @Min(0) @Max(20) Integer collectors, @Size(max = 100) String externalId, Instant callbackAt) {
    }

    @PostMapping("/api/v1/contacts")
    @PreAuthorize(ComplianceRoles.RECORD)
    ResponseEntity<ContactDoor.Recorded> record(@Valid @RequestBody ContactBody body) {
        ContactDoor.Recorded recorded = door.record(currentUsers.require(),
                new ContactDoor.Report(body.accountId(), body.channel(), body.direction(), body.contactPointId(),
                        body.party(), body.startedAt(), body.outcome(), body.durationSeconds(), body.notes(),
                        body.consentToCallUntil(), body.collectors(), blankToNull(body.externalId()),
                        body.callbackAt()));
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
            .location(URI.create("/api/v1/accounts/" + recorded.accountId() + "/contacts"))
            .body(recorded);
    }

    /** A page of ledger entries. */
    record ContactPage(List<ContactDoor.Recorded> items, int page, int size, long total) {
    }

    @GetMapping("/api/v1/accounts/{id}/contacts")
    @PreAuthorize(ComplianceRoles.READ)
    ContactPage contacts(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var user = currentUsers.require();
        if (accounts.visible(user, id).isEmpty()) {
            throw new NotFoundException("account " + id + " not found");
        }
        int safeSize = Math.max(1, Math.min(size, 200));
        int safePage = Math.max(0, page);
        return new ContactPage(ledger.ofAccount(user.tenantId(), id, safeSize, safePage * safeSize), safePage, safeSize,
                ledger.countOfAccount(user.tenantId(), id));
    }

    @ExceptionHandler(ContactBlockedException.class)
    ResponseEntity<ProblemDetail> blocked(ContactBlockedException ex) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
        body.setType(URI.create("urn:recovery-desk:problem:contact-blocked"));
        body.setTitle("Contact not allowed");
        VerdictBody verdict = VerdictBody.of(ex.verdict());
        body.setProperty("reasons", verdict.reasons());
        body.setProperty("nextAllowedAt", verdict.nextAllowedAt());
        body.setProperty("remaining", verdict.remaining());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(body);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
