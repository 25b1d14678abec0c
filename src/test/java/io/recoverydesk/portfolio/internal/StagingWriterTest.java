package io.recoverydesk.portfolio.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StagingWriterTest {

    private static StagedRow.Contact contact(String kind, String value) {
        return new StagedRow.Contact(kind, value, null, null, null, null, null);
    }

    @Test
    void aContactRepeatsAnEarlierOneOfTheSameKindAndValue() {
        List<StagedRow.Contact> row = List.of(contact("PHONE", "+8613800138000"), contact("EMAIL", "a@b.cn"),
                contact("PHONE", "+8613800138000"), contact("PHONE", "+8613900139000"));
        assertThat(StagingWriter.repeatsEarlier(row, 0)).isFalse();
        assertThat(StagingWriter.repeatsEarlier(row, 1)).isFalse();
        assertThat(StagingWriter.repeatsEarlier(row, 2)).isTrue();
        assertThat(StagingWriter.repeatsEarlier(row, 3)).isFalse();
    }

    @Test
    void theSameValueOfAnotherKindIsNoRepeat() {
        List<StagedRow.Contact> row = List.of(contact("EMAIL", "x"), contact("ADDRESS", "x"));
        assertThat(StagingWriter.repeatsEarlier(row, 1)).isFalse();
    }

}
