package io.sluice.runtime.spark.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF0;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.util.LongAccumulator;

import io.sluice.model.Ports;
import io.sluice.model.Step;
import io.sluice.runtime.StepMetrics;
import io.sluice.runtime.StepState;

/**
 * Row counters of every step as Spark accumulators: rows out and rows rejected, counted once per port where the rows
 * leave the step (a source's by its scan, other steps' by a pass-through filter whose non-deterministic predicate adds
 * to the accumulator, so it stays where it is in the plan). A step's rows in are not counted again: they are the sum of
 * the ports its links read ({@link #link}), so each link costs one count per row, not two. Executors report
 * accumulator updates with every finished task, so the driver's values grow while the run goes on (live metrics) and
 * are final when the last job ends. A Dataset read by two jobs is persisted by the engine, so no row is counted twice.
 */
public final class StepCounters {
    private final SparkSession spark;
    private final Map<String, Counter> counters = new LinkedHashMap<>();

    /** The accumulators of one step. */
    public record Counter(String step, String kind, LongAccumulator out, LongAccumulator rejected,
            LongAccumulator filtered) {
    }

    public StepCounters(SparkSession spark, List<Step> steps) {
        this.spark = spark;
        for (Step s : steps) {
            counters.put(s.getId(), new Counter(s.getId(), s.eClass().getName(), acc(s, "out"), acc(s, "rejected"), acc(s, "filtered"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private LongAccumulator acc(Step s, String what) {
        return spark.sparkContext().longAccumulator("sluice:" + s.getId() + ":" + what); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public Counter of(Step step) {
        return counters.get(step.getId());
    }

    /** Records a link: the rows of {@code port} of {@code source} are rows into {@code target}. */
    public void link(Step source, String port, Step target) {
        links.computeIfAbsent(target.getId(), k -> new ArrayList<>()).add(Map.entry(source.getId(), port));
    }

    private final Map<String, List<Map.Entry<String, String>>> links = new LinkedHashMap<>();

    /** The rows into a step so far: the sum of the ports its links read. */
    private long in(Counter c) {
        long in = 0;
        for (Map.Entry<String, String> l : links.getOrDefault(c.step(), List.of())) {
            Counter from = counters.get(l.getKey());
            in += Ports.REJECTS.equals(l.getValue()) ? from.rejected().value() : from.out().value();
        }
        return in;
    }

    /** {@code ds} with every row counted as emitted on {@code port} of {@code step}. */
    public Dataset<Row> countOut(Step step, String port, Dataset<Row> ds) {
        Counter c = of(step);
        return ds.filter(counting(Ports.REJECTS.equals(port) ? c.rejected() : c.out()));
    }

    /** {@code ds}, whose int column {@code tag} is 0 for {@code out} rows and 1 for {@code rejects} rows, counted. */
    public Dataset<Row> countTagged(Step step, Dataset<Row> ds, Column tag) {
        Counter c = of(step);
        LongAccumulator out = c.out();
        LongAccumulator rejected = c.rejected();
        UserDefinedFunction f = functions.udf((UDF1<Integer, Boolean>) t -> {
            (t != null && t == 0 ? out : rejected).add(1);
            return Boolean.TRUE;
        }, DataTypes.BooleanType).asNondeterministic();
        return ds.filter(f.apply(tag));
    }

    /**
     * {@code ds} without the rows whose {@code column} is NULL, each counted as a row the step filters (a window's
     * rows without an event time).
     */
    public Dataset<Row> dropNulls(Step step, Dataset<Row> ds, Column column) {
        LongAccumulator filtered = of(step).filtered();
        UserDefinedFunction f = functions.udf((UDF1<Object, Boolean>) v -> {
            if (v == null) {
                filtered.add(1);
                return Boolean.FALSE;
            }
            return Boolean.TRUE;
        }, DataTypes.BooleanType).asNondeterministic();
        return ds.filter(f.apply(column));
    }

    /** {@code ds} with every row counted in {@code acc}. */
    public static Dataset<Row> count(LongAccumulator acc, Dataset<Row> ds) {
        return ds.filter(counting(acc));
    }

    private static Column counting(LongAccumulator acc) {
        UserDefinedFunction f = functions.udf((UDF0<Boolean>) () -> {
            acc.add(1);
            return Boolean.TRUE;
        }, DataTypes.BooleanType).asNondeterministic();
        return f.apply();
    }

    /**
     * The current values as step metrics (filtered = in − out − rejected for steps that drop rows on purpose, else
     * the rows counted by {@link #dropNulls}).
     */
    public List<StepMetrics> snapshot(Map<String, StepState> states, Map<String, Long> elapsed, java.util.Set<String> filtering) {
        List<StepMetrics> result = new ArrayList<>();
        for (Counter c : counters.values()) {
            long in = in(c);
            long out = c.out().value();
            long rej = c.rejected().value();
            StepState state = states.getOrDefault(c.step(), StepState.WAITING);
            long filtered = filtering.contains(c.step()) ? state == StepState.DONE ? Math.max(0, in - out - rej) : 0
                    : c.filtered().value();
            long ms = elapsed.getOrDefault(c.step(), 0L);
            double rate = ms <= 0 ? 0 : (out + rej) * 1000.0 / ms;
            result.add(new StepMetrics(c.step(), c.kind(), state, in, out, rej, 0, 0, 0, rate, -1, rej, ms, null, filtered));
        }
        return result;
    }
}
