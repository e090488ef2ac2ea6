package io.sluice.runtime.internal.plan.steps;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.model.SluicePackage;
import io.sluice.model.Unpivot;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.ops.ProjectOperator;
import io.sluice.runtime.internal.ops.UnpivotOperator;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;
import io.sluice.runtime.internal.types.Types;

/**
 * An {@link UnpivotOperator}; when the unpivoted columns differ in type, a projection first widens them to the
 * value column's type (as the model's schema propagation typed it).
 */
final class UnpivotPlanner implements StepPlanner<Unpivot> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.UNPIVOT;
    }

    @Override
    public ExecGraph.Node plan(Unpivot u, PlanContext ctx) {
        Schema out = ctx.modelOutput();
        ExecGraph.Port input = ctx.input();
        Schema s = input.schema();
        Field value = out.getFields().get(out.getFields().size() - 1);
        int[] unpivoted = ctx.indexes(s, u.getColumns());
        boolean widen = false;
        for (int i : unpivoted) {
            widen |= !s.getFields().get(i).getType().equals(value.getType());
        }
        if (widen) {
            List<ProjectOperator.Output> outs = new ArrayList<>();
            for (int i = 0; i < s.getFields().size(); i++) {
                Field f = s.getFields().get(i);
                boolean cast = u.getColumns().contains(f.getName()) && !f.getType().equals(value.getType());
                outs.add(cast ? ProjectOperator.Output.expression(new Field(f.getName(), value.getFieldType(), null),
                        ctx.cast(f.getName(), Types.sluice(value).type(), s))
                        : ProjectOperator.Output.column(f, i));
            }
            input = ctx.graph().operator(ctx.id() + "#widen", ctx.kind(), new ProjectOperator(outs), input).uncountedPartOf(ctx.id()).out(); //$NON-NLS-1$
            s = input.schema();
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < s.getFields().size(); i++) {
            if (!u.getColumns().contains(s.getFields().get(i).getName())) {
                kept.add(i);
            }
        }
        String[] names = u.getColumns().toArray(new String[0]);
        return ctx.graph().operator(ctx.id(), ctx.kind(), new UnpivotOperator(out, kept.stream().mapToInt(Integer::intValue).toArray(),
                unpivoted, names, u.isIncludeNulls()), input);
    }
}
