package io.sluice.model.internal.kinds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.sluice.expression.CheckResult;
import io.sluice.expression.Expressions;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Ports;
import io.sluice.model.Select;
import io.sluice.model.SelectColumn;
import io.sluice.model.SluicePackage;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.ColumnLineage;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/**
 * The listed columns in order, renamed ({@code rename}) and cast ({@code cast}); a cast must be one the expression
 * language accepts. Nullability is kept (values that fail a cast are rejected, so a select with casts rejects).
 */
final class SelectKind extends StepKind<Select> {

  SelectKind() {
    super(SluicePackage.Literals.SELECT, Select.class, Cardinality.ROW_WISE, "Keeps, renames and casts columns"); //$NON-NLS-1$
  }

  @Override
  public boolean canReject(Select select) {
    for (SelectColumn c : select.getColumns()) {
      if (c.getCast() != null && !c.getCast().isBlank()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void checkProperties(Select s, PropertyChecks checks) {
    if (s.getColumns().isEmpty()) {
      checks.error("columns", "the select lists no columns"); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }

  @Override
  public Schema output(Select select, SchemaContext ctx) {
    Schema in = ctx.in();
    List<Field> fields = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (SelectColumn c : select.getColumns()) {
      Field f = ctx.column(in, c.getColumn(), "columns", "selected column"); //$NON-NLS-1$ //$NON-NLS-2$
      if (f == null) {
        continue;
      }
      DataType type = f.type();
      if (c.getCast() != null && !c.getCast().isBlank()) {
        Optional<DataType> target = DataType.fromName(c.getCast());
        if (target.isEmpty() || target.get() == DataType.NULL) {
          ctx.error("columns", "column '" + c.getColumn() + "': unknown cast type '" + c.getCast() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          continue;
        }
        CheckResult r = Expressions.compile("CAST(" + SchemaContext.quote(f.name()) + " AS " + target.get().typeName() + ")", in); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!r.ok()) {
          ctx.error("columns", "column '" + c.getColumn() + "': cannot cast " + f.type() + " to " + target.get() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
              + ": " + r.problems().get(0).message()); //$NON-NLS-1$
          continue;
        }
        type = target.get();
      }
      String name = c.getRename() != null && !c.getRename().isBlank() ? c.getRename() : f.name();
      if (!names.add(name)) {
        ctx.error("columns", "output column '" + name + "' appears twice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        continue;
      }
      fields.add(new Field(name, type, f.nullable()));
    }
    return new Schema(fields);
  }

  @Override
  public List<ColumnLineage> lineage(Select select, SchemaContext inputs, Schema output) {
    List<ColumnLineage> result = new ArrayList<>();
    for (SelectColumn c : select.getColumns()) {
      String name = c.getRename() != null && !c.getRename().isBlank() ? c.getRename() : c.getColumn();
      result.add(new ColumnLineage(name, List.of(new ColumnLineage.Ref(Ports.IN, 0, c.getColumn()))));
    }
    return result;
  }

  @Override
  public boolean perFile(Select step) {
    return true;
  }
}
