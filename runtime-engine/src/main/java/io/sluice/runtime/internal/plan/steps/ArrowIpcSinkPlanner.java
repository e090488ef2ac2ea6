package io.sluice.runtime.internal.plan.steps;

import org.eclipse.emf.ecore.EClass;

import io.sluice.model.ArrowIpcSink;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.ipc.ArrowIpcWriter;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

final class ArrowIpcSinkPlanner implements StepPlanner<ArrowIpcSink> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.ARROW_IPC_SINK;
    }

    @Override
    public ExecGraph.Node plan(ArrowIpcSink a, PlanContext ctx) {
        return ctx.graph().sink(ctx.id(), ctx.kind(), ctx.fileSink(a, "arrow", ctx.input().schema(), //$NON-NLS-1$
                ArrowIpcWriter::new), ctx.input());
    }
}
