package io.sluice.runtime.internal.plan.steps;

import org.eclipse.emf.ecore.EClass;

import io.sluice.model.Flatten;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.ops.FlattenOperator;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

/** A {@link FlattenOperator} over the step's input. */
final class FlattenPlanner implements StepPlanner<Flatten> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.FLATTEN;
    }

    @Override
    public ExecGraph.Node plan(Flatten f, PlanContext ctx) {
        ExecGraph.Port input = ctx.input();
        return ctx.graph().operator(ctx.id(), ctx.kind(),
                new FlattenOperator(ctx.modelOutput(), ctx.index(input.schema(), f.getColumn())), input);
    }
}
