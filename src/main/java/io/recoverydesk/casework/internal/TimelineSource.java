package io.recoverydesk.casework.internal;

import java.util.List;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;

/**
 * One kind of fact on a case's timeline (contacts, notes, promises, payments, tasks,
 * status changes, holds). The case view merges every source's entries, newest first; a
 * source answers only for an account the user may see (the case view checks first).
 */
interface TimelineSource {

    List<TimelineEntry> entries(CurrentUser user, UUID accountId, int limit);

}
