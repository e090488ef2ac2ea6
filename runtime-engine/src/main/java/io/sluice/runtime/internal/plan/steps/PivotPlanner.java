package io.sluice.runtime.internal.plan.steps;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.expression.types.DataType;
import io.sluice.model.AggregateFunction;
import io.sluice.model.Pivot;
import io.sluice.model.SluicePackage;
import io.sluice.model.kind.SchemaContext;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.kernel.ExprKernel;
import io.sluice.runtime.internal.ops.AggFunction;
import io.sluice.runtime.internal.ops.HashAggregate;
import io.sluice.runtime.internal.ops.ProjectOperator;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;
import io.sluice.runtime.internal.types.Types;

/**
 * A pivot is an aggregate of conditional cells: a streaming projection gives each declared value its cell column
 * {@code CASE WHEN pivot = value THEN valueColumn END} (for COUNT_ALL {@code THEN 1}, counted with COUNT), and a
 * blocking {@link HashAggregate} by the group keys folds each cell with the function under the value's name. A
 * group without a row for a value so gets NULL (0 for counts), as DuckDB's PIVOT does. No operator of its own.
 */
final class PivotPlanner implements StepPlanner<Pivot> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.PIVOT;
    }

    @Override
    public ExecGraph.Node plan(Pivot p, PlanContext ctx) {
        Schema s = ctx.input().schema();
        List<ProjectOperator.Output> cells = new ArrayList<>();
        int[] keys = new int[p.getGroupKeys().size()];
        for (int i = 0; i < keys.length; i++) {
            int from = ctx.index(s, p.getGroupKeys().get(i));
            cells.add(ProjectOperator.Output.column(s.getFields().get(from), from));
            keys[i] = i;
        }
        Field on = s.getFields().get(ctx.index(s, p.getPivotColumn()));
        DataType onType = Types.sluice(on).type();
        boolean countAll = p.getFunction() == AggregateFunction.COUNT_ALL;
        String then = countAll ? "1" : SchemaContext.quote(p.getValueColumn()); //$NON-NLS-1$
        AggFunction fn = countAll ? AggFunction.COUNT : AggFunction.valueOf(p.getFunction().name());
        List<HashAggregate.Agg> aggs = new ArrayList<>();
        for (int v = 0; v < p.getValues().size(); v++) {
            String value = ctx.expand(p.getValues().get(v));
            ExprKernel k = ctx.compile("CASE WHEN " + SchemaContext.quote(on.getName()) + " = " //$NON-NLS-1$ //$NON-NLS-2$
                    + SchemaContext.literal(onType, value) + " THEN " + then + " END", s, false); //$NON-NLS-1$ //$NON-NLS-2$
            cells.add(ProjectOperator.Output.expression(Types.field(k.type(), "_cell" + v, true), k)); //$NON-NLS-1$
            aggs.add(new HashAggregate.Agg(fn, keys.length + v, value));
        }
        ProjectOperator project = new ProjectOperator(cells);
        ExecGraph.Node c = ctx.graph().operator(ctx.id() + "#cells", ctx.kind(), project, ctx.input()).uncountedPartOf(ctx.id()); //$NON-NLS-1$
        return ctx.graph().blocking(ctx.id(), ctx.kind(), new HashAggregate(project.outputSchema(), keys, aggs), c.out());
    }
}
