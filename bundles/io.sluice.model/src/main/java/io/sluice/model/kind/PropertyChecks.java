package io.sluice.model.kind;

import java.util.List;

import io.sluice.model.PipelineParameters;
import io.sluice.model.Step;
import io.sluice.model.validation.Problem;

/** Collects the problems of one step's properties that are wrong without looking at schemas. */
public final class PropertyChecks {
  private final Step step;
  private final List<Problem> problems;

  public PropertyChecks(Step step, List<Problem> problems) {
    this.step = step;
    this.problems = problems;
  }

  public void error(String field, String message) {
    problems.add(Problem.error(step, field, message));
  }

  public void warning(String field, String message) {
    problems.add(Problem.warning(step, field, message));
  }

  public static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** An error when a required property is blank. */
  public void required(String field, String value) {
    if (blank(value)) {
      error(field, field + " is required"); //$NON-NLS-1$
    }
  }

  public void oneChar(String field, String value) {
    if (value == null || value.length() != 1) {
      error(field, field + " must be a single character, not '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }

  /** Passwords are ${secret:name} references only. */
  public void password(String value) {
    if (!blank(value) && !PipelineParameters.isSecretReference(value)) {
      error("password", "password must be a ${secret:name} reference; secrets never go in the file"); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }
}
