package io.recoverydesk.portfolio.internal;

/** Masked forms of identifiers for every view except an audited reveal. */
final class Masking {

    private Masking() {
    }

    static String nationalId(String last4) {
        return last4 == null ? null : "**************" + last4;
    }

    /**
     * {@code +8613800138000} → {@code +86 138****8000}: the country code, the first three
     * and the last four digits.
     */
    static String phone(String e164, int countryCode) {
        String cc = "+" + countryCode;
        String national = e164.startsWith(cc) ? e164.substring(cc.length()) : e164.replace("+", "");
        if (national.length() <= 7) {
            return cc + " " + "*".repeat(Math.max(0, national.length() - 2))
                    + national.substring(Math.max(0, national.length() - 2));
        }
        return cc + " " + national.substring(0, 3) + "****" + national.substring(national.length() - 4);
    }

    static String email(String email) {
        int at = email.indexOf('@');
        if (at <= 1) {
            return "***" + email.substring(Math.max(at, 0));
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

}
