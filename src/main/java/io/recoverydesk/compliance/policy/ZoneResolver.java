package io.recoverydesk.compliance.policy;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The debtor's possible local zones (COMPLIANCE.md "Local zones"): the address's zones
 * plus the zones libphonenumber gives for each phone; when neither says anything, every
 * zone of the country. Bad input never throws: an unreadable phone or an unknown state
 * simply tells us nothing.
 *
 * <p>
 * For countries outside the packs (no zone list of ours) with no phone zone, the answer
 * is empty and the engine falls back to the pack country's zones.
 */
public final class ZoneResolver {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private static final PhoneNumberToTimeZonesMapper PHONE_ZONES = PhoneNumberToTimeZonesMapper.getInstance();

    private static final Set<ZoneId> CN = Set.of(ZoneId.of("Asia/Shanghai"));

    private static final Set<ZoneId> GB = Set.of(ZoneId.of("Europe/London"));

    public Set<ZoneId> zonesFor(String countryIso2, String provinceOrState, Collection<String> e164Phones) {
        String country = countryIso2 == null ? "" : countryIso2.strip().toUpperCase(Locale.ROOT);
        Set<ZoneId> zones = new HashSet<>(addressZones(country, provinceOrState));
        if (e164Phones != null) {
            for (String phone : e164Phones) {
                zones.addAll(phoneZones(phone, country));
            }
        }
        return zones.isEmpty() ? countryZones(country) : Set.copyOf(zones);
    }

    /**
     * Every zone of a pack country (all of China is on Beijing time); empty for others.
     */
    public static Set<ZoneId> countryZones(String countryIso2) {
        if (countryIso2 == null) {
            return Set.of();
        }
        return switch (countryIso2.strip().toUpperCase(Locale.ROOT)) {
            case "CN" -> CN;
            case "GB" -> GB;
            case "US" -> UsStates.ALL;
            default -> Set.of();
        };
    }

    private static Set<ZoneId> addressZones(String country, String provinceOrState) {
        return switch (country) {
            // a province says nothing more: China keeps one time
            case "CN", "GB" -> countryZones(country);
            case "US" -> UsStates.zonesOf(provinceOrState);
            default -> Set.of();
        };
    }

    private static Set<ZoneId> phoneZones(String phone, String country) {
        if (phone == null || phone.isBlank()) {
            return Set.of();
        }
        try {
            PhoneNumber number = PHONES.parse(phone, country.length() == 2 ? country : "ZZ");
            Set<ZoneId> zones = new HashSet<>();
            for (String id : PHONE_ZONES.getTimeZonesForNumber(number)) {
                if (!PhoneNumberToTimeZonesMapper.getUnknownTimeZone().equals(id)) {
                    zones.add(ZoneId.of(id));
                }
            }
            return zones;
        }
        catch (NumberParseException | DateTimeException ex) {
            // an unreadable number, or a zone id the JDK does not know, tells us nothing
            return Set.of();
        }
    }

}
