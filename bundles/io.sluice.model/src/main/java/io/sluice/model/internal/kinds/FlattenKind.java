package io.sluice.model.internal.kinds;

import java.util.ArrayList;
import java.util.List;

import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.expression.types.TypeId;
import io.sluice.model.Flatten;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.ColumnLineage;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/**
 * A STRUCT column's fields to top-level columns (DuckDB's {@code struct.*}): the output is the input's columns in
 * order with the struct column replaced, in its place, by one column per field in field order, named
 * {@code prefix} + field name, typed as the field and nullable when the field or the struct is. A name that clashes
 * with another output column is an error naming both. Row by row: one row out per row in.
 */
final class FlattenKind extends StepKind<Flatten> {

  FlattenKind() {
    super(SluicePackage.Literals.FLATTEN, Flatten.class, Cardinality.ROW_WISE,
        "Turns a struct column's fields into columns"); //$NON-NLS-1$
  }

  @Override
  public void checkProperties(Flatten f, PropertyChecks checks) {
    checks.required("column", f.getColumn()); //$NON-NLS-1$
  }

  @Override
  public Schema output(Flatten flatten, SchemaContext ctx) {
    Schema in = ctx.in();
    Field struct = ctx.column(in, flatten.getColumn(), "column", "flattened column"); //$NON-NLS-1$ //$NON-NLS-2$
    if (struct == null) {
      return null;
    }
    if (struct.type().id() != TypeId.STRUCT) {
      ctx.error("column", "flattened column '" + struct.name() + "' is " + struct.type() + ", not a STRUCT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      return null;
    }
    String prefix = flatten.getPrefix() == null ? "" : flatten.getPrefix(); //$NON-NLS-1$
    List<Field> fields = new ArrayList<>();
    for (Field f : in.fields()) {
      if (f != struct) {
        fields.add(f);
        continue;
      }
      for (Field child : struct.type().children()) {
        String name = prefix + child.name();
        if (in.field(name).isPresent() && !name.equals(struct.name())) {
          ctx.error("prefix", "field '" + child.name() + "' of '" + struct.name() + "' becomes column '" + name //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
              + "', which the input already has; set a prefix"); //$NON-NLS-1$
          return null;
        }
        fields.add(new Field(name, child.type(), child.nullable() || struct.nullable()));
      }
    }
    return new Schema(fields);
  }

  @Override
  public List<ColumnLineage> lineage(Flatten flatten, SchemaContext inputs, Schema output) {
    List<ColumnLineage> result = new ArrayList<>();
    for (Field f : output.fields()) {
      String from = inputs.in().field(f.name()).isPresent() ? f.name() : flatten.getColumn();
      result.add(new ColumnLineage(f.name(), List.of(new ColumnLineage.Ref(Ports.IN, 0, from))));
    }
    return result;
  }

  @Override
  public boolean perFile(Flatten step) {
    return true;
  }
}
