package io.sluice.runtime.spark.internal.translate;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.expression.types.Schema;
import io.sluice.model.Join;
import io.sluice.model.Ports;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * An equi-join (null keys match nothing); the output is every left column, then every right column, named as the
 * model's schema propagation names them.
 */
public final class JoinTranslator implements SparkTranslator<Join> {
    @Override
    public Output translate(Join step, Translation t) {
        Schema ls = t.input(step, Ports.LEFT);
        Schema rs = t.input(step, Ports.RIGHT);
        Dataset<Row> left = t.inputs(step, Ports.LEFT).get(0).select(aliased(ls, "l")); //$NON-NLS-1$
        Dataset<Row> right = t.inputs(step, Ports.RIGHT).get(0).select(aliased(rs, "r")); //$NON-NLS-1$
        Column on = null;
        for (int i = 0; i < step.getLeftKeys().size(); i++) {
            Column eq = col("l" + index(ls, step.getLeftKeys().get(i))).equalTo(col("r" + index(rs, step.getRightKeys().get(i)))); //$NON-NLS-1$ //$NON-NLS-2$
            on = on == null ? eq : on.and(eq);
        }
        String kind = switch (step.getKind()) {
            case INNER -> "inner"; //$NON-NLS-1$
            case LEFT -> "left_outer"; //$NON-NLS-1$
            case RIGHT -> "right_outer"; //$NON-NLS-1$
            case FULL -> "full_outer"; //$NON-NLS-1$
        };
        Dataset<Row> joined = left.join(right, on, kind);
        Schema out = t.output(step, Ports.OUT);
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < out.fields().size(); i++) {
            String from = i < ls.fields().size() ? "l" + i : "r" + (i - ls.fields().size()); //$NON-NLS-1$ //$NON-NLS-2$
            cols.add(col(from).cast(ExprColumns.sparkType(out.fields().get(i).type())).as(out.fields().get(i).name()));
        }
        Dataset<Row> result = t.out(step, joined.select(cols.toArray(Column[]::new)));
        return Output.of(Map.of(Ports.OUT, result));
    }

    private static Column[] aliased(Schema s, String prefix) {
        Column[] cols = new Column[s.fields().size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = ExprColumns.column(s.fields().get(i).name()).as(prefix + i);
        }
        return cols;
    }

    static int index(Schema s, String name) {
        for (int i = 0; i < s.fields().size(); i++) {
            if (s.fields().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column '" + name + "'"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
