/**
 * The portfolio: creditors, placements, debtors, contact points and accounts, and the
 * placement import that turns a creditor's file into them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel", "identity", "audit" })
package io.recoverydesk.portfolio;
