package io.sluice.runtime.internal.plan.steps;

import java.util.Map;

import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.model.Ports;
import io.sluice.model.QualityCheck;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;
import io.sluice.runtime.internal.quality.QualityRules;

final class QualityCheckPlanner implements StepPlanner<QualityCheck> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.QUALITY_CHECK;
    }

    @Override
    public ExecGraph.Node plan(QualityCheck q, PlanContext ctx) {
        Schema rej = ctx.transformRejects();
        return ctx.graph().operator(ctx.id(), ctx.kind(), QualityRules.build(q, ctx.input().schema(), rej,
                (text, schema) -> ctx.compile(text, schema, true), ctx::expand, ctx.sensitiveColumns()), ctx.input(),
                Map.of(Ports.REJECTS, rej));
    }
}
