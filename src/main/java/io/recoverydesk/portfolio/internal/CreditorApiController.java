package io.recoverydesk.portfolio.internal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CreditorApiController {

    private final Creditors creditors;

    private final ColumnMappings mappings;

    private final CurrentUsers currentUsers;

    CreditorApiController(Creditors creditors, ColumnMappings mappings, CurrentUsers currentUsers) {
        this.creditors = creditors;
        this.mappings = mappings;
        this.currentUsers = currentUsers;
    }

    record NewCreditor(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}",
                    message = "1-40 letters, digits, dot, dash or underscore") String code,
            @NotBlank @Size(max = 200) String name) {
    }

    @PostMapping("/api/v1/creditors")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    Creditors.Creditor create(@Valid @RequestBody NewCreditor body) {
        CurrentUser user = currentUsers.require();
        return creditors.create(user.tenantId(), user.username(), body.code(), body.name());
    }

    @GetMapping("/api/v1/creditors")
    List<Creditors.Creditor> list() {
        return creditors.list(currentUsers.require());
    }

    @PostMapping("/api/v1/creditors/{code}/mappings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    ColumnMappings.Mapping saveMapping(@PathVariable String code, @Valid @RequestBody ColumnMappings.Mapping body) {
        CurrentUser user = currentUsers.require();
        return mappings.save(user, creditors.visible(user, code), body);
    }

    @GetMapping("/api/v1/creditors/{code}/mappings")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'ANALYST')")
    List<ColumnMappings.Mapping> mappings(@PathVariable String code) {
        CurrentUser user = currentUsers.require();
        return mappings.list(user.tenantId(), creditors.visible(user, code));
    }

}
