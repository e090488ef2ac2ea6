package io.sluice.runtime.spark.internal.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.expression.Span;
import io.sluice.expression.TypedExpr;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Ports;
import io.sluice.model.Union;
import io.sluice.model.UnionMode;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/** All rows of all inputs, matched by name or position and widened to the model's output types. */
public final class UnionTranslator implements SparkTranslator<Union> {
    @Override
    public Output translate(Union step, Translation t) {
        Schema out = t.output(step, Ports.OUT);
        List<Dataset<Row>> ins = t.inputs(step, Ports.IN);
        List<Schema> schemas = t.inputSchemas(step, Ports.IN); // the model's types (FIXED_BINARY's width, TIME's unit)
        Dataset<Row> all = null;
        for (int i = 0; i < ins.size(); i++) {
            Schema s = schemas.get(i);
            List<Column> cols = new ArrayList<>();
            for (int c = 0; c < out.fields().size(); c++) {
                Field target = out.fields().get(c);
                int from = step.getMode() == UnionMode.BY_POSITION ? c : JoinTranslator.index(s, target.name());
                Field f = s.fields().get(from);
                TypedExpr e = new TypedExpr.Column(f.name(), from, f.type(), f.nullable(), Span.NONE);
                if (f.type() != target.type()) {
                    e = new TypedExpr.Cast(e, target.type(), true, f.nullable(), Span.NONE);
                }
                cols.add(new ExprColumns().translate(e).value().as(target.name()));
            }
            Dataset<Row> d = ins.get(i).select(cols.toArray(Column[]::new));
            all = all == null ? d : all.unionAll(d);
        }
        Dataset<Row> result = t.out(step, all);
        return Output.of(Map.of(Ports.OUT, result));
    }
}
