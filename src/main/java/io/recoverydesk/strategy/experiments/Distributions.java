package io.recoverydesk.strategy.experiments;

/**
 * The few distribution functions the readout needs, to double precision: the normal and
 * Student t tails and quantiles, through the regularized incomplete gamma and beta
 * functions (continued fractions as in Press et al., Numerical Recipes, 3rd ed., §6.2 and
 * §6.4).
 */
final class Distributions {

    private static final double EPSILON = 1e-15;

    private static final double TINY = 1e-300;

    private static final int MAX_ITERATIONS = 10_000;

    /** Above this the t distribution is the normal one to five digits. */
    private static final double NORMAL_DEGREES_OF_FREEDOM = 1e5;

    // Wichura, Algorithm AS 241 (PPND16), Applied Statistics 37 (1988) 477-484;
    // ascending powers
    private static final double[] A = { 3.3871328727963666080e0, 1.3314166789178437745e2, 1.9715909503065514427e3,
            1.3731693765509461125e4, 4.5921953931549871457e4, 6.7265770927008700853e4, 3.3430575583588128105e4,
            2.5090809287301226727e3 };

    private static final double[] B = { 1.0, 4.2313330701600911252e1, 6.8718700749205790830e2, 5.3941960214247511077e3,
            2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4, 5.2264952788528545610e3 };

    private static final double[] C = { 1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
            3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1, 2.27238449892691845833e-2,
            7.74545014278341407640e-4 };

    private static final double[] D = { 1.0, 2.05319162663775882187e0, 1.67638483018380384940e0,
            6.89767334985100004550e-1, 1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4,
            1.05075007164441684324e-9 };

    private static final double[] E = { 6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
            2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5,
            2.01033439929228813265e-7 };

    private static final double[] F = { 1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1,
            1.48753612908506148525e-2, 7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7,
            2.04426310338993978564e-15 };

    // Lanczos approximation, g = 7, n = 9
    private static final double[] LANCZOS = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028,
            771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7 };

    private Distributions() {
    }

    /** The standard normal quantile: z with P(Z ≤ z) = p. */
    static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1): " + p);
        }
        double q = p - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            return q * polynomial(A, r) / polynomial(B, r);
        }
        double r = Math.sqrt(-Math.log((q < 0) ? p : 1 - p));
        double z = (r <= 5) ? polynomial(C, r - 1.6) / polynomial(D, r - 1.6)
                : polynomial(E, r - 5) / polynomial(F, r - 5);
        return (q < 0) ? -z : z;
    }

    /** P(|Z| ≥ |z|) for a standard normal Z: erfc(|z| / √2) = Q(½, z² / 2). */
    static double normalTwoSided(double z) {
        return upperGamma(0.5, z * z / 2);
    }

    /** P(|T| ≥ |t|) for Student's t with {@code df} (not necessarily whole) degrees. */
    static double studentTwoSided(double t, double df) {
        if (df > NORMAL_DEGREES_OF_FREEDOM) {
            return normalTwoSided(t);
        }
        double t2 = t * t;
        return regularizedBeta(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
    }

    /** The Student t quantile for p ≥ ½, by bisection on the two-sided tail. */
    static double studentQuantile(double p, double df) {
        if (!(p >= 0.5 && p < 1) || !(df > 0)) {
            throw new IllegalArgumentException("p must be in [0.5, 1) and df positive: " + p + ", " + df);
        }
        if (df > NORMAL_DEGREES_OF_FREEDOM) {
            return normalQuantile(p);
        }
        double tail = 2 * (1 - p);
        double low = 0;
        double high = Math.max(1, 2 * normalQuantile(Math.max(p, 0.75)));
        while (studentTwoSided(high, df) > tail) {
            low = high;
            high *= 2;
        }
        for (int i = 0; i < 200 && high - low > EPSILON * high; i++) {
            double middle = (low + high) / 2;
            if (studentTwoSided(middle, df) > tail) {
                low = middle;
            }
            else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    static double logGamma(double x) {
        if (x < 0.5) {
            // reflection: Γ(x) Γ(1 − x) = π / sin(πx)
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        double y = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (y + i);
        }
        double t = y + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** Q(a, x) = Γ(a, x) / Γ(a), the regularized upper incomplete gamma function. */
    static double upperGamma(double a, double x) {
        if (x <= 0) {
            return 1;
        }
        double front = Math.exp(-x + a * Math.log(x) - logGamma(a));
        if (x < a + 1) {
            double term = 1 / a;
            double sum = term;
            for (int n = 1; n < MAX_ITERATIONS && Math.abs(term) > Math.abs(sum) * EPSILON; n++) {
                term *= x / (a + n);
                sum += term;
            }
            return Math.max(0, 1 - front * sum);
        }
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = nonZero(an * d + b);
            c = nonZero(b + an / c);
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return front * h;
    }

    /**
     * I_x(a, b), the regularized incomplete beta function; {@code y = 1 − x} is passed
     * separately so it keeps its precision when x is close to 1.
     */
    static double regularizedBeta(double x, double y, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (y <= 0) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(y));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaFraction(x, a, b) / a;
        }
        return 1 - front * betaFraction(y, b, a) / b;
    }

    private static double betaFraction(double x, double a, double b) {
        double c = 1;
        double d = 1 / nonZero(1 - (a + b) * x / (a + 1));
        double h = d;
        for (int m = 1; m < MAX_ITERATIONS; m++) {
            double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return h;
    }

    private static double nonZero(double value) {
        return (Math.abs(value) < TINY) ? TINY : value;
    }

    private static double polynomial(double[] ascending, double x) {
        double result = 0;
        for (int i = ascending.length - 1; i >= 0; i--) {
            result = result * x + ascending[i];
        }
        return result;
    }

}
