package io.sluice.model.internal.kinds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.EList;

import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Join;
import io.sluice.model.JoinKind;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.ColumnLineage;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/**
 * All left columns, then all right columns. A right column whose name is already taken is renamed
 * {@code name_right} (then {@code name_right_2}, ...). LEFT makes the right side nullable, RIGHT the left side,
 * FULL both. Keys pair up by position and must have the same type (INT32 and INT64 mix).
 */
final class JoinStepKind extends StepKind<Join> {
  private static final EList<String> INPUTS = ports(Ports.LEFT, Ports.RIGHT);

  JoinStepKind() {
    super(SluicePackage.Literals.JOIN, Join.class, Cardinality.JOINING,
        "Joins two inputs on key columns (inner, left, right, full)"); //$NON-NLS-1$
  }

  @Override
  public EList<String> inputPorts(Join step) {
    return INPUTS;
  }

  @Override
  public void checkProperties(Join j, PropertyChecks checks) {
    if (j.getLeftKeys().isEmpty() || j.getRightKeys().isEmpty()) {
      checks.error("leftKeys", "the join needs left and right keys"); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }

  @Override
  public Schema output(Join join, SchemaContext ctx) {
    Schema left = ctx.input(Ports.LEFT);
    Schema right = ctx.input(Ports.RIGHT);
    if (join.getLeftKeys().size() != join.getRightKeys().size()) {
      ctx.error("rightKeys", join.getLeftKeys().size() + " left keys but " + join.getRightKeys().size() + " right keys"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    for (int i = 0; i < Math.min(join.getLeftKeys().size(), join.getRightKeys().size()); i++) {
      Field l = ctx.column(left, join.getLeftKeys().get(i), "leftKeys", "left key"); //$NON-NLS-1$ //$NON-NLS-2$
      Field r = ctx.column(right, join.getRightKeys().get(i), "rightKeys", "right key"); //$NON-NLS-1$ //$NON-NLS-2$
      if (l != null && r != null && !(l.type() == r.type() || l.type().isInteger() && r.type().isInteger())) {
        ctx.error("rightKeys", "join keys '" + l.name() + "' (" + l.type() + ") and '" + r.name() + "' (" + r.type() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            + ") have different types"); //$NON-NLS-1$
      }
    }
    JoinKind kind = join.getKind();
    boolean leftNullable = kind == JoinKind.RIGHT || kind == JoinKind.FULL;
    boolean rightNullable = kind == JoinKind.LEFT || kind == JoinKind.FULL;
    List<Field> fields = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Field f : left.fields()) {
      fields.add(new Field(f.name(), f.type(), f.nullable() || leftNullable));
      taken.add(f.name());
    }
    for (Field f : right.fields()) {
      String name = taken.contains(f.name()) ? SchemaContext.unique(f.name() + "_right", taken) : f.name(); //$NON-NLS-1$
      taken.add(name);
      fields.add(new Field(name, f.type(), f.nullable() || rightNullable));
    }
    return new Schema(fields);
  }

  @Override
  public List<ColumnLineage> lineage(Join join, SchemaContext inputs, Schema output) {
    List<ColumnLineage> result = new ArrayList<>();
    Schema left = inputs.input(Ports.LEFT);
    Schema right = inputs.input(Ports.RIGHT);
    int i = 0;
    for (Field f : left.fields()) {
      result.add(new ColumnLineage(output.fields().get(i++).name(), List.of(new ColumnLineage.Ref(Ports.LEFT, 0, f.name()))));
    }
    for (Field f : right.fields()) {
      result.add(new ColumnLineage(output.fields().get(i++).name(), List.of(new ColumnLineage.Ref(Ports.RIGHT, 0, f.name()))));
    }
    return result;
  }
}
