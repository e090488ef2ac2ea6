package io.sluice.runtime.internal.plan;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;

import io.sluice.expression.types.Schema;
import io.sluice.model.Step;
import io.sluice.runtime.internal.exec.ExecGraph;

/**
 * The runtime side of one step kind: turns a validated model step into physical operators of the plan. Found
 * through {@link StepPlanners} by the step's EClass, as the model's {@code StepKind} descriptor is; {@link Planner}
 * is the generic walker that calls it in link order.
 *
 * @param <S> the model interface of the kind
 */
public interface StepPlanner<S extends Step> {

    /** The kind this planner plans. */
    EClass eClass();

    /**
     * Adds the step's nodes to {@link PlanContext#graph()} and returns the node whose ports stand for the step's
     * ports (its {@code out} and side ports); extra nodes carry {@code countsAs(step id)} so that metrics count
     * once per step. Throws {@link IllegalArgumentException} for a configuration the runtime cannot run (the
     * message becomes the step's problem).
     */
    ExecGraph.Node plan(S step, PlanContext ctx);

    /**
     * For a source bound to its files' columns by name: the columns {@code file} holds, as schema drift compares them
     * with the declared ones (what {@code plan} binds, and what {@code sluice validate --against} reports); empty for
     * other kinds or when the file cannot be read.
     */
    default Optional<Schema> fileColumns(S step, Path file) {
        return Optional.empty();
    }
}
