package io.sluice.model.internal.kinds;

import org.eclipse.emf.ecore.EClass;

import io.sluice.expression.types.Schema;
import io.sluice.model.DriftPolicy;
import io.sluice.model.FileSource;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.schema.SchemaDrift;

/** A source reading a file, a directory of files or a glob: needs a path, and can run one file at a time. */
class FileSourceKind<S extends FileSource> extends SourceKind<S> {

  FileSourceKind(EClass eClass, Class<S> type, String documentation) {
    super(eClass, type, documentation);
  }

  @Override
  public void checkProperties(S step, PropertyChecks checks) {
    checks.required("path", step.getPath()); //$NON-NLS-1$
  }

  /** A CSV or JSON lines source bound by name with policy EVOLVE or RESCUE: its output follows its data. */
  @Override
  protected Schema declared(S source, Schema declared, SchemaContext ctx) {
    DriftPolicy policy = source.getDriftPolicy();
    if (policy == DriftPolicy.STRICT || !bindsByName(source)) {
      return declared;
    }
    Schema found = policy == DriftPolicy.EVOLVE ? ctx.resolver().resolve(source).orElse(null) : null;
    return SchemaDrift.output(declared, found, policy);
  }

  @Override
  public boolean perFile(S step) {
    return true;
  }
}
