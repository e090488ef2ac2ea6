package io.sluice.runtime.spark.internal.translate;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.sum;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;

import io.sluice.expression.semantics.Decimals;
import io.sluice.expression.types.TypeRules;

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
        List<Column> aggs = aggregations(step.getAggregations(), in.schema());
        Dataset<Row> grouped = keys.isEmpty() ? in.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new))
                : in.groupBy(keys.toArray(Column[]::new)).agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
        Dataset<Row> out = t.out(step, Translation.conform(grouped, t.output(step, Ports.OUT)));
        return Output.of(Map.of(Ports.OUT, out));
    }

    /** Each aggregation as a Spark aggregate column named as the model names its output; {@code in}: the input's columns. */
    static List<Column> aggregations(List<Aggregation> aggregations, StructType in) {
        List<Column> aggs = new ArrayList<>();
        for (Aggregation a : aggregations) {
            Column c = a.getColumn() == null || a.getColumn().isBlank() ? null : ExprColumns.column(a.getColumn());
            DecimalType decimal = c != null && in.apply(a.getColumn()).dataType() instanceof DecimalType d ? d : null;
            Column agg = switch (a.getFunction()) {
                case SUM -> decimal != null ? decimalSum(c, decimal) : sum(c);
                case AVG -> decimal != null ? decimalAvg(c, decimal) : avg(c);
                case COUNT -> count(c);
                case COUNT_ALL -> count(lit(1));
                case MIN -> min(c);
                case MAX -> max(c);
                case COUNT_DISTINCT -> count_distinct(c);
            };
            aggs.add(agg.as(SchemaPropagator.outputName(a)));
        }
        return aggs;
    }

    /**
     * SUM of DECIMAL(p,s) as Sluice gives it: DECIMAL(38,s) (Spark's own is DECIMAL(p+10,s)), and a sum beyond 38 digits
     * fails the run naming it, as the embedded accumulator does (Spark without ANSI mode would give NULL).
     */
    private static Column decimalSum(Column c, DecimalType in) {
        io.sluice.expression.types.DataType out = TypeRules.sum(io.sluice.expression.types.DataType.decimal(in.precision(), in.scale()));
        Column s = sum(c.cast(ExprColumns.sparkType(out)));
        return when(s.isNull().and(count(c).gt(0)), raise_error(lit(Decimals.overflowMessage("sum", out)))).otherwise(s); //$NON-NLS-1$
    }

    /**
     * AVG of DECIMAL(p,s) as Sluice gives it: the exact sum divided by the count, rounded half away from zero once, to
     * DECIMAL(38, max(s,6)) (Spark's own avg has scale s+4 and rounds its intermediate division under its precision-loss
     * rules, so a second rounding could differ).
     */
    private static Column decimalAvg(Column c, DecimalType in) {
        io.sluice.expression.types.DataType type = io.sluice.expression.types.DataType.decimal(in.precision(), in.scale());
        io.sluice.expression.types.DataType sumType = TypeRules.sum(type);
        io.sluice.expression.types.DataType out = TypeRules.avg(type);
        Column s = sum(c.cast(ExprColumns.sparkType(sumType)));
        int scale = out.scale();
        UserDefinedFunction divide = functions.udf((UDF2<BigDecimal, Long, BigDecimal>) (total, n) -> total == null || n == 0 ? null
                : total.divide(BigDecimal.valueOf(n), scale, RoundingMode.HALF_UP), ExprColumns.sparkType(out));
        Column avg = divide.apply(s, count(c));
        return when(s.isNull().and(count(c).gt(0)), raise_error(lit(Decimals.overflowMessage("avg's sum", sumType)))) //$NON-NLS-1$
                .otherwise(avg);
    }
}
