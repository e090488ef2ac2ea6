package io.sluice.runtime.spark.internal.translate;

import java.util.HashMap;
import java.util.HashSet;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.expression.CheckResult;
import io.sluice.expression.Expressions;
import io.sluice.expression.types.Schema;
import io.sluice.model.Pipeline;
import io.sluice.model.PipelineParameters;
import io.sluice.model.Ports;
import io.sluice.model.QualityCheck;
import io.sluice.model.kind.StepKinds;
import io.sluice.model.resource.SluiceModel;
import io.sluice.runtime.internal.kernel.ExprKernel;
import io.sluice.runtime.internal.quality.QualityRules;
import io.sluice.runtime.internal.types.Types;
import io.sluice.runtime.spark.internal.ArrowRows;
import io.sluice.runtime.spark.internal.EmbeddedOperatorTask;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * The quality check runs the embedded runtime's own {@code QualityCheckOperator} on an executor, over the step's
 * input gathered into one partition in its order ({@link EmbeddedOperatorTask}): the same rule results (row rules;
 * UNIQUE keeping the first occurrence; ROW_COUNT, FRESHNESS and NULL_RATE decided at the end), the same rejects rows
 * ({@code _rule} the first failing QUARANTINE rule), the same failure naming the rule and the row for a FAIL rule,
 * and the results in the run's result and history. One partition is the price of those exact semantics: the step's
 * neighbours stay parallel.
 */
public final class QualityCheckTranslator implements SparkTranslator<QualityCheck> {
    @Override
    public Output translate(QualityCheck step, Translation t) {
        Schema input = t.input(step, Ports.IN);
        Schema rejects = t.output(step, Ports.REJECTS);
        Dataset<Row> in = Translation.conform(t.input(step), input);
        byte[] model = SluiceModel.toBytes(t.pipeline());
        String id = step.getId();
        HashMap<String, String> params = new HashMap<>(t.parameters());
        HashSet<String> sensitive = new HashSet<>(); // as the embedded planner: the columns any step declares sensitive
        for (io.sluice.model.Step s : t.pipeline().getSteps()) {
            for (String c : StepKinds.of(s).sensitiveColumns(s)) {
                sensitive.add(t.expand(c));
            }
        }
        EmbeddedOperatorTask task = new EmbeddedOperatorTask(id, step.eClass().getName(), t.runId(), ArrowRows.Spec.of(input),
                ArrowRows.Spec.of(rejects), (arrowIn, arrowRejects) -> {
                    Pipeline p = SluiceModel.load("pipeline.sluice", model).pipeline(); //$NON-NLS-1$
                    QualityCheck q = (QualityCheck) p.findStep(id);
                    return QualityRules.build(q, arrowIn, arrowRejects, (text, schema) -> {
                        String x = PipelineParameters.expand(p, text, params);
                        CheckResult r = Expressions.compilePredicate(x, Types.sluice(schema));
                        if (!r.ok()) {
                            throw new IllegalArgumentException("expression '" + x + "': " + r.problems()); //$NON-NLS-1$ //$NON-NLS-2$
                        }
                        return ExprKernel.compile(r.typed());
                    }, text -> PipelineParameters.expand(p, text, params), sensitive);
                }, t.quality());
        JavaRDD<Row> rows = in.coalesce(1).javaRDD().mapPartitions(task::apply);
        return FileSourceTranslator.tagged(step, t, rows, input, rejects);
    }
}
