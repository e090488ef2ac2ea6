package io.sluice.model.internal.kinds;

import org.eclipse.emf.ecore.EClass;

import io.sluice.model.FileSink;
import io.sluice.model.kind.PropertyChecks;

/** A sink writing one file: needs a path. */
class FileSinkKind<S extends FileSink> extends SinkKind<S> {
  private final boolean parts;

  /** @param parts whether a run over many input files may write the sink in parts and concatenate them */
  FileSinkKind(EClass eClass, Class<S> type, boolean parts, String documentation) {
    super(eClass, type, documentation);
    this.parts = parts;
  }

  @Override
  public void checkProperties(S step, PropertyChecks checks) {
    checks.required("path", step.getPath()); //$NON-NLS-1$
  }

  @Override
  public boolean perFile(S step) {
    return parts;
  }
}
