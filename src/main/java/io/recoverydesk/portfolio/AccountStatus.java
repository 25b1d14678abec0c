package io.recoverydesk.portfolio;

/**
 * The account lifecycle: NEW → ACTIVE → (PROMISED | ON_PLAN | HOLD | LEGAL) → (PAID |
 * SETTLED | CLOSED | RECALLED).
 */
public enum AccountStatus {

    NEW, ACTIVE, PROMISED, ON_PLAN, HOLD, LEGAL, PAID, SETTLED, CLOSED, RECALLED;

    public boolean isOpen() {
        return this != PAID && this != SETTLED && this != CLOSED && this != RECALLED;
    }

}
