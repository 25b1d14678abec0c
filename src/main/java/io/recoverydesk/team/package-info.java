/**
 * The team: agents' working profiles (products and other skills they may work, open cases
 * at full time, scheduled weekly hours) and their absences. The allocation reads it as a
 * {@link io.recoverydesk.team.Roster} for the days it plans.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel", "identity", "audit" })
package io.recoverydesk.team;
