package io.sluice.runtime.internal.types;

import java.util.List;

import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The schema of every {@code rejects} port: one row per rejected input row. Issue 6's quality rules add
 * {@code _rule} and {@code _run_id} columns to this stream; consumers must select columns by name.
 */
public final class Rejects {
    public static final String STEP = "_step"; //$NON-NLS-1$
    public static final String SOURCE = "_source"; //$NON-NLS-1$
    public static final String LINE = "_line"; //$NON-NLS-1$
    public static final String RAW = "_raw"; //$NON-NLS-1$
    public static final String REASON = "_reason"; //$NON-NLS-1$

    public static final Schema SCHEMA = new Schema(List.of(
            ColType.STRING.field(STEP, false),
            ColType.STRING.field(SOURCE, true),
            ColType.INT64.field(LINE, true),
            ColType.STRING.field(RAW, true),
            ColType.STRING.field(REASON, false)));

    private Rejects() {
    }
}
