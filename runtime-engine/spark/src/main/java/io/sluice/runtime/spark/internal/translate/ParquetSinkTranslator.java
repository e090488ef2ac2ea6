package io.sluice.runtime.spark.internal.translate;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

import io.sluice.expression.types.Schema;
import io.sluice.model.ParquetCompression;
import io.sluice.model.ParquetSink;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.Translation;

/**
 * Parquet output with the sink's compression: Spark's writer, or the embedded one for columns Spark would write with
 * another Parquet type (FIXED_BINARY, timestamps other than the instant in µs).
 */
public final class ParquetSinkTranslator extends FileSinkTranslator<ParquetSink> {

    @Override
    protected void write(ParquetSink p, Translation t, Dataset<Row> in, Schema schema, String uri) throws Exception {
        if (!t.input(p, io.sluice.model.Ports.IN).fields().stream().allMatch(f -> ExprColumns.sparkWritesParquet(f.type()))) {
            writeEmbedded(p, t, in, uri); // FIXED_BINARY's width, a timestamp's unit or zone: as the embedded writer writes them
            return;
        }
        in.write().mode(SaveMode.Overwrite).option("compression", switch (p.getCompression()) { //$NON-NLS-1$
            case NONE -> "none"; //$NON-NLS-1$
            case GZIP -> "gzip"; //$NON-NLS-1$
            case ZSTD -> "zstd"; //$NON-NLS-1$
            default -> "snappy"; //$NON-NLS-1$
        }).parquet(uri);
    }

    /** The embedded writer with the sink's codec (the model's names are Parquet's, NONE aside). */
    @Override
    protected Format format(ParquetSink p, Translation t) {
        CompressionCodecName codec = p.getCompression() == ParquetCompression.NONE ? CompressionCodecName.UNCOMPRESSED
                : CompressionCodecName.valueOf(p.getCompression().getName());
        return (f, s) -> new io.sluice.runtime.internal.parquet.ParquetWriter(f, s, codec);
    }

    @Override
    protected String extension() {
        return "parquet"; //$NON-NLS-1$
    }
}
