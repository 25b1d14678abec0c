package io.recoverydesk.audit.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    static final Instant AT = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    void aChainOfHonestEntriesVerifiesAndAnyChangedFieldBreaksIt() {
        String h1 = JdbcAuditLog.hash(JdbcAuditLog.GENESIS, "t", 1, AT, "ann", "A", "x", "1", null);
        String h2 = JdbcAuditLog.hash(h1, "t", 2, AT, "bob", "B", "x", "2", "d");
        ChainVerifier ok = new ChainVerifier(JdbcAuditLog.GENESIS);
        ok.check(1, JdbcAuditLog.GENESIS, h1, h1);
        ok.check(2, h1, h2, JdbcAuditLog.hash(ok.previousHash(), "t", 2, AT, "bob", "B", "x", "2", "d"));
        ok.checkHead(2, h2);
        assertThat(ok.result().valid()).isTrue();
        assertThat(ok.result().entries()).isEqualTo(2);

        ChainVerifier altered = new ChainVerifier(JdbcAuditLog.GENESIS);
        altered.check(1, JdbcAuditLog.GENESIS, h1, h1);
        altered.check(2, h1, h2, JdbcAuditLog.hash(h1, "t", 2, AT, "eve", "B", "x", "2", "d"));
        assertThat(altered.result().valid()).isFalse();
        assertThat(altered.result().firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void aGapInTheSequenceIsReported() {
        ChainVerifier verifier = new ChainVerifier(JdbcAuditLog.GENESIS);
        String h1 = JdbcAuditLog.hash(JdbcAuditLog.GENESIS, "t", 1, AT, "a", "A", "x", "1", null);
        verifier.check(1, JdbcAuditLog.GENESIS, h1, h1);
        verifier.check(3, h1, "h3", "h3");
        assertThat(verifier.result().firstBrokenSeq()).isEqualTo(2);
        assertThat(verifier.result().problem()).contains("missing");
    }

}
