package io.recoverydesk.compliance;

import io.recoverydesk.kernel.TenantId;

/**
 * Message templates on behalf of the system (demo seed): written by one named person,
 * submitted, and approved by another with the compliance role, through the same checks
 * (content scanner, placeholders, opt-out, length, four eyes) and audit entries as on the
 * pages.
 */
public interface TemplateAdministration {

    /**
     * Creates the template with its first version, submitted by {@code author} and
     * approved by {@code approver} (who must differ); answers the version in use.
     */
    int publish(TenantId tenant, String author, String approver, Template template);

    /**
     * A template: code, name, stage, channel (SMS, EMAIL, LETTER, CALL, VISIT), audience
     * (DEBTOR, THIRD_PARTY), locale (zh-CN, en), rule pack (CN, US, GB), subject (email
     * and letter only) and body with {@code {{placeholders}}}.
     */
    record Template(String code, String name, String stage, String channel, String audience, String locale, String pack,
            String subject, String body) {
    }

}
