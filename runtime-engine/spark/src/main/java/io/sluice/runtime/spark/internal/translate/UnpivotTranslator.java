package io.sluice.runtime.spark.internal.translate;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Ports;
import io.sluice.model.Unpivot;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * Columns to rows, as the embedded {@code UnpivotOperator}: each input row becomes one row per listed column, in the
 * listed order, with the column's name and its value widened to the listed columns' common type (the model's output
 * type); a NULL value gives no row unless {@code includeNulls}. An array of (name, value) structs, exploded.
 */
public final class UnpivotTranslator implements SparkTranslator<Unpivot> {
    private static final String ENTRY = "_sluice_entry"; //$NON-NLS-1$

    @Override
    public Output translate(Unpivot step, Translation t) {
        Dataset<Row> in = t.input(step);
        Schema out = t.output(step, Ports.OUT);
        org.apache.spark.sql.types.DataType type = ExprColumns.sparkType(out.field(step.getValueColumn()).orElseThrow().type());
        List<Column> entries = new ArrayList<>();
        for (String c : step.getColumns()) {
            entries.add(struct(lit(c).as("n"), ExprColumns.column(c).cast(type).as("v"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Dataset<Row> rows = in.select(col("*"), explode(array(entries.toArray(Column[]::new))).as(ENTRY)); //$NON-NLS-1$
        if (!step.isIncludeNulls()) {
            rows = rows.filter(col(ENTRY).getField("v").isNotNull()); //$NON-NLS-1$
        }
        List<Column> cols = new ArrayList<>();
        for (Field f : out.fields()) {
            if (f.name().equals(step.getNameColumn())) {
                cols.add(col(ENTRY).getField("n").as(f.name())); //$NON-NLS-1$
            } else if (f.name().equals(step.getValueColumn())) {
                cols.add(col(ENTRY).getField("v").as(f.name())); //$NON-NLS-1$
            } else {
                cols.add(ExprColumns.column(f.name()));
            }
        }
        Dataset<Row> result = t.out(step, Translation.conform(rows.select(cols.toArray(Column[]::new)), out));
        return Output.of(Map.of(Ports.OUT, result));
    }
}
