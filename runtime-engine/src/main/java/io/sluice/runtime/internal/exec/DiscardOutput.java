package io.sluice.runtime.internal.exec;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/** An output port nobody consumes: rows are counted by the step and dropped. */
public final class DiscardOutput implements SideOutput, StatelessSink<AutoCloseable> {
    private final Schema schema;

    public DiscardOutput(Schema schema) {
        this.schema = schema;
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public void emit(VectorSchemaRoot batch, WorkerState ws) {
    }

    @Override
    public AutoCloseable createGlobal(StepContext step) {
        return BatchOperator.NO_STATE;
    }

    @Override
    public void accept(VectorSchemaRoot in, AutoCloseable global, AutoCloseable local, WorkerState ws) {
    }

    @Override
    public void finish(AutoCloseable global, StepContext step) {
    }
}
