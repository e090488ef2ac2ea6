package io.sluice.model.internal.kinds;

import java.util.ArrayList;
import java.util.List;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.expression.types.TypeId;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.model.Unnest;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.ColumnLineage;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/**
 * A LIST column to rows (DuckDB's {@code UNNEST}). The output is the input's columns in order, the list column
 * replaced by its element type under the same name (nullable when the elements are, or with {@code keepEmpty}),
 * then {@code positionColumn} (INT64, the element's 1-based position; nullable only with {@code keepEmpty}; none
 * when blank). Every input row gives one row per element, in list order; an empty or NULL list gives none, or with
 * {@code keepEmpty} one row whose element and position are NULL. The count changes by design: the run's
 * accounting shows the extra rows as "fanned out".
 */
final class UnnestKind extends StepKind<Unnest> {

  UnnestKind() {
    super(SluicePackage.Literals.UNNEST, Unnest.class, Cardinality.FAN_OUT,
        "Turns a list column into rows: one row per element, with its position"); //$NON-NLS-1$
  }

  @Override
  public void checkProperties(Unnest u, PropertyChecks checks) {
    checks.required("column", u.getColumn()); //$NON-NLS-1$
  }

  @Override
  public Schema output(Unnest u, SchemaContext ctx) {
    Schema in = ctx.in();
    Field list = ctx.column(in, u.getColumn(), "column", "unnested column"); //$NON-NLS-1$ //$NON-NLS-2$
    if (list == null) {
      return null;
    }
    if (list.type().id() != TypeId.LIST) {
      ctx.error("column", "unnested column '" + list.name() + "' is " + list.type() + ", not a LIST"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      return null;
    }
    List<Field> fields = new ArrayList<>();
    for (Field f : in.fields()) {
      fields.add(f == list ? new Field(f.name(), f.type().element(), list.type().children().get(0).nullable() || u.isKeepEmpty()) : f);
    }
    String position = u.getPositionColumn();
    if (position != null && !position.isBlank()) {
      if (in.field(position).isPresent()) {
        ctx.error("positionColumn", "column '" + position + "' is already in the output"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return null;
      }
      fields.add(new Field(position, DataType.INT64, u.isKeepEmpty()));
    }
    return new Schema(fields);
  }

  @Override
  public List<ColumnLineage> lineage(Unnest u, SchemaContext inputs, Schema output) {
    List<ColumnLineage> result = new ArrayList<>();
    for (Field f : inputs.in().fields()) {
      result.add(new ColumnLineage(f.name(), List.of(new ColumnLineage.Ref(Ports.IN, 0, f.name()))));
    }
    if (u.getPositionColumn() != null && !u.getPositionColumn().isBlank()) {
      result.add(new ColumnLineage(u.getPositionColumn(), List.of(new ColumnLineage.Ref(Ports.IN, 0, u.getColumn()))));
    }
    return result;
  }

  @Override
  public boolean perFile(Unnest step) {
    return true;
  }
}
