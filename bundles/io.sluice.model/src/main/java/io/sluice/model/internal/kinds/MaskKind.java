package io.sluice.model.internal.kinds;

import java.util.ArrayList;
import java.util.List;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Mask;
import io.sluice.model.MaskMethod;
import io.sluice.model.SluicePackage;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/** The input, masked columns becoming STRING (a hex SHA-256 or a redaction marker), nullability kept. */
final class MaskKind extends StepKind<Mask> {

  MaskKind() {
    super(SluicePackage.Literals.MASK, Mask.class, Cardinality.ROW_WISE, "Hashes or redacts sensitive columns"); //$NON-NLS-1$
  }

  @Override
  public void checkProperties(Mask m, PropertyChecks checks) {
    if (m.getColumns().isEmpty()) {
      checks.error("columns", "the mask names no columns"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (m.getMethod() == MaskMethod.HASH_SHA256) {
      if (PropertyChecks.blank(m.getSalt())) {
        checks.error("salt", "HASH_SHA256 needs a salt, a ${param} or ${secret:name} reference"); //$NON-NLS-1$ //$NON-NLS-2$
      } else if (!m.getSalt().strip().startsWith("${")) { //$NON-NLS-1$
        checks.warning("salt", "the salt is written in the file; use a ${secret:name} reference"); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
  }

  @Override
  public Schema output(Mask mask, SchemaContext ctx) {
    Schema in = ctx.in();
    List<Field> fields = new ArrayList<>(in.fields());
    for (String c : mask.getColumns()) {
      Field f = ctx.column(in, c, "columns", "masked column"); //$NON-NLS-1$ //$NON-NLS-2$
      if (f != null) {
        fields.set(in.indexOf(c), new Field(f.name(), DataType.STRING, f.nullable()));
      }
    }
    return new Schema(fields);
  }

  @Override
  public List<String> sensitiveColumns(Mask m) {
    return m.getColumns();
  }

  @Override
  public boolean perFile(Mask step) {
    return true;
  }
}
