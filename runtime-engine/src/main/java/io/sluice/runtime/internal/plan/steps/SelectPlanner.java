package io.sluice.runtime.internal.plan.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.expression.types.DataType;
import io.sluice.model.Ports;
import io.sluice.model.Select;
import io.sluice.model.SelectColumn;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.ops.ProjectOperator;
import io.sluice.runtime.internal.ops.RejectingOperator;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;
import io.sluice.runtime.internal.types.Types;

/** A projection; with casts, values that fail a cast reject their row. */
final class SelectPlanner implements StepPlanner<Select> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.SELECT;
    }

    @Override
    public ExecGraph.Node plan(Select sel, PlanContext ctx) {
        Schema s = ctx.input().schema();
        List<ProjectOperator.Output> outs = new ArrayList<>();
        for (SelectColumn c : sel.getColumns()) {
            int i = ctx.index(s, c.getColumn());
            Field f = s.getFields().get(i);
            String name = c.getRename() == null || c.getRename().isBlank() ? f.getName() : ctx.expand(c.getRename());
            if (c.getCast() == null || c.getCast().isBlank()) {
                outs.add(ProjectOperator.Output.column(new Field(name, f.getFieldType(), null), i));
            } else {
                DataType t = DataType.fromName(ctx.expand(c.getCast())).orElseThrow(
                        () -> new IllegalArgumentException("unknown type '" + c.getCast() + "'")); //$NON-NLS-1$ //$NON-NLS-2$
                outs.add(ProjectOperator.Output.expression(Types.field(t, name, f.isNullable()), ctx.cast(f.getName(), t, s)));
            }
        }
        if (!sel.outputPorts().contains(Ports.REJECTS)) {
            return ctx.graph().operator(ctx.id(), ctx.kind(), new ProjectOperator(outs), ctx.input());
        }
        Schema rejects = ctx.transformRejects();
        return ctx.graph().operator(ctx.id(), ctx.kind(), new RejectingOperator<>(new ProjectOperator(outs), rejects), ctx.input(),
                Map.of(Ports.REJECTS, rejects));
    }
}
