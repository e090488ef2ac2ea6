package io.sluice.runtime.spark.internal.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.model.NullOrder;
import io.sluice.model.Ports;
import io.sluice.model.Sort;
import io.sluice.model.SortDirection;
import io.sluice.model.SortKey;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/** A global sort (Spark's order on doubles, NaN last and -0.0 = 0.0, is Sluice's); file sinks keep the order. */
public final class SortTranslator implements SparkTranslator<Sort> {
    @Override
    public Output translate(Sort step, Translation t) {
        List<Column> keys = new ArrayList<>();
        for (SortKey k : step.getKeys()) {
            Column c = ExprColumns.column(k.getColumn());
            boolean desc = k.getDirection() == SortDirection.DESC;
            boolean first = k.getNulls() == NullOrder.FIRST;
            keys.add(desc ? (first ? c.desc_nulls_first() : c.desc_nulls_last()) : (first ? c.asc_nulls_first() : c.asc_nulls_last()));
        }
        Dataset<Row> out = t.out(step, t.sorted(step, in -> in.orderBy(keys.toArray(Column[]::new))));
        return Output.of(Map.of(Ports.OUT, out));
    }
}
