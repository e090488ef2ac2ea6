package io.sluice.runtime.spark.internal.translate;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.model.Aggregate;
import io.sluice.model.Aggregation;
import io.sluice.model.Ports;
import io.sluice.model.schema.SchemaPropagator;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/** Group by the keys (nulls form one group) and aggregate; types as the model's output schema says. */
public final class AggregateTranslator implements SparkTranslator<Aggregate> {
    @Override
    public Output translate(Aggregate step, Translation t) {
        Dataset<Row> in = t.input(step);
        List<Column> keys = new ArrayList<>();
        for (String k : step.getGroupKeys()) {
            keys.add(ExprColumns.column(k));
        }
        List<Column> aggs = aggregations(step.getAggregations());
        Dataset<Row> grouped = keys.isEmpty() ? in.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new))
                : in.groupBy(keys.toArray(Column[]::new)).agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
        Dataset<Row> out = t.out(step, Translation.conform(grouped, t.output(step, Ports.OUT)));
        return Output.of(Map.of(Ports.OUT, out));
    }

    /** Each aggregation as a Spark aggregate column named as the model names its output. */
    static List<Column> aggregations(List<Aggregation> aggregations) {
        List<Column> aggs = new ArrayList<>();
        for (Aggregation a : aggregations) {
            Column c = a.getColumn() == null || a.getColumn().isBlank() ? null : ExprColumns.column(a.getColumn());
            Column agg = switch (a.getFunction()) {
                case SUM -> sum(c);
                case COUNT -> count(c);
                case COUNT_ALL -> count(lit(1));
                case MIN -> min(c);
                case MAX -> max(c);
                case AVG -> avg(c);
                case COUNT_DISTINCT -> count_distinct(c);
            };
            aggs.add(agg.as(SchemaPropagator.outputName(a)));
        }
        return aggs;
    }
}
