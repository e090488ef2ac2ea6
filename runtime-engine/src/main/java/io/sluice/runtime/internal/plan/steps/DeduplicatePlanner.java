package io.sluice.runtime.internal.plan.steps;

import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.model.Deduplicate;
import io.sluice.model.KeepPolicy;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.ops.DeduplicateOperator;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

final class DeduplicatePlanner implements StepPlanner<Deduplicate> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.DEDUPLICATE;
    }

    @Override
    public ExecGraph.Node plan(Deduplicate d, PlanContext ctx) {
        Schema s = ctx.input().schema();
        int order = d.getOrderColumn() == null || d.getOrderColumn().isBlank() ? -1 : ctx.index(s, d.getOrderColumn());
        return ctx.graph().blocking(ctx.id(), ctx.kind(), new DeduplicateOperator(s,
                ctx.indexes(s, d.getKeys()), d.getKeep() == KeepPolicy.LAST, order), ctx.input());
    }
}
