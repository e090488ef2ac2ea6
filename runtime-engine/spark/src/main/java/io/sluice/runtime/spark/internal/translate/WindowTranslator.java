package io.sluice.runtime.spark.internal.translate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.timestamp_micros;
import static org.apache.spark.sql.functions.unix_micros;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.model.Durations;
import io.sluice.model.Ports;
import io.sluice.model.Window;
import io.sluice.model.WindowKind;
import io.sluice.runtime.internal.ops.WindowAssign;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * Event-time windows with the embedded {@link WindowAssign}'s semantics: windows aligned to the epoch, a tumbling
 * window of size S holds [k·S, (k+1)·S), sliding windows of size S every D start at multiples of D and a row belongs
 * to every one that covers it; rows whose event time is NULL belong to no window and are counted as filtered by
 * the step. Then the aggregate of each (window_start, window_end, keys…) group, as the aggregate step's.
 */
public final class WindowTranslator implements SparkTranslator<Window> {
    private static final String K = "_sluice_window_k"; //$NON-NLS-1$
    private static final String START_US = "_sluice_window_start_us"; //$NON-NLS-1$

    @Override
    public Output translate(Window step, Translation t) {
        long size = micros(t, step.getSize(), "size", step); //$NON-NLS-1$
        long slide = step.getWindowKind() == WindowKind.SLIDING && step.getSlide() != null && !step.getSlide().isBlank()
                ? micros(t, step.getSlide(), "slide", step) //$NON-NLS-1$
                : size;
        Column time = ExprColumns.column(step.getEventTimeColumn());
        Dataset<Row> in = t.counters().dropNulls(step, t.input(step), time);
        Column ts = unix_micros(time.cast(org.apache.spark.sql.types.DataTypes.TimestampType)); // a local date-time read as UTC
        Column last = ts.minus(pmod(ts, lit(slide))); // the latest window start <= ts (floorDiv, also before 1970)
        int per = (int) ((size + slide - 1) / slide);
        Column start = last;
        if (per > 1) { // every window covering ts: last, last - slide, … while start > ts - size
            in = in.withColumn(K, explode(sequence(lit(0L), lit((long) per - 1))));
            start = last.minus(col(K).multiply(lit(slide)));
        }
        Dataset<Row> assigned = in.withColumn(START_US, start).filter(col(START_US).gt(ts.minus(lit(size))));
        Column startUs = col(START_US);
        assigned = assigned.withColumn(WindowAssign.END, timestamp_micros(startUs.plus(lit(size))))
                .withColumn(WindowAssign.START, timestamp_micros(startUs));
        List<Column> keys = new ArrayList<>();
        keys.add(col(WindowAssign.START));
        keys.add(col(WindowAssign.END));
        for (String k : step.getGroupKeys()) {
            keys.add(ExprColumns.column(k));
        }
        List<Column> aggs = AggregateTranslator.aggregations(step.getAggregations(), assigned.schema());
        Dataset<Row> grouped = assigned.groupBy(keys.toArray(Column[]::new)).agg(aggs.get(0),
                aggs.subList(1, aggs.size()).toArray(Column[]::new));
        Dataset<Row> out = t.out(step, Translation.conform(grouped, t.output(step, Ports.OUT)));
        return Output.of(Map.of(Ports.OUT, out));
    }

    private static long micros(Translation t, String text, String what, Window step) {
        java.time.Duration d = Durations.parse(t.expand(text)).orElseThrow(
                () -> new IllegalArgumentException(what + " '" + text + "' of " + step.getId() + " is not a duration")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return d.toNanos() / 1000;
    }
}
