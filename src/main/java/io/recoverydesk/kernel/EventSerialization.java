package io.recoverydesk.kernel;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * How Spring Modulith stores event publications: as its own Jackson serializer does (the
 * application's {@link JsonMapper}, {@code writeValueAsString} and
 * {@code readerFor(type)}), so stored publications read back unchanged — but with the
 * mapper taken once, not looked up in the bean factory for every event (Modulith 2.1.1
 * does; it showed in the payment benchmark's profile).
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

    @Bean
    EventSerializer eventSerializer(JsonMapper mapper) {
        return new EventSerializer() {

            @Override
            public Object serialize(Object event) {
                return mapper.writeValueAsString(event);
            }

            @Override
            public <T> T deserialize(Object serialized, Class<T> type) {
                return mapper.readerFor(type).readValue(serialized.toString());
            }

        };
    }

}
