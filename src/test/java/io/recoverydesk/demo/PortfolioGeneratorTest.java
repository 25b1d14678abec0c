package io.recoverydesk.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioGeneratorTest {

    static String generate(long seed, int accounts) throws IOException {
        StringWriter out = new StringWriter();
        new PortfolioGenerator(seed, LocalDate.of(2026, 11, 23)).writeCsv(out, accounts, "T");
        return out.toString();
    }

    @Test
    void theSameSeedGivesTheSameFile() throws IOException {
        assertThat(generate(1, 500)).isEqualTo(generate(1, 500)).isNotEqualTo(generate(2, 500));
    }

    @Test
    void rowsAreRealisticAndSomeDebtorsHaveSeveralAccounts() throws IOException {
        List<String> lines = generate(3, 5000).lines().toList();
        assertThat(lines).hasSize(5001);
        Map<String, Integer> accountsPerId = new HashMap<>();
        int maxDpd = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertThat(f).hasSize(23);
            accountsPerId.merge(f[3], 1, Integer::sum);
            assertThat(f[5]).matches("1[3-9]\\d{9}");
            assertThat(new java.math.BigDecimal(f[14]).signum()).isPositive();
            maxDpd = Math.max(maxDpd, (int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(f[19]),
                    LocalDate.of(2026, 11, 23)));
            if (f[1].equals("PERSON")) {
                assertThat(f[3].charAt(17)).isEqualTo(PortfolioGenerator.checkChar(f[3].substring(0, 17)));
            }
        }
        assertThat(accountsPerId.values().stream().filter(n -> n > 1).count()).isGreaterThan(100);
        assertThat(maxDpd).isBetween(600, 720);
    }

}
