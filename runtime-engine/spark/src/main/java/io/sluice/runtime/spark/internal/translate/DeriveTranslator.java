package io.sluice.runtime.spark.internal.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sluice.expression.TypedExpr;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Derivation;
import io.sluice.model.Derive;
import io.sluice.model.Ports;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * Derivations in order, each seeing the columns before it (a derivation may replace a column); a row whose value
 * cannot be computed goes to {@code rejects} with rule {@code derivation 'name'}, as embedded.
 */
public final class DeriveTranslator implements SparkTranslator<Derive> {
    @Override
    public Output translate(Derive step, Translation t) {
        Schema input = t.input(step, Ports.IN);
        Map<String, ExprColumns.Cols> view = new HashMap<>();
        List<Field> viewFields = new ArrayList<>(input.fields());
        for (Field f : input.fields()) {
            view.put(f.name(), new ExprColumns.Cols(ExprColumns.column(f.name()), null));
        }
        List<RejectingTransform.Value> rules = new ArrayList<>();
        for (Derivation d : step.getDerivations()) {
            TypedExpr e = t.compile(step, d.getExpression(), new Schema(viewFields), false);
            Map<String, ExprColumns.Cols> current = Map.copyOf(view);
            ExprColumns.Cols c = new ExprColumns(name -> current.get(name).value()).translate(e);
            String name = t.expand(d.getName());
            DataType type = e.type() == DataType.NULL ? DataType.STRING : e.type();
            view.put(name, c);
            rules.add(new RejectingTransform.Value(name, c, type, "derivation '" + name + "'")); //$NON-NLS-1$ //$NON-NLS-2$
            Field f = new Field(name, type, e.nullable() || e.type() == DataType.NULL);
            int at = indexOf(viewFields, name);
            if (at >= 0) {
                viewFields.set(at, f);
            } else {
                viewFields.add(f);
            }
        }
        // the output: the model's columns, each the last value of its name; errors of every derivation count
        Schema out = t.output(step, Ports.OUT);
        List<RejectingTransform.Value> outputs = new ArrayList<>();
        for (Field f : out.fields()) {
            outputs.add(new RejectingTransform.Value(f.name(), new ExprColumns.Cols(view.get(f.name()).value(), null), f.type(), null));
        }
        List<RejectingTransform.Value> all = new ArrayList<>(outputs);
        for (RejectingTransform.Value r : rules) {
            if (r.cols().error() != null) {
                all.add(new RejectingTransform.Value("_check_" + all.size(), new ExprColumns.Cols( //$NON-NLS-1$
                        org.apache.spark.sql.functions.lit(null), r.cols().error()), DataType.STRING, r.rule()));
            }
        }
        return RejectingTransform.of(step, t, t.input(step), input, all, outputs.size());
    }

    private static int indexOf(List<Field> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
