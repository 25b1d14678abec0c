package io.recoverydesk.kernel;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestDatabase;
import io.recoverydesk.kernel.PgBinaryCopy.Type;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What PostgreSQL reads from {@link PgBinaryCopy}'s stream is what was written. */
class PgBinaryCopyIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyTypeComesBackAsWritten() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgres(), "binary COPY is PostgreSQL's; this run is on H2");
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] { UUID.randomUUID(), "赵敏 \"quoted\", comma\nnew line", 7, 9_000_000_000L,
                LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T03:00:00.123456789Z"), new BigDecimal("61.88"),
                true });
        rows.add(new Object[] { UUID.randomUUID(), "", -1, -5L, LocalDate.of(1970, 1, 1),
                OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.ofHours(8)),
                new BigDecimal("-12345678.90"), false });
        rows.add(new Object[] { UUID.randomUUID(), null, null, null, null, null, null, null });
        for (String n : List.of("0.00", "0.05", "0.00001", "10000", "99999999.9999", "1E+3", "123456789012345678.5")) {
            rows.add(new Object[] { UUID.randomUUID(), n, 0, 0L, LocalDate.of(2000, 1, 1),
                    Instant.parse("2000-01-01T00:00:00Z"), new BigDecimal(n), true });
        }
        PgBinaryCopy copy = new PgBinaryCopy(Type.UUID, Type.TEXT, Type.INT4, Type.INT8, Type.DATE, Type.TIMESTAMPTZ,
                Type.NUMERIC, Type.BOOL);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create temp table binary_copy_check (id uuid, t varchar(100), i integer, l bigint,"
                    + " d date, ts timestamp with time zone, n numeric, b boolean)");
            connection.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY binary_copy_check FROM STDIN WITH (FORMAT binary)",
                        new ByteArrayInputStream(copy.encode(rows)));
            for (Object[] row : rows) {
                try (ResultSet rs = statement
                    .executeQuery("select * from binary_copy_check where id = '" + row[0] + "'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString("t")).isEqualTo(row[1]);
                    assertThat(rs.getObject("i")).isEqualTo(row[2]);
                    assertThat(rs.getObject("l")).isEqualTo(row[3]);
                    assertThat(rs.getObject("d", LocalDate.class)).isEqualTo(row[4]);
                    Instant at = row[5] instanceof OffsetDateTime o ? o.toInstant() : (Instant) row[5];
                    OffsetDateTime ts = rs.getObject("ts", OffsetDateTime.class);
                    assertThat(ts == null ? null : ts.toInstant())
                        .isEqualTo(at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
                    BigDecimal n = (BigDecimal) row[6];
                    assertThat(rs.getBigDecimal("n")).isEqualTo(n == null ? null : n.scale() < 0 ? n.setScale(0) : n);
                    assertThat(rs.getObject("b")).isEqualTo(row[7]);
                }
            }
            statement.execute("drop table binary_copy_check");
        }
    }

}
