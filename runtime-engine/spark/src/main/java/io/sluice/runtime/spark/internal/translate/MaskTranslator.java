package io.sluice.runtime.spark.internal.translate;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Mask;
import io.sluice.model.MaskMethod;
import io.sluice.model.Ports;
import io.sluice.runtime.internal.ops.MaskOperator;
import io.sluice.runtime.internal.plan.Secrets;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * Masks columns as the embedded {@link MaskOperator} does: HASH_SHA256 is the lower-case hex SHA-256 of the salt's
 * UTF-8 bytes followed by the value's text ({@link RejectingTransform#text}, the operator's own text form), REDACT
 * is {@value MaskOperator#REDACTED}; NULL stays NULL and other columns pass through.
 */
public final class MaskTranslator implements SparkTranslator<Mask> {
    @Override
    public Output translate(Mask step, Translation t) {
        Dataset<Row> in = t.input(step);
        Schema input = t.input(step, Ports.IN);
        boolean redact = step.getMethod() == MaskMethod.REDACT;
        String salt = redact ? "" : Secrets.resolve(t.expand(step.getSalt() == null ? "" : step.getSalt())); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> masked = List.copyOf(step.getColumns());
        List<Column> cols = new ArrayList<>();
        for (Field f : input.fields()) {
            Column c = ExprColumns.column(f.name());
            if (masked.contains(f.name())) {
                Column value = redact ? lit(MaskOperator.REDACTED)
                        : sha2(concat(lit(salt), RejectingTransform.text(c, f.type())), 256);
                c = when(c.isNull(), lit(null).cast(DataTypes.StringType)).otherwise(value);
            }
            cols.add(c.as(f.name()));
        }
        Dataset<Row> out = Translation.conform(in.select(cols.toArray(Column[]::new)), t.output(step, Ports.OUT));
        return Output.of(Map.of(Ports.OUT, t.out(step, out)));
    }
}
