package io.sluice.runtime.spark.internal.translate;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.expression.types.Schema;
import io.sluice.model.FileSink;
import io.sluice.model.Ports;
import io.sluice.runtime.spark.internal.ArrowRows;
import io.sluice.runtime.spark.internal.EmbeddedSinkTask;
import io.sluice.runtime.spark.internal.Translation;

/**
 * A file sink written by the embedded runtime's own writer on the executors ({@link EmbeddedSinkTask}): each
 * partition's writer prepares its part file in the hidden folder the commit then moves into place, so the output is
 * byte for byte an embedded run's (JSON lines' number and timestamp text, Arrow IPC's schema and batches).
 *
 * @param <S> the sink's model class
 */
abstract class EmbeddedFileSinkTranslator<S extends FileSink> extends FileSinkTranslator<S> {

    @Override
    protected void write(S step, Translation t, Dataset<Row> in, Schema ignored, String uri) throws Exception {
        Schema schema = t.input(step, Ports.IN); // the model's columns, nullability included, as the embedded writer gets them
        String dir = Files.createDirectories(Path.of(java.net.URI.create(uri))).toString(); // a string: it travels to the executors
        Format format = format(step, t);
        String extension = extension();
        EmbeddedSinkTask task = new EmbeddedSinkTask(step.getId(), step.eClass().getName(), t.runId(), ArrowRows.Spec.of(schema),
                (partition, arrow) -> format.apply(EmbeddedSinkTask.part(Path.of(dir), partition, extension), arrow));
        Translation.conform(in, schema).foreachPartition((ForeachPartitionFunction<Row>) task::write);
    }
}
