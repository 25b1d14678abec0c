package io.recoverydesk.compliance.scan;

/**
 * A test text with the span a finding should cover written in {@code [[ ]]}, so that
 * expected offsets are read off the text instead of counted by hand.
 */
record Marked(String text, int start, int end) {

    static Marked of(String marked) {
        int open = marked.indexOf("[[");
        int close = marked.indexOf("]]");
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("no [[span]] in " + marked);
        }
        String text = marked.substring(0, open) + marked.substring(open + 2, close) + marked.substring(close + 2);
        return new Marked(text, open, close - 2);
    }

    String covered() {
        return this.text.substring(this.start, this.end);
    }

}
