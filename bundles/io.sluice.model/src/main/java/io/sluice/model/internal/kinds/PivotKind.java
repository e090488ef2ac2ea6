package io.sluice.model.internal.kinds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.sluice.expression.CheckResult;
import io.sluice.expression.Expressions;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.AggregateFunction;
import io.sluice.model.Pivot;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.ColumnLineage;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/**
 * Rows to columns. The output is the group keys as they are, then one column per declared value of the pivot
 * column, named by the value, holding {@code function(valueColumn)} over the group's rows with that value (typed as
 * for Aggregate; nullable unless a count, since a group may have no row with the value). Rows whose pivot value is
 * not declared count in no cell. The values come from the step, not from the data, so the schema is known at
 * design time. Each value must be a literal of the pivot column's type.
 */
final class PivotKind extends StepKind<Pivot> {

  PivotKind() {
    super(SluicePackage.Literals.PIVOT, Pivot.class, Cardinality.FOLDING,
        "Turns the values of one column into columns, aggregating another column per group"); //$NON-NLS-1$
  }

  @Override
  public void checkProperties(Pivot p, PropertyChecks checks) {
    checks.required("pivotColumn", p.getPivotColumn()); //$NON-NLS-1$
    if (p.getValues().isEmpty()) {
      checks.error("values", "the pivot declares no values; each value becomes a column"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (p.getFunction() != AggregateFunction.COUNT_ALL) {
      checks.required("valueColumn", p.getValueColumn()); //$NON-NLS-1$
    }
    Set<String> seen = new HashSet<>();
    for (String v : p.getValues()) {
      if (PropertyChecks.blank(v)) {
        checks.error("values", "a pivot value is blank"); //$NON-NLS-1$ //$NON-NLS-2$
      } else if (!seen.add(v)) {
        checks.error("values", "value '" + v + "' is declared twice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
    }
  }

  @Override
  public String columnPort(String property) {
    return "pivotColumn".equals(property) || "valueColumn".equals(property) ? Ports.IN : super.columnPort(property); //$NON-NLS-1$ //$NON-NLS-2$
  }

  @Override
  public Schema output(Pivot pivot, SchemaContext ctx) {
    Schema in = ctx.in();
    List<Field> fields = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Aggregations.keys(ctx, in, pivot.getGroupKeys(), "groupKeys", names, fields); //$NON-NLS-1$
    Field on = ctx.column(in, pivot.getPivotColumn(), "pivotColumn", "pivot column"); //$NON-NLS-1$ //$NON-NLS-2$
    if (on == null) {
      return null;
    }
    if (pivot.getGroupKeys().contains(on.name())) {
      ctx.error("pivotColumn", "the pivot column '" + on.name() + "' is also a group key"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    for (String value : pivot.getValues()) {
      if (value == null || value.isBlank()) {
        continue; // reported by the property checks
      }
      CheckResult r = Expressions.compile(SchemaContext.quote(on.name()) + " = " + SchemaContext.literal(on.type(), value), Schema.of(on)); //$NON-NLS-1$
      if (!r.ok()) {
        ctx.error("values", "value '" + value + "' is not a " + on.type() + " value of '" + on.name() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        continue;
      }
      Field f = Aggregations.field(ctx, in, value, pivot.getFunction(), pivot.getValueColumn(), true, "valueColumn"); //$NON-NLS-1$
      if (f == null) {
        return null;
      }
      if (!names.add(value)) {
        ctx.error("values", "output column '" + value + "' appears twice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        continue;
      }
      fields.add(f);
    }
    return new Schema(fields);
  }

  @Override
  public List<ColumnLineage> lineage(Pivot pivot, SchemaContext inputs, Schema output) {
    List<ColumnLineage> result = new ArrayList<>();
    for (String k : pivot.getGroupKeys()) {
      result.add(new ColumnLineage(k, List.of(new ColumnLineage.Ref(Ports.IN, 0, k))));
    }
    List<ColumnLineage.Ref> cell = new ArrayList<>();
    cell.add(new ColumnLineage.Ref(Ports.IN, 0, pivot.getPivotColumn()));
    if (pivot.getFunction() != AggregateFunction.COUNT_ALL) {
      cell.add(new ColumnLineage.Ref(Ports.IN, 0, pivot.getValueColumn()));
    }
    for (String v : pivot.getValues()) {
      result.add(new ColumnLineage(v, cell));
    }
    return result;
  }
}
