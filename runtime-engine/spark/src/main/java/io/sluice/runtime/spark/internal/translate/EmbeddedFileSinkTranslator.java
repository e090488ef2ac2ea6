package io.sluice.runtime.spark.internal.translate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.expression.types.Schema;
import io.sluice.model.FileSink;
import io.sluice.runtime.spark.internal.Translation;

/**
 * A file sink written by the embedded runtime's own writer on the executors ({@link io.sluice.runtime.spark.internal.EmbeddedSinkTask}): each
 * partition's writer prepares its part file in the hidden folder the commit then moves into place, so the output is
 * byte for byte an embedded run's (JSON lines' number and timestamp text, Arrow IPC's schema and batches).
 *
 * @param <S> the sink's model class
 */
abstract class EmbeddedFileSinkTranslator<S extends FileSink> extends FileSinkTranslator<S> {

    @Override
    protected void write(S step, Translation t, Dataset<Row> in, Schema ignored, String uri) throws Exception {
        writeEmbedded(step, t, in, uri);
    }
}
