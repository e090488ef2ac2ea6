package io.sluice.runtime.spark.internal.translate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.sluice.expression.types.Schema;
import io.sluice.model.CsvSource;
import io.sluice.runtime.internal.files.ByteRange;
import io.sluice.runtime.spark.internal.FileSourceTask;
import io.sluice.runtime.spark.internal.Translation;

/** CSV files, read with the source's delimiter, quote, header and null text (UTF-8 only). */
public final class CsvSourceTranslator extends FileSourceTranslator<CsvSource> {

    @Override
    public String unsupported(CsvSource c, Translation t) {
        if (c.getEncoding() != null && !c.getEncoding().isBlank() && !c.getEncoding().equalsIgnoreCase("UTF-8")) { //$NON-NLS-1$
            return "only UTF-8 CSV is supported, not " + c.getEncoding(); //$NON-NLS-1$
        }
        return null;
    }

    @Override
    protected FileSourceTask task(CsvSource c, Translation t, Schema schema) {
        return new FileSourceTask(FileSourceTask.Format.CSV, c.getId(), t.runId(), schema,
                oneChar(t.expand(c.getDelimiter()), ','), oneChar(t.expand(c.getQuote()), '"'), c.isHeader(),
                t.expand(c.getNullValue()), t.failOnParseError());
    }

    @Override
    protected List<ByteRange> ranges(Path f, FileSourceTask task, int bytes) throws IOException {
        return io.sluice.runtime.internal.csv.CsvReader.ranges(f, task.csvOptions(), bytes);
    }
}
