package io.sluice.runtime.internal.plan.steps;

import org.eclipse.emf.ecore.EClass;

import io.sluice.model.ArrowIpcSource;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.ipc.ArrowIpcReader;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

final class ArrowIpcSourcePlanner implements StepPlanner<ArrowIpcSource> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.ARROW_IPC_SOURCE;
    }

    @Override
    public ExecGraph.Node plan(ArrowIpcSource a, PlanContext ctx) {
        return ctx.graph().source(ctx.id(), ctx.kind(), new ArrowIpcReader(ctx.path(a.getPath()),
                ctx.sourceSchema(a)), ctx.sourceRejects());
    }
}
