package io.sluice.runtime.spark.internal;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.Statistics;
import org.apache.spark.sql.connector.read.SupportsReportStatistics;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.apache.spark.util.LongAccumulator;

/**
 * A source read by the embedded runtime's reader ({@link FileSourceTask}) as a Spark data source (DataSource V2), one
 * input partition per split. Being a scan rather than an RDD of rows, it learns from Spark's optimizer which of its
 * tagged columns later steps use ({@link SupportsPushDownRequiredColumns}) and hands over only those — the reader still
 * parses and checks every declared column, so rows and rejects stay the embedded engine's. The source's rows out and
 * rejected are counted by the reader itself, so no counting filter sits between the scan and the plan above it.
 */
public final class TaggedSource implements TableProvider {
    private static final String KEY = "sluice.scan"; //$NON-NLS-1$
    /** Scans between {@link #load} and Spark's analysis of it (driver only; removed once loaded). */
    private static final Map<String, Spec> PENDING = new ConcurrentHashMap<>();

    /**
     * What one scan reads: the reader, its splits, the tagged schema ({@code _port}, {@code c0…}, {@code r0…}) and where
     * rows out and rejected are counted.
     */
    public record Spec(FileSourceTask task, List<FileSourceTask.Split> splits, StructType schema, LongAccumulator out,
            LongAccumulator rejected) implements Serializable {
    }

    /** The tagged rows of {@code spec} as a Dataset whose scan reads only the columns the plan above it uses. */
    public static Dataset<Row> load(SparkSession spark, Spec spec) {
        String key = UUID.randomUUID().toString();
        PENDING.put(key, spec);
        try {
            return spark.read().format(TaggedSource.class.getName()).option(KEY, key).load();
        } finally {
            PENDING.remove(key);
        }
    }

    private static Spec spec(Map<String, String> options) {
        String key = options.get(KEY);
        Spec spec = key == null ? null : PENDING.get(key);
        if (spec == null) {
            throw new IllegalStateException("a Sluice scan is read only through TaggedSource.load, not by name (key " + key + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return spec;
    }

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        return spec(options).schema();
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        return new SourceTable(spec(properties));
    }

    private record SourceTable(Spec spec) implements SupportsRead {
        @Override
        public String name() {
            return "sluice:" + spec.task().stepId(); //$NON-NLS-1$
        }

        @Override
        public StructType schema() {
            return spec.schema();
        }

        @Override
        public Set<TableCapability> capabilities() {
            return Set.of(TableCapability.BATCH_READ);
        }

        @Override
        public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
            return new Builder(spec);
        }
    }

    private static final class Builder implements ScanBuilder, SupportsPushDownRequiredColumns {
        private final Spec spec;
        private StructType required;

        Builder(Spec spec) {
            this.spec = spec;
            this.required = spec.schema();
        }

        @Override
        public void pruneColumns(StructType requiredSchema) {
            this.required = requiredSchema;
        }

        @Override
        public Scan build() {
            int[] keep = new int[required.fields().length];
            for (int i = 0; i < keep.length; i++) {
                keep[i] = spec.schema().fieldIndex(required.fields()[i].name());
            }
            return new SourceScan(spec, required, keep);
        }
    }

    private record SourceScan(Spec spec, StructType required, int[] keep) implements Scan, Batch, SupportsReportStatistics {
        @Override
        public StructType readSchema() {
            return required;
        }

        /**
         * The size Spark's own file scans report: the bytes of the files (or byte ranges) read, scaled by the share of
         * the row the plan keeps. Without it Spark takes every Sluice source for huge and never broadcasts a small one
         * (a lookup table of customers), so a join shuffles and sorts both sides where the hand-written job does not.
         * A source that is not a file (JDBC) reports nothing, and Spark's default applies as for its JDBC source.
         */
        @Override
        public Statistics estimateStatistics() {
            long bytes = 0;
            for (FileSourceTask.Split split : spec.splits()) {
                long size = bytes(split);
                if (size < 0) {
                    return new Estimate(OptionalLong.empty());
                }
                bytes += size;
            }
            long all = Math.max(1, spec.schema().defaultSize());
            return new Estimate(OptionalLong.of((long) ((double) bytes / all * required.defaultSize())));
        }

        private static long bytes(FileSourceTask.Split split) {
            if (split.start() >= 0) {
                return split.end() - split.start();
            }
            try {
                Path file = Path.of(split.file());
                return Files.isRegularFile(file) ? Files.size(file) : -1;
            } catch (IOException | RuntimeException e) {
                return -1; // not a file, or gone: no estimate rather than a wrong one
            }
        }

        @Override
        public String description() {
            StringBuilder cols = new StringBuilder();
            for (StructField f : required.fields()) {
                cols.append(cols.isEmpty() ? "" : ",").append(f.name()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return "Sluice " + spec.task().stepId() + " [" + cols + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }

        @Override
        public Batch toBatch() {
            return this;
        }

        @Override
        public InputPartition[] planInputPartitions() {
            return spec.splits().stream().map(SplitPartition::new).toArray(InputPartition[]::new);
        }

        @Override
        public PartitionReaderFactory createReaderFactory() {
            return new Readers(spec.task(), required, keep, spec.out(), spec.rejected());
        }
    }

    private record Estimate(OptionalLong sizeInBytes) implements Statistics {
        @Override
        public OptionalLong numRows() {
            return OptionalLong.empty();
        }
    }

    private record SplitPartition(FileSourceTask.Split split) implements InputPartition {
    }

    /**
     * Made on the driver and shipped with the job's closure, so its accumulators register with each task that reads
     * (an input partition is deserialized before the task's context exists; its accumulators would count nowhere).
     */
    private record Readers(FileSourceTask task, StructType required, int[] keep, LongAccumulator out,
            LongAccumulator rejected) implements PartitionReaderFactory {
        @Override
        public PartitionReader<InternalRow> createReader(InputPartition partition) {
            Iterator<Row> rows = task.read(((SplitPartition) partition).split(), keep, out, rejected);
            ExpressionEncoder.Serializer<Row> toInternal = ExpressionEncoder.apply(required, true).createSerializer();
            return new PartitionReader<>() {
                private InternalRow current;

                @Override
                public boolean next() {
                    if (!rows.hasNext()) {
                        return false;
                    }
                    current = toInternal.apply(rows.next());
                    return true;
                }

                @Override
                public InternalRow get() {
                    return current;
                }

                @Override
                public void close() {
                    // the reader's thread ends with its input; a task cancelled early leaves it blocked on a daemon thread
                }
            };
        }
    }
}
