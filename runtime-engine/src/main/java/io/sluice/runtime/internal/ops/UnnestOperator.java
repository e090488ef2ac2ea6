package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.exec.Flow;
import io.sluice.runtime.internal.exec.StatelessOperator;
import io.sluice.runtime.internal.exec.WorkerState;

import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A list column to rows: every input row gives one output row per element of its list, in list order, the other
 * columns repeated, the element in the list column's place and (when asked) its 1-based position as the last
 * column; an empty or NULL list gives no row, or with {@code keepEmpty} one row with NULL element and position.
 * Columns are copied by {@link Gather} (Arrow's {@code copyFromSafe} for nested elements): one generic copy.
 */
public final class UnnestOperator implements StatelessOperator {
    private final Schema output;
    private final int list;
    private final boolean keepEmpty;
    private final boolean position;

    /**
     * @param output the input's columns with the list column's element in its place, then the position column if any
     * @param list input position of the list column
     */
    public UnnestOperator(Schema output, int list, boolean keepEmpty, boolean position) {
        this.output = output;
        this.list = list;
        this.keepEmpty = keepEmpty;
        this.position = position;
    }

    @Override
    public Schema outputSchema() {
        return output;
    }

    @Override
    public Flow apply(VectorSchemaRoot in, VectorSchemaRoot out, AutoCloseable local, WorkerState ws) {
        int n = in.getRowCount();
        ListVector lists = (ListVector) in.getVector(list);
        int total = 0;
        for (int r = 0; r < n; r++) {
            int len = lists.isNull(r) ? 0 : lists.getElementEndIndex(r) - lists.getElementStartIndex(r);
            total += len > 0 ? len : keepEmpty ? 1 : 0;
        }
        int[] rows = new int[total];
        int[] elements = new int[total];
        int[] positions = new int[total];
        int o = 0;
        for (int r = 0; r < n; r++) {
            int start = lists.isNull(r) ? 0 : lists.getElementStartIndex(r);
            int end = lists.isNull(r) ? 0 : lists.getElementEndIndex(r);
            if (start == end && keepEmpty) {
                rows[o] = r;
                elements[o] = -1;
                positions[o++] = 0;
            }
            for (int e = start; e < end; e++) {
                rows[o] = r;
                elements[o] = e;
                positions[o++] = e - start + 1;
            }
        }
        int columns = in.getFieldVectors().size();
        for (int c = 0; c < columns; c++) {
            if (c == list) {
                Gather.column(lists.getDataVector(), elements, total, out.getVector(c));
            } else {
                Gather.column(in.getVector(c), rows, total, out.getVector(c));
            }
        }
        if (position) {
            BigIntVector p = (BigIntVector) out.getVector(columns);
            p.clear();
            p.allocateNew(Math.max(total, 1));
            for (int i = 0; i < total; i++) {
                if (positions[i] == 0) {
                    p.setNull(i);
                } else {
                    p.set(i, positions[i]);
                }
            }
            p.setValueCount(total);
        }
        Gather.rowCount(out, total);
        return Flow.NEEDS_INPUT;
    }
}
