package io.recoverydesk.audit.internal;

/**
 * Walks one chain in order and remembers the first entry that does not fit. Problems name
 * entries by their tenant-wide number ({@code seq}).
 */
final class ChainVerifier {

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
            fail(seq, "an entry of chain " + chain + " is missing before entry " + seq + " (position "
                    + expectedChainSeq + " of the chain)");
        }
        else if (!previousHash.equals(storedPrevHash)) {
            fail(seq, "entry " + seq + " does not link to the previous entry of chain " + chain);
        }
        else if (!recomputedHash.equals(storedHash)) {
            fail(seq, "entry " + seq + " was altered: its content does not match its hash");
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
            fail(lastSeq + 1, "chain " + chain + " ends at position " + entries + " but its head says " + headChainSeq
                    + ": entries were removed");
        }
    }

    /** No head row although the tenant has entries: it was deleted. */
    void headMissing() {
        fail(lastSeq + 1, "the head of chain " + chain
                + " is missing: it was deleted, so removed tail entries cannot be ruled out");
    }

    private void fail(long seq, String why) {
        brokenSeq = seq;
        problem = why;
    }

}
