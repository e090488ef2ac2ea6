package io.sluice.runtime.internal.boot;

import io.sluice.expression.Expressions;
import io.sluice.model.Pipeline;
import io.sluice.model.Step;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Start-up work done on a background thread while the caller's thread does something else (typically: while
 * EMF loads the model). Loading and initialising classes is single-threaded per class but independent classes load
 * in parallel, so the second core absorbs what would otherwise be serial start-up time: Arrow's schema classes
 * (whose static initialiser builds a Jackson mapper, ~0.5 s), Arrow memory, the expression parser, and — only
 * for pipelines that have Parquet steps — the Parquet writer/reader classes. Each group runs at most once per JVM;
 * failures are ignored (the real code path reports them).
 */
public final class Warmup {
    private static final Set<String> DONE = ConcurrentHashMap.newKeySet();

    private Warmup() {
    }

    /** Arrow (schema, memory, vectors) and the expression parser, in the background. */
    public static void core() {
        async("core", () -> { //$NON-NLS-1$
            io.sluice.expression.types.Schema s = new io.sluice.expression.types.Schema(List.of(
                    io.sluice.expression.types.Field.nullable("a", io.sluice.expression.types.DataType.INT64), //$NON-NLS-1$
                    io.sluice.expression.types.Field.nullable("b", io.sluice.expression.types.DataType.STRING))); //$NON-NLS-1$
            Expressions.compile("a * 2 + 1 > 3 AND b = 'x' OR CAST(b AS INT64) IS NULL", s); //$NON-NLS-1$
            org.apache.arrow.vector.types.pojo.Schema arrow = io.sluice.runtime.internal.types.Types.arrow(s);
            try (org.apache.arrow.memory.RootAllocator a = new org.apache.arrow.memory.RootAllocator(1 << 20);
                    org.apache.arrow.vector.VectorSchemaRoot r = org.apache.arrow.vector.VectorSchemaRoot.create(arrow, a)) {
                r.allocateNew();
                r.setRowCount(0);
            }
        });
    }

    /** The classes of the formats this pipeline's steps use, in the background. */
    public static void forPipeline(Pipeline p) {
        boolean parquet = false;
        for (Step s : p.getSteps()) {
            String kind = s.eClass().getName();
            parquet |= kind.startsWith("Parquet"); //$NON-NLS-1$
        }
        if (parquet) {
            async("parquet", () -> load( //$NON-NLS-1$
                    "org.apache.parquet.hadoop.ParquetFileWriter", //$NON-NLS-1$
                    "org.apache.parquet.hadoop.ParquetFileReader", //$NON-NLS-1$
                    "org.apache.parquet.hadoop.ColumnChunkPageWriteStore", //$NON-NLS-1$
                    "org.apache.parquet.format.converter.ParquetMetadataConverter", //$NON-NLS-1$
                    "org.apache.parquet.format.FileMetaData", //$NON-NLS-1$
                    "org.apache.parquet.column.ParquetProperties", //$NON-NLS-1$
                    "org.apache.parquet.column.impl.ColumnWriteStoreV1", //$NON-NLS-1$
                    "org.apache.parquet.column.values.factory.DefaultValuesWriterFactory", //$NON-NLS-1$
                    "org.apache.parquet.schema.LogicalTypeAnnotation", //$NON-NLS-1$
                    "org.apache.parquet.schema.Types", //$NON-NLS-1$
                    "org.apache.parquet.hadoop.metadata.ParquetMetadata", //$NON-NLS-1$
                    "io.airlift.compress.snappy.SnappyCompressor")); //$NON-NLS-1$ //$NON-NLS-1$
        }
    }

    private static void load(String... classes) {
        ClassLoader cl = Warmup.class.getClassLoader();
        for (String c : classes) {
            try {
                Class.forName(c, true, cl);
            } catch (ClassNotFoundException | LinkageError e) {
                // not there or not loadable here: the real code path will say so
            }
        }
    }

    private static void async(String group, Runnable r) {
        if (!DONE.add(group) || Boolean.getBoolean("sluice.noWarmup")) { //$NON-NLS-1$
            return;
        }
        Thread t = new Thread(() -> {
            try {
                r.run();
            } catch (RuntimeException | LinkageError e) {
                // best effort
            }
        }, "sluice-warmup-" + group); //$NON-NLS-1$
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
