package io.sluice.runtime.spark.internal.translate;

import java.nio.file.Path;

import io.sluice.model.JsonLinesSink;
import io.sluice.runtime.spark.internal.EmbeddedSinkTask;

/** JSON lines written by the embedded writer (Spark would format numbers and timestamps differently). */
public final class JsonLinesSinkTranslator extends EmbeddedFileSinkTranslator<JsonLinesSink> {
    @Override
    protected EmbeddedSinkTask.Factory writer(String dir) {
        return (partition, schema) -> new io.sluice.runtime.internal.json.JsonLinesWriter(
                EmbeddedSinkTask.part(Path.of(dir), partition, "jsonl"), schema); //$NON-NLS-1$
    }

    @Override
    protected Format format(JsonLinesSink step, io.sluice.runtime.spark.internal.Translation t) {
        return io.sluice.runtime.internal.json.JsonLinesWriter::new;
    }

    @Override
    protected String extension() {
        return "jsonl"; //$NON-NLS-1$
    }
}
