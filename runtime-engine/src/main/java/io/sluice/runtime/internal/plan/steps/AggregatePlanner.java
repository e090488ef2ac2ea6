package io.sluice.runtime.internal.plan.steps;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.model.Aggregate;
import io.sluice.model.Aggregation;
import io.sluice.model.SluicePackage;
import io.sluice.model.schema.SchemaPropagator;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.ops.AggFunction;
import io.sluice.runtime.internal.ops.HashAggregate;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

/** A blocking {@link HashAggregate} over the group keys. */
final class AggregatePlanner implements StepPlanner<Aggregate> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.AGGREGATE;
    }

    @Override
    public ExecGraph.Node plan(Aggregate a, PlanContext ctx) {
        Schema s = ctx.input().schema();
        return ctx.graph().blocking(ctx.id(), ctx.kind(), new HashAggregate(s, ctx.indexes(s, a.getGroupKeys()),
                aggs(a.getAggregations(), s, ctx)), ctx.input());
    }

    /** The runtime form of the model's aggregations over {@code s}. */
    static List<HashAggregate.Agg> aggs(List<Aggregation> aggregations, Schema s, PlanContext ctx) {
        List<HashAggregate.Agg> aggs = new ArrayList<>();
        for (Aggregation ag : aggregations) {
            AggFunction fn = AggFunction.valueOf(ag.getFunction().name());
            int col = fn == AggFunction.COUNT_ALL ? -1 : ctx.index(s, ag.getColumn());
            aggs.add(new HashAggregate.Agg(fn, col, SchemaPropagator.outputName(ag)));
        }
        return aggs;
    }
}
