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
        for (Field f : input.fields()) {
            view.put(f.name(), new ExprColumns.Cols(ExprColumns.column(f.name()), null));
        }
        List<RejectingTransform.Value> rules = new ArrayList<>();
        for (Compiled d : compiled(step, input, t::expand, (text, over) -> t.compile(step, text, over, false))) {
            Map<String, ExprColumns.Cols> current = Map.copyOf(view);
            ExprColumns.Cols c = new ExprColumns(name -> current.get(name).value()).translate(d.expr());
            view.put(d.name(), c);
            rules.add(new RejectingTransform.Value(d.name(), c, d.type(), "derivation '" + d.name() + "'")); //$NON-NLS-1$ //$NON-NLS-2$
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

    @Override
    public Map<String, TypedExpr> expressions(Derive step, ExprScope x) {
        Map<String, TypedExpr> out = new java.util.LinkedHashMap<>();
        for (Compiled d : compiled(step, x.input(step, Ports.IN), x.expand(), (text, over) -> x.compile(text, over, false))) {
            out.put(d.text(), d.expr());
        }
        return out;
    }

    /** A derivation compiled: its expression's text, its column's name and type, its checked tree. */
    private record Compiled(String text, String name, DataType type, TypedExpr expr) {
    }

    /**
     * The derivations compiled in order, each over the columns before it (a derivation may replace a column); up to the
     * first that does not compile ({@code compile} gives null).
     */
    private static List<Compiled> compiled(Derive step, Schema input, java.util.function.UnaryOperator<String> expand,
            java.util.function.BiFunction<String, Schema, TypedExpr> compile) {
        List<Compiled> out = new ArrayList<>();
        List<Field> viewFields = new ArrayList<>(input.fields());
        for (Derivation d : step.getDerivations()) {
            TypedExpr e = compile.apply(d.getExpression(), new Schema(viewFields));
            if (e == null) {
                break;
            }
            String name = expand.apply(d.getName());
            DataType type = e.type() == DataType.NULL ? DataType.STRING : e.type();
            out.add(new Compiled(d.getExpression(), name, type, e));
            Field f = new Field(name, type, e.nullable() || e.type() == DataType.NULL);
            int at = indexOf(viewFields, name);
            if (at >= 0) {
                viewFields.set(at, f);
            } else {
                viewFields.add(f);
            }
        }
        return out;
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
