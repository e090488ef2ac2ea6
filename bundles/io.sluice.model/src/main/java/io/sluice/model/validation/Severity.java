package io.sluice.model.validation;

/** How bad a {@link Problem} is: errors block a run, warnings do not. */
public enum Severity {
  ERROR, WARNING;

  /** {@code "error"} or {@code "warning"}, as the formatters write it. */
  public String label() {
    return this == ERROR ? "error" : "warning"; //$NON-NLS-1$ //$NON-NLS-2$
  }
}
