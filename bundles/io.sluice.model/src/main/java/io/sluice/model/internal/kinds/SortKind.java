package io.sluice.model.internal.kinds;

import io.sluice.expression.types.Schema;
import io.sluice.model.SluicePackage;
import io.sluice.model.Sort;
import io.sluice.model.SortKey;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/** The input unchanged, reordered by keys that must be columns of it. */
final class SortKind extends StepKind<Sort> {

  SortKind() {
    super(SluicePackage.Literals.SORT, Sort.class, Cardinality.ROW_WISE, "Orders rows by one or more keys"); //$NON-NLS-1$
  }

  @Override
  public void checkProperties(Sort s, PropertyChecks checks) {
    if (s.getKeys().isEmpty()) {
      checks.error("keys", "the sort has no keys"); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }

  @Override
  public Schema output(Sort sort, SchemaContext ctx) {
    for (SortKey k : sort.getKeys()) {
      ctx.column(ctx.in(), k.getColumn(), "keys", "sort key"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return ctx.in();
  }
}
