package io.sluice.runtime.internal.files;

import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;

import java.nio.charset.StandardCharsets;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Binds the columns of one file, as its header (or its JSON fields) names them, to the step's output columns by
 * name: the file is read in its own column order ({@code inner}), then each output column takes its file column
 * (transferred, no copy), is all NULL when the file lacks it, or — for the RESCUE policy — gathers the file's
 * unexpected columns into one JSON object text ({@code {"name":"value",…}}, NULLs left out; NULL when there are
 * none); or, for a file of a Hive partition folder, the value its folders name.
 */
public final class BoundSource<G extends AutoCloseable, L extends AutoCloseable>
        implements BatchSource<G, BoundSource.Local<L>> {
    private final BatchSource<G, L> inner;
    private final Schema schema;
    private final int[] from;
    private final int rescued;
    private final int[] rescuedColumns;
    private final Object[] constants;

    /**
     * @param from           for each output column, its column in {@code inner}, or -1 (NULL or the rescued column)
     * @param rescued        the output column gathering unexpected columns, or -1
     * @param rescuedColumns the inner columns it gathers (STRING)
     */
    public BoundSource(BatchSource<G, L> inner, Schema schema, int[] from, int rescued, int[] rescuedColumns) {
        this(inner, schema, from, rescued, rescuedColumns, new Object[from.length]);
    }

    /**
     * A file of a Hive partition folder: the output columns with {@code from} -1 take the value in {@code constants}
     * ({@link HivePartitions#parse}; null: NULL) on every row — the partition values its folders name.
     */
    public BoundSource(BatchSource<G, L> inner, Schema schema, int[] from, Object[] constants) {
        this(inner, schema, from, -1, new int[0], constants);
    }

    private BoundSource(BatchSource<G, L> inner, Schema schema, int[] from, int rescued, int[] rescuedColumns,
            Object[] constants) {
        this.inner = inner;
        this.schema = schema;
        this.from = from.clone();
        this.rescued = rescued;
        this.rescuedColumns = rescuedColumns.clone();
        this.constants = constants.clone();
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public G createGlobal(StepContext step) throws Exception {
        return inner.createGlobal(step);
    }

    @Override
    public int maxThreads(G global) {
        return inner.maxThreads(global);
    }

    @Override
    public boolean ordered() {
        return inner.ordered(); // binding columns by name does not change the order of the rows
    }

    /** The inner source's local state and the batch it reads into. */
    public static final class Local<L extends AutoCloseable> implements AutoCloseable {
        final L inner;
        final VectorSchemaRoot file;

        Local(L inner, VectorSchemaRoot file) {
            this.inner = inner;
            this.file = file;
        }

        @Override
        public void close() throws Exception {
            try {
                inner.close();
            } finally {
                file.close();
            }
        }
    }

    @Override
    public Local<L> createLocal(G global, WorkerState ws) throws Exception {
        L l = inner.createLocal(global, ws);
        try {
            return new Local<>(l, VectorSchemaRoot.create(inner.schema(), ws.allocator()));
        } catch (RuntimeException e) {
            l.close();
            throw e;
        }
    }

    @Override
    public boolean next(G global, Local<L> l, VectorSchemaRoot out, WorkerState ws) throws Exception {
        if (!inner.next(global, l.inner, l.file, ws)) {
            return false;
        }
        int n = l.file.getRowCount();
        for (int c = 0; c < from.length; c++) {
            FieldVector v = out.getVector(c);
            if (from[c] >= 0) {
                l.file.getVector(from[c]).makeTransferPair(v).transfer();
            } else if (c == rescued) {
                rescue(l.file, (VarCharVector) v, n);
            } else if (constants[c] != null) {
                HivePartitions.fill(v, constants[c], n);
            } else {
                v.clear();
                v.allocateNew();
            }
            v.setValueCount(n);
        }
        out.setRowCount(n);
        return true;
    }

    private void rescue(VectorSchemaRoot file, VarCharVector v, int n) {
        v.clear();
        v.allocateNew();
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < n; r++) {
            sb.setLength(0);
            for (int k : rescuedColumns) {
                VarCharVector src = (VarCharVector) file.getVector(k);
                if (src.isNull(r)) {
                    continue;
                }
                sb.append(sb.isEmpty() ? '{' : ',');
                io.sluice.runtime.internal.json.JsonLinesWriter.quote(sb, src.getField().getName());
                sb.append(':');
                io.sluice.runtime.internal.json.JsonLinesWriter.quote(sb, new String(src.get(r), StandardCharsets.UTF_8));
            }
            if (!sb.isEmpty()) {
                v.setSafe(r, sb.append('}').toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
