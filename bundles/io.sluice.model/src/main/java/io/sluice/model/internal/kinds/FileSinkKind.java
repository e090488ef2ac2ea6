package io.sluice.model.internal.kinds;

import org.eclipse.emf.ecore.EClass;

import io.sluice.expression.types.Schema;
import io.sluice.model.FileSink;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;

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

  /** The input; each Hive partition column ({@code partitionBy}) must be one of its columns. */
  @Override
  public Schema output(S step, SchemaContext ctx) {
    for (String k : step.getPartitionBy()) {
      ctx.column(ctx.in(), k, "partitionBy", "partition column"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return ctx.in();
  }

  /** Parts per input file, unless it writes Hive partition folders (those commit as a whole). */
  @Override
  public boolean perFile(S step) {
    return parts && step.getPartitionBy().isEmpty();
  }
}
