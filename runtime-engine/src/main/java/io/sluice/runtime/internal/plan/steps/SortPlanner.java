package io.sluice.runtime.internal.plan.steps;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.model.NullOrder;
import io.sluice.model.SluicePackage;
import io.sluice.model.Sort;
import io.sluice.model.SortDirection;
import io.sluice.model.SortKey;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.ops.SortOperator;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

final class SortPlanner implements StepPlanner<Sort> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.SORT;
    }

    @Override
    public ExecGraph.Node plan(Sort so, PlanContext ctx) {
        Schema s = ctx.input().schema();
        List<SortOperator.Key> keys = new ArrayList<>();
        for (SortKey k : so.getKeys()) {
            keys.add(new SortOperator.Key(ctx.index(s, k.getColumn()), k.getDirection() == SortDirection.DESC,
                    k.getNulls() == NullOrder.FIRST));
        }
        return ctx.graph().blocking(ctx.id(), ctx.kind(), new SortOperator(s, keys), ctx.input());
    }
}
