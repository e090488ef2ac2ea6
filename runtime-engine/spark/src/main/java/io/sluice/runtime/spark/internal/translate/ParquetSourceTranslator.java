package io.sluice.runtime.spark.internal.translate;

import io.sluice.expression.types.Schema;
import io.sluice.model.ParquetSource;
import io.sluice.runtime.spark.internal.FileSourceTask;
import io.sluice.runtime.spark.internal.Translation;

/** Parquet files, read by the embedded runtime's Parquet reader. */
public final class ParquetSourceTranslator extends FileSourceTranslator<ParquetSource> {

    @Override
    protected FileSourceTask task(ParquetSource p, Translation t, Schema schema) {
        return new FileSourceTask(FileSourceTask.Format.PARQUET, p.getId(), t.runId(), schema, ',', '"', false, "", //$NON-NLS-1$
                t.failOnParseError());
    }
}
