package io.sluice.model.validation;

import java.util.Objects;

import io.sluice.model.Step;

/**
 * A problem with a pipeline: a validation finding, or anything else that refuses a run (the runtime reports its
 * planning problems, unknown parameters and load errors as this type too; there is no second problem type).
 * {@code stepId}/{@code stepName} are null for pipeline-level problems;
 * {@code field} names the property at fault (an EMF feature name such as {@code condition},
 * {@code derivations} or {@code links}), or is null. Expression diagnostics ({@code ExpressionProblem}: a position
 * inside an expression's text) are not problems of their own: validation turns each into a {@code Problem} of its
 * step with the expression's property as {@code field} and the position in the message.
 */
public record Problem(Severity severity, String stepId, String stepName, String field, String message) {

  public Problem {
    Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
    Objects.requireNonNull(message, "message"); //$NON-NLS-1$
  }

  public static Problem error(Step step, String field, String message) {
    return new Problem(Severity.ERROR, step == null ? null : step.getId(), step == null ? null : step.getName(), field, message);
  }

  public static Problem warning(Step step, String field, String message) {
    return new Problem(Severity.WARNING, step == null ? null : step.getId(), step == null ? null : step.getName(), field, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return ProblemFormatter.line(null, this);
  }
}
