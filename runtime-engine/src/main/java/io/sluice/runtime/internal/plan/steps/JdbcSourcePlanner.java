package io.sluice.runtime.internal.plan.steps;

import org.eclipse.emf.ecore.EClass;

import io.sluice.model.JdbcSource;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.jdbc.Jdbc;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

final class JdbcSourcePlanner implements StepPlanner<JdbcSource> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.JDBC_SOURCE;
    }

    @Override
    public ExecGraph.Node plan(JdbcSource j, PlanContext ctx) {
        Jdbc.Target t = new Jdbc.Target(ctx.expand(j.getUrl()), ctx.expand(j.getUser()), ctx.secret(j.getPassword()));
        return ctx.graph().source(ctx.id(), ctx.kind(), new io.sluice.runtime.internal.jdbc.JdbcSource(t, ctx.expand(j.getQuery()),
                ctx.sourceSchema(j)), ctx.sourceRejects());
    }
}
