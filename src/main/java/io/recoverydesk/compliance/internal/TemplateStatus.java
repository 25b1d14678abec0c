package io.recoverydesk.compliance.internal;

import java.util.List;

/**
 * The vocabularies of templates: statuses, stages, channels, audiences, locales, packs.
 */
final class TemplateStatus {

    static final String DRAFT = "DRAFT";

    static final String IN_REVIEW = "IN_REVIEW";

    static final String APPROVED = "APPROVED";

    static final String REJECTED = "REJECTED";

    static final String RETIRED = "RETIRED";

    static final List<String> STATUSES = List.of(DRAFT, IN_REVIEW, APPROVED, REJECTED, RETIRED);

    static final List<String> STAGES = List.of("INTAKE", "INFO_ORGANISING", "INITIAL_COLLECTION", "FOCUSED_FOLLOW_UP",
            "FINAL_NOTICE", "SUMMARY");

    static final List<String> CHANNELS = List.of("CALL", "SMS", "EMAIL", "LETTER", "VISIT");

    static final List<String> AUDIENCES = List.of("DEBTOR", "THIRD_PARTY");

    static final List<String> LOCALES = List.of("zh-CN", "en");

    static final List<String> PACKS = List.of("CN", "US", "GB");

    /** Who drafts templates: strategists and those who oversee them. */
    static final String AUTHOR = "hasAnyRole('ADMIN', 'MANAGER', 'COMPLIANCE', 'ANALYST')";

    /** Who reviews them: compliance only. */
    static final String REVIEW = "hasRole('COMPLIANCE')";

    /** Who withdraws them. */
    static final String RETIRE = "hasAnyRole('ADMIN', 'COMPLIANCE')";

    static final int SMS_MAX = 500;

    static final int SUBJECT_MAX = 300;

    static final int BODY_MAX = 8000;

    private TemplateStatus() {
    }

    static boolean hasSubject(String channel) {
        return "EMAIL".equals(channel) || "LETTER".equals(channel);
    }

}
