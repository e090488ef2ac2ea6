package io.sluice.runtime.internal.plan.steps;

import org.eclipse.emf.ecore.EClass;

import io.sluice.model.Join;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.ops.HashJoin;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

/** A {@link HashJoin}: its build side is a sink over the right input, the probe an operator started after it. */
final class JoinPlanner implements StepPlanner<Join> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.JOIN;
    }

    @Override
    public ExecGraph.Node plan(Join j, PlanContext ctx) {
        ExecGraph.Port left = ctx.input(Ports.LEFT);
        ExecGraph.Port right = ctx.input(Ports.RIGHT);
        HashJoin hj = new HashJoin(HashJoin.Kind.valueOf(j.getKind().name()), left.schema(), right.schema(),
                ctx.indexes(left.schema(), j.getLeftKeys()), ctx.indexes(right.schema(), j.getRightKeys()), ctx.modelOutput());
        ExecGraph.Node build = ctx.graph().sink(ctx.id() + "#build", ctx.kind(), hj.buildSink(), right).countsAs(ctx.id()); //$NON-NLS-1$
        return ctx.graph().operator(ctx.id(), ctx.kind(), hj, left).startAfter(build);
    }
}
