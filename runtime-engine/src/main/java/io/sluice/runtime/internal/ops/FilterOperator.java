package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.exec.BatchOperator;
import io.sluice.runtime.internal.exec.Flow;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.runtime.internal.kernel.ExprKernel;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/** Keeps the rows whose condition is TRUE (NULL and FALSE drop the row). */
public final class FilterOperator implements BatchOperator<FilterOperator.Local> {
    private final Schema schema;
    private final ExprKernel condition;

    public FilterOperator(Schema schema, ExprKernel condition) {
        this.schema = schema;
        this.condition = condition;
    }

    @Override
    public Schema outputSchema() {
        return schema;
    }

    /** The selection vector, reused between batches. */
    public static final class Local implements AutoCloseable {
        int[] sel = new int[0];
        java.util.concurrent.atomic.LongAdder filtered;

        @Override
        public void close() {
        }
    }

    @Override
    public Local createLocal(StepContext step, WorkerState ws) {
        Local l = new Local();
        l.filtered = step.counters().rowsFiltered;
        return l;
    }

    @Override
    public Flow apply(VectorSchemaRoot in, VectorSchemaRoot out, Local local, WorkerState ws) {
        int n = in.getRowCount();
        if (local.sel.length < n) {
            local.sel = new int[n];
        }
        int k = condition.select(in, local.sel);
        if (local.filtered != null) {
            local.filtered.add(n - k);
        }
        if (k == n) {
            Gather.transferAll(in, out);
        } else {
            Gather.rows(in, local.sel, k, out);
        }
        return Flow.NEEDS_INPUT;
    }
}
