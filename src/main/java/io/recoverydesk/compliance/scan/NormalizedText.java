package io.recoverydesk.compliance.scan;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text reduced to its letters and digits (NFKC, lower case), with the original offsets
 * of every kept {@code char} and what stood between it and the one before.
 *
 * <p>
 * Dropping everything that is not a letter or digit is what defeats fillers inserted
 * between characters ("法*院", "公 安", "p.o.l.i.c.e", "爆-通-讯-录", zero-width spaces, emoji).
 * To keep ordinary text from being joined into a phrase across a clause, a gap is a
 * {@link #BREAK} when it holds a sentence or clause mark (。！？；，、 and their ASCII forms, a
 * dot followed by white space), a blank line, or more than {@link #MAX_GAP} visible
 * fillers; no match may span a break. Invisible characters (format controls such as
 * U+200B, combining marks, variation selectors) do not count towards the limit.
 */
final class NormalizedText {

    /** No gap: the characters were adjacent. */
    static final byte NONE = 0;

    /** Only white space in between. */
    static final byte SPACE = 1;

    /**
     * Some filler other than white space in between (punctuation, symbols, invisibles).
     */
    static final byte FILLER = 2;

    /** Nothing may be matched across this gap. Also the gap before the first char. */
    static final byte BREAK = 3;

    /** Most visible filler characters a gap may have before it becomes a break. */
    static final int MAX_GAP = 4;

    private char[] chars;

    private int[] starts;

    private int[] ends;

    private byte[] gaps;

    private int length;

    // the gap collected since the last kept char
    private boolean seen;

    private boolean nonSpace;

    private int visible;

    private int newlines;

    private boolean hard;

    private NormalizedText(int capacity) {
        this.chars = new char[capacity];
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.gaps = new byte[capacity];
    }

    static NormalizedText of(String text) {
        NormalizedText result = new NormalizedText(Math.max(16, text.length()));
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int start = i;
            int end = i + Character.charCount(cp);
            if (cp < 0x80 || isCommonIdeograph(cp)) {
                result.accept(Character.toLowerCase(cp), start, end, text);
            }
            else if (cp >= 0xFF01 && cp <= 0xFF5E) {
                // full-width ASCII, the commonest NFKC case, without allocating
                result.accept(Character.toLowerCase(cp - 0xFEE0), start, end, text);
            }
            else {
                // every char NFKC makes of one code point maps back to that code point
                Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC)
                    .codePoints()
                    .forEach((c) -> result.accept(Character.toLowerCase(c), start, end, text));
            }
            i = end;
        }
        return result;
    }

    private static boolean isCommonIdeograph(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF;
    }

    private void accept(int cp, int start, int end, String text) {
        if (Character.isLetterOrDigit(cp)) {
            keep(cp, start, end);
        }
        else {
            skip(cp, end, text);
        }
    }

    private void keep(int cp, int start, int end) {
        byte gap = (this.length == 0 || this.hard || this.visible > MAX_GAP) ? BREAK
                : !this.seen ? NONE : this.nonSpace ? FILLER : SPACE;
        for (char c : Character.toChars(cp)) {
            append(c, start, end, gap);
            gap = NONE;
        }
        this.seen = false;
        this.nonSpace = false;
        this.visible = 0;
        this.newlines = 0;
        this.hard = false;
    }

    private void skip(int cp, int end, String text) {
        this.seen = true;
        if (cp == '\n') {
            this.hard |= ++this.newlines >= 2;
            return;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            this.visible += (cp == '\r') ? 0 : 1;
            return;
        }
        this.nonSpace = true;
        if (isInvisible(cp)) {
            return;
        }
        this.visible++;
        if (isClauseMark(cp) || (cp == '.' && end < text.length() && Character.isWhitespace(text.charAt(end)))) {
            this.hard = true;
        }
    }

    private static boolean isInvisible(int cp) {
        return switch (Character.getType(cp)) {
            case Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.CONTROL ->
                true;
            default -> false;
        };
    }

    private static boolean isClauseMark(int cp) {
        return switch (cp) {
            case '\u3002', '\u3001', '\uFF0C', '\uFF01', '\uFF1F', '\uFF1B', ',', '!', '?', ';' -> true;
            default -> false;
        };
    }

    private void append(char c, int start, int end, byte gap) {
        if (this.length == this.chars.length) {
            int capacity = this.length * 2;
            this.chars = Arrays.copyOf(this.chars, capacity);
            this.starts = Arrays.copyOf(this.starts, capacity);
            this.ends = Arrays.copyOf(this.ends, capacity);
            this.gaps = Arrays.copyOf(this.gaps, capacity);
        }
        this.chars[this.length] = c;
        this.starts[this.length] = start;
        this.ends[this.length] = end;
        this.gaps[this.length] = gap;
        this.length++;
    }

    int length() {
        return this.length;
    }

    char charAt(int index) {
        return this.chars[index];
    }

    char[] chars() {
        return this.chars;
    }

    /** Offset in the original text of the code point that produced this char. */
    int originalStart(int index) {
        return this.starts[index];
    }

    /** Offset just after the code point that produced this char. */
    int originalEnd(int index) {
        return this.ends[index];
    }

    /** The gap between the char at {@code index - 1} and the one at {@code index}. */
    byte gapBefore(int index) {
        return this.gaps[index];
    }

    /** A Latin letter or digit, whose matches must respect word boundaries. */
    static boolean isLatinWordChar(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

}
