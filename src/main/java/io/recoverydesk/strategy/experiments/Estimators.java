package io.recoverydesk.strategy.experiments;

import org.jspecify.annotations.Nullable;

/**
 * The three ways the readout estimates and compares, in natural units (fractions, money,
 * complaints per account), before scaling and rounding. Intervals have level 1 − alpha so
 * that, for ratios and means, a difference is significant exactly when its interval
 * leaves out zero.
 */
final class Estimators {

    private Estimators() {
    }

    /**
     * Ratio of sums Σnum / Σden, with the delta-method (linearization) standard error of
     * a ratio estimator, √(Σ(numᵢ − R denᵢ)² / (n(n − 1))) / mean(den) (Cochran, Sampling
     * Techniques, §6.4; Deng et al., Applying the Delta Method in Metric Analytics,
     * 2018). Arms are independent, so the difference has a z test with the two errors
     * added in squares. An arm needs two accounts and a positive Σden.
     */
    static Comparison ratio(double[] championNum, double[] championDen, double[] challengerNum, double[] challengerDen,
            double alpha) {
        double z = Distributions.normalQuantile(1 - alpha / 2);
        Spread champion = ratioSpread(championNum, championDen);
        Spread challenger = ratioSpread(challengerNum, challengerDen);
        Tested difference = null;
        if (champion != null && challenger != null) {
            double value = challenger.value() - champion.value();
            double error = Math.hypot(champion.error(), challenger.error());
            double p = (error > 0) ? Distributions.normalTwoSided(value / error) : pointMass(value);
            difference = new Tested(value, value - z * error, value + z * error, p);
        }
        return new Comparison(around(champion, z), around(challenger, z), difference);
    }

    /**
     * Means with Student t intervals (n − 1 degrees), and Welch's unequal-variance t test
     * with Welch–Satterthwaite degrees of freedom for the difference. An arm needs two
     * accounts.
     */
    static Comparison welch(double[] champion, double[] challenger, double alpha) {
        Raw championMean = mean(champion, alpha);
        Raw challengerMean = mean(challenger, alpha);
        Tested difference = null;
        if (championMean != null && challengerMean != null) {
            double va = variance(champion) / champion.length;
            double vb = variance(challenger) / challenger.length;
            double value = challengerMean.value() - championMean.value();
            double error = Math.sqrt(va + vb);
            if (error > 0) {
                double df = (va + vb) * (va + vb)
                        / (va * va / (champion.length - 1) + vb * vb / (challenger.length - 1));
                double half = Distributions.studentQuantile(1 - alpha / 2, df) * error;
                double p = Distributions.studentTwoSided(value / error, df);
                difference = new Tested(value, value - half, value + half, p);
            }
            else {
                difference = new Tested(value, value, value, pointMass(value));
            }
        }
        return new Comparison(championMean, challengerMean, difference);
    }

    /**
     * Rates of events per account, k / n, as Poisson counts allowing for overdispersion
     * (accounts that complain more than once): each arm gets the score (Wilson-type)
     * interval (k' + z²/2 ± z√(k' + z²/4)) / n', which stays sensible at k = 0, with k' =
     * k/φ and n' = n/φ for the arm's Pearson dispersion φ = max(1, s² / rate); the
     * difference gets the MOVER interval built from the two (Zou and Donner, 2008) and
     * the quasi-Poisson score test z = (λ₂ − λ₁) / √(φ₀ λ₀ (1/n₁ + 1/n₂)), λ₀ and φ₀
     * pooled under no difference. With at most one event per account φ = 1: the plain
     * Poisson score test. An arm needs one account.
     */
    static Comparison poisson(double[] champion, double[] challenger, double alpha) {
        double z = Distributions.normalQuantile(1 - alpha / 2);
        Raw championRate = overdispersedScore(champion, z);
        Raw challengerRate = overdispersedScore(challenger, z);
        if (championRate == null || challengerRate == null) {
            return new Comparison(championRate, challengerRate, null);
        }
        double value = challengerRate.value() - championRate.value();
        double lower = value - Math.hypot(challengerRate.value() - challengerRate.lower(),
                championRate.upper() - championRate.value());
        double upper = value + Math.hypot(challengerRate.upper() - challengerRate.value(),
                championRate.value() - championRate.lower());
        int n = champion.length + challenger.length;
        double pooled = (sum(champion) + sum(challenger)) / n;
        double squares = squaresAround(champion, pooled) + squaresAround(challenger, pooled);
        double dispersion = (n > 1) ? dispersion(squares / (n - 1), pooled) : 1;
        double error = Math.sqrt(dispersion * pooled * (1.0 / champion.length + 1.0 / challenger.length));
        double p = (error > 0) ? Distributions.normalTwoSided(value / error) : 1;
        return new Comparison(championRate, challengerRate,
                new Tested(value, Math.min(lower, value), Math.max(upper, value), p));
    }

    /** The Poisson score interval for {@code events} in {@code exposure}, as a rate. */
    static Raw scoreInterval(double events, double exposure, double z) {
        double centre = events + z * z / 2;
        double half = z * Math.sqrt(events + z * z / 4);
        double rate = events / exposure;
        return new Raw(rate, Math.min(rate, Math.max(0, (centre - half) / exposure)),
                Math.max(rate, (centre + half) / exposure));
    }

    private static @Nullable Raw overdispersedScore(double[] counts, double z) {
        int n = counts.length;
        if (n < 1) {
            return null;
        }
        double rate = sum(counts) / n;
        double dispersion = (n > 1) ? dispersion(variance(counts), rate) : 1;
        return scoreInterval(sum(counts) / dispersion, n / dispersion, z);
    }

    /** Variance over mean, never below the Poisson 1. */
    private static double dispersion(double variance, double mean) {
        return (mean > 0) ? Math.max(1, variance / mean) : 1;
    }

    private static double squaresAround(double[] values, double centre) {
        double squares = 0;
        for (double value : values) {
            squares += (value - centre) * (value - centre);
        }
        return squares;
    }

    private static @Nullable Spread ratioSpread(double[] num, double[] den) {
        int n = num.length;
        double sumNum = sum(num);
        double sumDen = sum(den);
        if (n < 2 || !(sumDen > 0)) {
            return null;
        }
        double ratio = sumNum / sumDen;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double residual = num[i] - ratio * den[i];
            squares += residual * residual;
        }
        return new Spread(ratio, Math.sqrt(squares / ((double) n * (n - 1))) / (sumDen / n));
    }

    private static @Nullable Raw around(@Nullable Spread spread, double z) {
        return (spread != null)
                ? new Raw(spread.value(), spread.value() - z * spread.error(), spread.value() + z * spread.error())
                : null;
    }

    private static @Nullable Raw mean(double[] values, double alpha) {
        int n = values.length;
        if (n < 2) {
            return null;
        }
        double mean = sum(values) / n;
        double half = Distributions.studentQuantile(1 - alpha / 2, n - 1) * Math.sqrt(variance(values) / n);
        return new Raw(mean, mean - half, mean + half);
    }

    /** The sample variance, in two passes for accuracy. */
    static double variance(double[] values) {
        return squaresAround(values, sum(values) / values.length) / (values.length - 1);
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    /** Both arms without spread: any difference is certain, none is no evidence. */
    private static double pointMass(double difference) {
        return (difference == 0) ? 1 : 0;
    }

    record Raw(double value, double lower, double upper) {
    }

    record Tested(double value, double lower, double upper, double p) {
    }

    record Comparison(@Nullable Raw champion, @Nullable Raw challenger, @Nullable Tested difference) {
    }

    private record Spread(double value, double error) {
    }

}
