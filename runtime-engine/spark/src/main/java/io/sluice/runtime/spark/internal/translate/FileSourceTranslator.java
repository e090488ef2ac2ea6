package io.sluice.runtime.spark.internal.translate;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.FileSource;
import io.sluice.model.Ports;
import io.sluice.runtime.internal.files.InputFiles;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.FileSourceTask;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * What the CSV, JSON lines and Parquet sources share: one partition per input file (a directory or glob is read in
 * parallel), each read on an executor by the embedded runtime's reader ({@link FileSourceTask}), so rows and rejects
 * (file, line, raw text, reason) are the embedded engine's. A kind says only how its files are read.
 *
 * @param <S> the source's model class
 */
public abstract class FileSourceTranslator<S extends FileSource> implements SparkTranslator<S> {

    /** The reader of one file of {@code step}, producing rows of {@code schema}. */
    protected abstract FileSourceTask task(S step, Translation t, Schema schema);

    @Override
    public Output translate(S step, Translation t) {
        Schema schema = t.output(step, Ports.OUT);
        Schema rejects = t.output(step, Ports.REJECTS);
        Path path = t.path(step.getPath());
        List<String> files = new ArrayList<>();
        if (InputFiles.isMulti(path)) {
            for (Path f : InputFiles.list(path)) {
                files.add(f.toString());
            }
        } else {
            files.add(path.toString());
        }
        FileSourceTask task = task(step, t, schema);
        StructType tagged = new StructType().add("_port", DataTypes.IntegerType, false); //$NON-NLS-1$
        for (int i = 0; i < schema.fields().size(); i++) {
            tagged = tagged.add("c" + i, ExprColumns.sparkType(schema.fields().get(i).type()), true); //$NON-NLS-1$
        }
        for (int i = 0; i < rejects.fields().size(); i++) {
            tagged = tagged.add("r" + i, ExprColumns.sparkType(rejects.fields().get(i).type()), true); //$NON-NLS-1$
        }
        JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(t.spark().sparkContext())
                .parallelize(files, Math.max(1, files.size())).flatMap(task::read);
        Dataset<Row> all = t.counters().countTagged(step, t.spark().createDataFrame(rows, tagged), col("_port")); //$NON-NLS-1$
        all = t.shared(step, all);
        return Output.of(Map.of(Ports.OUT, all.filter(col("_port").equalTo(0)).select(named("c", schema)), //$NON-NLS-1$ //$NON-NLS-2$
                Ports.REJECTS, all.filter(col("_port").equalTo(1)).select(named("r", rejects)))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Column[] named(String prefix, Schema schema) {
        List<Column> cols = new ArrayList<>();
        int i = 0;
        for (Field f : schema.fields()) {
            cols.add(col(prefix + i++).as(f.name()));
        }
        return cols.toArray(Column[]::new);
    }

    static char oneChar(String s, char dflt) {
        if (s == null || s.isEmpty()) {
            return dflt;
        }
        if (s.equals("\\t") || s.equals("tab")) { //$NON-NLS-1$ //$NON-NLS-2$
            return '\t';
        }
        return s.charAt(0);
    }
}
