package io.sluice.model.internal.kinds;

import io.sluice.expression.types.Schema;
import io.sluice.model.Deduplicate;
import io.sluice.model.SluicePackage;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/** The input unchanged; keys (none: whole rows) and the order column must be columns of it. */
final class DeduplicateKind extends StepKind<Deduplicate> {

  DeduplicateKind() {
    super(SluicePackage.Literals.DEDUPLICATE, Deduplicate.class, Cardinality.FILTERING, "Keeps the first or last row per key"); //$NON-NLS-1$
  }

  @Override
  public Schema output(Deduplicate dedup, SchemaContext ctx) {
    for (String k : dedup.getKeys()) {
      ctx.column(ctx.in(), k, "keys", "key"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (dedup.getOrderColumn() != null && !dedup.getOrderColumn().isBlank()) {
      ctx.column(ctx.in(), dedup.getOrderColumn(), "orderColumn", "order column"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return ctx.in();
  }
}
