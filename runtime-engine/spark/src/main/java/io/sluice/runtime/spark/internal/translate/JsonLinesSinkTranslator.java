package io.sluice.runtime.spark.internal.translate;

import io.sluice.model.JsonLinesSink;

/** JSON lines written by the embedded writer (Spark would format numbers and timestamps differently). */
public final class JsonLinesSinkTranslator extends EmbeddedFileSinkTranslator<JsonLinesSink> {
    @Override
    protected Format format(JsonLinesSink step, io.sluice.runtime.spark.internal.Translation t) {
        return io.sluice.runtime.internal.json.JsonLinesWriter::new;
    }

    @Override
    protected String extension() {
        return "jsonl"; //$NON-NLS-1$
    }
}
