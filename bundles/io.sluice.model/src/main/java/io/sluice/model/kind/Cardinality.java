package io.sluice.model.kind;

/**
 * How a step kind accounts for rows: what the run's row accounting (rows in = out + filtered + rejected) may
 * expect of it, and whether it can run per input file in a checkpointed run.
 */
public enum Cardinality {
  /** Produces rows (read = out + rejected). */
  SOURCE,
  /** One row out per row in, or the row goes to rejects. */
  ROW_WISE,
  /** Each row goes out, is filtered or is rejected. */
  FILTERING,
  /** Every row of every input goes out (a union). */
  FAN_IN,
  /** Many rows fold into fewer (aggregates, windows, pivots): the count changes by design. */
  FOLDING,
  /** Rows of two inputs pair up: the count changes by design. */
  JOINING,
  /** One row becomes several (unpivot): the count changes by design. */
  FAN_OUT,
  /** Consumes rows (written = in). */
  SINK;

  /** True when rows in = rows out + filtered + rejected must hold for the step. */
  public boolean balanced() {
    return this == ROW_WISE || this == FILTERING || this == FAN_IN;
  }
}
