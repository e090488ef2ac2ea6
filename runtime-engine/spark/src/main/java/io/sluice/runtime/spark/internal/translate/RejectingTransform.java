package io.sluice.runtime.spark.internal.translate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Ports;
import io.sluice.model.Step;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator.Output;
import io.sluice.runtime.spark.internal.Translation;

/**
 * A row-wise transform whose values can fail (derive, select with casts): the rows with an error go to the
 * {@code rejects} port with every input column as text, the rule at fault (the first failing one, as embedded)
 * and its reason.
 */
final class RejectingTransform {
    /** One computed output value and the rule it belongs to. */
    record Value(String name, ExprColumns.Cols cols, DataType type, String rule) {
    }

    private RejectingTransform() {
    }

    static Output of(Step step, Translation t, Dataset<Row> in, Schema input, List<Value> outputs) {
        return of(step, t, in, input, outputs, outputs.size());
    }

    /** The first {@code visible} values are the output's columns; the others only check for errors. */
    static Output of(Step step, Translation t, Dataset<Row> in, Schema input, List<Value> outputs, int visible) {
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < input.fields().size(); i++) {
            cols.add(ExprColumns.column(input.fields().get(i).name()).as("i" + i)); //$NON-NLS-1$
        }
        Column rule = null;
        Column reason = null;
        for (int i = 0; i < outputs.size(); i++) {
            Value v = outputs.get(i);
            cols.add(v.cols().value().cast(ExprColumns.sparkType(v.type())).as("o" + i)); //$NON-NLS-1$
            if (v.cols().error() != null) {
                rule = rule == null ? when(v.cols().error().isNotNull(), lit(v.rule()))
                        : rule.when(v.cols().error().isNotNull(), lit(v.rule()));
                reason = reason == null ? v.cols().error() : coalesce(reason, v.cols().error());
            }
        }
        boolean rejecting = step.outputPorts().contains(Ports.REJECTS);
        cols.add((rule == null ? lit(null).cast(DataTypes.StringType) : rule).as("_rule")); //$NON-NLS-1$
        cols.add((reason == null ? lit(null).cast(DataTypes.StringType) : reason).as("_reason")); //$NON-NLS-1$
        Dataset<Row> base = in.select(cols.toArray(Column[]::new));
        if (!rejecting) {
            base = base.filter(when(col("_reason").isNotNull(), functions.raise_error(col("_reason")).cast("boolean")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .otherwise(lit(true)));
        }
        base = t.counters().countTagged(step, base, when(col("_reason").isNull(), lit(0)).otherwise(lit(1))); //$NON-NLS-1$
        base = t.shared(step, base);
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < visible; i++) {
            out.add(col("o" + i).as(outputs.get(i).name())); //$NON-NLS-1$
        }
        Dataset<Row> good = base.filter(col("_reason").isNull()).select(out.toArray(Column[]::new)); //$NON-NLS-1$
        if (!rejecting) {
            return Output.of(Map.of(Ports.OUT, good));
        }
        Schema rej = t.output(step, Ports.REJECTS);
        List<Column> r = new ArrayList<>();
        for (int i = 0; i < input.fields().size(); i++) {
            r.add(text(col("i" + i), input.fields().get(i).type()).as(rej.fields().get(i).name())); //$NON-NLS-1$
        }
        int m = input.fields().size();
        r.add(col("_rule").as(rej.fields().get(m).name())); //$NON-NLS-1$
        r.add(col("_reason").as(rej.fields().get(m + 1).name())); //$NON-NLS-1$
        r.add(lit(step.getId()).as(rej.fields().get(m + 2).name()));
        r.add(lit(t.runId()).as(rej.fields().get(m + 3).name()));
        Dataset<Row> bad = base.filter(col("_reason").isNotNull()).select(r.toArray(Column[]::new)); //$NON-NLS-1$
        return Output.of(Map.of(Ports.OUT, good, Ports.REJECTS, bad));
    }

    /** A value as the embedded rejects show it (MaskOperator.text: Java's toString, timestamps and times as the CSV sink writes them in their unit, bytes as hex). */
    static Column text(Column c, DataType type) {
        return switch (type.id()) {
            case TIMESTAMP -> functions.udf((UDF1<Object, String>) x -> x == null ? null // an Instant, or a LocalDateTime
                    : io.sluice.expression.types.TemporalValues.appendTimestamp(new StringBuilder(30),
                            io.sluice.expression.types.TemporalValues.toStored(x, type), type.timePrecision()).toString(),
                    DataTypes.StringType).apply(c);
            case BINARY, FIXED_BINARY -> functions.hex(c); // upper-case hex digits, as NestedRules.hex
            case TIME -> functions.udf((UDF1<Long, String>) x -> x == null ? null // Spark's long of the unit
                    : io.sluice.expression.types.TemporalValues.appendTime(new StringBuilder(18), x, type.timePrecision()).toString(),
                    DataTypes.StringType).apply(c);
            case FLOAT64 -> functions.udf((UDF1<Double, String>) d -> d == null ? null : Double.toString(d),
                    DataTypes.StringType).apply(c);
            // Java's toString of the embedded vector's value (Byte, Short, Float, BigDecimal), not Spark's cast
            case INT8, INT16, FLOAT32, DECIMAL -> functions.udf((UDF1<Object, String>) x -> x == null ? null : x.toString(),
                    DataTypes.StringType).apply(c);
            default -> c.cast(DataTypes.StringType);
        };
    }

    /** The fields of a schema by name. */
    static Field field(Schema s, String name) {
        for (Field f : s.fields()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no column '" + name + "'"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
