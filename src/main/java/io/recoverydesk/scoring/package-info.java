/**
 * Scoring: propensity-to-pay models trained on the tenant's own history (features from
 * the account, its contacts and its payments), their versions with metrics, and each open
 * account's score, band and reasons. Reads contact and payment history through the
 * compliance and payments modules' batch interfaces.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "kernel", "identity", "audit", "portfolio", "compliance", "payments" })
package io.recoverydesk.scoring;
