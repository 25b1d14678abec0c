package io.recoverydesk.portfolio.internal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNormalizerTest {

    @Property(tries = 5000)
    void theMobileMemoAlwaysGivesLibphonenumbersOwnAnswer(@ForAll @IntRange(min = 100, max = 199) int prefix,
            @ForAll @LongRange(min = 0, max = 99_999_999L) long rest) {
        String number = prefix + String.format("%08d", rest);
        assertThat(PhoneNormalizer.normalize(number, "CN")).isEqualTo(PhoneNormalizer.parse(number, "CN"));
        assertThat(PhoneNormalizer.normalize("+86 " + number, "CN")).isEqualTo(PhoneNormalizer.parse(number, "CN"));
    }

    @Test
    void normalisesToE164WithTypeAndZones() {
        var phone = PhoneNormalizer.normalize("138-0013-8000", "CN").orElseThrow();
        assertThat(phone.e164()).isEqualTo("+8613800138000");
        assertThat(phone.type()).isEqualTo("MOBILE");
        assertThat(phone.timeZones()).containsExactly("Asia/Shanghai");
        var landline = PhoneNormalizer.normalize("010 6552 9988", "CN").orElseThrow();
        assertThat(landline.e164()).isEqualTo("+861065529988");
        var us = PhoneNormalizer.normalize("(650) 253-0000", "US").orElseThrow();
        assertThat(us.timeZones()).containsExactly("America/Los_Angeles");
        assertThat(PhoneNormalizer.normalize("12345", "CN")).isEmpty();
        assertThat(PhoneNormalizer.normalize("not a phone", "CN")).isEmpty();
    }

}
