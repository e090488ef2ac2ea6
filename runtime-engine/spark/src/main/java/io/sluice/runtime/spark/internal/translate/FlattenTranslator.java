package io.sluice.runtime.spark.internal.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.expression.types.Field;
import io.sluice.model.Flatten;
import io.sluice.model.Ports;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * A struct column's fields to columns in its place, named prefix + field name ({@code select("s.*")} with the prefix):
 * where the struct is NULL every field is NULL, as embedded.
 */
public final class FlattenTranslator implements SparkTranslator<Flatten> {
    @Override
    public Output translate(Flatten step, Translation t) {
        Dataset<Row> in = t.input(step);
        Field struct = t.input(step, Ports.IN).field(step.getColumn()).orElseThrow();
        String prefix = step.getPrefix() == null ? "" : step.getPrefix(); //$NON-NLS-1$
        List<Column> cols = new ArrayList<>();
        for (Field f : t.input(step, Ports.IN).fields()) {
            if (f != struct) {
                cols.add(ExprColumns.column(f.name()));
                continue;
            }
            for (Field child : struct.type().children()) {
                cols.add(ExprColumns.column(f.name()).getField(child.name()).as(prefix + child.name()));
            }
        }
        Dataset<Row> out = t.out(step, Translation.conform(in.select(cols.toArray(Column[]::new)), t.output(step, Ports.OUT)));
        return Output.of(Map.of(Ports.OUT, out));
    }
}
