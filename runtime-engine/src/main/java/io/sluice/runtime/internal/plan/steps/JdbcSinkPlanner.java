package io.sluice.runtime.internal.plan.steps;

import java.util.List;

import org.eclipse.emf.ecore.EClass;

import io.sluice.model.JdbcSink;
import io.sluice.model.LoadMethod;
import io.sluice.model.SluicePackage;
import io.sluice.model.WriteMode;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.jdbc.Jdbc;
import io.sluice.runtime.internal.jdbc.JdbcWriter;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

final class JdbcSinkPlanner implements StepPlanner<JdbcSink> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.JDBC_SINK;
    }

    @Override
    public ExecGraph.Node plan(JdbcSink j, PlanContext ctx) {
        Jdbc.Target t = ctx.target(j.getConnection(), j.getUrl(), j.getUser(), j.getPassword());
        List<String> keys = j.getMode() == WriteMode.UPSERT ? List.copyOf(j.getKeyColumns()) : List.of();
        JdbcWriter.Load load = new JdbcWriter.Load(
                j.getLoadMethod() == LoadMethod.COPY, j.getCommitEvery());
        return ctx.graph().sink(ctx.id(), ctx.kind(), new JdbcWriter(t, ctx.expand(j.getTable()),
                ctx.input().schema(), keys, load), ctx.input());
    }
}
