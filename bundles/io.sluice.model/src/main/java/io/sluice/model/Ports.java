package io.sluice.model;

/**
 * Port names. Which step has which port is decided by {@link Step#inputPorts()} and
 * {@link Step#outputPorts()}:
 * <ul>
 * <li>sources: outputs {@code out} and {@code rejects};</li>
 * <li>transforms: input {@code in} (a join has {@code left} and {@code right} instead), output {@code out};
 * {@link QualityCheck}, {@link Filter}, {@link Derive} and a {@link Select} with at least one cast also have
 * {@code rejects} (a filter's: rows whose condition cannot be computed);</li>
 * <li>sinks: input {@code in} only.</li>
 * </ul>
 * Every input port must be connected; only a {@link Union}'s {@code in} takes more than one link.
 */
public final class Ports {
  /** Main output. */
  public static final String OUT = "out"; //$NON-NLS-1$
  /** Rows a step refused, with the reason (see {@code io.sluice.model.schema.SchemaPropagator}). */
  public static final String REJECTS = "rejects"; //$NON-NLS-1$
  /** Main input. */
  public static final String IN = "in"; //$NON-NLS-1$
  /** Left input of a join. */
  public static final String LEFT = "left"; //$NON-NLS-1$
  /** Right input of a join. */
  public static final String RIGHT = "right"; //$NON-NLS-1$

  private Ports() {
  }
}
