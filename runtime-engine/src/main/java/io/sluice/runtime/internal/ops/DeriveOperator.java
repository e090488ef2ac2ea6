package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.exec.Flow;
import io.sluice.runtime.internal.exec.StatelessOperator;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.runtime.internal.kernel.ExprKernel;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Derive: derivations in order, each seeing the columns derived before it; a new name is appended, an
 * existing name replaces that column in place. Each expression is evaluated column-at-a-time over a view of
 * the input plus the derived columns so far; untouched input columns are moved to the output without copying.
 */
public final class DeriveOperator implements StatelessOperator {
    /** One derivation: output slot, and the view (input or output slot per column) its kernel was checked against. */
    public record Step(int outSlot, ExprKernel kernel, List<Integer> viewSlots, String name) {
    }

    private final Schema outSchema;
    private final int inputColumns;
    private final List<Step> steps;
    private final boolean[] replaced;

    /**
     * @param outSchema the output: input columns (some replaced) followed by new ones
     * @param steps     derivations; {@code viewSlots} entries are {@code i} for input column i when
     *                  {@code i < inputColumns}, else {@code inputColumns + j} for output slot j
     */
    public DeriveOperator(Schema outSchema, int inputColumns, List<Step> steps) {
        this.outSchema = outSchema;
        this.inputColumns = inputColumns;
        this.steps = List.copyOf(steps);
        this.replaced = new boolean[outSchema.getFields().size()];
        for (Step s : steps) {
            replaced[s.outSlot()] = true;
        }
    }

    @Override
    public Schema outputSchema() {
        return outSchema;
    }

    @Override
    public Flow apply(VectorSchemaRoot in, VectorSchemaRoot out, AutoCloseable local, WorkerState ws) {
        int n = in.getRowCount();
        for (Step s : steps) {
            List<FieldVector> vs = new ArrayList<>();
            List<Field> fs = new ArrayList<>();
            for (int slot : s.viewSlots()) {
                FieldVector v = slot < inputColumns ? in.getVector(slot) : out.getVector(slot - inputColumns);
                vs.add(v);
                fs.add(v.getField());
            }
            VectorSchemaRoot view = new VectorSchemaRoot(fs, vs, n); // a view: never closed, owns nothing
            try {
                s.kernel().evaluateInto(view, out.getVector(s.outSlot()));
            } catch (io.sluice.expression.EvaluationException e) {
                throw new RowError("derivation '" + s.name() + "'", e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        for (int i = 0; i < inputColumns && i < replaced.length; i++) {
            if (!replaced[i]) {
                in.getVector(i).makeTransferPair(out.getVector(i)).transfer();
            }
        }
        out.setRowCount(n);
        return Flow.NEEDS_INPUT;
    }
}
