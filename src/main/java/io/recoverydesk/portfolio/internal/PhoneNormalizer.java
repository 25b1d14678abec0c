package io.recoverydesk.portfolio.internal;

import java.util.List;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phones as E.164 with their type and possible time zones, by Google's libphonenumber. */
final class PhoneNormalizer {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private static final PhoneNumberToTimeZonesMapper ZONES = PhoneNumberToTimeZonesMapper.getInstance();

    private PhoneNormalizer() {
    }

    /** A valid phone number. */
    record Phone(String e164, String type, List<String> timeZones, int countryCode) {
    }

    static Optional<Phone> normalize(String raw, String regionCountry) {
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
