package io.sluice.runtime.spark.internal.translate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.posexplode_outer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

import io.sluice.expression.types.Field;
import io.sluice.model.Ports;
import io.sluice.model.Unnest;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * A list column to rows, as the embedded {@code UnnestOperator}: {@code posexplode} gives one row per element in list
 * order, the element in the list column's place and the position (Spark's is 0-based, Sluice's 1-based INT64) as the
 * last column; an empty or NULL list gives no row, or with {@code keepEmpty} ({@code posexplode_outer}) one row with
 * NULL element and position.
 */
public final class UnnestTranslator implements SparkTranslator<Unnest> {
    private static final String POS = "_sluice_pos"; //$NON-NLS-1$
    private static final String ELEMENT = "_sluice_element"; //$NON-NLS-1$

    @Override
    public Output translate(Unnest step, Translation t) {
        Dataset<Row> in = t.input(step);
        Column list = ExprColumns.column(step.getColumn());
        Column exploded = (step.isKeepEmpty() ? posexplode_outer(list) : posexplode(list)).as(new String[] { POS, ELEMENT });
        Dataset<Row> rows = in.select(col("*"), exploded); //$NON-NLS-1$
        String position = step.getPositionColumn() == null || step.getPositionColumn().isBlank() ? null : step.getPositionColumn();
        List<Column> cols = new ArrayList<>();
        for (Field f : t.output(step, Ports.OUT).fields()) {
            if (f.name().equals(step.getColumn())) {
                cols.add(col(ELEMENT).as(f.name()));
            } else if (f.name().equals(position)) {
                cols.add(col(POS).cast(DataTypes.LongType).plus(1).as(f.name()));
            } else {
                cols.add(ExprColumns.column(f.name()));
            }
        }
        Dataset<Row> out = t.out(step, Translation.conform(rows.select(cols.toArray(Column[]::new)), t.output(step, Ports.OUT)));
        return Output.of(Map.of(Ports.OUT, out));
    }
}
