package io.sluice.runtime.internal.plan.steps;

import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.model.Filter;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.ops.FilterOperator;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

final class FilterPlanner implements StepPlanner<Filter> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.FILTER;
    }

    @Override
    public ExecGraph.Node plan(Filter f, PlanContext ctx) {
        Schema s = ctx.input().schema();
        return ctx.graph().operator(ctx.id(), ctx.kind(), new FilterOperator(s, ctx.compile(f.getCondition(), s, true)), ctx.input());
    }
}
