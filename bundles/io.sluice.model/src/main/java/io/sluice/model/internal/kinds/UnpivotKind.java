package io.sluice.model.internal.kinds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.expression.types.TypeRules;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.model.Unpivot;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.ColumnLineage;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/**
 * Columns to rows. The output is the input's other columns in order, then {@code nameColumn} (STRING, not null:
 * the unpivoted column's name) and {@code valueColumn} (the listed columns' common type, {@link TypeRules#commonForStacking};
 * nullable only with {@code includeNulls}, since NULL values give no row otherwise). Every input row gives one row
 * per listed column, in the listed order.
 */
final class UnpivotKind extends StepKind<Unpivot> {

  UnpivotKind() {
    super(SluicePackage.Literals.UNPIVOT, Unpivot.class, Cardinality.FAN_OUT,
        "Turns columns into rows: one row per column, with its name and value"); //$NON-NLS-1$
  }

  @Override
  public void checkProperties(Unpivot u, PropertyChecks checks) {
    if (u.getColumns().isEmpty()) {
      checks.error("columns", "the unpivot names no columns"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    checks.required("nameColumn", u.getNameColumn()); //$NON-NLS-1$
    checks.required("valueColumn", u.getValueColumn()); //$NON-NLS-1$
    if (!PropertyChecks.blank(u.getNameColumn()) && u.getNameColumn().equals(u.getValueColumn())) {
      checks.error("valueColumn", "the name and value columns are both called '" + u.getNameColumn() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
  }

  @Override
  public Schema output(Unpivot u, SchemaContext ctx) {
    Schema in = ctx.in();
    DataType type = null;
    boolean nullable = false;
    Set<String> listed = new HashSet<>();
    for (String c : u.getColumns()) {
      Field f = ctx.column(in, c, "columns", "unpivoted column"); //$NON-NLS-1$ //$NON-NLS-2$
      if (f == null) {
        continue;
      }
      if (!listed.add(c)) {
        ctx.error("columns", "column '" + c + "' is listed twice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        continue;
      }
      DataType common = type == null ? f.type() : TypeRules.commonForStacking(type, f.type());
      if (common == null) {
        ctx.error("columns", "column '" + c + "' is " + f.type() + ", the columns before it " + type //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            + "; unpivoted columns need one type"); //$NON-NLS-1$
        continue;
      }
      type = common;
      nullable |= f.nullable();
    }
    if (type == null || ctx.failed()) {
      return null;
    }
    List<Field> fields = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Field f : in.fields()) {
      if (!listed.contains(f.name())) {
        fields.add(f);
        names.add(f.name());
      }
    }
    for (String n : List.of(u.getNameColumn(), u.getValueColumn())) {
      if (n != null && !names.add(n)) {
        ctx.error(n.equals(u.getNameColumn()) ? "nameColumn" : "valueColumn", "column '" + n + "' is already in the output"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return null;
      }
    }
    fields.add(Field.required(u.getNameColumn(), DataType.STRING));
    fields.add(new Field(u.getValueColumn(), type, nullable && u.isIncludeNulls()));
    return new Schema(fields);
  }

  @Override
  public List<ColumnLineage> lineage(Unpivot u, SchemaContext inputs, Schema output) {
    List<ColumnLineage> result = new ArrayList<>();
    for (Field f : inputs.in().fields()) {
      if (!u.getColumns().contains(f.name())) {
        result.add(new ColumnLineage(f.name(), List.of(new ColumnLineage.Ref(Ports.IN, 0, f.name()))));
      }
    }
    result.add(new ColumnLineage(u.getNameColumn(), List.of()));
    result.add(new ColumnLineage(u.getValueColumn(),
        u.getColumns().stream().map(c -> new ColumnLineage.Ref(Ports.IN, 0, c)).toList()));
    return result;
  }

  @Override
  public boolean perFile(Unpivot step) {
    return true;
  }
}
