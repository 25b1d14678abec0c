package io.recoverydesk.portfolio.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phones as E.164 with their type and possible time zones, by Google's libphonenumber.
 *
 * <p>
 * Mainland mobile numbers (11 digits starting with 1, the bulk of every Chinese placement
 * file) are answered from a memo keyed by their first seven digits: libphonenumber's
 * validity, type and zones for those numbers depend only on that prefix (its CN mobile
 * patterns look at five digits at most), so the memo gives libphonenumber's own answer
 * without parsing each number again. A test compares both paths.
 */
final class PhoneNormalizer {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private static final PhoneNumberToTimeZonesMapper ZONES = PhoneNumberToTimeZonesMapper.getInstance();

    private static final Pattern CN_MOBILE = Pattern.compile("(?:\\+?86)?(1\\d{10})");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");

    private static final ConcurrentHashMap<String, Optional<Phone>> CN_MOBILE_PREFIXES = new ConcurrentHashMap<>();

    private PhoneNormalizer() {
    }

    /** A valid phone number. */
    record Phone(String e164, String type, List<String> timeZones, int countryCode) {
    }

    static Optional<Phone> normalize(String raw, String regionCountry) {
        if ("CN".equals(regionCountry)) {
            var m = CN_MOBILE.matcher(SEPARATORS.matcher(raw).replaceAll(""));
            if (m.matches()) {
                String digits = m.group(1);
                String prefix = digits.substring(0, 7);
                // a plain read first: computeIfAbsent may lock the bin even when the
                // prefix is known, and the import checks rows on two threads
                Optional<Phone> template = CN_MOBILE_PREFIXES.get(prefix);
                if (template == null) {
                    template = CN_MOBILE_PREFIXES.computeIfAbsent(prefix, p -> parse(digits, "CN"));
                }
                return template.map(p -> new Phone("+86" + digits, p.type(), p.timeZones(), 86));
            }
        }
        return parse(raw, regionCountry);
    }

    /** libphonenumber itself, for every number. */
    static Optional<Phone> parse(String raw, String regionCountry) {
        try {
            PhoneNumber number = UTIL.parse(raw, regionCountry);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            List<String> zones = ZONES.getTimeZonesForNumber(number)
                .stream()
                .filter(z -> !PhoneNumberToTimeZonesMapper.getUnknownTimeZone().equals(z))
                .toList();
            return Optional.of(new Phone(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164),
                    UTIL.getNumberType(number).name(), zones, number.getCountryCode()));
        }
        catch (NumberParseException ex) {
            return Optional.empty();
        }
    }

    static int countryCodeOf(String e164) {
        try {
            return UTIL.parse(e164, null).getCountryCode();
        }
        catch (NumberParseException ex) {
            return 0;
        }
    }

}
