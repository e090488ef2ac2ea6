package io.sluice.runtime.spark.internal.translate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.AggregateFunction;
import io.sluice.model.Aggregation;
import io.sluice.model.Pivot;
import io.sluice.model.Ports;
import io.sluice.model.SluiceFactory;
import io.sluice.model.kind.SchemaContext;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * Rows to columns, as the embedded pivot (an aggregate of conditional cells): each declared value's cell is the value
 * column where the pivot column equals the value (Sluice's {@code =} on the value read as a literal of the pivot
 * column's type), else NULL; the cells are aggregated per group as {@link AggregateTranslator} aggregates (COUNT_ALL
 * counts the rows with the value). Rows whose pivot value is not declared, or NULL, count in no cell.
 */
public final class PivotTranslator implements SparkTranslator<Pivot> {
    @Override
    public Output translate(Pivot step, Translation t) {
        Dataset<Row> in = t.input(step);
        Schema input = t.input(step, Ports.IN);
        Field on = input.field(step.getPivotColumn()).orElseThrow();
        List<Column> cells = new ArrayList<>();
        cells.add(col("*")); //$NON-NLS-1$
        List<Aggregation> aggregations = new ArrayList<>();
        int i = 0;
        for (String value : step.getValues()) {
            String cell = "_sluice_cell_" + i++; //$NON-NLS-1$
            ExprColumns.Cols eq = new ExprColumns().translate(t.compile(step,
                    SchemaContext.quote(on.name()) + " = " + SchemaContext.literal(on.type(), value), input, true)); //$NON-NLS-1$
            boolean all = step.getFunction() == AggregateFunction.COUNT_ALL;
            cells.add(when(eq.value(), all ? lit(1) : ExprColumns.column(step.getValueColumn())).as(cell));
            Aggregation a = SluiceFactory.eINSTANCE.createAggregation();
            a.setFunction(all ? AggregateFunction.COUNT : step.getFunction());
            a.setColumn(cell);
            a.setOutputName(value);
            aggregations.add(a);
        }
        Dataset<Row> withCells = in.select(cells.toArray(Column[]::new));
        List<Column> aggs = AggregateTranslator.aggregations(aggregations, withCells.schema());
        Column first = aggs.get(0);
        Column[] rest = aggs.subList(1, aggs.size()).toArray(Column[]::new);
        List<Column> keys = new ArrayList<>();
        for (String k : step.getGroupKeys()) {
            keys.add(ExprColumns.column(k));
        }
        Dataset<Row> grouped = keys.isEmpty() ? withCells.agg(first, rest) : withCells.groupBy(keys.toArray(Column[]::new)).agg(first, rest);
        Dataset<Row> out = t.out(step, Translation.conform(grouped, t.output(step, Ports.OUT)));
        return Output.of(Map.of(Ports.OUT, out));
    }
}
