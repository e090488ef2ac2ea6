package io.sluice.runtime.spark.internal.translate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.sluice.expression.types.Schema;
import io.sluice.model.JsonLinesSource;
import io.sluice.runtime.internal.files.ByteRange;
import io.sluice.runtime.spark.internal.FileSourceTask;
import io.sluice.runtime.spark.internal.Translation;

/** JSON lines files, one object per line. */
public final class JsonLinesSourceTranslator extends FileSourceTranslator<JsonLinesSource> {

    @Override
    protected FileSourceTask task(JsonLinesSource j, Translation t, Schema schema) {
        return new FileSourceTask(FileSourceTask.Format.JSON_LINES, j.getId(), t.runId(), schema, ',', '"', false, "", //$NON-NLS-1$
                t.failOnParseError());
    }

    @Override
    protected List<ByteRange> ranges(Path f, FileSourceTask task, int bytes) throws IOException {
        return io.sluice.runtime.internal.json.JsonLinesReader.ranges(f, bytes);
    }
}
