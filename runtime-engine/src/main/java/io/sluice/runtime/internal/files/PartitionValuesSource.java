package io.sluice.runtime.internal.files;

import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;

import io.sluice.expression.types.DataType;
import io.sluice.runtime.internal.types.Types;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * One file of a Hive-partitioned folder: the file holds every column but the partition columns ({@code inner}); the
 * partition columns take the values its folders name ({@code country=DE/…}), the same for every row of the file.
 */
public final class PartitionValuesSource<G extends AutoCloseable, L extends AutoCloseable>
        implements BatchSource<G, PartitionValuesSource.Local<L>> {
    private final BatchSource<G, L> inner;
    private final Schema schema;
    private final int[] from;
    private final Object[] constants;

    /**
     * @param from      for each output column, its column in {@code inner}, or -1 for a partition column
     * @param constants for each output column that is a partition column, its value ({@link HivePartitions#parse})
     */
    public PartitionValuesSource(BatchSource<G, L> inner, Schema schema, int[] from, Object[] constants) {
        this.inner = inner;
        this.schema = schema;
        this.from = from.clone();
        this.constants = constants.clone();
    }

    /**
     * The source of {@code file} below the source's {@code root}: when the file's folders name partition values of
     * columns of {@code schema}, the file is read ({@code read}: file, its columns) without them and they take the
     * folders' values; otherwise the file is read with the whole schema.
     */
    public static BatchSource<?, ?> of(Path root, Path file, Schema schema, BiFunction<Path, Schema, BatchSource<?, ?>> read) {
        Map<String, String> values = HivePartitions.valuesOf(root, file);
        int[] from = new int[schema.getFields().size()];
        Object[] constants = new Object[from.length];
        List<Field> inner = new ArrayList<>();
        boolean any = false;
        for (int c = 0; c < from.length; c++) {
            Field f = schema.getFields().get(c);
            String key = values.keySet().stream().filter(k -> k.equalsIgnoreCase(f.getName())).findFirst().orElse(null);
            if (key == null) {
                from[c] = inner.size();
                inner.add(f);
            } else {
                any = true;
                from[c] = -1;
                String text = values.get(key);
                try {
                    constants[c] = HivePartitions.parse(text, Types.sluice(f).type());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ": " + e.getMessage() + " (column " + f.getName() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                if (constants[c] == null && !f.isNullable()) {
                    throw new IllegalArgumentException(file + ": NULL partition value in NOT NULL column " + f.getName()); //$NON-NLS-1$
                }
            }
        }
        if (!any) {
            return read.apply(file, schema);
        }
        @SuppressWarnings({ "rawtypes", "unchecked" })
        BatchSource<?, ?> s = new PartitionValuesSource(read.apply(file, new Schema(inner)), schema, from, constants);
        return s;
    }

    /**
     * The partition columns of the folder {@code root} (column → type inferred from every folder's values, see
     * {@link HivePartitions#infer}), outermost first; empty when it has none.
     */
    public static Map<String, DataType> columns(Path root) {
        Map<String, List<String>> seen = new LinkedHashMap<>();
        if (Files.isDirectory(root)) {
            for (Path f : InputFiles.list(root)) {
                HivePartitions.valuesOf(root, f).forEach((k, v) -> seen.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            }
        }
        Map<String, DataType> types = new LinkedHashMap<>();
        seen.forEach((k, v) -> types.put(k, HivePartitions.infer(v)));
        return types;
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
        return inner.ordered();
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
                v.setValueCount(n);
            } else {
                HivePartitions.fill(v, constants[c], n);
            }
        }
        out.setRowCount(n);
        return true;
    }
}
