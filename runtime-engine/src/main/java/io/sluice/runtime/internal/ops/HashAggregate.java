package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.exec.BlockingOperator;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.runtime.internal.types.ColType;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Hash aggregation: every worker aggregates its morsels into a local table (partial aggregation), merges it
 * into the global table once in {@code combine}; the result source then emits the groups. Without group keys
 * the result is exactly one row, also for empty input.
 */
public final class HashAggregate implements BlockingOperator<HashAggregate.State> {
    /** One aggregate: function, input column index (-1 for COUNT_ALL) and output name. */
    public record Agg(AggFunction fn, int input, String name) {
    }

    private final int[] groupCols;
    private final ColType[] keyTypes;
    private final List<Agg> aggs;
    private final List<Accumulator> prototypes = new ArrayList<>();
    private final Schema outputSchema;

    public HashAggregate(Schema input, int[] groupCols, List<Agg> aggs) {
        this.groupCols = groupCols.clone();
        this.aggs = List.copyOf(aggs);
        this.keyTypes = new ColType[groupCols.length];
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < groupCols.length; i++) {
            Field f = input.getFields().get(groupCols[i]);
            keyTypes[i] = ColType.of(f);
            fields.add(f);
        }
        for (Agg a : aggs) {
            ColType in = a.input() < 0 ? null : ColType.of(input.getFields().get(a.input()));
            if (a.fn() != AggFunction.COUNT_ALL && in == null) {
                throw new IllegalArgumentException(a.fn() + " needs an input column"); //$NON-NLS-1$
            }
            if ((a.fn() == AggFunction.SUM || a.fn() == AggFunction.AVG) && in != null && !in.isNumeric()) {
                throw new IllegalArgumentException(a.fn() + " needs a numeric column, " + a.name() + " is " + in); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Accumulator acc = new Accumulator(a.fn(), in);
            prototypes.add(acc);
            boolean nullable = a.fn().nullable();
            fields.add(acc.out.field(a.name(), nullable));
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

    /** Global state: the merged table (guarded by itself). */
    public final class State implements AutoCloseable {
        final Table table = new Table();

        @Override
        public void close() {
        }
    }

    /** Per worker: the partial table. */
    public final class Local implements AutoCloseable {
        final Table table = new Table();

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
                local.table.add(in);
            }

            @Override
            public void combine(State global, Local local, WorkerState ws) {
                synchronized (global) {
                    global.table.merge(local.table);
                }
            }

            @Override
            public void finish(State global, StepContext step) {
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
        public int maxThreads(Cursor global) {
            return 1;
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
