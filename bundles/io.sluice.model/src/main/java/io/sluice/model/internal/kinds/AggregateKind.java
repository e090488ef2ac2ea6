package io.sluice.model.internal.kinds;

import java.util.ArrayList;
import java.util.List;

import io.sluice.expression.types.Schema;
import io.sluice.model.Aggregate;
import io.sluice.model.AggregateFunction;
import io.sluice.model.Aggregation;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.ColumnLineage;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/** The group keys as they are, then one column per aggregation ({@link Aggregations}). */
final class AggregateKind extends StepKind<Aggregate> {

  AggregateKind() {
    super(SluicePackage.Literals.AGGREGATE, Aggregate.class, Cardinality.FOLDING,
        "Groups rows by keys and computes sums, counts, averages…"); //$NON-NLS-1$
  }

  @Override
  public void checkProperties(Aggregate a, PropertyChecks checks) {
    if (a.getGroupKeys().isEmpty() && a.getAggregations().isEmpty()) {
      checks.error("aggregations", "the aggregate has neither group keys nor aggregations"); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }

  @Override
  public Schema output(Aggregate agg, SchemaContext ctx) {
    return Aggregations.aggregate(ctx, ctx.in(), agg.getGroupKeys(), agg.getAggregations(), List.of(), "groupKeys"); //$NON-NLS-1$
  }

  @Override
  public List<ColumnLineage> lineage(Aggregate agg, SchemaContext inputs, Schema output) {
    return lineage(agg.getGroupKeys(), agg.getAggregations());
  }

  static List<ColumnLineage> lineage(List<String> keys, List<Aggregation> aggregations) {
    List<ColumnLineage> result = new ArrayList<>();
    for (String k : keys) {
      result.add(new ColumnLineage(k, List.of(new ColumnLineage.Ref(Ports.IN, 0, k))));
    }
    for (Aggregation a : aggregations) {
      result.add(new ColumnLineage(Aggregations.outputName(a), a.getFunction() == AggregateFunction.COUNT_ALL ? List.of()
          : List.of(new ColumnLineage.Ref(Ports.IN, 0, a.getColumn()))));
    }
    return result;
  }
}
