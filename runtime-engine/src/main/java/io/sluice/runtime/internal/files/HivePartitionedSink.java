package io.sluice.runtime.internal.files;

import io.sluice.runtime.internal.checkpoint.Leftovers;
import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.runtime.internal.ops.Gather;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A file sink that writes Hive-style partitions: each row goes to the folder its partition columns name
 * ({@code country=DE/day=2026-11-30/}), into one part file per partition and run ({@code part-RUN.ext}) written by
 * the format's own sink ({@code format}: file and schema without the partition columns → sink). The partition
 * columns are left out of the files.
 * <p>
 * Everything is written into a hidden staging folder next to the output ({@code .NAME.RUN.tmp/}); the parts are
 * prepared (each format sink's own temporary file, renamed within the staging folder on commit), and only when the
 * run's accounting balanced does {@link #commit} make the whole result visible: replacing the output folder with two
 * renames, or — appending — moving each new part into its partition folder (the existing parts stay). A failed run
 * leaves the output as it was and deletes the staging folder.
 */
public final class HivePartitionedSink implements BatchSink<HivePartitionedSink.Global, HivePartitionedSink.Local> {
    private final Path output;
    private final String partName;
    private final boolean append;
    private final List<String> columns;
    private final int[] partitionAt;
    private final int[] dataAt;
    private final Schema dataSchema;
    private final BiFunction<Path, Schema, BatchSink<?, ?>> format;
    private final boolean keepsInputOrder;

    /**
     * @param output   the output folder
     * @param partName the file name of this run's part in each partition folder ({@code part-RUN.parquet})
     * @param append   add this run's parts to the existing folder instead of replacing it
     * @param columns  the partition columns, outermost folder first
     * @param schema   the sink's input
     * @param format   the format's sink for one file of the data columns
     */
    public HivePartitionedSink(Path output, String partName, boolean append, List<String> columns, Schema schema,
            BiFunction<Path, Schema, BatchSink<?, ?>> format) {
        this.output = output.toAbsolutePath().normalize();
        this.partName = partName;
        this.append = append;
        this.columns = List.copyOf(columns);
        this.format = format;
        List<String> names = schema.getFields().stream().map(Field::getName).toList();
        partitionAt = new int[columns.size()];
        for (int i = 0; i < partitionAt.length; i++) {
            partitionAt[i] = names.indexOf(columns.get(i));
            if (partitionAt[i] < 0) {
                throw new IllegalArgumentException("no partition column '" + columns.get(i) + "' in the input; it has " + names); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        List<Field> data = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            if (!columns.contains(names.get(c))) {
                data.add(schema.getFields().get(c));
                at.add(c);
            }
        }
        if (data.isEmpty()) {
            throw new IllegalArgumentException("every column is a partition column; the files would hold none"); //$NON-NLS-1$
        }
        dataSchema = new Schema(data);
        dataAt = at.stream().mapToInt(Integer::intValue).toArray();
        keepsInputOrder = format.apply(this.output.resolve(partName), dataSchema).keepsInputOrder();
    }

    @Override
    public String describe() {
        return output.toString();
    }

    @Override
    public boolean keepsInputOrder() {
        return keepsInputOrder;
    }

    /** The staging folder (for tests and the leftovers sweep: {@code .NAME.RUN.tmp}). */
    static Path staging(Path output, String runId) {
        return output.resolveSibling("." + output.getFileName() + "." + runId + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** One partition's part file: the format sink and its global state. */
    static final class Part {
        final String folder;
        @SuppressWarnings("rawtypes")
        final BatchSink sink;
        final AutoCloseable global;

        Part(String folder, BatchSink<?, ?> sink, AutoCloseable global) {
            this.folder = folder;
            this.sink = sink;
            this.global = global;
        }
    }

    public final class Global implements AutoCloseable {
        final StepContext step;
        final Path staging;
        final Map<String, Part> parts = new LinkedHashMap<>();
        boolean committed;

        Global(StepContext step) throws IOException {
            this.step = step;
            staging = staging(output, step.run().runId());
            Leftovers.delete(staging); // a restarted run's own earlier attempt
            Files.createDirectories(staging);
        }

        synchronized Part part(List<String> values) throws Exception {
            String folder = HivePartitions.folder(columns, values);
            Part p = parts.get(folder);
            if (p == null) {
                Path file = staging.resolve(folder).resolve(partName);
                Files.createDirectories(file.getParent());
                BatchSink<?, ?> sink = format.apply(file, dataSchema);
                p = new Part(folder, sink, sink.createGlobal(step));
                parts.put(folder, p);
            }
            return p;
        }

        synchronized List<Part> parts() {
            return List.copyOf(parts.values());
        }

        @Override
        public void close() throws Exception {
            Exception first = null;
            for (Part p : parts()) {
                try {
                    p.global.close();
                } catch (Exception e) {
                    first = first == null ? e : first;
                }
            }
            if (!committed) {
                Leftovers.delete(staging);
            }
            if (first != null) {
                throw first;
            }
        }
    }

    /** One worker's local state of every part it wrote to, and its batch of one partition's rows. */
    public final class Local implements AutoCloseable {
        final Map<String, AutoCloseable> locals = new HashMap<>();
        final VectorSchemaRoot batch;

        Local(WorkerState ws) {
            batch = VectorSchemaRoot.create(dataSchema, ws.allocator());
        }

        @Override
        public void close() throws Exception {
            Exception first = null;
            for (AutoCloseable l : locals.values()) {
                try {
                    l.close();
                } catch (Exception e) {
                    first = first == null ? e : first;
                }
            }
            batch.close();
            if (first != null) {
                throw first;
            }
        }
    }

    @Override
    public Global createGlobal(StepContext step) throws IOException {
        return new Global(step);
    }

    @Override
    public Local createLocal(Global global, WorkerState ws) {
        return new Local(ws);
    }

    @SuppressWarnings("unchecked")
    @Override
    public void accept(VectorSchemaRoot in, Global global, Local local, WorkerState ws) throws Exception {
        int n = in.getRowCount();
        // rows by partition, in the order partitions first appear in the batch
        Map<List<String>, int[]> rows = new LinkedHashMap<>();
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int r = 0; r < n; r++) {
            String[] key = new String[partitionAt.length];
            for (int i = 0; i < key.length; i++) {
                key[i] = HivePartitions.text(in.getVector(partitionAt[i]), r);
            }
            List<String> k = Arrays.asList(key);
            int[] sel = rows.computeIfAbsent(k, x -> new int[16]);
            int c = counts.getOrDefault(k, 0);
            if (c == sel.length) {
                sel = Arrays.copyOf(sel, sel.length * 2);
                rows.put(k, sel);
            }
            sel[c] = r;
            counts.put(k, c + 1);
        }
        for (Map.Entry<List<String>, int[]> e : rows.entrySet()) {
            Part p = global.part(e.getKey());
            AutoCloseable l = local.locals.get(p.folder);
            if (l == null) {
                l = p.sink.createLocal(p.global, ws);
                local.locals.put(p.folder, l);
            }
            int k = counts.get(e.getKey());
            for (int c = 0; c < dataAt.length; c++) {
                Gather.column(in.getVector(dataAt[c]), e.getValue(), k, local.batch.getVector(c));
            }
            local.batch.setRowCount(k);
            p.sink.accept(local.batch, p.global, l, ws);
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    public void combine(Global global, Local local, WorkerState ws) throws Exception {
        for (Part p : global.parts()) {
            AutoCloseable l = local.locals.get(p.folder);
            if (l != null) {
                p.sink.combine(p.global, l, ws);
            }
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    public void finish(Global global, StepContext step) throws Exception {
        for (Part p : global.parts()) {
            p.sink.finish(p.global, step);
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    public void commit(Global global) throws Exception {
        for (Part p : global.parts()) {
            p.sink.commit(p.global); // renames each part within the staging folder
        }
        if (append) {
            Files.createDirectories(output);
            for (Part p : global.parts()) {
                Path target = output.resolve(p.folder).resolve(partName);
                Files.createDirectories(target.getParent());
                Files.move(global.staging.resolve(p.folder).resolve(partName), target, StandardCopyOption.ATOMIC_MOVE);
            }
            Leftovers.delete(global.staging);
        } else {
            Path old = output.resolveSibling("." + output.getFileName() + "." + global.step.run().runId() + ".old"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            boolean existed = Files.exists(output);
            if (existed) {
                Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(global.staging, output, StandardCopyOption.ATOMIC_MOVE);
            if (existed) {
                Leftovers.delete(old);
            }
        }
        global.committed = true;
    }
}
