package io.recoverydesk.audit.internal;

import java.time.Instant;

import io.recoverydesk.audit.internal.JdbcAuditLog.Position;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    static final Instant AT = Instant.parse("2026-11-23T00:00:00Z");

    static String hash(String previous, Position at, String actor) {
        return JdbcAuditLog.hash(previous, "t", at, AT, actor, "A", "x", "1", "d");
    }

    @Test
    void aChainOfHonestEntriesVerifiesAndAnyChangedFieldBreaksIt() {
        String h1 = hash(JdbcAuditLog.GENESIS, new Position(10, 3, 1), "ann");
        String h2 = hash(h1, new Position(14, 3, 2), "bob");
        ChainVerifier ok = new ChainVerifier(3, JdbcAuditLog.GENESIS);
        ok.check(10, 1, JdbcAuditLog.GENESIS, h1, h1);
        ok.check(14, 2, h1, h2, hash(ok.previousHash(), new Position(14, 3, 2), "bob"));
        ok.checkHead(2, h2);
        assertThat(ok.broken()).isFalse();
        assertThat(ok.entries()).isEqualTo(2);

        ChainVerifier altered = new ChainVerifier(3, JdbcAuditLog.GENESIS);
        altered.check(10, 1, JdbcAuditLog.GENESIS, h1, h1);
        altered.check(14, 2, h1, h2, hash(h1, new Position(14, 3, 2), "eve"));
        assertThat(altered.broken()).isTrue();
        assertThat(altered.brokenSeq()).isEqualTo(14);
        assertThat(altered.problem()).contains("altered");
    }

    @Test
    void aGapInTheChainIsReportedAtTheEntryAfterIt() {
        ChainVerifier verifier = new ChainVerifier(0, JdbcAuditLog.GENESIS);
        String h1 = hash(JdbcAuditLog.GENESIS, new Position(1, 0, 1), "a");
        verifier.check(1, 1, JdbcAuditLog.GENESIS, h1, h1);
        verifier.check(7, 3, h1, "h3", "h3");
        assertThat(verifier.brokenSeq()).isEqualTo(7);
        assertThat(verifier.problem()).contains("missing");
    }

    @Test
    void aTruncatedTailOrAMissingHeadIsReported() {
        String h1 = hash(JdbcAuditLog.GENESIS, new Position(5, 1, 1), "a");
        ChainVerifier truncated = new ChainVerifier(1, JdbcAuditLog.GENESIS);
        truncated.check(5, 1, JdbcAuditLog.GENESIS, h1, h1);
        truncated.checkHead(2, "h2");
        assertThat(truncated.problem()).contains("removed");

        ChainVerifier headless = new ChainVerifier(1, JdbcAuditLog.GENESIS);
        headless.headMissing();
        assertThat(headless.problem()).contains("head of chain 1 is missing");
    }

    @Test
    void entriesWrittenBeforeChainsKeepTheirHashAndNewOnesCoverChainAndNumber() {
        // chain 0 with the number equal to the place in the chain: the hash of the
        // single-chain era
        assertThat(hash(JdbcAuditLog.GENESIS, new Position(1, 0, 1), "a")).isEqualTo(legacyHash());
        String onChain2 = hash(JdbcAuditLog.GENESIS, new Position(9, 2, 1), "a");
        assertThat(hash(JdbcAuditLog.GENESIS, new Position(9, 5, 1), "a")).isNotEqualTo(onChain2);
        assertThat(hash(JdbcAuditLog.GENESIS, new Position(10, 2, 1), "a")).isNotEqualTo(onChain2);
    }

    /**
     * The single-chain era's hash, computed the way it was: SHA-256 over the fields
     * joined by U+001F.
     */
    private static String legacyHash() {
        String content = String.join("\u001f", JdbcAuditLog.GENESIS, "t", "1", Long.toString(AT.toEpochMilli()), "a",
                "A", "x", "1", "d");
        try {
            return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    void everyBreakReadsInTheReadersLanguageWithItsNumbers() {
        org.springframework.context.support.ResourceBundleMessageSource messages = io.recoverydesk.Bundles
            .messages("messages");
        AuditPages page = new AuditPages(null, null, null, messages);
        String h1 = hash(JdbcAuditLog.GENESIS, new Position(10, 3, 1), "ann");
        ChainVerifier altered = new ChainVerifier(3, JdbcAuditLog.GENESIS);
        altered.check(10, 1, JdbcAuditLog.GENESIS, h1, "not-" + h1);
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(page.problem(altered.problem())).isEqualTo("第 10 条记录被改动：内容与其哈希不符");
            for (var sentence : ChainVerifier.BREAKS) {
                String english = sentence.format(1234L, 5678L, 9L);
                assertThat(page.problem(english)).as(sentence.key()).containsPattern("\\p{IsHan}").contains("1234");
            }
            assertThat(page.problem("something else")).isEqualTo("something else");
            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
            assertThat(page.problem(altered.problem())).isEqualTo(altered.problem());
        }
        finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

}
