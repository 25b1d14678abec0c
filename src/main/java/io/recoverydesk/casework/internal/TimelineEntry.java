package io.recoverydesk.casework.internal;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a case's timeline: {@code kind} (CONTACT, NOTE, PROMISE, PAYMENT, TASK,
 * STATUS, HOLD) picks the icon; {@code titleKey} and {@code args} are translated (an
 * argument that is a {@code MessageSourceResolvable} is translated too); {@code detail}
 * is free text shown as written (notes), may be null; {@code flags} are message keys of
 * badges (e.g. a note the content scanner flagged for QA), empty for most entries.
 */
record TimelineEntry(Instant at, String kind, String titleKey, List<Object> args, String detail, String actor,
        List<String> flags) {

    TimelineEntry {
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    TimelineEntry(Instant at, String kind, String titleKey, List<Object> args, String detail, String actor) {
        this(at, kind, titleKey, args, detail, actor, List.of());
    }

}
