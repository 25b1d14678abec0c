package io.recoverydesk.compliance;

import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;

/**
 * Approved script and message templates, for whoever sends messages (campaigns): only a
 * template's approved version in use is ever rendered for sending, and only when the
 * rendered text is clean.
 */
public interface MessageTemplates {

    /**
     * The template's approved version in use, filled from the account and scanned again.
     * @throws io.recoverydesk.kernel.NotFoundException when the template or the account
     * (for this user) does not exist
     * @throws io.recoverydesk.kernel.BusinessRuleException when no version is approved,
     * or the rendered text has scanner findings or breaks a length limit
     */
    Rendered renderForSending(CurrentUser user, String templateCode, UUID accountId);

    /**
     * The tenant's templates by code, with their channel and whether a version is
     * approved for use: for whoever names templates ahead of sending (a strategy's
     * steps).
     */
    java.util.Map<String, Listed> listed(io.recoverydesk.kernel.TenantId tenant);

    /** A template as those who name it see it. */
    record Listed(String code, String channel, boolean approved) {
    }

    /**
     * A template filled for one account; {@code subject} is null for channels without
     * one.
     */
    record Rendered(String templateCode, int version, String channel, String audience, String locale, UUID accountId,
            String subject, String body) {
    }

}
