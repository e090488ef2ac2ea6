package io.sluice.runtime.internal.plan.steps;

import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.model.ParquetSource;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.parquet.ParquetReader;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

final class ParquetSourcePlanner implements StepPlanner<ParquetSource> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.PARQUET_SOURCE;
    }

    @Override
    public ExecGraph.Node plan(ParquetSource s, PlanContext ctx) {
        Schema schema = ctx.sourceSchema(s);
        return ctx.graph().source(ctx.id(), ctx.kind(), ctx.files(ctx.path(s.getPath()), schema,
                (f, fs) -> new ParquetReader(f, fs)), ctx.sourceRejects());
    }
}
