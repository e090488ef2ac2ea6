package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.exec.Flow;
import io.sluice.runtime.internal.exec.StatelessOperator;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.runtime.internal.kernel.ExprKernel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Select, rename, cast and derive in one operator: each output column is either an input column moved over
 * without copying (under a possibly new name) or a compiled expression evaluated column-at-a-time.
 */
public final class ProjectOperator implements StatelessOperator {
    /** One output column: {@code input >= 0} moves that input column, otherwise {@code kernel} computes it. */
    public record Output(Field field, int input, ExprKernel kernel) {
        public static Output column(Field field, int input) {
            return new Output(field, input, null);
        }

        public static Output expression(Field field, ExprKernel kernel) {
            return new Output(field, -1, kernel);
        }
    }

    private final Schema schema;
    private final List<Output> outputs;
    private final boolean[] transfer;

    public ProjectOperator(List<Output> outputs) {
        this.outputs = List.copyOf(outputs);
        List<Field> fields = new ArrayList<>();
        for (Output o : outputs) {
            fields.add(o.field());
        }
        this.schema = new Schema(fields);
        this.transfer = new boolean[outputs.size()];
        Set<Integer> moved = new HashSet<>();
        for (int i = 0; i < outputs.size(); i++) {
            Output o = outputs.get(i);
            transfer[i] = o.input() >= 0 && moved.add(o.input());
        }
    }

    @Override
    public Schema outputSchema() {
        return schema;
    }

    @Override
    public Flow apply(VectorSchemaRoot in, VectorSchemaRoot out, AutoCloseable local, WorkerState ws) {
        int n = in.getRowCount();
        // expressions and duplicated columns first: they read the input before columns are moved out of it
        for (int i = 0; i < outputs.size(); i++) {
            Output o = outputs.get(i);
            if (o.kernel() != null) {
                try {
                    o.kernel().evaluateInto(in, out.getVector(i));
                } catch (io.sluice.expression.EvaluationException e) {
                    throw new RowError("cast of column '" + o.field().getName() + "'", e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
                }
            } else if (!transfer[i]) {
                int[] all = new int[n];
                for (int r = 0; r < n; r++) {
                    all[r] = r;
                }
                Gather.column(in.getVector(o.input()), all, n, out.getVector(i));
            }
        }
        for (int i = 0; i < outputs.size(); i++) {
            if (transfer[i]) {
                in.getVector(outputs.get(i).input()).makeTransferPair(out.getVector(i)).transfer();
            }
        }
        out.setRowCount(n);
        return Flow.NEEDS_INPUT;
    }
}
