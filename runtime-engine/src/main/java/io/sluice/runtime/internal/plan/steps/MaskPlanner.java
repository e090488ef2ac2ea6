package io.sluice.runtime.internal.plan.steps;

import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.model.Mask;
import io.sluice.model.MaskMethod;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.ops.MaskOperator;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

final class MaskPlanner implements StepPlanner<Mask> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.MASK;
    }

    @Override
    public ExecGraph.Node plan(Mask m, PlanContext ctx) {
        Schema s = ctx.input().schema();
        boolean[] masked = new boolean[s.getFields().size()];
        for (String c : m.getColumns()) {
            masked[ctx.index(s, c)] = true;
        }
        boolean redact = m.getMethod() == MaskMethod.REDACT;
        String salt = redact ? "" : ctx.secret(m.getSalt() == null ? "" : m.getSalt()); //$NON-NLS-1$ //$NON-NLS-2$
        return ctx.graph().operator(ctx.id(), ctx.kind(), new MaskOperator(ctx.modelOutput(), masked, redact, salt), ctx.input());
    }
}
