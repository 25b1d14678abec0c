package io.recoverydesk.identity.internal;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Login and token settings.
 *
 * @param adminPassword the bootstrap admin's password (env RD_ADMIN_PASSWORD); random and
 * printed once when blank
 * @param bcryptStrength bcrypt work factor
 * @param maxFailedLogins failed logins within {@code failureWindow} that lock an account
 * @param failureWindow the window in which failures are counted
 * @param lockDuration how long a locked account stays locked
 * @param tokenDefaultValidity validity of a personal access token when the request names
 * none
 */
@Validated
@ConfigurationProperties("rd.security")
record IdentityProperties(String adminPassword, @DefaultValue("10") @Min(4) int bcryptStrength,
        @DefaultValue("5") @Min(1) int maxFailedLogins, @DefaultValue("15m") @NotNull Duration failureWindow,
        @DefaultValue("15m") @NotNull Duration lockDuration,
        @DefaultValue("90d") @NotNull Duration tokenDefaultValidity) {
}
