package io.sluice.model.internal.kinds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.sluice.expression.CheckResult;
import io.sluice.expression.ExpressionProblem;
import io.sluice.expression.Expressions;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Derivation;
import io.sluice.model.Derive;
import io.sluice.model.SluicePackage;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/**
 * The input, then each derivation in turn: a derivation with a new name is appended, one with an existing name
 * replaces that column in place. Each expression sees the columns derived before it. Type and nullability are
 * the typed expression's. Rows whose expression fails go to rejects.
 */
final class DeriveKind extends StepKind<Derive> {

  DeriveKind() {
    super(SluicePackage.Literals.DERIVE, Derive.class, Cardinality.ROW_WISE, "Adds columns computed from expressions"); //$NON-NLS-1$
  }

  @Override
  public boolean canReject(Derive step) {
    return true;
  }

  @Override
  public void checkProperties(Derive d, PropertyChecks checks) {
    if (d.getDerivations().isEmpty()) {
      checks.error("derivations", "the derive has no derivations"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    Set<String> names = new HashSet<>();
    for (Derivation dv : d.getDerivations()) {
      if (PropertyChecks.blank(dv.getName())) {
        checks.error("derivations", "a derivation has no name"); //$NON-NLS-1$ //$NON-NLS-2$
      } else if (!names.add(dv.getName())) {
        checks.error("derivations", "column '" + dv.getName() + "' is derived twice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
      if (PropertyChecks.blank(dv.getExpression())) {
        checks.error("derivations", "derivation '" + dv.getName() + "' has no expression"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
    }
  }

  @Override
  public Schema output(Derive derive, SchemaContext ctx) {
    List<Field> fields = new ArrayList<>(ctx.in().fields());
    Schema current = ctx.in();
    for (Derivation d : derive.getDerivations()) {
      if (d.getName() == null || d.getName().isBlank() || d.getExpression() == null || d.getExpression().isBlank()) {
        continue; // reported by the property checks
      }
      CheckResult r = Expressions.compile(d.getExpression(), current);
      if (!r.ok()) {
        for (ExpressionProblem p : r.problems()) {
          ctx.error("derivations", "derivation '" + d.getName() + "': " + SchemaContext.position(p)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        continue;
      }
      DataType type = r.type();
      if (type == DataType.NULL) {
        ctx.error("derivations", "derivation '" + d.getName() + "': a bare NULL has no type; use CAST(NULL AS type)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        continue;
      }
      Field f = new Field(d.getName(), type, r.typed().nullable());
      int at = current.indexOf(d.getName());
      if (at >= 0) {
        fields.set(at, f);
      } else {
        fields.add(f);
      }
      current = new Schema(fields);
    }
    return current;
  }

  @Override
  public boolean perFile(Derive step) {
    return true;
  }
}
