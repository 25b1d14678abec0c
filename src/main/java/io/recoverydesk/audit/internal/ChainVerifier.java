package io.recoverydesk.audit.internal;

import io.recoverydesk.kernel.SentencePattern;

/**
 * Walks one chain in order and remembers the first entry that does not fit. Problems name
 * entries by their tenant-wide number ({@code seq}).
 */
final class ChainVerifier {

    static final SentencePattern MISSING = new SentencePattern("audit.break.missing",
            "an entry of chain %d is missing before entry %d (position %d of the chain)");

    static final SentencePattern UNLINKED = new SentencePattern("audit.break.unlinked",
            "entry %d does not link to the previous entry of chain %d");

    static final SentencePattern ALTERED = new SentencePattern("audit.break.altered",
            "entry %d was altered: its content does not match its hash");

    static final SentencePattern REMOVED = new SentencePattern("audit.break.removed",
            "chain %d ends at position %d but its head says %d: entries were removed");

    static final SentencePattern HEAD_MISSING = new SentencePattern("audit.break.headMissing",
            "the head of chain %d is missing: it was deleted, so removed tail entries cannot be ruled out");

    /** Every sentence a break is reported with. */
    static final java.util.List<SentencePattern> BREAKS = java.util.List.of(MISSING, UNLINKED, ALTERED, REMOVED,
            HEAD_MISSING);

    private final int chain;

    private String previousHash;

    private long expectedChainSeq = 1;

    private long lastSeq;

    private long entries;

    private Long brokenSeq;

    private String problem;

    ChainVerifier(int chain, String genesis) {
        this.chain = chain;
        this.previousHash = genesis;
    }

    int chain() {
        return chain;
    }

    String previousHash() {
        return previousHash;
    }

    long entries() {
        return entries;
    }

    boolean broken() {
        return brokenSeq != null;
    }

    Long brokenSeq() {
        return brokenSeq;
    }

    String problem() {
        return problem;
    }

    void check(long seq, long chainSeq, String storedPrevHash, String storedHash, String recomputedHash) {
        if (chainSeq != expectedChainSeq) {
            fail(seq, MISSING.format(chain, seq, expectedChainSeq));
        }
        else if (!previousHash.equals(storedPrevHash)) {
            fail(seq, UNLINKED.format(seq, chain));
        }
        else if (!recomputedHash.equals(storedHash)) {
            fail(seq, ALTERED.format(seq));
        }
        else {
            previousHash = storedHash;
            expectedChainSeq++;
            lastSeq = seq;
            entries++;
        }
    }

    void checkHead(long headChainSeq, String headHash) {
        if (headChainSeq != entries || !headHash.equals(previousHash)) {
            fail(lastSeq + 1, REMOVED.format(chain, entries, headChainSeq));
        }
    }

    /** No head row although the tenant has entries: it was deleted. */
    void headMissing() {
        fail(lastSeq + 1, HEAD_MISSING.format(chain));
    }

    private void fail(long seq, String why) {
        brokenSeq = seq;
        problem = why;
    }

}
