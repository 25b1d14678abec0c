package io.recoverydesk.portfolio.internal;

import java.io.Closeable;
import java.util.List;

/**
 * The rows of a placement file, streamed: a header and then data rows numbered from 1.
 */
interface RowSource extends Closeable {

    List<String> header();

    /**
     * The next data row, or null at the end. Blank rows are skipped but still counted in
     * the numbering.
     */
    Row next();

    /** Bytes of the file consumed so far (for progress). */
    default long bytesRead() {
        return 0;
    }

    /** A data row: its 1-based number and its cells. */
    record Row(int number, List<String> cells) {
    }

}
