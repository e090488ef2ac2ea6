package io.sluice.model.internal.kinds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.ColumnDef;
import io.sluice.model.Source;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.ColumnLineage;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/**
 * What every source shares: no inputs, a {@code rejects} port with the source rejects schema, and an output of
 * the declared columns (type names as {@link DataType#fromName} reads them) or, without declared columns,
 * whatever the source schema resolver finds.
 */
public abstract class SourceKind<S extends Source> extends StepKind<S> {

  public static final String REJECT_FILE = "_file"; //$NON-NLS-1$
  public static final String REJECT_LINE = "_line"; //$NON-NLS-1$
  public static final String REJECT_RAW = "_raw"; //$NON-NLS-1$
  public static final String REJECT_COLUMN = "_column"; //$NON-NLS-1$

  /** The rejects schema of every source. */
  public static final Schema SOURCE_REJECTS = new Schema(List.of(
      Field.nullable(REJECT_FILE, DataType.STRING), Field.nullable(REJECT_LINE, DataType.INT64),
      Field.nullable(REJECT_RAW, DataType.STRING), Field.nullable(REJECT_COLUMN, DataType.STRING),
      Field.required(REJECT_REASON, DataType.STRING), Field.required(REJECT_STEP, DataType.STRING),
      Field.required(REJECT_RUN_ID, DataType.STRING)));

  SourceKind(EClass eClass, Class<S> type, String documentation) {
    super(eClass, type, Cardinality.SOURCE, documentation);
  }

  @Override
  public EList<String> inputPorts(S step) {
    return NO_PORTS;
  }

  @Override
  public boolean canReject(S step) {
    return true;
  }

  @Override
  public Schema rejects(S step, SchemaContext ctx) {
    return SOURCE_REJECTS;
  }

  @Override
  public List<ColumnLineage> lineage(S step, SchemaContext inputs, Schema output) {
    return output.fields().stream().map(f -> new ColumnLineage(f.name(), List.of())).toList();
  }

  @Override
  public List<String> sensitiveColumns(S source) {
    return source.getColumns().stream().filter(ColumnDef::isSensitive).map(ColumnDef::getName).toList();
  }

  @Override
  public Schema output(S source, SchemaContext ctx) {
    Optional<String> missing = ctx.resolver().missingInput(source);
    missing.ifPresent(m -> ctx.warning("path", m)); //$NON-NLS-1$
    if (source.getColumns().isEmpty()) {
      Optional<Schema> resolved = missing.isPresent() ? Optional.empty() : ctx.resolver().resolve(source);
      if (resolved.isEmpty()) {
        if (missing.isEmpty()) {
          ctx.warning("columns", "no columns declared and the schema could not be inferred"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ctx.fail();
        return null;
      }
      return resolved.get();
    }
    List<Field> fields = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ColumnDef c : source.getColumns()) {
      if (c.getName() == null || c.getName().isBlank()) {
        ctx.error("columns", "a declared column has no name"); //$NON-NLS-1$ //$NON-NLS-2$
        continue;
      }
      Optional<DataType> type = DataType.fromName(c.getType());
      if (type.isEmpty() || type.get() == DataType.NULL) {
        ctx.error("columns", "column '" + c.getName() + "': unknown type '" + c.getType() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        continue;
      }
      if (!names.add(c.getName())) {
        ctx.error("columns", "column '" + c.getName() + "' is declared twice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        continue;
      }
      fields.add(new Field(c.getName(), type.get(), c.isNullable()));
    }
    return declared(source, new Schema(fields), ctx);
  }

  /** The output of a source with declared columns: those columns (a file source may let its data add some). */
  protected Schema declared(S source, Schema declared, SchemaContext ctx) {
    return declared;
  }
}
