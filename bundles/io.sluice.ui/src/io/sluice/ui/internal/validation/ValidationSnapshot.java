package io.sluice.ui.internal.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sluice.expression.types.Schema;
import io.sluice.model.Pipeline;
import io.sluice.model.Step;
import io.sluice.model.validation.PipelineValidator;
import io.sluice.model.validation.Problem;

/**
 * What validation found for one state of a pipeline. It was computed on a copy of the editor's model, so steps are
 * matched by id, never by object.
 */
public final class ValidationSnapshot {

    /** Key of the viewer property that holds the latest snapshot; edit parts listen to it. */
    public static final String VIEWER_PROPERTY = "io.sluice.ui.validation"; //$NON-NLS-1$

    private final Pipeline copy;
    private final PipelineValidator.Result result;
    private final Map<String, List<Problem>> byStep = new HashMap<>();

    ValidationSnapshot(Pipeline copy, PipelineValidator.Result result) {
        this.copy = copy;
        this.result = result;
        for (Problem p : result.problems()) {
            if (p.stepId() != null) {
                byStep.computeIfAbsent(p.stepId(), id -> new java.util.ArrayList<>()).add(p);
            }
        }
    }

    public List<Problem> problems() {
        return result.problems();
    }

    public List<Problem> problemsOf(String stepId) {
        return byStep.getOrDefault(stepId, List.of());
    }

    public long errorCount() {
        return result.problems().stream().filter(Problem::isError).count();
    }

    /** The schema the step with {@code stepId} emits on {@code port}, when it is known. */
    public Optional<Schema> outputSchema(String stepId, String port) {
        Step step = copy.findStep(stepId);
        return step == null ? Optional.empty() : result.schemas().output(step, port);
    }

    /**
     * The columns arriving at an input port of the step with {@code stepId} (the first link's, for a union), or empty
     * when they are not known.
     */
    public Optional<Schema> inputSchema(String stepId, String port) {
        Step step = copy.findStep(stepId);
        if (step == null) {
            return Optional.empty();
        }
        List<Schema> inputs = result.schemas().inputs(step, port);
        return inputs.isEmpty() ? Optional.empty() : Optional.of(inputs.get(0));
    }

    /** The ports of the step with {@code stepId} (as validated). */
    public List<String> outputPorts(String stepId) {
        Step step = copy.findStep(stepId);
        return step == null ? List.of() : List.copyOf(step.outputPorts());
    }
}
