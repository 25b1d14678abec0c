package io.recoverydesk.compliance.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.recoverydesk.compliance.policy.Channel;
import io.recoverydesk.compliance.policy.HoldType;
import io.recoverydesk.identity.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Holds on an account: list, place, lift (one by id, or every active one of a type). */
@RestController
class HoldApiController {

    private final HoldDesk desk;

    private final CurrentUsers currentUsers;

    HoldApiController(HoldDesk desk, CurrentUsers currentUsers) {
        this.desk = desk;
        this.currentUsers = currentUsers;
    }

    record HoldBody(@NotNull HoldType type, String reason, UUID contactPointId, Channel channel) {
    }

    record LiftBody(String reason) {
    }

    @GetMapping("/api/v1/accounts/{id}/holds")
    @PreAuthorize(ComplianceRoles.READ)
    List<Holds.Hold> list(@PathVariable UUID id) {
        return desk.all(currentUsers.require(), id);
    }

    @PostMapping("/api/v1/accounts/{id}/holds")
    @PreAuthorize(ComplianceRoles.PLACE_HOLD)
    @ResponseStatus(HttpStatus.CREATED)
    Holds.Hold place(@PathVariable UUID id, @Valid @RequestBody HoldBody body) {
        return desk.place(currentUsers.require(), id,
                new HoldDesk.Request(body.type(), body.reason(), body.contactPointId(), body.channel()));
    }

    @DeleteMapping("/api/v1/accounts/{id}/holds/{holdId}")
    @PreAuthorize(ComplianceRoles.LIFT_HOLD)
    Holds.Hold lift(@PathVariable UUID id, @PathVariable UUID holdId, @RequestParam(required = false) String reason,
            @RequestBody(required = false) LiftBody body) {
        return desk.lift(currentUsers.require(), id, holdId,
                reason != null ? reason : body == null ? null : body.reason());
    }

    @DeleteMapping("/api/v1/accounts/{id}/holds")
    @PreAuthorize(ComplianceRoles.LIFT_HOLD)
    List<Holds.Hold> liftType(@PathVariable UUID id, @RequestParam HoldType type,
            @RequestParam(required = false) String reason, @RequestBody(required = false) LiftBody body) {
        return desk.liftType(currentUsers.require(), id, type,
                reason != null ? reason : body == null ? null : body.reason());
    }

}
