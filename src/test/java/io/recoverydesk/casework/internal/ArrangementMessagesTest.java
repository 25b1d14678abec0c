package io.recoverydesk.casework.internal;

import java.io.IOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import io.recoverydesk.Bundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both languages carry every text of promises, plans, settlements and approvals, and
 * every timeline title the arrangement history can produce.
 */
class ArrangementMessagesTest {

    static final Map<String, Set<String>> EVENTS = Map.of("PROMISE",
            Set.of("CREATED", "KEPT", "PARTIALLY_KEPT", "BROKEN", "PENDING", "CANCELLED"), "PLAN",
            Set.of("CREATED", "INSTALLMENT_MISSED", "COMPLETED", "DEFAULTED", "ACTIVE", "CANCELLED"), "SETTLEMENT",
            Set.of("REQUESTED", "APPROVED", "REJECTED", "EXPIRED", "PAID", "CANCELLED"));

    static Properties load(String name) {
        return Bundles.properties(name.replace(".properties", ""));
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryTimelineTitle() throws IOException {
        Properties zh = load("messages-promises.properties");
        Properties en = load("messages-promises_en.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        EVENTS.forEach((kind, events) -> events
            .forEach(event -> assertThat(zh).containsKey("arr.timeline." + kind + "." + event)));
        for (String status : Set.of("PENDING", "KEPT", "PARTIALLY_KEPT", "BROKEN", "CANCELLED", "ACTIVE", "COMPLETED",
                "DEFAULTED", "PENDING_APPROVAL", "APPROVED", "REJECTED", "EXPIRED", "PAID")) {
            assertThat(zh).containsKey("arr.status." + status);
        }
    }

}
