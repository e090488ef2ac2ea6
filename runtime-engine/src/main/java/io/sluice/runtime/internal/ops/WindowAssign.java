package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.types.Types;
import io.sluice.runtime.internal.exec.BatchOperator;
import io.sluice.runtime.internal.exec.Flow;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.expression.types.DataType;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * First half of a window step: puts every row into its windows, prepending {@code window_start} and
 * {@code window_end} (TIMESTAMP, not null) to the input columns. Windows are aligned to the epoch: a tumbling
 * window of size S holds [k·S, (k+1)·S); sliding windows of size S every D start at multiples of D and a row
 * belongs to every one that covers it (a row appears S/D times). Rows whose event time is NULL belong to no
 * window: they are counted as filtered by the window step. A hash aggregate grouping by (window_start, window_end, keys…) does the rest.
 */
public final class WindowAssign implements BatchOperator<WindowAssign.Local> {
    public static final String START = "window_start"; //$NON-NLS-1$
    public static final String END = "window_end"; //$NON-NLS-1$

    private final Schema output;
    private final int timeColumn;
    private final long size;
    private final long slide;

    /** Sizes in microseconds; {@code slide == size} for tumbling windows. */
    public WindowAssign(Schema input, int timeColumn, long sizeMicros, long slideMicros) {
        if (sizeMicros <= 0 || slideMicros <= 0) {
            throw new IllegalArgumentException("window size and slide must be positive, were " + sizeMicros + " and " //$NON-NLS-1$ //$NON-NLS-2$
                    + slideMicros + " µs"); //$NON-NLS-1$
        }
        List<Field> fields = new ArrayList<>();
        fields.add(Types.field(DataType.TIMESTAMP, START, false));
        fields.add(Types.field(DataType.TIMESTAMP, END, false));
        fields.addAll(input.getFields());
        this.output = new Schema(fields);
        this.timeColumn = timeColumn;
        this.size = sizeMicros;
        this.slide = slideMicros;
    }

    @Override
    public Schema outputSchema() {
        return output;
    }

    @Override
    public Local createLocal(StepContext step, WorkerState ws) {
        return new Local(step.counters().rowsFiltered);
    }

    /** Where the rows without an event time are counted: the window step filters them. */
    public record Local(java.util.concurrent.atomic.LongAdder filtered) implements AutoCloseable {
        @Override
        public void close() {
        }
    }

    @Override
    public Flow apply(VectorSchemaRoot in, VectorSchemaRoot out, Local local, WorkerState ws) {
        int n = in.getRowCount();
        TimeStampVector t = (TimeStampVector) in.getVector(timeColumn);
        int per = (int) ((size + slide - 1) / slide);
        int[] sel = new int[n * per];
        long[] starts = new long[n * per];
        int k = 0;
        long dropped = 0;
        for (int r = 0; r < n; r++) {
            if (t.isNull(r)) {
                dropped++;
                continue;
            }
            long ts = t.get(r);
            long last = Math.floorDiv(ts, slide) * slide; // latest window start <= ts
            List<Long> mine = new ArrayList<>(per);
            for (long s = last; s > ts - size; s -= slide) {
                mine.add(s);
            }
            for (int i = mine.size() - 1; i >= 0; i--) { // earliest window first
                sel[k] = r;
                starts[k++] = mine.get(i);
            }
        }
        TimeStampVector ws0 = (TimeStampVector) out.getVector(0);
        TimeStampVector we = (TimeStampVector) out.getVector(1);
        ws0.clear();
        we.clear();
        ws0.allocateNew(Math.max(k, 1));
        we.allocateNew(Math.max(k, 1));
        for (int i = 0; i < k; i++) {
            ws0.set(i, starts[i]);
            we.set(i, starts[i] + size);
        }
        ws0.setValueCount(k);
        we.setValueCount(k);
        for (int c = 0; c < in.getFieldVectors().size(); c++) {
            FieldVector o = out.getVector(c + 2);
            Gather.column(in.getVector(c), sel, k, o);
        }
        out.setRowCount(k);
        local.filtered().add(dropped);
        return Flow.NEEDS_INPUT;
    }
}
