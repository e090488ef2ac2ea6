package io.sluice.runtime.spark.internal.translate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import io.sluice.model.Deduplicate;
import io.sluice.model.KeepPolicy;
import io.sluice.model.Ports;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * One row per key (null keys equal, as in GROUP BY): with an order column the row with the smallest (FIRST) or
 * largest (LAST) value, nulls counting as larger than any value and ties going to input order; without one the
 * first or last in input order (partition order, then position in the partition — the file order of a source).
 */
public final class DeduplicateTranslator implements SparkTranslator<Deduplicate> {
    @Override
    public Output translate(Deduplicate step, Translation t) {
        Dataset<Row> in = t.input(step).withColumn("_seq", monotonically_increasing_id()); //$NON-NLS-1$
        List<Column> keys = new ArrayList<>();
        for (String k : step.getKeys()) {
            keys.add(ExprColumns.column(k));
        }
        boolean last = step.getKeep() == KeepPolicy.LAST;
        List<Column> order = new ArrayList<>();
        String oc = step.getOrderColumn();
        if (oc != null && !oc.isBlank()) {
            Column o = ExprColumns.column(oc);
            order.add(last ? o.desc_nulls_first() : o.asc_nulls_last());
            order.add(last ? col("_seq").desc() : col("_seq").asc()); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            order.add(last ? col("_seq").desc() : col("_seq").asc()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        WindowSpec w = Window.partitionBy(keys.toArray(Column[]::new)).orderBy(order.toArray(Column[]::new));
        Dataset<Row> kept = in.withColumn("_rn", row_number().over(w)).filter(col("_rn").equalTo(1)) //$NON-NLS-1$ //$NON-NLS-2$
                .drop("_rn", "_seq"); //$NON-NLS-1$ //$NON-NLS-2$
        Dataset<Row> out = t.out(step, kept);
        return Output.of(Map.of(Ports.OUT, out));
    }
}
