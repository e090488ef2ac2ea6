package io.sluice.runtime.spark.internal.translate;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

import io.sluice.expression.Span;
import io.sluice.expression.TypedExpr;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.CsvSink;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.Translation;

/** CSV output as the embedded writer formats it: Sluice's text casts, quotes only where needed. */
public final class CsvSinkTranslator extends FileSinkTranslator<CsvSink> {

    @Override
    protected void write(CsvSink c, Translation t, Dataset<Row> in, Schema schema, String uri) {
        char delimiter = FileSourceTranslator.oneChar(t.expand(c.getDelimiter()), ',');
        in.select(asText(withTimes(schema, t.input(c, io.sluice.model.Ports.IN)))).write().mode(SaveMode.Overwrite).option("header", c.isHeader()) //$NON-NLS-1$
                .option("sep", String.valueOf(delimiter)).option("quote", "\"").option("escape", "\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .option("nullValue", "").option("emptyValue", "\"\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .option("ignoreLeadingWhiteSpace", false).option("ignoreTrailingWhiteSpace", false) //$NON-NLS-1$ //$NON-NLS-2$
                .option("lineSep", "\n").csv(uri); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    protected Format format(CsvSink c, Translation t) {
        char delimiter = FileSourceTranslator.oneChar(t.expand(c.getDelimiter()), ',');
        boolean header = c.isHeader();
        return (f, s) -> new io.sluice.runtime.internal.csv.CsvWriter(f, s,
                io.sluice.runtime.internal.csv.CsvOptions.defaults().withDelimiter(delimiter).withHeader(header));
    }

    @Override
    protected String extension() {
        return "csv"; //$NON-NLS-1$
    }

    /** {@code schema} (the Dataset's) with the model's TIME columns, which Spark holds as longs of their unit. */
    private static Schema withTimes(Schema schema, Schema model) {
        List<Field> fields = new ArrayList<>();
        for (Field f : schema.fields()) {
            fields.add(model.field(f.name()).filter(m -> m.type().id() == io.sluice.expression.types.TypeId.TIME)
                    .map(m -> new Field(f.name(), m.type(), f.nullable())).orElse(f));
        }
        return new Schema(fields);
    }

    /** Every column as the embedded CSV writer formats it (Sluice's cast to STRING; doubles by Java's toString). */
    private static Column[] asText(Schema schema) {
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < schema.fields().size(); i++) {
            Field f = schema.fields().get(i);
            Column c;
            if (f.type() == DataType.FLOAT64) {
                c = RejectingTransform.text(ExprColumns.column(f.name()), DataType.FLOAT64);
            } else {
                TypedExpr e = new TypedExpr.Cast(new TypedExpr.Column(f.name(), i, f.type(), f.nullable(), Span.NONE),
                        DataType.STRING, false, f.nullable(), Span.NONE);
                // the cast marks an instant with Z, as the embedded writer does: one formatter for casts and text outputs
                c = f.type() == DataType.STRING ? ExprColumns.column(f.name()) : new ExprColumns().translate(e).value();
            }
            cols.add(c.as(f.name()));
        }
        return cols.toArray(Column[]::new);
    }
}
