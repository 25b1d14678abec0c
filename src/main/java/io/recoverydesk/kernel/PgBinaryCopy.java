package io.recoverydesk.kernel;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + rows.size() * types.length * 12);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(SIGNATURE);
            out.writeInt(0); // flags: no OIDs
            out.writeInt(0); // no header extension
            for (Object[] row : rows) {
                if (row.length != types.length) {
                    throw new IllegalArgumentException(
                            "a row has " + row.length + " values for " + types.length + " columns");
                }
                out.writeShort(types.length);
                for (int i = 0; i < types.length; i++) {
                    field(out, types[i], row[i], i);
                }
            }
            out.writeShort(-1);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    private static void field(DataOutputStream out, Type type, Object value, int column) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        try {
            switch (type) {
                case UUID -> {
                    UUID id = (UUID) value;
                    out.writeInt(16);
                    out.writeLong(id.getMostSignificantBits());
                    out.writeLong(id.getLeastSignificantBits());
                }
                case TEXT -> {
                    String text = value instanceof Enum<?> e ? e.name() : (String) value;
                    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
                case INT4 -> {
                    int number = (value instanceof Short s) ? s : (Integer) value;
                    out.writeInt(4);
                    out.writeInt(number);
                }
                case INT8 -> {
                    out.writeInt(8);
                    out.writeLong(integral(value));
                }
                case DATE -> {
                    out.writeInt(4);
                    out.writeInt(Math.toIntExact(((LocalDate) value).toEpochDay() - PG_EPOCH_DAY));
                }
                case TIMESTAMPTZ -> {
                    out.writeInt(8);
                    out.writeLong(micros(instant(value)));
                }
                case NUMERIC -> numeric(out, value instanceof BigDecimal b ? b : BigDecimal.valueOf(integral(value)));
                case BOOL -> {
                    out.writeInt(1);
                    out.writeByte(((Boolean) value) ? 1 : 0);
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

    /**
     * PostgreSQL's numeric: base-10000 digits with the weight of the first, a sign and
     * the display scale (the {@link BigDecimal}'s scale, so 2.50 stays 2.50).
     */
    static void numeric(DataOutputStream out, BigDecimal value) throws IOException {
        BigDecimal number = value.scale() < 0 ? value.setScale(0) : value;
        int scale = number.scale();
        String digits = number.unscaledValue().abs().toString();
        int integerLength = digits.length() - scale;
        String integer = integerLength > 0 ? digits.substring(0, integerLength) : "";
        String fraction = integerLength > 0 ? digits.substring(integerLength) : "0".repeat(-integerLength) + digits;
        integer = "0".repeat((4 - integer.length() % 4) % 4) + integer;
        fraction = fraction + "0".repeat((4 - fraction.length() % 4) % 4);
        String all = integer + fraction;
        int groups = all.length() / 4;
        int weight = integer.length() / 4 - 1;
        int first = 0;
        while (first < groups && all.startsWith("0000", first * 4)) {
            first++;
            weight--;
        }
        int last = groups;
        while (last > first && all.startsWith("0000", (last - 1) * 4)) {
            last--;
        }
        int count = last - first;
        out.writeInt(8 + 2 * count);
        out.writeShort(count);
        out.writeShort(count == 0 ? 0 : weight);
        out.writeShort(number.signum() < 0 ? NUMERIC_NEGATIVE : 0);
        out.writeShort(scale);
        for (int g = first; g < last; g++) {
            out.writeShort(Integer.parseInt(all, g * 4, g * 4 + 4, 10));
        }
    }

}
