package io.sluice.model.internal.kinds;

import io.sluice.expression.types.Schema;
import io.sluice.model.Filter;
import io.sluice.model.SluicePackage;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/** The input unchanged; the condition must be a boolean expression over it. */
final class FilterKind extends StepKind<Filter> {

  FilterKind() {
    super(SluicePackage.Literals.FILTER, Filter.class, Cardinality.FILTERING, "Keeps the rows for which a condition is true"); //$NON-NLS-1$
  }

  /** Rows whose condition cannot be evaluated go to {@code rejects} (RejectingOperator at run time). */
  @Override
  public boolean canReject(Filter step) {
    return true;
  }

  @Override
  public void checkProperties(Filter f, PropertyChecks checks) {
    checks.required("condition", f.getCondition()); //$NON-NLS-1$
  }

  @Override
  public Schema output(Filter filter, SchemaContext ctx) {
    ctx.predicate("condition", "condition", filter.getCondition(), ctx.in()); //$NON-NLS-1$ //$NON-NLS-2$
    return ctx.in();
  }

  @Override
  public boolean perFile(Filter step) {
    return true;
  }
}
