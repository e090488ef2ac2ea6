package io.sluice.runtime.internal.ops;

import io.sluice.expression.EvaluationException;
import io.sluice.runtime.internal.exec.BatchOperator;
import io.sluice.runtime.internal.exec.Flow;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.runtime.internal.kernel.ExprKernel;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Keeps the rows whose condition is TRUE (NULL and FALSE drop the row). A row whose condition cannot be computed
 * ({@code i % j = 0} with j = 0) is a {@link RowError}: wrapped in a {@link RejectingOperator} with
 * {@link #probe()}, it goes to the step's rejects port with the condition and the reason, and the run continues.
 */
public final class FilterOperator implements BatchOperator<FilterOperator.Local> {
    private final Schema schema;
    private final ExprKernel condition;
    private final String rule;

    public FilterOperator(Schema schema, ExprKernel condition) {
        this(schema, condition, "condition"); //$NON-NLS-1$
    }

    /** @param text the condition as written, named in a rejected row's {@code _rule} */
    public FilterOperator(Schema schema, ExprKernel condition, String text) {
        this.schema = schema;
        this.condition = condition;
        this.rule = "condition '" + text + "'"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Evaluates the condition over some rows without keeping or counting them (to isolate failing rows). */
    public RejectingOperator.Probe probe() {
        return (rows, ws) -> select(rows, new int[rows.getRowCount()]);
    }

    private int select(VectorSchemaRoot in, int[] sel) {
        try {
            return condition.select(in, sel);
        } catch (EvaluationException e) {
            throw new RowError(rule, e.getMessage(), e);
        }
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
        int k = select(in, local.sel);
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
