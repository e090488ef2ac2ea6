package io.sluice.model.kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Ports;
import io.sluice.model.Step;

/**
 * Everything the model layer knows about one step kind, in one place: its ports, the output schema per port,
 * the checks of its properties, how it accounts for rows, which output columns come from which input columns,
 * and its documentation. Found through {@link StepKinds} by the step's EClass; schema propagation,
 * validation, the model's port operations, the run's row accounting and checkpointing ask it instead of
 * switching on the step's class. The runtime's counterpart is a planner per kind, found the same way.
 *
 * @param <S> the model interface of the kind
 */
public abstract class StepKind<S extends Step> {

  public static final String REJECT_RULE = "_rule"; //$NON-NLS-1$
  public static final String REJECT_REASON = "_reason"; //$NON-NLS-1$
  public static final String REJECT_STEP = "_step"; //$NON-NLS-1$
  public static final String REJECT_RUN_ID = "_run_id"; //$NON-NLS-1$

  protected static final EList<String> NO_PORTS = ECollections.emptyEList();
  protected static final EList<String> IN_ONLY = ports(Ports.IN);
  protected static final EList<String> OUT_ONLY = ports(Ports.OUT);
  protected static final EList<String> OUT_AND_REJECTS = ports(Ports.OUT, Ports.REJECTS);

  private static final List<Field> TRANSFORM_REJECT_META = List.of(Field.nullable(REJECT_RULE, DataType.STRING),
      Field.required(REJECT_REASON, DataType.STRING), Field.required(REJECT_STEP, DataType.STRING),
      Field.required(REJECT_RUN_ID, DataType.STRING));

  private final EClass eClass;
  private final Class<S> type;
  private final Cardinality cardinality;
  private final String documentation;

  protected StepKind(EClass eClass, Class<S> type, Cardinality cardinality, String documentation) {
    this.eClass = eClass;
    this.type = type;
    this.cardinality = cardinality;
    this.documentation = documentation;
  }

  protected static EList<String> ports(String... names) {
    return ECollections.unmodifiableEList(new BasicEList<>(List.of(names)));
  }

  public final EClass eClass() {
    return eClass;
  }

  public final Class<S> type() {
    return type;
  }

  /** How the kind accounts for rows. */
  public final Cardinality cardinality() {
    return cardinality;
  }

  /** One sentence for users: what a step of this kind does. */
  public final String documentation() {
    return documentation;
  }

  // ---- ports

  public EList<String> inputPorts(S step) {
    return IN_ONLY;
  }

  public EList<String> outputPorts(S step) {
    return canReject(step) ? OUT_AND_REJECTS : OUT_ONLY;
  }

  /** Whether the step (as configured) can emit rejected rows on {@code rejects}. */
  public boolean canReject(S step) {
    return false;
  }

  public boolean acceptsManyLinks(S step, String port) {
    return false;
  }

  // ---- schemas

  /** The schema on {@code out}, or null when it cannot be known (after reporting why to {@code ctx}). */
  public abstract Schema output(S step, SchemaContext ctx);

  /** The schema on {@code rejects}: every input column as nullable text, then why the row was rejected. */
  public Schema rejects(S step, SchemaContext ctx) {
    return transformRejects(ctx.in());
  }

  /** The rejects schema of a transform whose input is {@code input}. */
  public static Schema transformRejects(Schema input) {
    Set<String> meta = new HashSet<>();
    for (Field f : TRANSFORM_REJECT_META) {
      meta.add(f.name());
    }
    List<Field> fields = new ArrayList<>();
    Set<String> taken = new HashSet<>(meta);
    for (Field f : input.fields()) {
      String name = f.name();
      if (meta.contains(name)) {
        name = SchemaContext.unique(name + "_input", taken); //$NON-NLS-1$
      }
      taken.add(name);
      fields.add(Field.nullable(name, DataType.STRING));
    }
    fields.addAll(TRANSFORM_REJECT_META);
    return new Schema(fields);
  }

  // ---- properties

  /** Reports properties that are missing or wrong without looking at schemas. */
  public void checkProperties(S step, PropertyChecks checks) {
  }

  // ---- sources

  /**
   * For a source: whether it binds its declared columns to its files' columns by name (CSV with a header, JSON
   * lines), so that its files can drift from them and its drift policy applies.
   */
  public boolean bindsByName(S step) {
    return false;
  }

  // ---- the designer

  private static final Set<String> COLUMN_PROPERTIES = Set.of("column", "columns", "eventTimeColumn", "groupKeys", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      "keyColumns", "keys", "leftKeys", "rightKeys", "orderColumn", "partitionBy"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

  /**
   * The input port whose columns a property (of the step or of its parts) names, or null when it names none: the
   * designer offers a column chooser fed by that port's propagated schema.
   */
  public String columnPort(String property) {
    return switch (property) {
      case "leftKeys" -> Ports.LEFT; //$NON-NLS-1$
      case "rightKeys" -> Ports.RIGHT; //$NON-NLS-1$
      default -> COLUMN_PROPERTIES.contains(property) ? Ports.IN : null;
    };
  }

  // ---- lineage

  /**
   * Which output columns come from which input columns, given the input schemas (per port) and the output.
   * The default: an output column named like a column of the first input comes from it; others from nothing.
   */
  public List<ColumnLineage> lineage(S step, SchemaContext inputs, Schema output) {
    List<ColumnLineage> result = new ArrayList<>();
    Schema in = inputs.in();
    for (Field f : output.fields()) {
      boolean passes = in != null && in.field(f.name()).isPresent();
      result.add(new ColumnLineage(f.name(), passes ? List.of(new ColumnLineage.Ref(Ports.IN, 0, f.name())) : List.of()));
    }
    return result;
  }

  // ---- sensitive values

  /**
   * The columns whose values this step declares sensitive (masked, or tagged {@code sensitive}), as written in the
   * model (parameters not expanded): their values must not be copied into messages.
   */
  public List<String> sensitiveColumns(S step) {
    return List.of();
  }

  // ---- checkpointing

  /**
   * Whether a run over many input files may run this step once per file and concatenate the results (row-wise
   * work whose output for a file depends on that file alone, and file sinks that can write parts).
   */
  public boolean perFile(S step) {
    return false;
  }

  /** For a file sink written in parts: whether the assembled output starts with a header line. */
  public boolean writesHeader(S step) {
    return false;
  }

  @Override
  public String toString() {
    return "StepKind " + eClass.getName(); //$NON-NLS-1$
  }
}
