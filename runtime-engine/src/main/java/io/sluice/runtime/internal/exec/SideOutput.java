package io.sluice.runtime.internal.exec;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A second output of a step (the {@code rejects} port): a normal Arrow batch stream. {@link #emit} may be
 * called by any worker; it does not take ownership of the batch (the implementation shares or copies the
 * buffers). When the port has no consumer the rows are counted and released.
 */
public interface SideOutput {
    Schema schema();

    void emit(VectorSchemaRoot batch, WorkerState ws) throws Exception;
}
