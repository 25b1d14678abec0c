package io.recoverydesk.kernel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary {@code COPY} format ({@code COPY … FROM STDIN WITH (FORMAT
 * binary)}), for bulk writes where parsing text is what the server spends its time on
 * (timestamps, numerics, ids). Binary input must match the column types exactly, so the
 * caller names each column's type; a value that does not fit its type is refused here
 * rather than by the server half-way through a copy.
 */
public final class PgBinaryCopy {

    /** A column's type as the table declares it. */
    public enum Type {

        /** {@code uuid}, from a {@link UUID}. */
        UUID,
        /** {@code text} or {@code varchar}, from a {@link String} (or an enum's name). */
        TEXT,
        /** {@code integer}, from an {@link Integer} (or a short). */
        INT4,
        /** {@code bigint}, from any integral number. */
        INT8,
        /** {@code date}, from a {@link LocalDate}. */
        DATE,
        /**
         * {@code timestamp with time zone}, from an {@link Instant},
         * {@link OffsetDateTime} or {@link Timestamp}.
         */
        TIMESTAMPTZ,
        /** {@code numeric}, from a {@link BigDecimal} or an integral number. */
        NUMERIC,
        /** {@code boolean}. */
        BOOL

    }

    private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };

    /** 2000-01-01, PostgreSQL's epoch for dates and timestamps. */
    private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private static final long PG_EPOCH_SECOND = PG_EPOCH_DAY * 86_400;

    private static final int NUMERIC_NEGATIVE = 0x4000;

    private final Type[] types;

    public PgBinaryCopy(Type... types) {
        this.types = types.clone();
    }

    /** The whole copy stream for {@code rows}: header, one tuple per row, trailer. */
    public byte[] encode(List<Object[]> rows) {
        Buffer out = new Buffer(64 + rows.size() * types.length * 12);
        out.bytes(SIGNATURE);
        out.int4(0); // flags: no OIDs
        out.int4(0); // no header extension
        for (Object[] row : rows) {
            if (row.length != types.length) {
                throw new IllegalArgumentException(
                        "a row has " + row.length + " values for " + types.length + " columns");
            }
            out.int2(types.length);
            for (int i = 0; i < types.length; i++) {
                field(out, types[i], row[i], i);
            }
        }
        out.int2(-1);
        return out.toByteArray();
    }

    private static void field(Buffer out, Type type, Object value, int column) {
        if (value == null) {
            out.int4(-1);
            return;
        }
        try {
            switch (type) {
                case UUID -> {
                    UUID id = (UUID) value;
                    out.int4(16);
                    out.int8(id.getMostSignificantBits());
                    out.int8(id.getLeastSignificantBits());
                }
                case TEXT -> {
                    String text = value instanceof Enum<?> e ? e.name() : (String) value;
                    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                    out.int4(utf8.length);
                    out.bytes(utf8);
                }
                case INT4 -> {
                    int number = (value instanceof Short s) ? s : (Integer) value;
                    out.int4(4);
                    out.int4(number);
                }
                case INT8 -> {
                    out.int4(8);
                    out.int8(integral(value));
                }
                case DATE -> {
                    out.int4(4);
                    out.int4(Math.toIntExact(((LocalDate) value).toEpochDay() - PG_EPOCH_DAY));
                }
                case TIMESTAMPTZ -> {
                    out.int4(8);
                    out.int8(out.micros(value));
                }
                case NUMERIC -> numeric(out, value instanceof BigDecimal b ? b : BigDecimal.valueOf(integral(value)));
                case BOOL -> {
                    out.int4(1);
                    out.int1(((Boolean) value) ? 1 : 0);
                }
            }
        }
        catch (ClassCastException ex) {
            throw new IllegalArgumentException(
                    "column " + (column + 1) + " is " + type + ", not a " + value.getClass().getSimpleName(), ex);
        }
    }

    private static long integral(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw new ClassCastException(value.getClass().getName());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** Microseconds since 2000-01-01 UTC, truncated like PostgreSQL's own precision. */
    static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond() - PG_EPOCH_SECOND, 1_000_000L),
                at.getNano() / 1_000);
    }

    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

    /** Unscaled values up to this fit a long after scaling by up to 10^3. */
    private static final long LONG_SAFE = Long.MAX_VALUE / 1_000;

    /**
     * PostgreSQL's numeric: base-10000 digits with the weight of the first, a sign and
     * the display scale (the {@link BigDecimal}'s scale, so 2.50 stays 2.50). The digits
     * are those of the unscaled value with the scale padded to a multiple of 4, so the
     * decimal point falls between two of them.
     */
    static void numeric(Buffer out, BigDecimal value) {
        BigDecimal number = value.scale() < 0 ? value.setScale(0) : value;
        int scale = number.scale();
        int fractionGroups = (scale + 3) / 4;
        int pad = fractionGroups * 4 - scale;
        short[] groups = new short[8];
        int count = 0; // least significant first
        BigInteger unscaled = number.unscaledValue().abs();
        if (unscaled.bitLength() < 63 && unscaled.longValue() <= LONG_SAFE) {
            long rest = unscaled.longValue() * (pad == 0 ? 1 : pad == 1 ? 10 : pad == 2 ? 100 : 1_000);
            while (rest != 0) {
                if (count == groups.length) {
                    groups = java.util.Arrays.copyOf(groups, count * 2);
                }
                groups[count++] = (short) (rest % 10_000);
                rest /= 10_000;
            }
        }
        else {
            BigInteger rest = unscaled.multiply(BigInteger.TEN.pow(pad));
            while (rest.signum() != 0) {
                BigInteger[] qr = rest.divideAndRemainder(TEN_THOUSAND);
                if (count == groups.length) {
                    groups = java.util.Arrays.copyOf(groups, count * 2);
                }
                groups[count++] = qr[1].shortValue();
                rest = qr[0];
            }
        }
        int weight = count - 1 - fractionGroups;
        int lowest = 0;
        while (lowest < count && groups[lowest] == 0) {
            lowest++; // trailing zero groups say nothing
        }
        int digits = count - lowest;
        out.int4(8 + 2 * digits);
        out.int2(digits);
        out.int2(digits == 0 ? 0 : weight);
        out.int2(number.signum() < 0 ? NUMERIC_NEGATIVE : 0);
        out.int2(scale);
        for (int g = count - 1; g >= lowest; g--) {
            out.int2(groups[g]);
        }
    }

    /**
     * A growable big-endian byte buffer; remembers the last timestamp it converted (a run
     * writes the same instant in many rows).
     */
    static final class Buffer {

        private byte[] bytes;

        private int size;

        private Object lastTimestamp;

        private long lastMicros;

        Buffer(int capacity) {
            this.bytes = new byte[Math.max(capacity, 64)];
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        void int1(int v) {
            room(1);
            bytes[size++] = (byte) v;
        }

        void int2(int v) {
            room(2);
            bytes[size++] = (byte) (v >>> 8);
            bytes[size++] = (byte) v;
        }

        void int4(int v) {
            room(4);
            bytes[size++] = (byte) (v >>> 24);
            bytes[size++] = (byte) (v >>> 16);
            bytes[size++] = (byte) (v >>> 8);
            bytes[size++] = (byte) v;
        }

        void int8(long v) {
            int4((int) (v >>> 32));
            int4((int) v);
        }

        void bytes(byte[] v) {
            room(v.length);
            System.arraycopy(v, 0, bytes, size, v.length);
            size += v.length;
        }

        long micros(Object timestamp) {
            if (timestamp != lastTimestamp) {
                lastMicros = PgBinaryCopy.micros(instant(timestamp));
                lastTimestamp = timestamp;
            }
            return lastMicros;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(bytes, size);
        }

    }

}
