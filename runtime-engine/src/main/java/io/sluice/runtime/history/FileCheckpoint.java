package io.sluice.runtime.history;

import java.time.Instant;

/**
 * One input file of a run over a directory that was fully processed and whose output parts were committed.
 *
 * @param step   id of the file source
 * @param seq    the file's position in name order (0-based)
 * @param file   absolute path of the input file
 * @param size   its size in bytes when it was read
 * @param counts the per-step and per-rule counts of that file (engine-internal text)
 * @param hash   SHA-256 (hex) of the file's content when it was read (null in checkpoints of older versions)
 */
public record FileCheckpoint(String runId, String step, int seq, String file, long size, Instant committedAt, String counts,
        String hash) {
}
