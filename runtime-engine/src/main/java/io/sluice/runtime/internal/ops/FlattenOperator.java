package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.exec.Flow;
import io.sluice.runtime.internal.exec.StatelessOperator;
import io.sluice.runtime.internal.exec.WorkerState;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A struct column's fields to columns, in its place: each field's vector is moved out of the struct
 * ({@code TransferPair}); where the struct itself is NULL, the field is NULL (a struct's children may hold any
 * value under a NULL parent), so then the field is copied by {@link Gather} with those rows as NULL.
 */
public final class FlattenOperator implements StatelessOperator {
    private final Schema output;
    private final int struct;

    /**
     * @param output the input's columns with the struct column replaced by its fields
     * @param struct input position of the struct column
     */
    public FlattenOperator(Schema output, int struct) {
        this.output = output;
        this.struct = struct;
    }

    @Override
    public Schema outputSchema() {
        return output;
    }

    @Override
    public Flow apply(VectorSchemaRoot in, VectorSchemaRoot out, AutoCloseable local, WorkerState ws) {
        int n = in.getRowCount();
        StructVector s = (StructVector) in.getVector(struct);
        int fields = s.getChildrenFromFields().size();
        int[] sel = null;
        if (s.getNullCount() > 0) {
            sel = new int[n];
            for (int r = 0; r < n; r++) {
                sel[r] = s.isNull(r) ? -1 : r;
            }
        }
        int o = 0;
        for (int c = 0; c < in.getFieldVectors().size(); c++) {
            if (c != struct) {
                in.getVector(c).makeTransferPair(out.getVector(o++)).transfer();
                continue;
            }
            for (int k = 0; k < fields; k++) {
                FieldVector child = s.getChildrenFromFields().get(k);
                if (sel == null) {
                    child.makeTransferPair(out.getVector(o)).transfer();
                } else {
                    Gather.column(child, sel, n, out.getVector(o));
                }
                o++;
            }
        }
        Gather.rowCount(out, n);
        return Flow.NEEDS_INPUT;
    }
}
