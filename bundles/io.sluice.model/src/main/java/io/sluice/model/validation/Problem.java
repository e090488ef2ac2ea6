package io.sluice.model.validation;

import java.util.Objects;

import io.sluice.model.Step;

/**
 * A validation finding. {@code stepId}/{@code stepName} are null for pipeline-level problems;
 * {@code field} names the property at fault (an EMF feature name such as {@code condition},
 * {@code derivations} or {@code links}), or is null.
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
