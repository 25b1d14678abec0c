package io.recoverydesk.kernel;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The quick path answers exactly what {@link OffsetDateTime#parse} answers. */
class IsoInstantsTest {

    @Property(tries = 3000)
    void wellFormedTextParsesAsTheJdkParsesIt(@ForAll("dateTimes") String text) {
        assertSameAsJdk(text);
    }

    @Property(tries = 3000)
    void textWithFieldsOutOfRangeFailsAsTheJdkFails(@ForAll @IntRange(min = 0, max = 99) int month,
            @ForAll @IntRange(min = 0, max = 99) int day, @ForAll @IntRange(min = 0, max = 99) int hour,
            @ForAll @IntRange(min = 0, max = 99) int minute, @ForAll @IntRange(min = 0, max = 99) int second,
            @ForAll @IntRange(min = 0, max = 99) int offsetHours,
            @ForAll @IntRange(min = 0, max = 99) int offsetMinutes) {
        assertSameAsJdk(String.format("2024-%02d-%02dT%02d:%02d:%02d+%02d:%02d", month, day, hour, minute, second,
                offsetHours, offsetMinutes));
    }

    @Property(tries = 3000)
    void anyMangledTextFailsOrParsesAsTheJdkDoes(@ForAll("dateTimes") String text,
            @ForAll @IntRange(min = 0, max = 40) int at, @ForAll("junk") char replacement) {
        String mangled = at < text.length() ? text.substring(0, at) + replacement + text.substring(at + 1)
                : text + replacement;
        assertSameAsJdk(mangled);
    }

    @Test
    void formsTheQuickPathLeavesToTheJdkStillParse() {
        assertThat(IsoInstants.parse("2026-11-30t10:15:30z")).isEqualTo(Instant.parse("2026-11-30T10:15:30Z"));
        assertThat(IsoInstants.parse("2026-11-30T10:15:30+05:30:15"))
            .isEqualTo(OffsetDateTime.parse("2026-11-30T10:15:30+05:30:15").toInstant());
        assertThat(IsoInstants.parse("2026-11-30T10:15Z")).isEqualTo(Instant.parse("2026-11-30T10:15:00Z"));
        assertThatThrownBy(() -> IsoInstants.parse("2026-02-30T10:15:30Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoInstants.parse("2026-11-30T10:15:30")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoInstants.parse("2026-11-30T10:15:30.1234567891Z"))
            .isInstanceOf(DateTimeException.class);
    }

    @Provide
    Arbitrary<String> dateTimes() {
        Arbitrary<String> date = Combinators
            .combine(Arbitraries.integers().between(1, 9999), Arbitraries.integers().between(1, 12),
                    Arbitraries.integers().between(1, 31))
            .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        Arbitrary<String> time = Combinators.combine(Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59),
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(10), Arbitraries.integers().between(0, 2))
            .as((h, mi, s, fraction, form) -> switch (form) {
                case 0 -> String.format("%02d:%02d", h, mi);
                case 1 -> String.format("%02d:%02d:%02d", h, mi, s);
                default -> String.format("%02d:%02d:%02d.%s", h, mi, s, fraction);
            });
        Arbitrary<String> offset = Arbitraries.oneOf(Arbitraries.just("Z"),
                Combinators
                    .combine(Arbitraries.of('+', '-'), Arbitraries.integers().between(0, 18),
                            Arbitraries.integers().between(0, 59))
                    .as((sign, h, m) -> String.format("%c%02d:%02d", sign, h, m)));
        return Combinators.combine(date, time, offset).as((d, t, o) -> d + "T" + t + o);
    }

    @Provide
    Arbitrary<Character> junk() {
        return Arbitraries.of('0', '9', '-', '+', ':', '.', 'T', 'Z', 'x', ' ', '/');
    }

    private static void assertSameAsJdk(String text) {
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text).toInstant();
        }
        catch (DateTimeException ex) {
            assertThatThrownBy(() -> IsoInstants.parse(text)).as(text).isInstanceOf(DateTimeException.class);
            return;
        }
        assertThat(IsoInstants.parse(text)).as(text).isEqualTo(expected);
    }

}
