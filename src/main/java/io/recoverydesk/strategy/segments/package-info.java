/**
 * Account segmentation as an ordered decision table (first match wins) in plain Java,
 * with an exact static check of the table: rules that can never match, rules hidden by
 * earlier ones, overlaps and uncovered accounts, each with a concrete example account.
 */
@NullMarked
package io.recoverydesk.strategy.segments;

import org.jspecify.annotations.NullMarked;
