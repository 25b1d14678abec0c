package io.recoverydesk.strategy.experiments;

import io.recoverydesk.strategy.experiments.Estimators.Comparison;
import io.recoverydesk.strategy.experiments.Estimators.Raw;
import io.recoverydesk.strategy.experiments.Estimators.Tested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Known answers: table values of the normal and t distributions, the Welch example of
 * Wikipedia ("Welch's t-test", example 1: t = 2.46, ν = 24.99, p = 0.021), and intervals
 * worked by hand. Digits beyond the tables were checked with SciPy 1.17.
 */
class ReadoutStatisticsTest {

    static final double[] WELCH_1 = { 27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0,
            21.7, 21.4 };

    static final double[] WELCH_2 = { 27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9,
            20.5, 24.4 };

    private static final double Z_975 = 1.959963984540054;

    /** {@code accounts} of whom {@code complaining} have {@code each} complaints. */
    private static double[] counts(int complaining, int each, int accounts) {
        double[] counts = new double[accounts];
        java.util.Arrays.fill(counts, 0, complaining, each);
        return counts;
    }

    @ParameterizedTest
    @CsvSource({ "0.975, 1.959963984540054", "0.5, 0", "0.025, -1.959963984540054", "0.9, 1.2815515655446004",
            "1e-6, -4.753424308822899", "1e-12, -7.034483825301131" })
    void findsNormalQuantiles(double p, double z) {
        assertThat(Distributions.normalQuantile(p)).isCloseTo(z, within(1e-13));
    }

    @ParameterizedTest
    @CsvSource({ "1.96, 0.04999579029644087", "0, 1", "3, 0.0026997960632601866", "-3, 0.0026997960632601866",
            "8, 1.244192114854348e-15" })
    void findsTwoSidedNormalTails(double z, double p) {
        assertThat(Distributions.normalTwoSided(z)).isCloseTo(p, withinPercentage(1e-8));
    }

    @ParameterizedTest
    @CsvSource({ "1, 12.706204736174694", "2, 4.302652729749462", "10, 2.228138851986274", "30, 2.0422724563012378",
            "24.5, 2.0616718793474065" })
    void findsStudentQuantilesOfTheTables(double df, double t) {
        assertThat(Distributions.studentQuantile(0.975, df)).isCloseTo(t, within(1e-10));
    }

    @ParameterizedTest
    @CsvSource({ "2, 5, 0.10193947882985835", "1, 1, 0.5", "2.228138851986274, 10, 0.05", "0, 7, 1" })
    void findsTwoSidedStudentTails(double t, double df, double p) {
        assertThat(Distributions.studentTwoSided(t, df)).isCloseTo(p, within(1e-13));
    }

    @Test
    void findsTheLogGammaOfAHalf() {
        assertThat(Distributions.logGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-14));
        assertThat(Distributions.logGamma(5)).isCloseTo(Math.log(24), within(1e-13));
        assertThat(Distributions.logGamma(0.1)).isCloseTo(2.2527126517342055, within(1e-13));
    }

    /**
     * The same 10 complaints from 5 accounts, twice each: dispersion s² / mean = 0.01992
     * / 0.01 = 1.992 halves the effective counts of the champion, and the pooled
     * dispersion 1.269 widens the test.
     */
    @Test
    void widensComplaintIntervalsWhenAccountsComplainRepeatedly() {
        Estimators.Comparison comparison = Estimators.poisson(counts(5, 2, 1000), counts(25, 1, 1000), 0.05);

        Raw champion = comparison.champion();
        assertThat(champion).isNotNull();
        assertThat(champion.lower() * 1000).isCloseTo(4.278280899340982, within(1e-9));
        assertThat(champion.upper() * 1000).isCloseTo(23.373874309048723, within(1e-9));
        Tested difference = comparison.difference();
        assertThat(difference).isNotNull();
        assertThat(difference.lower() * 1000).isCloseTo(-0.6177311558049989, within(1e-9));
        assertThat(difference.upper() * 1000).isCloseTo(28.21040513958117, within(1e-9));
        assertThat(difference.p()).isCloseTo(0.024393147554860745, within(1e-12));
    }

    @Test
    void reproducesTheWelchExample() {
        Comparison welch = Estimators.welch(WELCH_1, WELCH_2, 0.05);

        Tested difference = welch.difference();
        assertThat(difference).isNotNull();
        assertThat(difference.value()).isCloseTo(2.1666666666666667, within(1e-12));
        assertThat(difference.p()).isCloseTo(0.021378001462866992, within(1e-12));
        assertThat(difference.lower()).isCloseTo(0.3492370661924069, within(1e-9));
        assertThat(difference.upper()).isCloseTo(3.984096267140929, within(1e-9));
        Raw champion = welch.champion();
        assertThat(champion).isNotNull();
        assertThat(champion.value()).isCloseTo(20.82, within(1e-12));
        assertThat(champion.lower()).isCloseTo(19.26670165245124, within(1e-9));
        assertThat(champion.upper()).isCloseTo(22.373298347548754, within(1e-9));
    }

    /**
     * Balances 100, 200, 300, 400 and recoveries 10, 50, 30, 110: R = 200 / 1000 = 0.2,
     * residuals rᵢ − 0.2 bᵢ = −10, 10, −30, 30, so se = √(2000 / (4 · 3)) / 250 =
     * 0.05164.
     */
    @Test
    void findsTheRatioIntervalByTheDeltaMethod() {
        double[] balances = { 100, 200, 300, 400 };
        double[] recovered = { 10, 50, 30, 110 };

        Raw rate = Estimators.ratio(recovered, balances, recovered, balances, 0.05).champion();

        assertThat(rate).isNotNull();
        double error = Math.sqrt(2000.0 / 12) / 250;
        assertThat(rate.value()).isCloseTo(0.2, within(1e-15));
        assertThat(rate.lower()).isCloseTo(0.2 - Z_975 * error, within(1e-12));
        assertThat(rate.upper()).isCloseTo(0.2 + Z_975 * error, within(1e-12));
        assertThat(rate.lower()).isCloseTo(0.0988, within(1e-4));
    }

    /**
     * Score interval (k + z²/2 ± z√(k + z²/4)) / n: for k = 0 it is [0, z² / n]; for k =
     * 10, n = 1,000 it is (11.9207 ± 6.4887) / 1,000.
     */
    @Test
    void findsPoissonScoreIntervals() {
        Raw none = Estimators.scoreInterval(0, 1000, Z_975);
        Raw ten = Estimators.scoreInterval(10, 1000, Z_975);

        assertThat(none).isEqualTo(new Raw(0, 0, Z_975 * Z_975 / 1000));
        assertThat(ten).isNotNull();
        assertThat(ten.value()).isEqualTo(0.01);
        assertThat(ten.lower() * 1000).isCloseTo(5.431986105614363, within(1e-12));
        assertThat(ten.upper() * 1000).isCloseTo(18.40947271507976, within(1e-12));
    }

    /**
     * 10 of 1,000 against 25 of 1,000 accounts, one complaint each: MOVER bounds 15 −
     * √((25 − l₂)² + (u₁ − 10)²) and 15 + √((u₂ − 25)² + (10 − l₁)²) per 1,000; pooled z
     * = 0.015 / √(0.0175 · 0.002).
     */
    @Test
    void comparesPoissonRatesByMoverAndThePooledScoreTest() {
        Tested difference = Estimators.poisson(counts(10, 1, 1000), counts(25, 1, 1000), 0.05).difference();

        assertThat(difference).isNotNull();
        assertThat(difference.value() * 1000).isCloseTo(15, within(1e-12));
        assertThat(difference.lower() * 1000).isCloseTo(3.3478652699842297, within(1e-9));
        assertThat(difference.upper() * 1000).isCloseTo(27.75317550354917, within(1e-9));
        assertThat(difference.p()).isCloseTo(0.011229886652916665, within(1e-12));
    }

}
