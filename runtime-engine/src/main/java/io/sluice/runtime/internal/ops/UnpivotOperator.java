package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.exec.Flow;
import io.sluice.runtime.internal.exec.StatelessOperator;
import io.sluice.runtime.internal.exec.WorkerState;

import java.nio.charset.StandardCharsets;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Columns to rows: every input row gives one output row per unpivoted column (in their order), holding the kept
 * columns, the column's name and its value; a NULL value gives no row unless {@code includeNulls}. The unpivoted
 * columns arrive already of the value column's type (the planner casts them first), so values are copied cell by
 * cell with Arrow's typed {@code copyFromSafe}.
 */
public final class UnpivotOperator implements StatelessOperator {
    private final Schema output;
    private final int[] kept;
    private final int[] unpivoted;
    private final byte[][] names;
    private final boolean includeNulls;

    /**
     * @param output kept columns, then the name (STRING) and value columns
     * @param kept input positions of the kept columns, in output order
     * @param unpivoted input positions of the unpivoted columns
     * @param names the output name of each unpivoted column
     */
    public UnpivotOperator(Schema output, int[] kept, int[] unpivoted, String[] names, boolean includeNulls) {
        if (output.getFields().size() != kept.length + 2 || unpivoted.length != names.length) {
            throw new IllegalArgumentException("expected " + (kept.length + 2) + " output columns and one name per unpivoted column, got " //$NON-NLS-1$ //$NON-NLS-2$
                    + output.getFields().size() + " and " + names.length + " for " + unpivoted.length); //$NON-NLS-1$ //$NON-NLS-2$
        }
        this.output = output;
        this.kept = kept.clone();
        this.unpivoted = unpivoted.clone();
        this.names = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            this.names[i] = names[i].getBytes(StandardCharsets.UTF_8);
        }
        this.includeNulls = includeNulls;
    }

    @Override
    public Schema outputSchema() {
        return output;
    }

    @Override
    public Flow apply(VectorSchemaRoot in, VectorSchemaRoot out, AutoCloseable local, WorkerState ws) {
        int n = in.getRowCount();
        int capacity = Math.max(1, n * unpivoted.length);
        for (FieldVector v : out.getFieldVectors()) {
            v.clear();
            v.setInitialCapacity(capacity);
            v.allocateNew();
        }
        VarCharVector name = (VarCharVector) out.getVector(kept.length);
        FieldVector value = out.getVector(kept.length + 1);
        int o = 0;
        for (int r = 0; r < n; r++) {
            for (int u = 0; u < unpivoted.length; u++) {
                FieldVector src = in.getVector(unpivoted[u]);
                if (src.isNull(r) && !includeNulls) {
                    continue;
                }
                for (int k = 0; k < kept.length; k++) {
                    out.getVector(k).copyFromSafe(r, o, in.getVector(kept[k]));
                }
                name.setSafe(o, names[u]);
                value.copyFromSafe(r, o, src);
                o++;
            }
        }
        for (FieldVector v : out.getFieldVectors()) {
            v.setValueCount(o);
        }
        out.setRowCount(o);
        return Flow.NEEDS_INPUT;
    }
}
