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
            assertThat(f).hasSize(24);
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

    @Test
    void aFewDebtorsPreferCantoneseInGuangdongOrEnglishAnywhere() throws IOException {
        List<String[]> rows = generate(3, 20_000).lines().skip(1).map(l -> l.split(",", -1)).toList();
        Map<String, String> languageOfDebtor = new HashMap<>();
        int guangdong = 0;
        int cantonese = 0;
        int english = 0;
        for (String[] f : rows) {
            String language = f[23];
            assertThat(language).isIn("", "yue", "en");
            if (language.equals("yue")) {
                assertThat(f[10]).isEqualTo("广东省");
            }
            // a debtor placed with several accounts keeps one language
            String before = languageOfDebtor.putIfAbsent(f[3], language);
            assertThat(before == null || before.equals(language)).as(f[3]).isTrue();
            guangdong += f[10].equals("广东省") ? 1 : 0;
            cantonese += language.equals("yue") ? 1 : 0;
            english += language.equals("en") ? 1 : 0;
        }
        assertThat(100.0 * cantonese / guangdong).isBetween(1.5, 5.0);
        assertThat(100.0 * english / rows.size()).isBetween(0.5, 1.6);
    }

}
