/**
 * The allocation algorithm in plain Java: which agent works which account, honouring
 * manual overrides, skills, capacity scaled by scheduled hours, debtor continuity and a
 * fairness band on expected recoverable value, with the reason for every placement. Entry
 * point: {@link io.recoverydesk.allocation.engine.Allocator}.
 */
@NullMarked
package io.recoverydesk.allocation.engine;

import org.jspecify.annotations.NullMarked;
