package io.recoverydesk.kernel;

import java.io.DataInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PgBinaryCopyTest {

    @Test
    void numericsAreBase10000DigitsWithWeightSignAndScale() throws IOException {
        // ndigits, weight, sign, dscale, digits…
        assertThat(numeric("61.88")).containsExactly(2, 0, 0, 2, 61, 8800);
        assertThat(numeric("0.05")).containsExactly(1, -1, 0, 2, 500);
        assertThat(numeric("-12345678.90")).containsExactly(3, 1, 0x4000, 2, 1234, 5678, 9000);
        assertThat(numeric("0.00")).containsExactly(0, 0, 0, 2);
        assertThat(numeric("10000")).containsExactly(1, 1, 0, 0, 1);
        assertThat(numeric("0.00001")).containsExactly(1, -2, 0, 5, 1000);
        assertThat(numeric("1E+3")).containsExactly(1, 0, 0, 0, 1000);
    }

    @Property
    void aNumericDecodesToTheSameValueAndScale(@ForAll long unscaled, @ForAll @IntRange(min = -3, max = 12) int scale)
            throws IOException {
        BigDecimal value = new BigDecimal(BigInteger.valueOf(unscaled), scale);
        BigDecimal expected = scale < 0 ? value.setScale(0) : value;
        assertThat(decode(numeric(value))).isEqualTo(expected);
    }

    @Property
    void aNumericBeyondALongDecodesToTheSameValueAndScale(@ForAll long high, @ForAll long low,
            @ForAll @IntRange(min = 0, max = 9) int scale) throws IOException {
        BigDecimal value = new BigDecimal(BigInteger.valueOf(high).shiftLeft(64).add(BigInteger.valueOf(low)), scale);
        assertThat(decode(numeric(value))).isEqualTo(value);
    }

    @Test
    void datesAndInstantsCountFrom2000() {
        byte[] bytes = new PgBinaryCopy(PgBinaryCopy.Type.DATE, PgBinaryCopy.Type.TIMESTAMPTZ).encode(List.<Object[]>of(
                new Object[] { LocalDate.of(1999, 12, 31), Instant.parse("1999-12-31T23:59:59.999999999Z") }));
        ByteBuffer in = ByteBuffer.wrap(bytes, 19, bytes.length - 19);
        assertThat(in.getShort()).isEqualTo((short) 2);
        assertThat(in.getInt()).isEqualTo(4);
        assertThat(in.getInt()).isEqualTo(-1);
        assertThat(in.getInt()).isEqualTo(8);
        assertThat(in.getLong()).isEqualTo(-1L);
        assertThat(in.getShort()).isEqualTo((short) -1);
        assertThat(in.hasRemaining()).isFalse();
    }

    @Test
    void aStreamIsSignatureTuplesAndTrailer() {
        UUID id = UUID.fromString("01a23165-475a-7000-acfb-0d299b902603");
        byte[] bytes = new PgBinaryCopy(PgBinaryCopy.Type.UUID, PgBinaryCopy.Type.TEXT, PgBinaryCopy.Type.INT4)
            .encode(List.<Object[]>of(new Object[] { id, "赵", null }));
        ByteBuffer in = ByteBuffer.wrap(bytes);
        byte[] signature = new byte[11];
        in.get(signature);
        assertThat(signature).containsExactly('P', 'G', 'C', 'O', 'P', 'Y', '\n', 0xff, '\r', '\n', 0);
        assertThat(in.getInt()).isZero();
        assertThat(in.getInt()).isZero();
        assertThat(in.getShort()).isEqualTo((short) 3);
        assertThat(in.getInt()).isEqualTo(16);
        assertThat(new UUID(in.getLong(), in.getLong())).isEqualTo(id);
        assertThat(in.getInt()).isEqualTo(3);
        in.position(in.position() + 3);
        assertThat(in.getInt()).isEqualTo(-1);
        assertThat(in.getShort()).isEqualTo((short) -1);
        assertThat(in.hasRemaining()).isFalse();
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedBeforeTheServerSeesIt() {
        PgBinaryCopy copy = new PgBinaryCopy(PgBinaryCopy.Type.INT4);
        assertThatThrownBy(() -> copy.encode(List.<Object[]>of(new Object[] { 5L })))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("column 1 is INT4");
        assertThatThrownBy(() -> copy.encode(List.<Object[]>of(new Object[] { 1, 2 })))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("2 values for 1 columns");
    }

    private static int[] numeric(String value) throws IOException {
        return numeric(new BigDecimal(value));
    }

    private static int[] numeric(BigDecimal value) throws IOException {
        PgBinaryCopy.Buffer bytes = new PgBinaryCopy.Buffer(16);
        PgBinaryCopy.numeric(bytes, value);
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        int length = in.readInt();
        int[] shorts = new int[length / 2];
        for (int i = 0; i < shorts.length; i++) {
            shorts[i] = in.readShort();
        }
        return shorts;
    }

    /** PostgreSQL's reading of the numeric's fields. */
    private static BigDecimal decode(int[] fields) {
        int count = fields[0];
        int weight = fields[1];
        BigDecimal value = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            value = value.add(BigDecimal.valueOf(fields[4 + i]).scaleByPowerOfTen(4 * (weight - i)));
        }
        if (fields[2] == 0x4000) {
            value = value.negate();
        }
        return value.setScale(fields[3]);
    }

}
