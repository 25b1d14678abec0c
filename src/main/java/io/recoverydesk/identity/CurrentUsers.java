package io.recoverydesk.identity;

import java.util.Optional;

/** Gives the user behind the current request; other modules scope every query with it. */
public interface CurrentUsers {

    Optional<CurrentUser> current();

    default CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("no authenticated user"));
    }

}
