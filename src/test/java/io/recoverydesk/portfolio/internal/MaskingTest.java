package io.recoverydesk.portfolio.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void masksPhonesIdsAndEmails() {
        assertThat(Masking.phone("+8613800138000", 86)).isEqualTo("+86 138****8000");
        assertThat(Masking.phone("+16502530000", 1)).isEqualTo("+1 650****0000");
        assertThat(Masking.nationalId("4514")).isEqualTo("**************4514");
        assertThat(Masking.email("lilei@example.com")).isEqualTo("l***@example.com");
    }

}
