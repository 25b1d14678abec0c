/**
 * Champion/challenger experiments in plain Java: the stable hash that keeps each account
 * in one arm for an experiment's life, and the readout that compares the arms' recovery
 * rate, amount per account, contacts per 1,000 recovered and complaints per 1,000
 * accounts with confidence intervals, p-values and a verdict that screens can translate.
 */
@NullMarked
package io.recoverydesk.strategy.experiments;

import org.jspecify.annotations.NullMarked;
