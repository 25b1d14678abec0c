package io.recoverydesk.kernel.web;

/**
 * The admission permit (ADR 0017) of the request the current thread serves, for code that
 * is about to wait for work that other threads do for it (ADR 0027): handing the permit
 * back lets another request in while this one waits without using a core.
 */
public final class Admission {

    private static final ThreadLocal<Runnable> HELD = new ThreadLocal<>();

    private Admission() {
    }

    /**
     * Gives the current request's permit back, if it holds one; the request then finishes
     * without one (what is left of it is writing the answer).
     */
    public static void stepAside() {
        Runnable giveBack = HELD.get();
        if (giveBack != null) {
            HELD.remove();
            giveBack.run();
        }
    }

    /**
     * The filter: this thread's request holds a permit, given back by {@code giveBack}.
     */
    static void held(Runnable giveBack) {
        HELD.set(giveBack);
    }

    /** The filter: the request has ended. */
    static void ended() {
        HELD.remove();
    }

}
