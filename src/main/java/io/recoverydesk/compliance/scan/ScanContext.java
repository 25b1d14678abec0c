package io.recoverydesk.compliance.scan;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Who a text is for and who sends it, which changes what counts as a finding.
 *
 * @param locale the language of the text: {@code zh} or {@code en} scans with that
 * lexicon only; {@code null} or any other language scans with all lexicons
 * @param thirdPartyAudience the text is addressed to a third party (relative, employer,
 * emergency contact): any mention of the debt is a
 * {@link ScanCategory#THIRD_PARTY_DISCLOSURE}
 * @param senderIsLawFirm the sender is a law firm, so a letter may say 律师 or lawyer
 * without posing as one
 */
public record ScanContext(@Nullable Locale locale, boolean thirdPartyAudience, boolean senderIsLawFirm) {

    /** Any language, addressed to the debtor, not sent by a law firm. */
    public static final ScanContext DEFAULT = new ScanContext(null, false, false);

    public static ScanContext forThirdParty(@Nullable Locale locale) {
        return new ScanContext(locale, true, false);
    }

}
