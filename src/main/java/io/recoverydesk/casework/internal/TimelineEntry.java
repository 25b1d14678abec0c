package io.recoverydesk.casework.internal;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a case's timeline: {@code kind} (CONTACT, NOTE, PROMISE, PAYMENT, TASK,
 * STATUS, HOLD) picks the icon; {@code titleKey} and {@code args} are translated;
 * {@code detail} is free text shown as written (notes), may be null.
 */
record TimelineEntry(Instant at, String kind, String titleKey, List<Object> args, String detail, String actor) {
}
