package io.sluice.runtime.history;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.sluice.model.Pipeline;
import io.sluice.runtime.RunRequest;

/**
 * The high-water marks of one pipeline's incremental sources in a {@link RunHistory}, by step: what the last
 * committed run reached, of either engine (the embedded and the Spark engine read and advance the same marks).
 * {@link #NONE} (no history, or a run that records none) reads no marks and stores none.
 *
 * @param history  the history's folder, or null for none
 * @param pipeline whose marks these are: the pipeline's absolute file, or {@code pipeline:NAME} when it has none
 */
public record HighWaterMarks(Path history, String pipeline) {
    private static final Logger LOG = Logger.getLogger(HighWaterMarks.class.getName());

    /** No history: no marks are read and none are stored. */
    public static final HighWaterMarks NONE = new HighWaterMarks(null, null);

    /** The marks of {@code req}'s pipeline in the history {@code history} (null: none), {@link #NONE} when the run records no history. */
    public static HighWaterMarks of(Path history, RunRequest req, Pipeline pipeline) {
        if (history == null || !req.recordHistory()) {
            return NONE;
        }
        Path file = req.pipelineFile();
        return new HighWaterMarks(history,
                file != null ? file.toAbsolutePath().normalize().toString() : "pipeline:" + pipeline.getName()); //$NON-NLS-1$
    }

    /** The marks the last committed run left, by step; empty without a history. */
    public Map<String, String> stored() {
        if (history == null) {
            return Map.of();
        }
        try {
            return RunHistory.open(history).marks(pipeline);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the high-water marks from the history " + history + ": " //$NON-NLS-1$ //$NON-NLS-2$
                    + e.getMessage(), e);
        }
    }

    /**
     * Advances the marks to those run {@code runId} reached; call once the run has committed (its sinks finished and
     * it is recorded as succeeded). A failure is logged, not thrown: the rows are committed but the mark is not, so the
     * next run reads them again (it never skips any).
     */
    public void advance(String runId, Map<String, String> marks) {
        if (history == null || marks.isEmpty()) {
            return;
        }
        try {
            RunHistory.open(history).saveMarks(pipeline, runId, marks);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "cannot store the high-water marks of run " + runId, e); //$NON-NLS-1$
        }
    }
}
