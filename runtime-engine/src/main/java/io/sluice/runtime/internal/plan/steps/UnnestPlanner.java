package io.sluice.runtime.internal.plan.steps;

import org.eclipse.emf.ecore.EClass;

import io.sluice.model.SluicePackage;
import io.sluice.model.Unnest;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.ops.UnnestOperator;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

/** An {@link UnnestOperator} over the step's input. */
final class UnnestPlanner implements StepPlanner<Unnest> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.UNNEST;
    }

    @Override
    public ExecGraph.Node plan(Unnest u, PlanContext ctx) {
        ExecGraph.Port input = ctx.input();
        int list = ctx.index(input.schema(), u.getColumn());
        boolean position = u.getPositionColumn() != null && !u.getPositionColumn().isBlank();
        return ctx.graph().operator(ctx.id(), ctx.kind(),
                new UnnestOperator(ctx.modelOutput(), list, u.isKeepEmpty(), position), input);
    }
}
