package io.sluice.runtime.internal.exec;

import io.sluice.runtime.internal.types.Rejects;

import java.nio.charset.StandardCharsets;

import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Per-worker buffer of rejected rows in the {@link Rejects#SCHEMA} layout; flushed as a normal batch to the
 * step's {@code rejects} side output when full and when the worker is done.
 */
public final class RejectsBuffer implements AutoCloseable {
    /** Raw text longer than this is cut (the reason says so). */
    public static final int MAX_RAW_BYTES = 1 << 20;
    private static final int FLUSH_ROWS = 1024;

    private final VectorSchemaRoot root;
    private final SideOutput output;
    private final WorkerState ws;
    private final byte[] step;
    private final byte[] runId;
    private int rows;

    public RejectsBuffer(StepContext step, WorkerState ws) {
        this.root = VectorSchemaRoot.create(Rejects.SCHEMA, ws.allocator());
        this.output = step.sideOutput(ExecGraph.REJECTS);
        this.ws = ws;
        this.step = step.name().getBytes(StandardCharsets.UTF_8);
        this.runId = step.run().runId().getBytes(StandardCharsets.UTF_8);
    }

    public void add(String source, long line, byte[] raw, int off, int len, String column, String reason)
            throws Exception {
        if (ws.run().options().failOnParseError()) {
            String where = (source == null ? "" : source + ":") + (line < 0 ? "" : line + ":"); //$NON-NLS-1$ //$NON-NLS-2$
            String why = where.isEmpty() || !reason.startsWith(where) ? reason : reason.substring(where.length()).strip();
            throw new IllegalArgumentException(where + (column == null ? "" : " column " + column + ":") + " " + why); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (rows == 0) {
            root.allocateNew();
        }
        String why = reason;
        if (len > MAX_RAW_BYTES) {
            len = MAX_RAW_BYTES;
            why = reason + " (raw text cut to " + MAX_RAW_BYTES + " bytes)"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        ((VarCharVector) root.getVector(Rejects.STEP)).setSafe(rows, step);
        ((VarCharVector) root.getVector(Rejects.RUN_ID)).setSafe(rows, runId);
        VarCharVector col = (VarCharVector) root.getVector(Rejects.COLUMN);
        if (column == null) {
            col.setNull(rows);
        } else {
            col.setSafe(rows, column.getBytes(StandardCharsets.UTF_8));
        }
        VarCharVector src = (VarCharVector) root.getVector(Rejects.FILE);
        if (source == null) {
            src.setNull(rows);
        } else {
            src.setSafe(rows, source.getBytes(StandardCharsets.UTF_8));
        }
        BigIntVector l = (BigIntVector) root.getVector(Rejects.LINE);
        if (line < 0) {
            l.setNull(rows);
        } else {
            l.setSafe(rows, line);
        }
        VarCharVector r = (VarCharVector) root.getVector(Rejects.RAW);
        if (raw == null) {
            r.setNull(rows);
        } else {
            r.setSafe(rows, raw, off, len);
        }
        ((VarCharVector) root.getVector(Rejects.REASON)).setSafe(rows, why.getBytes(StandardCharsets.UTF_8));
        rows++;
        if (rows >= FLUSH_ROWS) {
            flush();
        }
    }

    public void flush() throws Exception {
        if (rows == 0) {
            return;
        }
        root.setRowCount(rows);
        rows = 0;
        output.emit(root, ws);
    }

    @Override
    public void close() {
        root.close();
    }
}
