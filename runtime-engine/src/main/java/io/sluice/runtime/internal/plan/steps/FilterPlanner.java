package io.sluice.runtime.internal.plan.steps;

import java.util.Map;

import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.model.Filter;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.ops.FilterOperator;
import io.sluice.runtime.internal.ops.RejectingOperator;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

/** A {@link FilterOperator}; rows whose condition cannot be evaluated go to rejects with the condition and why. */
final class FilterPlanner implements StepPlanner<Filter> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.FILTER;
    }

    @Override
    public ExecGraph.Node plan(Filter f, PlanContext ctx) {
        Schema s = ctx.input().schema();
        FilterOperator filter = new FilterOperator(s, ctx.compile(f.getCondition(), s, true), ctx.expand(f.getCondition()));
        Schema rejects = ctx.transformRejects();
        return ctx.graph().operator(ctx.id(), ctx.kind(), new RejectingOperator<>(filter, rejects, filter.probe()), ctx.input(),
                Map.of(Ports.REJECTS, rejects));
    }
}
