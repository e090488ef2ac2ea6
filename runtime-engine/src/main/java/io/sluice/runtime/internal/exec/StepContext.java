package io.sluice.runtime.internal.exec;

import java.util.Map;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/** What one step sees of the run: its name, counters, side outputs and a named allocator for global state. */
public final class StepContext {
    private final String name;
    private final StepCounters counters;
    private final ExecContext run;
    private final Map<String, SideOutput> sideOutputs;
    private BufferAllocator allocator;

    StepContext(String name, StepCounters counters, ExecContext run, Map<String, SideOutput> sideOutputs) {
        this.name = name;
        this.counters = counters;
        this.run = run;
        this.sideOutputs = sideOutputs;
    }

    public String name() {
        return name;
    }

    Map<String, SideOutput> sideOutputs() {
        return sideOutputs;
    }

    public StepCounters counters() {
        return counters;
    }

    public ExecContext run() {
        return run;
    }

    /** A named child of the run allocator for the step's global state; closed at the end of the run. */
    public synchronized BufferAllocator allocator() {
        if (allocator == null) {
            allocator = run.newAllocator("step:" + name); //$NON-NLS-1$
        }
        return allocator;
    }

    /** The side output of that port; rows emitted there are counted as rejected. */
    public SideOutput sideOutput(String port) {
        SideOutput found = sideOutputs.get(port);
        // a port the plan did not declare has no consumer: its rows are counted and dropped
        SideOutput s = found != null ? found : new DiscardOutput(io.sluice.runtime.internal.types.Rejects.SCHEMA);
        return new SideOutput() {
            @Override
            public Schema schema() {
                return s.schema();
            }

            @Override
            public void emit(VectorSchemaRoot batch, WorkerState ws) throws Exception {
                if (batch.getRowCount() > 0) {
                    counters.rowsRejected.add(batch.getRowCount());
                    s.emit(batch, ws);
                }
            }
        };
    }
}
