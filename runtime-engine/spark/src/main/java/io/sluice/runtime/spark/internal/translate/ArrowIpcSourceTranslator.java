package io.sluice.runtime.spark.internal.translate;

import io.sluice.expression.types.Schema;
import io.sluice.model.ArrowIpcSource;
import io.sluice.runtime.spark.internal.FileSourceTask;
import io.sluice.runtime.spark.internal.Translation;

/** Arrow IPC files, each read by the embedded IPC reader on an executor (one partition per file). */
public final class ArrowIpcSourceTranslator extends FileSourceTranslator<ArrowIpcSource> {

    @Override
    protected FileSourceTask task(ArrowIpcSource a, Translation t, Schema schema) {
        return new FileSourceTask(FileSourceTask.Format.ARROW_IPC, a.getId(), t.runId(), schema, ',', '"', false, "", //$NON-NLS-1$
                t.failOnParseError());
    }
}
