package io.recoverydesk.compliance.internal;

/** Who may do what in QA, as Spring Security expressions. */
final class QaRoles {

    /** Reviewers: they see the queue and the scores, sample and review. */
    static final String REVIEW = "hasAnyRole('ADMIN', 'MANAGER', 'COMPLIANCE')";

    /** Those who set the scorecard and the sample share. */
    static final String CONFIGURE = "hasAnyRole('ADMIN', 'COMPLIANCE')";

    /** Those who read the scorecard: reviewers and the people it scores. */
    static final String READ_SCORECARD = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT', 'COMPLIANCE', 'LEGAL')";

    /** People who make contacts and so may have reviews of their own. */
    static final String OWN_REVIEWS = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT', 'LEGAL')";

    /** Team leads coach their team from its reviews. */
    static final String TEAM_REVIEWS = "hasRole('TEAM_LEAD')";

    /**
     * The actor of changes no user made (the scheduled sampling, the default scorecard).
     */
    static final String SYSTEM = "system";

    private QaRoles() {
    }

}
