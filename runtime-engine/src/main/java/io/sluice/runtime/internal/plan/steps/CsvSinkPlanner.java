package io.sluice.runtime.internal.plan.steps;

import org.eclipse.emf.ecore.EClass;

import io.sluice.model.CsvSink;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.csv.CsvOptions;
import io.sluice.runtime.internal.csv.CsvWriter;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

/** A CSV writer; a part of a partitioned run is written without header (the assembly adds it once). */
final class CsvSinkPlanner implements StepPlanner<CsvSink> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.CSV_SINK;
    }

    @Override
    public ExecGraph.Node plan(CsvSink c, PlanContext ctx) {
        CsvOptions o = CsvOptions.defaults().withDelimiter(PlanContext.oneChar(ctx.expand(c.getDelimiter()), ',', "delimiter")) //$NON-NLS-1$
                .withHeader(c.isHeader() && !ctx.writesPart());
        return ctx.graph().sink(ctx.id(), ctx.kind(), ctx.fileSink(c, "csv", ctx.input().schema(), //$NON-NLS-1$
                (f, s) -> new CsvWriter(f, s, o)), ctx.input());
    }
}
