package io.recoverydesk.strategy.segments;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Tables are stored and sent as plain JSON. */
class SegmentTableJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void tableSurvivesARoundTripThroughJson() {
        SegmentTable table = CollectionTables.withCappedPlacement();

        String text = json.writeValueAsString(table);

        assertThat(json.readValue(text, SegmentTable.class)).isEqualTo(table);
        assertThat(text).contains("\"holds\":{\"all\":false,\"values\":[\"BANKRUPTCY\"")
            .doesNotContain("matchesNothing");
    }

    @Test
    void missingConditionsReadAsAny() {
        SegmentTable table = json.readValue("""
                {"rules": [{"code": "M2", "pathCode": "AGENT", "dpd": {"min": 31, "max": 90},
                            "holds": {"all": false, "values": ["NONE"]}}]}
                """, SegmentTable.class);

        SegmentRule rule = table.rules().get(0);
        assertThat(rule.name()).isEqualTo("M2");
        assertThat(rule.dpd()).isEqualTo(IntRange.between(31, 90));
        assertThat(rule.balance()).isEqualTo(DecimalRange.any());
        assertThat(rule.products()).isEqualTo(ValueSet.any());
        assertThat(rule.holds()).isEqualTo(ValueSet.of("NONE"));
        assertThat(table.match(Accounts.account().dpd(45).facts())).isPresent();
    }

}
