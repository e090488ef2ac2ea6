package io.sluice.runtime.internal.plan.steps;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.eclipse.emf.ecore.EClass;

import io.sluice.model.ParquetSink;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.parquet.ParquetWriter;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

final class ParquetSinkPlanner implements StepPlanner<ParquetSink> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.PARQUET_SINK;
    }

    @Override
    public ExecGraph.Node plan(ParquetSink p, PlanContext ctx) {
        CompressionCodecName codec = switch (p.getCompression()) {
            case NONE -> CompressionCodecName.UNCOMPRESSED;
            case GZIP -> CompressionCodecName.GZIP;
            case ZSTD -> CompressionCodecName.ZSTD;
            default -> CompressionCodecName.SNAPPY;
        };
        return ctx.graph().sink(ctx.id(), ctx.kind(), ctx.fileSink(p, "parquet", ctx.input().schema(), //$NON-NLS-1$
                (f, s) -> new ParquetWriter(f, s, codec)), ctx.input());
    }
}
