package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.types.Types;
import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.exec.BlockingOperator;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.expression.types.DataType;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Hash aggregation: every worker aggregates each morsel into a partial table of its own (partial aggregation);
 * {@code finish} merges the partials in morsel order, so the result does not depend on which worker took which
 * morsel; the result source then emits the groups. Without group keys
 * the result is exactly one row, also for empty input.
 */
public final class HashAggregate implements BlockingOperator<HashAggregate.State> {
    /** One aggregate: function, input column index (-1 for COUNT_ALL) and output name. */
    public record Agg(AggFunction fn, int input, String name) {
    }

    private final int[] groupCols;
    private final DataType[] keyTypes;
    private final List<Agg> aggs;
    private final List<Accumulator> prototypes = new ArrayList<>();
    private final Schema outputSchema;

    public HashAggregate(Schema input, int[] groupCols, List<Agg> aggs) {
        this.groupCols = groupCols.clone();
        this.aggs = List.copyOf(aggs);
        this.keyTypes = new DataType[groupCols.length];
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < groupCols.length; i++) {
            Field f = input.getFields().get(groupCols[i]);
            keyTypes[i] = Types.of(f);
            fields.add(f);
        }
        for (Agg a : aggs) {
            DataType in = a.input() < 0 ? null : Types.of(input.getFields().get(a.input()));
            if (a.fn() != AggFunction.COUNT_ALL && in == null) {
                throw new IllegalArgumentException(a.fn() + " needs an input column"); //$NON-NLS-1$
            }
            if ((a.fn() == AggFunction.SUM || a.fn() == AggFunction.AVG) && in != null && !in.isNumeric()) {
                throw new IllegalArgumentException(a.fn() + " needs a numeric column, " + a.name() + " is " + in); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Accumulator acc = new Accumulator(a.fn(), in);
            prototypes.add(acc);
            boolean nullable = a.fn().nullable();
            fields.add(Types.field(acc.out, a.name(), nullable));
        }
        this.outputSchema = new Schema(fields);
    }

    @Override
    public Schema outputSchema() {
        return outputSchema;
    }

    /** A hash table of groups and their accumulators. */
    public final class Table {
        final GroupKeys keys = new GroupKeys(keyTypes);
        final List<Accumulator> accs = new ArrayList<>();
        int[] gids = new int[0];

        Table() {
            for (Accumulator p : prototypes) {
                accs.add(p.fresh());
            }
        }

        void add(VectorSchemaRoot in) {
            int n = in.getRowCount();
            if (gids.length < n) {
                gids = new int[n];
            }
            FieldVector[] kv = new FieldVector[groupCols.length];
            for (int i = 0; i < kv.length; i++) {
                kv[i] = in.getVector(groupCols[i]);
            }
            keys.groupIds(kv, n, gids);
            for (int a = 0; a < accs.size(); a++) {
                Accumulator acc = accs.get(a);
                acc.ensure(keys.size());
                int col = aggs.get(a).input();
                acc.update(col < 0 ? null : in.getVector(col), gids, n);
            }
        }

        void merge(Table local) {
            int n = local.keys.size();
            for (int g = 0; g < n; g++) {
                int to = keys.findOrInsert(local.keys, g);
                for (int a = 0; a < accs.size(); a++) {
                    accs.get(a).ensure(keys.size());
                    accs.get(a).merge(local.accs.get(a), g, to);
                }
            }
        }
    }

    /**
     * Global state: the merged table, and until {@code finish} the workers' partial tables (guarded by the state).
     * Partials are kept per morsel ({@link WorkerState#morsel()}) and merged in morsel order, so that floating-point
     * sums and the order of the groups come out the same for the same input, whatever the thread timing; partials of
     * a source without morsel positions (one worker, or a queue) are merged in worker order after them.
     */
    public final class State implements AutoCloseable {
        final Table table = new Table();
        final java.util.TreeMap<Long, Table> byMorsel = new java.util.TreeMap<>();
        final java.util.TreeMap<Integer, Table> byWorker = new java.util.TreeMap<>();

        @Override
        public void close() {
        }
    }

    /** Per worker: a partial table per morsel it processed (and one for batches without a morsel position). */
    public final class Local implements AutoCloseable {
        final java.util.HashMap<Long, Table> byMorsel = new java.util.HashMap<>();
        Table unkeyed;
        Table current;
        long currentMorsel = Long.MIN_VALUE;

        Table table(long morsel) {
            if (morsel != currentMorsel || current == null) {
                currentMorsel = morsel;
                if (morsel < 0) {
                    if (unkeyed == null) {
                        unkeyed = new Table();
                    }
                    current = unkeyed;
                } else {
                    current = byMorsel.computeIfAbsent(morsel, k -> new Table());
                }
            }
            return current;
        }

        @Override
        public void close() {
        }
    }

    @Override
    public BatchSink<State, ?> sink() {
        return new BatchSink<State, Local>() {
            @Override
            public State createGlobal(StepContext step) {
                return new State();
            }

            @Override
            public Local createLocal(State global, WorkerState ws) {
                return new Local();
            }

            @Override
            public void accept(VectorSchemaRoot in, State global, Local local, WorkerState ws) {
                local.table(ws.morsel()).add(in);
            }

            @Override
            public void combine(State global, Local local, WorkerState ws) {
                synchronized (global) {
                    global.byMorsel.putAll(local.byMorsel);
                    if (local.unkeyed != null) {
                        global.byWorker.put(ws.index(), local.unkeyed);
                    }
                }
            }

            @Override
            public void finish(State global, StepContext step) {
                synchronized (global) {
                    for (Table t : global.byMorsel.values()) {
                        global.table.merge(t);
                    }
                    for (Table t : global.byWorker.values()) {
                        global.table.merge(t);
                    }
                    global.byMorsel.clear();
                    global.byWorker.clear();
                }
                if (groupCols.length == 0 && global.table.keys.size() == 0) {
                    // one row for the empty input: COUNT 0, other aggregates NULL
                    try (VectorSchemaRoot none = VectorSchemaRoot.create(new Schema(List.of()), step.allocator())) {
                        none.setRowCount(1);
                        Table t = global.table;
                        t.keys.groupIds(new FieldVector[0], 1, new int[1]);
                        for (Accumulator acc : t.accs) {
                            acc.ensure(1);
                        }
                    }
                }
            }
        };
    }

    @Override
    public BatchSource<?, ?> resultSource(State state) {
        return new TableSource(state.table);
    }

    /** Emits the groups of a finished table, one batch at a time, on one worker. */
    private final class TableSource implements BatchSource<TableSource.Cursor, AutoCloseable> {
        private final Table table;

        TableSource(Table table) {
            this.table = table;
        }

        final class Cursor implements AutoCloseable {
            int next;

            @Override
            public void close() {
            }
        }

        @Override
        public Schema schema() {
            return outputSchema;
        }

        @Override
        public Cursor createGlobal(StepContext step) {
            return new Cursor();
        }

        @Override
        public AutoCloseable createLocal(Cursor global, WorkerState ws) {
            return () -> {
            };
        }

        @Override
        public boolean next(Cursor global, AutoCloseable local, VectorSchemaRoot out, WorkerState ws) {
            int size = table.keys.size();
            if (global.next >= size) {
                return false;
            }
            int from = global.next;
            int n = Math.min(ws.run().options().batchRows(), size - from);
            for (int k = 0; k < groupCols.length; k++) {
                table.keys.decode(k, from, n, out.getVector(k));
            }
            for (int a = 0; a < table.accs.size(); a++) {
                table.accs.get(a).write(out.getVector(groupCols.length + a), from, n);
            }
            out.setRowCount(n);
            global.next = from + n;
            return true;
        }
    }
}
