package io.recoverydesk.compliance.scan;

import static io.recoverydesk.compliance.scan.NormalizedText.BREAK;
import static io.recoverydesk.compliance.scan.NormalizedText.NONE;
import static io.recoverydesk.compliance.scan.NormalizedText.SPACE;
import static io.recoverydesk.compliance.scan.NormalizedText.isLatinWordChar;

/**
 * A lexicon phrase normalised like the texts it is matched against, with the rules that
 * decide whether a raw occurrence in a {@link NormalizedText} counts.
 *
 * @param entry index of the lexicon entry the phrase comes from
 * @param chars the normalised letters and digits
 * @param sameWord {@code sameWord[k]}: chars {@code k - 1} and {@code k} are Latin and
 * adjacent in the phrase, so they belong to one word
 */
record Phrase(int entry, char[] chars, boolean[] sameWord) {

    static Phrase compile(int entry, String text) {
        NormalizedText normalized = check(text);
        char[] chars = new char[normalized.length()];
        boolean[] sameWord = new boolean[chars.length];
        for (int k = 0; k < chars.length; k++) {
            chars[k] = normalized.charAt(k);
            sameWord[k] = k > 0 && normalized.gapBefore(k) == NONE && isLatinWordChar(chars[k])
                    && isLatinWordChar(chars[k - 1]);
        }
        return new Phrase(entry, chars, sameWord);
    }

    /** Rejects a phrase that could never match. */
    static NormalizedText check(String text) {
        NormalizedText normalized = NormalizedText.of(text);
        if (normalized.length() == 0) {
            throw new IllegalArgumentException("phrase has no letters or digits");
        }
        for (int k = 1; k < normalized.length(); k++) {
            if (normalized.gapBefore(k) == BREAK) {
                throw new IllegalArgumentException("phrase spans a clause mark or a long gap");
            }
        }
        return normalized;
    }

    int length() {
        return this.chars.length;
    }

    /**
     * Whether the phrase, found in the text's letters ending before {@code end}, is a
     * real occurrence: no break inside; a Latin phrase starts and ends on word boundaries
     * ("class" does not contain "ass"); and a Latin word of the phrase is either written
     * whole, split by fillers other than white space ("po*lice"), or spaced out letter by
     * letter ("p o l i c e") — but not cut by a single space, which is how two ordinary
     * words would run together ("as sure" is not "assure").
     */
    boolean occursBefore(NormalizedText text, int end) {
        int start = end - this.chars.length;
        for (int i = start + 1; i < end; i++) {
            if (text.gapBefore(i) == BREAK) {
                return false;
            }
        }
        if (isLatinWordChar(this.chars[0]) && start > 0 && text.gapBefore(start) == NONE
                && isLatinWordChar(text.charAt(start - 1))) {
            return false;
        }
        if (isLatinWordChar(this.chars[this.chars.length - 1]) && end < text.length() && text.gapBefore(end) == NONE
                && isLatinWordChar(text.charAt(end))) {
            return false;
        }
        return wordsAreWhole(text, start);
    }

    private boolean wordsAreWhole(NormalizedText text, int start) {
        int k = 1;
        while (k < this.chars.length) {
            if (!this.sameWord[k]) {
                k++;
                continue;
            }
            int positions = 0;
            int gapped = 0;
            boolean spaced = false;
            for (; k < this.chars.length && this.sameWord[k]; k++) {
                byte gap = text.gapBefore(start + k);
                positions++;
                gapped += (gap == NONE) ? 0 : 1;
                spaced |= gap == SPACE;
            }
            if (spaced && gapped < positions) {
                return false;
            }
        }
        return true;
    }

}
