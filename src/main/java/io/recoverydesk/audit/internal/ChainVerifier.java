package io.recoverydesk.audit.internal;

import io.recoverydesk.audit.AuditLog.AuditVerification;

/** Walks a chain in sequence order and remembers the first entry that does not fit. */
final class ChainVerifier {

    private String previousHash;

    private long expectedSeq = 1;

    private long entries;

    private Long brokenSeq;

    private String problem;

    ChainVerifier(String genesis) {
        this.previousHash = genesis;
    }

    String previousHash() {
        return previousHash;
    }

    boolean broken() {
        return brokenSeq != null;
    }

    void check(long seq, String storedPrevHash, String storedHash, String recomputedHash) {
        if (seq != expectedSeq) {
            fail(expectedSeq, "entry " + expectedSeq + " is missing");
        }
        else if (!previousHash.equals(storedPrevHash)) {
            fail(seq, "entry " + seq + " does not link to the previous entry");
        }
        else if (!recomputedHash.equals(storedHash)) {
            fail(seq, "entry " + seq + " was altered: its content does not match its hash");
        }
        else {
            previousHash = storedHash;
            expectedSeq++;
            entries++;
        }
    }

    void checkHead(long lastSeq, String lastHash) {
        if (lastSeq != entries || !lastHash.equals(previousHash)) {
            fail(entries + 1,
                    "the chain ends at entry " + entries + " but its head says " + lastSeq + ": entries were removed");
        }
    }

    /** No head row although entries exist: it was deleted. */
    void headMissing() {
        if (entries > 0) {
            fail(entries + 1, "the chain head is missing: it was deleted, so removed tail entries cannot be ruled out");
        }
    }

    private void fail(long seq, String why) {
        brokenSeq = seq;
        problem = why;
    }

    AuditVerification result() {
        return new AuditVerification(brokenSeq == null, entries, brokenSeq, problem);
    }

}
