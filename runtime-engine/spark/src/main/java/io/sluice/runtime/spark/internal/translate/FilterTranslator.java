package io.sluice.runtime.spark.internal.translate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;

import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.model.Filter;
import io.sluice.model.Ports;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/** Keeps the rows whose condition is TRUE; a condition that cannot be computed fails the run, as embedded. */
public final class FilterTranslator implements SparkTranslator<Filter> {
    @Override
    public Output translate(Filter step, Translation t) {
        Dataset<Row> in = t.input(step);
        ExprColumns.Cols c = new ExprColumns().translate(
                t.compile(step, step.getCondition(), t.input(step, Ports.IN), true));
        Column cond = c.value();
        if (c.error() != null) {
            cond = when(c.error().isNotNull(), raise_error(c.error()).cast("boolean")).otherwise(cond); //$NON-NLS-1$
        }
        Dataset<Row> out = t.out(step, in.filter(coalesce(cond, lit(false))));
        return Output.of(Map.of(Ports.OUT, out));
    }

    @Override
    public Map<String, io.sluice.expression.TypedExpr> expressions(Filter step, ExprScope x) {
        io.sluice.expression.TypedExpr e = step.getCondition() == null ? null
                : x.compile(step.getCondition(), x.input(step, Ports.IN), true);
        return e == null ? Map.of() : Map.of(step.getCondition(), e);
    }
}
