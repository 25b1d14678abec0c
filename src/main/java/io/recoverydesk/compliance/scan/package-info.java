/**
 * Content scanner for collection texts (messages, notes, call transcripts): finds
 * threats, insults, impersonation, deception, third-party disclosure and privacy breaches
 * in Chinese and English against curated lexicons in {@code compliance/lexicon/}.
 */
@NullMarked
package io.recoverydesk.compliance.scan;

import org.jspecify.annotations.NullMarked;
