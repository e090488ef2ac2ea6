package io.sluice.model.internal.kinds;

import org.eclipse.emf.ecore.EClass;

import io.sluice.model.FileSource;
import io.sluice.model.kind.PropertyChecks;

/** A source reading a file, a directory of files or a glob: needs a path, and can run one file at a time. */
class FileSourceKind<S extends FileSource> extends SourceKind<S> {

  FileSourceKind(EClass eClass, Class<S> type, String documentation) {
    super(eClass, type, documentation);
  }

  @Override
  public void checkProperties(S step, PropertyChecks checks) {
    checks.required("path", step.getPath()); //$NON-NLS-1$
  }

  @Override
  public boolean perFile(S step) {
    return true;
  }
}
