package io.sluice.runtime.internal.types;

import io.sluice.expression.types.DataType;

import java.util.List;

import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The schema of a source's {@code rejects} port: one row per rejected input record, a normal batch stream.
 */
public final class Rejects {
    public static final String FILE = "_file"; //$NON-NLS-1$
    public static final String LINE = "_line"; //$NON-NLS-1$
    public static final String RAW = "_raw"; //$NON-NLS-1$
    public static final String COLUMN = "_column"; //$NON-NLS-1$
    public static final String REASON = "_reason"; //$NON-NLS-1$
    public static final String STEP = "_step"; //$NON-NLS-1$
    public static final String RUN_ID = "_run_id"; //$NON-NLS-1$

    /** Same columns, order and types as the model's {@code SchemaPropagator.sourceRejects()}. */
    public static final Schema SCHEMA = new Schema(List.of(
            Types.field(DataType.STRING, FILE, true),
            Types.field(DataType.INT64, LINE, true),
            Types.field(DataType.STRING, RAW, true),
            Types.field(DataType.STRING, COLUMN, true),
            Types.field(DataType.STRING, REASON, false),
            Types.field(DataType.STRING, STEP, false),
            Types.field(DataType.STRING, RUN_ID, false)));

    private Rejects() {
    }
}
