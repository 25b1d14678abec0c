package io.recoverydesk.portfolio.internal;

/**
 * A problem in one data row (1-based, header not counted) or, with row 0, in the file as
 * a whole.
 */
record RowError(int row, String column, String code, String message) {
}
