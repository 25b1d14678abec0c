package io.recoverydesk.strategy.experiments;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * All ids come from fixed seeds, so the bounds below are checked on the same accounts on
 * every run: no test here can fail by chance.
 */
class ArmSplitTest {

    private static final UUID EXPERIMENT = UUID.fromString("6f1c2a3e-8b4d-4f5a-9c7e-1d2b3a4c5e6f");

    private static final int ACCOUNTS = 100_000;

    /**
     * Positions computed outside Java (Python hashlib, the same bytes): if these change,
     * running experiments would reshuffle their accounts.
     */
    @ParameterizedTest
    @CsvSource({ "00000000-0000-0000-0000-000000000001, 0.650726781227344, CHAMPION",
            "3b9e0c1a-7d2f-4e8b-a5c6-0f1e2d3c4b5a, 0.41922055535930247, CHALLENGER",
            "c0ffee00-1234-4abc-8def-0123456789ab, 0.9965249607028082, CHAMPION",
            "e7d6c5b4-a392-4817-9605-f4e3d2c1b0a9, 0.9712979050846513, CHAMPION" })
    void keepsTheHashItWasBornWith(UUID account, double position, Arm arm) {
        assertThat(ArmSplit.position(EXPERIMENT, account)).isEqualTo(position);
        assertThat(ArmSplit.arm(EXPERIMENT, account, new BigDecimal("0.5"))).isEqualTo(arm);
    }

    @Test
    void keepsAnAccountInItsArmOnEveryCall() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1_000; i++) {
            UUID account = new UUID(random.nextLong(), random.nextLong());
            Arm first = ArmSplit.arm(EXPERIMENT, account, new BigDecimal("0.3"));
            UUID sameAccount = UUID.fromString(account.toString());
            assertThat(ArmSplit.arm(UUID.fromString(EXPERIMENT.toString()), sameAccount, new BigDecimal("0.30")))
                .isEqualTo(first);
        }
    }

    @ParameterizedTest
    @CsvSource({ "0.1", "0.25", "0.5", "0.9" })
    void givesTheChallengerItsShareOfRandomIds(BigDecimal share) {
        SplittableRandom random = new SplittableRandom(11);
        int challengers = 0;
        for (int i = 0; i < ACCOUNTS; i++) {
            UUID account = new UUID(random.nextLong(), random.nextLong());
            challengers += (ArmSplit.arm(EXPERIMENT, account, share) == Arm.CHALLENGER) ? 1 : 0;
        }
        assertWithinFiveStandardDeviations(challengers, share.doubleValue());
    }

    /** Database sequences and time-ordered ids differ only in a few low bits. */
    @Test
    void givesTheChallengerItsShareOfSequentialIds() {
        int challengers = 0;
        for (int i = 0; i < ACCOUNTS; i++) {
            UUID account = new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_0000L + i);
            challengers += (ArmSplit.arm(EXPERIMENT, account, new BigDecimal("0.2")) == Arm.CHALLENGER) ? 1 : 0;
        }
        assertWithinFiveStandardDeviations(challengers, 0.2);
    }

    @Test
    void spreadsPositionsEvenlyOverTwentyBuckets() {
        SplittableRandom random = new SplittableRandom(13);
        int[] buckets = new int[20];
        for (int i = 0; i < ACCOUNTS; i++) {
            buckets[(int) (ArmSplit.position(EXPERIMENT, new UUID(random.nextLong(), random.nextLong())) * 20)]++;
        }
        double expected = ACCOUNTS / 20.0;
        double chiSquare = 0;
        for (int count : buckets) {
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        // 43.82 is the 0.999 quantile of chi-square with 19 degrees of freedom
        assertThat(chiSquare).isLessThan(43.82);
    }

    @Test
    void splitsTwoExperimentsIndependently() {
        UUID other = UUID.fromString("0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d");
        SplittableRandom random = new SplittableRandom(17);
        int[][] table = new int[2][2];
        for (int i = 0; i < ACCOUNTS; i++) {
            UUID account = new UUID(random.nextLong(), random.nextLong());
            table[ArmSplit.arm(EXPERIMENT, account, new BigDecimal("0.5")).ordinal()][ArmSplit
                .arm(other, account, new BigDecimal("0.5"))
                .ordinal()]++;
        }
        double chiSquare = 0;
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                double expected = (double) (table[a][0] + table[a][1]) * (table[0][b] + table[1][b]) / ACCOUNTS;
                chiSquare += (table[a][b] - expected) * (table[a][b] - expected) / expected;
            }
        }
        // 10.83 is the 0.999 quantile of chi-square with 1 degree of freedom
        assertThat(chiSquare).isLessThan(10.83);
    }

    @Test
    void putsEveryoneOnTheChampionAtShareZeroAndOnTheChallengerAtShareOne() {
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 1_000; i++) {
            UUID account = new UUID(random.nextLong(), random.nextLong());
            assertThat(ArmSplit.arm(EXPERIMENT, account, BigDecimal.ZERO)).isEqualTo(Arm.CHAMPION);
            assertThat(ArmSplit.arm(EXPERIMENT, account, BigDecimal.ONE)).isEqualTo(Arm.CHALLENGER);
        }
    }

    @ParameterizedTest
    @CsvSource({ "-0.01", "1.0001", "2" })
    void rejectsAShareOutsideZeroToOne(BigDecimal share) {
        assertThatIllegalArgumentException().isThrownBy(() -> ArmSplit.arm(EXPERIMENT, UUID.randomUUID(), share))
            .withMessageContaining("from 0 to 1");
    }

    private static void assertWithinFiveStandardDeviations(int challengers, double share) {
        double deviation = Math.sqrt(ACCOUNTS * share * (1 - share));
        assertThat((double) challengers).isCloseTo(ACCOUNTS * share, within(5 * deviation));
    }

}
