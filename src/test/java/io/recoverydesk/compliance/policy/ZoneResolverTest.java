package io.recoverydesk.compliance.policy;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ZoneResolverTest {

    private final ZoneResolver resolver = new ZoneResolver();

    private static Set<ZoneId> zones(String ids) {
        return Arrays.stream(ids.split(" ")).map(ZoneId::of).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({ "US, CA, America/Los_Angeles", "US, California, America/Los_Angeles", "US, ma, America/New_York",
            "US, US-NY, America/New_York", "US, FL, America/New_York America/Chicago",
            "US, Texas, America/Chicago America/Denver", "US, KY, America/New_York America/Chicago",
            "US, TN, America/New_York America/Chicago", "US, IN, America/New_York America/Chicago",
            "US, MI, America/New_York America/Chicago", "US, KS, America/Chicago America/Denver",
            "US, NE, America/Chicago America/Denver", "US, SD, America/Chicago America/Denver",
            "US, ND, America/Chicago America/Denver", "US, OR, America/Los_Angeles America/Denver",
            "US, ID, America/Los_Angeles America/Denver", "US, HI, Pacific/Honolulu", "CN, 广东, Asia/Shanghai",
            "cn, , Asia/Shanghai", "GB, , Europe/London" })
    void addressGivesTheZonesOfItsStateOrCountry(String country, String state, String expected) {
        assertThat(resolver.zonesFor(country, state, List.of())).isEqualTo(zones(expected));
    }

    @Test
    void phonesAddTheirZones() {
        assertThat(resolver.zonesFor("US", "CA", List.of("+12125550123")))
            .isEqualTo(zones("America/Los_Angeles America/New_York"));
        assertThat(resolver.zonesFor("US", null, List.of("+13055550123"))).isEqualTo(zones("America/New_York"));
        assertThat(resolver.zonesFor("CN", null, List.of("+8613800138000"))).isEqualTo(zones("Asia/Shanghai"));
    }

    @Test
    void unknownEverythingGivesEveryZoneOfTheCountry() {
        Set<ZoneId> us = resolver.zonesFor("US", "Atlantis", List.of("not a phone", "", "+999"));
        assertThat(us).contains(ZoneId.of("America/New_York"), ZoneId.of("America/Anchorage"),
                ZoneId.of("Pacific/Honolulu"), ZoneId.of("America/Los_Angeles"));
        assertThat(resolver.zonesFor("US", null, null)).isEqualTo(us);
    }

    @Test
    void badInputNeverThrows() {
        assertThat(resolver.zonesFor(null, null, null)).isEmpty();
        assertThat(resolver.zonesFor("XX", "??", Arrays.asList(null, "abc"))).isEmpty();
        assertThat(resolver.zonesFor("FR", null, List.of("+33142685300"))).containsExactly(ZoneId.of("Europe/Paris"));
    }

}
