package io.recoverydesk.portfolio.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.stereotype.Component;

/**
 * Progress of the uploads running on this node, for the upload page's progress bar: bytes
 * read of the file (the share done and an ETA), rows read, the phase, and at the end the
 * placement or the problem. Kept in memory: an import interrupted by a restart rolls back
 * and simply leaves no placement.
 */
@Component
class ImportProgress implements ImportObserver {

    /** The phase of an upload. */
    enum Phase {

        READING, APPLYING, DONE, FAILED

    }

    /**
     * A snapshot for the page; {@code again}: the file had been imported before, and
     * {@code placementId} is that earlier import.
     */
    public record Snapshot(UUID uploadId, String username, String creditorCode, String fileName, Phase phase,
            long rowsRead, long bytesRead, long totalBytes, Instant startedAt, UUID placementId, boolean again,
            PageProblem problem) {

        /** Where the finished upload's report is. */
        public String reportPath() {
            return "/placements/" + placementId + (again ? "?again" : "");
        }

        public int percent() {
            if (phase == Phase.DONE) {
                return 100;
            }
            long p = totalBytes == 0 ? 0 : bytesRead * 100 / totalBytes;
            return (int) Math.min(phase == Phase.APPLYING ? 99 : 95, p);
        }

        /** Seconds left, estimated from the bytes read so far; -1 when unknown. */
        public long etaSeconds(Instant now) {
            long elapsed = Duration.between(startedAt, now).toSeconds();
            if (phase != Phase.READING || bytesRead == 0 || elapsed < 1) {
                return -1;
            }
            return elapsed * (totalBytes - bytesRead) / bytesRead;
        }

    }

    private final Map<UUID, Snapshot> uploads = new ConcurrentHashMap<>();

    private final Map<UUID, UUID> uploadOfImport = new ConcurrentHashMap<>();

    /** Finished uploads stay readable this long, then make room. */
    private static final Duration KEEP_FINISHED = Duration.ofHours(1);

    void started(UUID uploadId, String username, String creditorCode, String fileName, long totalBytes, Instant now) {
        uploads.values()
            .removeIf(s -> (s.phase() == Phase.DONE || s.phase() == Phase.FAILED)
                    && s.startedAt().plus(KEEP_FINISHED).isBefore(now));
        uploads.put(uploadId, new Snapshot(uploadId, username, creditorCode, fileName, Phase.READING, 0, 0, totalBytes,
                now, null, false, null));
    }

    void linkImport(UUID uploadId, UUID importId) {
        uploadOfImport.put(importId, uploadId);
    }

    @Override
    public void rowsRead(UUID importId, int rows, long bytes) {
        update(importId, s -> new Snapshot(s.uploadId(), s.username(), s.creditorCode(), s.fileName(), s.phase(), rows,
                bytes, s.totalBytes(), s.startedAt(), null, false, null));
    }

    @Override
    public void applying(UUID importId) {
        update(importId, s -> new Snapshot(s.uploadId(), s.username(), s.creditorCode(), s.fileName(), Phase.APPLYING,
                s.rowsRead(), s.totalBytes(), s.totalBytes(), s.startedAt(), null, false, null));
    }

    void finished(UUID uploadId, UUID placementId, boolean again, PageProblem problem) {
        uploads.computeIfPresent(uploadId,
                (k, s) -> new Snapshot(s.uploadId(), s.username(), s.creditorCode(), s.fileName(),
                        problem == null ? Phase.DONE : Phase.FAILED, s.rowsRead(), s.bytesRead(), s.totalBytes(),
                        s.startedAt(), placementId, again, problem));
        uploadOfImport.values().removeIf(uploadId::equals);
    }

    /** The upload's progress, for the user who started it. */
    Optional<Snapshot> get(UUID uploadId, String username) {
        return Optional.ofNullable(uploads.get(uploadId)).filter(s -> s.username().equals(username));
    }

    private void update(UUID importId, java.util.function.UnaryOperator<Snapshot> change) {
        UUID uploadId = uploadOfImport.get(importId);
        if (uploadId != null) {
            uploads.computeIfPresent(uploadId, (k, s) -> change.apply(s));
        }
    }

}
