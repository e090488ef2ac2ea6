package io.sluice.runtime.internal.plan.steps;

import org.eclipse.emf.ecore.EClass;

import io.sluice.model.JdbcSource;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.jdbc.JdbcReader;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

/**
 * A query, or a table's declared columns with the filter pushed down; an incremental source reads only rows past
 * the high-water mark the last committed run left.
 */
final class JdbcSourcePlanner implements StepPlanner<JdbcSource> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.JDBC_SOURCE;
    }

    @Override
    public ExecGraph.Node plan(JdbcSource j, PlanContext ctx) {
        JdbcReader.Read read = new JdbcReader.Read(expanded(j.getQuery(), ctx), expanded(j.getTable(), ctx),
                expanded(j.getFilter(), ctx), expanded(j.getHighWaterColumn(), ctx), ctx.mark(), j.getFetchSize());
        return ctx.graph().source(ctx.id(), ctx.kind(), new JdbcReader(ctx.jdbcTargets().target(j), read, ctx.sourceSchema(j)),
                ctx.sourceRejects());
    }

    private static String expanded(String text, PlanContext ctx) {
        return text == null || text.isBlank() ? null : ctx.expand(text);
    }
}
