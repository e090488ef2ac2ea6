package io.sluice.runtime.internal.plan.steps;

import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.model.SluicePackage;
import io.sluice.model.Window;
import io.sluice.model.WindowKind;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.ops.HashAggregate;
import io.sluice.runtime.internal.ops.WindowAssign;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

/** {@link WindowAssign} (a row per window it falls in) feeding a {@link HashAggregate} keyed by window and group keys. */
final class WindowPlanner implements StepPlanner<Window> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.WINDOW;
    }

    @Override
    public ExecGraph.Node plan(Window w, PlanContext ctx) {
        Schema s = ctx.input().schema();
        long size = ctx.micros(w.getSize(), "size"); //$NON-NLS-1$
        long slide = w.getWindowKind() == WindowKind.SLIDING && w.getSlide() != null && !w.getSlide().isBlank()
                ? ctx.micros(w.getSlide(), "slide") : size; //$NON-NLS-1$
        WindowAssign assign = new WindowAssign(s, ctx.index(s, w.getEventTimeColumn()), size, slide);
        ExecGraph.Node a = ctx.graph().operator(ctx.id() + "#assign", ctx.kind(), assign, ctx.input()).countsAs(ctx.id()); //$NON-NLS-1$
        Schema as = assign.outputSchema();
        int[] keys = new int[2 + w.getGroupKeys().size()];
        keys[0] = 0;
        keys[1] = 1;
        for (int i = 0; i < w.getGroupKeys().size(); i++) {
            keys[i + 2] = ctx.index(as, w.getGroupKeys().get(i));
        }
        return ctx.graph().blocking(ctx.id(), ctx.kind(), new HashAggregate(as, keys, AggregatePlanner.aggs(w.getAggregations(), as, ctx)),
                a.out());
    }
}
