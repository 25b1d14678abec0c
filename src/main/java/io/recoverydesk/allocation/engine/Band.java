package io.recoverydesk.allocation.engine;

import java.util.List;

/**
 * A team's fairness band on expected value per full-time share, in cents; the mean
 * weights each agent by their share (total expected value ÷ total share).
 */
record Band(double mean, double low, double high) {

    private static final double EPSILON = 1e-6;

    static Band of(List<Desk> desks, double fraction) {
        double shares = desks.stream().mapToDouble((d) -> d.share).sum();
        long ev = desks.stream().mapToLong((d) -> d.evCents).sum();
        double mean = (shares > 0) ? ev / shares : 0;
        return new Band(mean, mean * (1 - fraction), mean * (1 + fraction));
    }

    boolean above(Desk desk) {
        return desk.evCents - high * desk.share > EPSILON;
    }

    boolean below(Desk desk) {
        return low * desk.share - desk.evCents > EPSILON;
    }

    boolean outside(Desk desk) {
        return above(desk) || below(desk);
    }

    /** How far (in cents of expected value) the desk would be outside the band. */
    double distance(Desk desk, double ev) {
        return Math.max(0, ev - high * desk.share) + Math.max(0, low * desk.share - ev);
    }

    /** How much closer to the band the two desks get if {@code ev} moves between them. */
    double gain(Desk from, Desk to, long ev) {
        double before = distance(from, from.evCents) + distance(to, to.evCents);
        double after = distance(from, from.evCents - ev) + distance(to, to.evCents + ev);
        return before - after;
    }

    /**
     * The middle of the amounts that would bring both inside without pushing either out
     * (or the most that can move when no amount does both).
     */
    double target(Desk from, Desk to) {
        double need = Math.max(0, Math.max(from.evCents - high * from.share, low * to.share - to.evCents));
        double limit = Math.max(0, Math.min(from.evCents - low * from.share, high * to.share - to.evCents));
        return (need <= limit) ? (need + limit) / 2 : limit;
    }

}
