package io.recoverydesk.compliance.policy;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The time zones of each US state, DC and the inhabited territories, by postal code or
 * name. A state that spans zones lists all of them, because the debtor may live in any
 * part of it (e.g. FL: the panhandle is Central time). Zones with identical rules are
 * represented by one id (Detroit by New_York, Boise by Denver).
 */
final class UsStates {

    private static final String ET = "America/New_York";

    private static final String CT = "America/Chicago";

    private static final String MT = "America/Denver";

    private static final String AZ = "America/Phoenix";

    private static final String PT = "America/Los_Angeles";

    private static final String AKT = "America/Anchorage";

    private static final String HAT = "America/Adak";

    private static final String HT = "Pacific/Honolulu";

    /** Every zone of the 50 states, for a US debtor of whom nothing else is known. */
    static final Set<ZoneId> ALL = zones(ET, CT, MT, AZ, PT, AKT, HAT, HT);

    private static final Map<String, Set<ZoneId>> BY_CODE = new HashMap<>();

    private static final Map<String, String> CODE_BY_NAME = new HashMap<>();

    static {
        state("AL", "Alabama", CT);
        state("AK", "Alaska", AKT, HAT);
        state("AZ", "Arizona", AZ, MT); // the Navajo Nation keeps daylight time
        state("AR", "Arkansas", CT);
        state("CA", "California", PT);
        state("CO", "Colorado", MT);
        state("CT", "Connecticut", ET);
        state("DE", "Delaware", ET);
        state("DC", "District of Columbia", ET);
        state("FL", "Florida", ET, CT);
        state("GA", "Georgia", ET);
        state("HI", "Hawaii", HT);
        state("ID", "Idaho", MT, PT);
        state("IL", "Illinois", CT);
        state("IN", "Indiana", ET, CT);
        state("IA", "Iowa", CT);
        state("KS", "Kansas", CT, MT);
        state("KY", "Kentucky", ET, CT);
        state("LA", "Louisiana", CT);
        state("ME", "Maine", ET);
        state("MD", "Maryland", ET);
        state("MA", "Massachusetts", ET);
        state("MI", "Michigan", ET, CT);
        state("MN", "Minnesota", CT);
        state("MS", "Mississippi", CT);
        state("MO", "Missouri", CT);
        state("MT", "Montana", MT);
        state("NE", "Nebraska", CT, MT);
        state("NV", "Nevada", PT, MT); // West Wendover keeps Mountain time
        state("NH", "New Hampshire", ET);
        state("NJ", "New Jersey", ET);
        state("NM", "New Mexico", MT);
        state("NY", "New York", ET);
        state("NC", "North Carolina", ET);
        state("ND", "North Dakota", CT, MT);
        state("OH", "Ohio", ET);
        state("OK", "Oklahoma", CT);
        state("OR", "Oregon", PT, MT);
        state("PA", "Pennsylvania", ET);
        state("RI", "Rhode Island", ET);
        state("SC", "South Carolina", ET);
        state("SD", "South Dakota", CT, MT);
        state("TN", "Tennessee", CT, ET);
        state("TX", "Texas", CT, MT);
        state("UT", "Utah", MT);
        state("VT", "Vermont", ET);
        state("VA", "Virginia", ET);
        state("WA", "Washington", PT);
        state("WV", "West Virginia", ET);
        state("WI", "Wisconsin", CT);
        state("WY", "Wyoming", MT);
        state("PR", "Puerto Rico", "America/Puerto_Rico");
        state("VI", "U.S. Virgin Islands", "America/St_Thomas");
        state("GU", "Guam", "Pacific/Guam");
        state("MP", "Northern Mariana Islands", "Pacific/Saipan");
        state("AS", "American Samoa", "Pacific/Pago_Pago");
    }

    private UsStates() {
    }

    /** The state's zones, or an empty set when the text names no state we know. */
    static Set<ZoneId> zonesOf(String stateCodeOrName) {
        if (stateCodeOrName == null) {
            return Set.of();
        }
        String key = stateCodeOrName.strip().toUpperCase(Locale.ROOT);
        if (key.startsWith("US-")) {
            key = key.substring(3);
        }
        Set<ZoneId> zones = BY_CODE.get(key);
        if (zones == null) {
            String code = CODE_BY_NAME.get(key);
            zones = code == null ? null : BY_CODE.get(code);
        }
        return zones == null ? Set.of() : zones;
    }

    private static void state(String code, String name, String... zones) {
        BY_CODE.put(code, zones(zones));
        CODE_BY_NAME.put(name.toUpperCase(Locale.ROOT), code);
    }

    private static Set<ZoneId> zones(String... ids) {
        return Set.copyOf(List.of(ids).stream().map(ZoneId::of).toList());
    }

}
