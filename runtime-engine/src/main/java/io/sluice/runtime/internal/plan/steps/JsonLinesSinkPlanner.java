package io.sluice.runtime.internal.plan.steps;

import org.eclipse.emf.ecore.EClass;

import io.sluice.model.JsonLinesSink;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.json.JsonLinesWriter;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

final class JsonLinesSinkPlanner implements StepPlanner<JsonLinesSink> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.JSON_LINES_SINK;
    }

    @Override
    public ExecGraph.Node plan(JsonLinesSink j, PlanContext ctx) {
        return ctx.graph().sink(ctx.id(), ctx.kind(), ctx.fileSink(j, "jsonl", ctx.input().schema(), //$NON-NLS-1$
                JsonLinesWriter::new), ctx.input());
    }
}
