package io.sluice.runtime.internal.types;

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

    /** The model's {@code SchemaPropagator.sourceRejects()} in Arrow form: one definition for both layers. */
    public static final Schema SCHEMA = Types.arrow(io.sluice.model.schema.SchemaPropagator.sourceRejects());

    private Rejects() {
    }
}
