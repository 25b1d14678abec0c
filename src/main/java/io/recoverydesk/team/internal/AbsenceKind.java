package io.recoverydesk.team.internal;

/** Why an agent is away. */
enum AbsenceKind {

    LEAVE, SICK, TRAINING, OTHER;

    static boolean known(String name) {
        for (AbsenceKind kind : values()) {
            if (kind.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

}
