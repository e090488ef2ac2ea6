package io.sluice.runtime.spark.internal.translate;

import java.util.ArrayList;
import java.util.List;

import io.sluice.expression.Span;
import io.sluice.expression.TypedExpr;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Ports;
import io.sluice.model.Select;
import io.sluice.model.SelectColumn;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/** Keeps, renames and casts columns; a value that does not cast goes to {@code rejects} ("cast of column 'x'"). */
public final class SelectTranslator implements SparkTranslator<Select> {
    @Override
    public Output translate(Select step, Translation t) {
        Schema input = t.input(step, Ports.IN);
        Schema out = t.output(step, Ports.OUT);
        List<RejectingTransform.Value> values = new ArrayList<>();
        int i = 0;
        for (SelectColumn c : step.getColumns()) {
            Field f = RejectingTransform.field(input, c.getColumn());
            Field target = out.fields().get(i++);
            TypedExpr e = new TypedExpr.Column(f.name(), input.fields().indexOf(f), f.type(), f.nullable(), Span.NONE);
            if (c.getCast() != null && !c.getCast().isBlank()) {
                DataType to = DataType.fromName(t.expand(c.getCast())).orElseThrow();
                e = new TypedExpr.Cast(e, to, false, true, Span.NONE);
            }
            values.add(new RejectingTransform.Value(target.name(), new ExprColumns().translate(e), target.type(),
                    "cast of column '" + target.name() + "'")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return RejectingTransform.of(step, t, t.input(step), input, values);
    }
}
