package io.sluice.runtime.internal.plan.steps;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.model.Union;
import io.sluice.model.UnionMode;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.ops.ProjectOperator;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;
import io.sluice.runtime.internal.types.Types;

/** Each input projected (and widened) to the output's columns, then merged into one stream. */
final class UnionPlanner implements StepPlanner<Union> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.UNION;
    }

    @Override
    public ExecGraph.Node plan(Union u, PlanContext ctx) {
        Schema out = ctx.modelOutput();
        List<ExecGraph.Port> converted = new ArrayList<>();
        List<ExecGraph.Port> ins = ctx.inputs(Ports.IN);
        for (int i = 0; i < ins.size(); i++) {
            Schema s = ins.get(i).schema();
            List<ProjectOperator.Output> outs = new ArrayList<>();
            for (int c = 0; c < out.getFields().size(); c++) {
                Field target = out.getFields().get(c);
                int from = u.getMode() == UnionMode.BY_POSITION ? c : ctx.index(s, target.getName());
                Field f = s.getFields().get(from);
                if (f.getType().equals(target.getType())) {
                    outs.add(ProjectOperator.Output.column(target, from));
                } else {
                    outs.add(ProjectOperator.Output.expression(target, ctx.cast(f.getName(), Types.sluice(target).type(), s)));
                }
            }
            converted.add(ctx.graph().operator(ctx.id() + "#in" + (i + 1), ctx.kind(), new ProjectOperator(outs), ins.get(i)) //$NON-NLS-1$
                    .countsAs(ctx.id()).out());
        }
        return ctx.graph().merge(ctx.id(), ctx.kind(), out, converted);
    }
}
