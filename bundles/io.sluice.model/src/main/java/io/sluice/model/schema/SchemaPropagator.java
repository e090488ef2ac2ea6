package io.sluice.model.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

import io.sluice.expression.CheckResult;
import io.sluice.expression.ExpressionProblem;
import io.sluice.expression.Expressions;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Aggregate;
import io.sluice.model.AggregateFunction;
import io.sluice.model.Aggregation;
import io.sluice.model.ColumnDef;
import io.sluice.model.Deduplicate;
import io.sluice.model.Derivation;
import io.sluice.model.Derive;
import io.sluice.model.Durations;
import io.sluice.model.Filter;
import io.sluice.model.JdbcSink;
import io.sluice.model.Join;
import io.sluice.model.JoinKind;
import io.sluice.model.Link;
import io.sluice.model.Mask;
import io.sluice.model.Pipeline;
import io.sluice.model.Ports;
import io.sluice.model.QualityCheck;
import io.sluice.model.QualityRule;
import io.sluice.model.QualityRuleKind;
import io.sluice.model.Select;
import io.sluice.model.SelectColumn;
import io.sluice.model.Sink;
import io.sluice.model.Sort;
import io.sluice.model.SortKey;
import io.sluice.model.Source;
import io.sluice.model.Step;
import io.sluice.model.Union;
import io.sluice.model.UnionMode;
import io.sluice.model.Window;
import io.sluice.model.WindowKind;
import io.sluice.model.WriteMode;
import io.sluice.model.validation.Problem;

/**
 * Derives every step's output schema, per port, from its inputs (design-time schema propagation), and
 * reports what does not fit on the way. Steps are visited in link order; a step whose inputs are not all
 * known gets no schema and no further complaints (the cause is reported where it is).
 *
 * <h2>Rules per step kind</h2>
 * <ul>
 * <li><b>Sources</b>: the declared columns (type names as {@link DataType#fromName} reads them). Without
 * declared columns the {@link SourceSchemaResolver} is asked; failing that the schema is unknown.</li>
 * <li><b>Filter, Sort, Deduplicate, QualityCheck</b>: the input schema unchanged.</li>
 * <li><b>Select</b>: the listed columns in order, renamed ({@code rename}) and cast ({@code cast}); a cast must
 * be one the expression language accepts. Nullability is kept (values that fail a cast are rejected).</li>
 * <li><b>Derive</b>: the input, then each derivation in turn: a derivation with a new name is appended, one with
 * an existing name replaces that column in place. Each expression sees the columns derived before it. Type and
 * nullability are the typed expression's.</li>
 * <li><b>Join</b>: all left columns, then all right columns. A right column whose name is already taken is
 * renamed {@code name_right} (then {@code name_right_2}, ...). LEFT makes the right side nullable, RIGHT the left
 * side, FULL both. Keys pair up by position and must have the same type (INT32 and INT64 mix).</li>
 * <li><b>Aggregate</b>: the group keys as they are, then one column per aggregation, named {@code outputName}
 * (default: {@code function_column} in lower case, {@code count} for COUNT_ALL). COUNT, COUNT_ALL and
 * COUNT_DISTINCT give INT64 not null; SUM gives INT64 for integer columns and FLOAT64 for FLOAT64; AVG gives
 * FLOAT64; MIN and MAX keep the column type. SUM, AVG, MIN and MAX are nullable when the column is, or when there
 * are no group keys (an empty input then still gives one row).</li>
 * <li><b>Window</b>: {@code window_start} and {@code window_end} (TIMESTAMP, not null), the group keys, then the
 * aggregations as for Aggregate. The event-time column must be a TIMESTAMP.</li>
 * <li><b>Union</b>: the first input's column names. BY_NAME needs every input to have the same set of names;
 * BY_POSITION the same number of columns. Types must agree per column (INT32 and INT64 widen to INT64, integers
 * and FLOAT64 to FLOAT64); a column is nullable when it is in any input.</li>
 * <li><b>Mask</b>: the input, masked columns becoming STRING (a hex SHA-256 or a redaction marker), nullability
 * kept.</li>
 * <li><b>Sinks</b>: no output.</li>
 * </ul>
 *
 * <h2>The {@code rejects} port</h2>
 * A transform that rejects rows (QualityCheck, Derive, Select with casts) emits, on {@code rejects}, every input
 * column as a nullable STRING (the value as text, since it may not fit its type) followed by
 * {@code _rule} (STRING, nullable: the quality rule, cast or derivation at fault), {@code _reason} (STRING),
 * {@code _step} (STRING: the step id) and {@code _run_id} (STRING). A source emits {@code _file} (STRING,
 * nullable), {@code _line} (INT64, nullable), {@code _raw} (STRING, nullable: the record as read),
 * {@code _column} (STRING, nullable), {@code _reason}, {@code _step} and {@code _run_id}. An input column whose
 * name clashes with one of these is renamed with a trailing {@code _input}.
 */
public final class SchemaPropagator {

  public static final String REJECT_RULE = "_rule"; //$NON-NLS-1$
  public static final String REJECT_REASON = "_reason"; //$NON-NLS-1$
  public static final String REJECT_STEP = "_step"; //$NON-NLS-1$
  public static final String REJECT_RUN_ID = "_run_id"; //$NON-NLS-1$
  public static final String REJECT_FILE = "_file"; //$NON-NLS-1$
  public static final String REJECT_LINE = "_line"; //$NON-NLS-1$
  public static final String REJECT_RAW = "_raw"; //$NON-NLS-1$
  public static final String REJECT_COLUMN = "_column"; //$NON-NLS-1$
  public static final String WINDOW_START = "window_start"; //$NON-NLS-1$
  public static final String WINDOW_END = "window_end"; //$NON-NLS-1$

  private static final Schema SOURCE_REJECTS = new Schema(List.of(
      Field.nullable(REJECT_FILE, DataType.STRING), Field.nullable(REJECT_LINE, DataType.INT64),
      Field.nullable(REJECT_RAW, DataType.STRING), Field.nullable(REJECT_COLUMN, DataType.STRING),
      Field.required(REJECT_REASON, DataType.STRING), Field.required(REJECT_STEP, DataType.STRING),
      Field.required(REJECT_RUN_ID, DataType.STRING)));
  private static final List<Field> TRANSFORM_REJECT_META = List.of(Field.nullable(REJECT_RULE, DataType.STRING),
      Field.required(REJECT_REASON, DataType.STRING), Field.required(REJECT_STEP, DataType.STRING),
      Field.required(REJECT_RUN_ID, DataType.STRING));

  private final SourceSchemaResolver resolver;

  /** Propagation that knows only declared source columns. */
  public SchemaPropagator() {
    this(SourceSchemaResolver.NONE);
  }

  public SchemaPropagator(SourceSchemaResolver resolver) {
    this.resolver = resolver == null ? SourceSchemaResolver.NONE : resolver;
  }

  /** The rejects schema of every source. */
  public static Schema sourceRejects() {
    return SOURCE_REJECTS;
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
        name = unique(name + "_input", taken); //$NON-NLS-1$
      }
      taken.add(name);
      fields.add(Field.nullable(name, DataType.STRING));
    }
    fields.addAll(TRANSFORM_REJECT_META);
    return new Schema(fields);
  }

  public PipelineSchemas propagate(Pipeline pipeline) {
    Map<Step, Map<String, List<Link>>> incoming = new IdentityHashMap<>();
    Map<Step, List<Link>> outgoing = new IdentityHashMap<>();
    Map<Step, Integer> pending = new IdentityHashMap<>();
    for (Step s : pipeline.getSteps()) {
      pending.put(s, 0);
    }
    for (Link l : pipeline.getLinks()) {
      if (l.getSource() == null || l.getTarget() == null || !pending.containsKey(l.getSource())
          || !pending.containsKey(l.getTarget())) {
        continue;
      }
      incoming.computeIfAbsent(l.getTarget(), k -> new LinkedHashMap<>()).computeIfAbsent(l.getTargetPort(), k -> new ArrayList<>()).add(l);
      outgoing.computeIfAbsent(l.getSource(), k -> new ArrayList<>()).add(l);
      pending.merge(l.getTarget(), 1, Integer::sum);
    }
    // Kahn's algorithm, seeded in model order so that the visiting order is deterministic.
    List<Step> order = new ArrayList<>();
    Deque<Step> ready = new ArrayDeque<>();
    for (Step s : pipeline.getSteps()) {
      if (pending.get(s) == 0) {
        ready.add(s);
      }
    }
    while (!ready.isEmpty()) {
      Step s = ready.poll();
      order.add(s);
      for (Link l : outgoing.getOrDefault(s, List.of())) {
        if (pending.merge(l.getTarget(), -1, Integer::sum) == 0) {
          ready.add(l.getTarget());
        }
      }
    }
    Map<Step, Map<String, Schema>> outputs = new IdentityHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Step step : order) {
      Map<String, List<Link>> in = incoming.getOrDefault(step, Map.of());
      Map<String, List<Schema>> inputs = new HashMap<>();
      boolean complete = true;
      for (String port : step.inputPorts()) {
        List<Link> links = in.getOrDefault(port, List.of());
        List<Schema> schemas = new ArrayList<>();
        for (Link l : links) {
          Map<String, Schema> upstream = outputs.get(l.getSource());
          Schema s = upstream == null ? null : upstream.get(l.getSourcePort());
          if (s == null) {
            complete = false;
          } else {
            schemas.add(s);
          }
        }
        if (schemas.isEmpty()) {
          complete = false;
        }
        inputs.put(port, schemas);
      }
      if (!complete) {
        continue;
      }
      StepContext ctx = new StepContext(step, problems);
      Schema out = ctx.output(inputs);
      if (out != null && !ctx.failed) {
        Map<String, Schema> ports = new HashMap<>();
        for (String port : step.outputPorts()) {
          if (Ports.OUT.equals(port)) {
            ports.put(port, out);
          } else if (Ports.REJECTS.equals(port)) {
            ports.put(port, step instanceof Source ? SOURCE_REJECTS : transformRejects(inputs.get(Ports.IN).get(0)));
          }
        }
        outputs.put(step, ports);
      }
    }
    return new PipelineSchemas(outputs, incoming, order, problems);
  }

  static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = name + "_" + n; //$NON-NLS-1$
    }
    return candidate;
  }

  /** Quotes a column name for the expression language. */
  static String quote(String column) {
    return '"' + column.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** Formats an expression problem: "column 8: ..." for one-line text, else "line 2, column 3: ...". */
  public static String position(ExpressionProblem p) {
    return p.line() > 1 ? p.toString() : "column " + p.column() + ": " + p.message(); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** The output name of an aggregation: its outputName, or function_column in lower case. */
  public static String outputName(Aggregation a) {
    if (a.getOutputName() != null && !a.getOutputName().isBlank()) {
      return a.getOutputName();
    }
    if (a.getFunction() == AggregateFunction.COUNT_ALL || a.getColumn() == null || a.getColumn().isBlank()) {
      return a.getFunction() == AggregateFunction.COUNT_ALL ? "count" : a.getFunction().getLiteral().toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }
    return a.getFunction().getLiteral().toLowerCase(Locale.ROOT) + "_" + a.getColumn(); //$NON-NLS-1$
  }

  /** The output schema of one step; problems go to the shared list. */
  private final class StepContext {
    final Step step;
    final List<Problem> problems;
    boolean failed;

    StepContext(Step step, List<Problem> problems) {
      this.step = step;
      this.problems = problems;
    }

    void error(String field, String message) {
      problems.add(Problem.error(step, field, message));
      failed = true;
    }

    void warning(String field, String message) {
      problems.add(Problem.warning(step, field, message));
    }

    Field column(Schema in, String name, String field, String what) {
      if (name == null || name.isBlank()) {
        error(field, what + " names no column"); //$NON-NLS-1$
        return null;
      }
      Optional<Field> f = in.field(name);
      if (f.isEmpty()) {
        error(field, what + ": unknown column '" + name + "'" + hint(in, name)); //$NON-NLS-1$ //$NON-NLS-2$
        return null;
      }
      return f.get();
    }

    Schema output(Map<String, List<Schema>> inputs) {
      Schema in = inputs.containsKey(Ports.IN) && !inputs.get(Ports.IN).isEmpty() ? inputs.get(Ports.IN).get(0) : null;
      if (step instanceof Source source) {
        return source(source);
      }
      if (step instanceof Filter filter) {
        predicate("condition", "condition", filter.getCondition(), in); //$NON-NLS-1$ //$NON-NLS-2$
        return in;
      }
      if (step instanceof Select select) {
        return select(select, in);
      }
      if (step instanceof Derive derive) {
        return derive(derive, in);
      }
      if (step instanceof Join join) {
        return join(join, inputs.get(Ports.LEFT).get(0), inputs.get(Ports.RIGHT).get(0));
      }
      if (step instanceof Aggregate agg) {
        return aggregate(in, agg.getGroupKeys(), agg.getAggregations(), List.of(), "groupKeys"); //$NON-NLS-1$
      }
      if (step instanceof Window window) {
        return window(window, in);
      }
      if (step instanceof Sort sort) {
        for (SortKey k : sort.getKeys()) {
          column(in, k.getColumn(), "keys", "sort key"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return in;
      }
      if (step instanceof Deduplicate dedup) {
        for (String k : dedup.getKeys()) {
          column(in, k, "keys", "key"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (dedup.getOrderColumn() != null && !dedup.getOrderColumn().isBlank()) {
          column(in, dedup.getOrderColumn(), "orderColumn", "order column"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return in;
      }
      if (step instanceof Union union) {
        return union(union, inputs.get(Ports.IN));
      }
      if (step instanceof QualityCheck qc) {
        for (QualityRule r : qc.getRules()) {
          rule(r, in);
        }
        return in;
      }
      if (step instanceof Mask mask) {
        return mask(mask, in);
      }
      if (step instanceof Sink sink) {
        if (sink instanceof JdbcSink jdbc && jdbc.getMode() == WriteMode.UPSERT) {
          for (String k : jdbc.getKeyColumns()) {
            column(in, k, "keyColumns", "key column"); //$NON-NLS-1$ //$NON-NLS-2$
          }
        }
        if (sink instanceof io.sluice.model.FileSink file) {
          for (String k : file.getPartitionBy()) {
            column(in, k, "partitionBy", "partition column"); //$NON-NLS-1$ //$NON-NLS-2$
          }
        }
        return in;
      }
      throw new IllegalStateException("no schema rule for step kind " + step.eClass().getName()); //$NON-NLS-1$
    }

    Schema source(Source source) {
      Optional<String> missing = resolver.missingInput(source);
      missing.ifPresent(m -> warning("path", m)); //$NON-NLS-1$
      if (source.getColumns().isEmpty()) {
        Optional<Schema> resolved = missing.isPresent() ? Optional.empty() : resolver.resolve(source);
        if (resolved.isEmpty()) {
          if (missing.isEmpty()) {
            warning("columns", "no columns declared and the schema could not be inferred"); //$NON-NLS-1$ //$NON-NLS-2$
          }
          failed = true;
          return null;
        }
        return resolved.get();
      }
      List<Field> fields = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (ColumnDef c : source.getColumns()) {
        if (c.getName() == null || c.getName().isBlank()) {
          error("columns", "a declared column has no name"); //$NON-NLS-1$ //$NON-NLS-2$
          continue;
        }
        Optional<DataType> type = DataType.fromName(c.getType());
        if (type.isEmpty() || type.get() == DataType.NULL) {
          error("columns", "column '" + c.getName() + "': unknown type '" + c.getType() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          continue;
        }
        if (!names.add(c.getName())) {
          error("columns", "column '" + c.getName() + "' is declared twice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          continue;
        }
        fields.add(new Field(c.getName(), type.get(), c.isNullable()));
      }
      return drifting(source, new Schema(fields));
    }

    /** A CSV or JSON lines source bound by name with policy EVOLVE or RESCUE: its output follows its data. */
    Schema drifting(Source source, Schema declared) {
      if (!(source instanceof io.sluice.model.FileSource f) || f.getDriftPolicy() == io.sluice.model.DriftPolicy.STRICT
          || !SchemaDrift.bindsByName(source)) {
        return declared;
      }
      Schema found = f.getDriftPolicy() == io.sluice.model.DriftPolicy.EVOLVE ? resolver.resolve(source).orElse(null) : null;
      return SchemaDrift.output(declared, found, f.getDriftPolicy());
    }

    /** Checks a boolean expression; returns false when it has problems. */
    boolean predicate(String field, String what, String text, Schema in) {
      if (text == null || text.isBlank()) {
        return false; // a missing required property is the validator's business
      }
      CheckResult r = Expressions.compilePredicate(text, in);
      if (!r.ok()) {
        for (ExpressionProblem p : r.problems()) {
          error(field, what + ": " + position(p)); //$NON-NLS-1$
        }
        return false;
      }
      return true;
    }

    Schema select(Select select, Schema in) {
      List<Field> fields = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (SelectColumn c : select.getColumns()) {
        Field f = column(in, c.getColumn(), "columns", "selected column"); //$NON-NLS-1$ //$NON-NLS-2$
        if (f == null) {
          continue;
        }
        DataType type = f.type();
        if (c.getCast() != null && !c.getCast().isBlank()) {
          Optional<DataType> target = DataType.fromName(c.getCast());
          if (target.isEmpty() || target.get() == DataType.NULL) {
            error("columns", "column '" + c.getColumn() + "': unknown cast type '" + c.getCast() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            continue;
          }
          CheckResult r = Expressions.compile("CAST(" + quote(f.name()) + " AS " + target.get().typeName() + ")", in); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          if (!r.ok()) {
            error("columns", "column '" + c.getColumn() + "': cannot cast " + f.type() + " to " + target.get() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ": " + r.problems().get(0).message()); //$NON-NLS-1$
            continue;
          }
          type = target.get();
        }
        String name = c.getRename() != null && !c.getRename().isBlank() ? c.getRename() : f.name();
        if (!names.add(name)) {
          error("columns", "output column '" + name + "' appears twice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          continue;
        }
        fields.add(new Field(name, type, f.nullable()));
      }
      return new Schema(fields);
    }

    Schema derive(Derive derive, Schema in) {
      List<Field> fields = new ArrayList<>(in.fields());
      Schema current = in;
      for (Derivation d : derive.getDerivations()) {
        if (d.getName() == null || d.getName().isBlank() || d.getExpression() == null || d.getExpression().isBlank()) {
          continue; // reported by the validator as a missing property
        }
        CheckResult r = Expressions.compile(d.getExpression(), current);
        if (!r.ok()) {
          for (ExpressionProblem p : r.problems()) {
            error("derivations", "derivation '" + d.getName() + "': " + position(p)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          }
          continue;
        }
        DataType type = r.type();
        if (type == DataType.NULL) {
          error("derivations", "derivation '" + d.getName() + "': a bare NULL has no type; use CAST(NULL AS type)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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

    Schema join(Join join, Schema left, Schema right) {
      if (join.getLeftKeys().size() != join.getRightKeys().size()) {
        error("rightKeys", join.getLeftKeys().size() + " left keys but " + join.getRightKeys().size() + " right keys"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
      for (int i = 0; i < Math.min(join.getLeftKeys().size(), join.getRightKeys().size()); i++) {
        Field l = column(left, join.getLeftKeys().get(i), "leftKeys", "left key"); //$NON-NLS-1$ //$NON-NLS-2$
        Field r = column(right, join.getRightKeys().get(i), "rightKeys", "right key"); //$NON-NLS-1$ //$NON-NLS-2$
        if (l != null && r != null && !(l.type() == r.type() || l.type().isInteger() && r.type().isInteger())) {
          error("rightKeys", "join keys '" + l.name() + "' (" + l.type() + ") and '" + r.name() + "' (" + r.type() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
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
        String name = taken.contains(f.name()) ? unique(f.name() + "_right", taken) : f.name(); //$NON-NLS-1$
        taken.add(name);
        fields.add(new Field(name, f.type(), f.nullable() || rightNullable));
      }
      return new Schema(fields);
    }

    Schema aggregate(Schema in, List<String> groupKeys, List<Aggregation> aggregations, List<Field> prefix, String keyField) {
      List<Field> fields = new ArrayList<>(prefix);
      Set<String> names = new HashSet<>();
      for (Field f : prefix) {
        names.add(f.name());
      }
      for (String k : groupKeys) {
        Field f = column(in, k, keyField, "group key"); //$NON-NLS-1$
        if (f != null) {
          if (!names.add(f.name())) {
            error(keyField, "group key '" + k + "' appears twice"); //$NON-NLS-1$ //$NON-NLS-2$
            continue;
          }
          fields.add(f);
        }
      }
      boolean global = groupKeys.isEmpty();
      for (Aggregation a : aggregations) {
        Field f = aggregation(a, in, global);
        if (f == null) {
          continue;
        }
        if (!names.add(f.name())) {
          error("aggregations", "output column '" + f.name() + "' appears twice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          continue;
        }
        fields.add(f);
      }
      return new Schema(fields);
    }

    Field aggregation(Aggregation a, Schema in, boolean global) {
      String name = outputName(a);
      AggregateFunction fn = a.getFunction();
      if (fn == AggregateFunction.COUNT_ALL) {
        return Field.required(name, DataType.INT64);
      }
      Field col = column(in, a.getColumn(), "aggregations", fn.getLiteral() + " of"); //$NON-NLS-1$ //$NON-NLS-2$
      if (col == null) {
        return null;
      }
      boolean nullable = col.nullable() || global;
      switch (fn) {
        case COUNT, COUNT_DISTINCT:
          return Field.required(name, DataType.INT64);
        case SUM:
        case AVG:
          if (!col.type().isNumeric()) {
            error("aggregations", fn.getLiteral() + "(" + col.name() + "): needs a number, not " + col.type()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return null;
          }
          DataType t = fn == AggregateFunction.AVG || col.type() == DataType.FLOAT64 ? DataType.FLOAT64 : DataType.INT64;
          return new Field(name, t, nullable);
        case MIN:
        case MAX:
          if (col.type() == DataType.BOOLEAN) {
            error("aggregations", fn.getLiteral() + "(" + col.name() + "): BOOLEAN values have no order"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return null;
          }
          return new Field(name, col.type(), nullable);
        default:
          throw new IllegalStateException("unhandled aggregate function " + fn); //$NON-NLS-1$
      }
    }

    Schema window(Window window, Schema in) {
      Field time = column(in, window.getEventTimeColumn(), "eventTimeColumn", "event-time column"); //$NON-NLS-1$ //$NON-NLS-2$
      if (time != null && time.type() != DataType.TIMESTAMP) {
        error("eventTimeColumn", "event-time column '" + time.name() + "' is " + time.type() + ", not TIMESTAMP"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      }
      if (window.getSize() != null && !window.getSize().isBlank() && Durations.parse(window.getSize()).isEmpty()) {
        error("size", "size '" + window.getSize() + "' is not a duration such as 30s, 5m, 1h or PT5M"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
      if (window.getWindowKind() == WindowKind.SLIDING && window.getSlide() != null && !window.getSlide().isBlank()) {
        if (Durations.parse(window.getSlide()).isEmpty()) {
          error("slide", "slide '" + window.getSlide() + "' is not a duration such as 30s, 5m, 1h or PT5M"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else if (Durations.parse(window.getSize()).isPresent()
            && Durations.parse(window.getSlide()).get().compareTo(Durations.parse(window.getSize()).get()) > 0) {
          warning("slide", "the slide is longer than the window: some rows fall in no window"); //$NON-NLS-1$ //$NON-NLS-2$
        }
      }
      List<Field> prefix = List.of(Field.required(WINDOW_START, DataType.TIMESTAMP), Field.required(WINDOW_END, DataType.TIMESTAMP));
      return aggregate(in, window.getGroupKeys(), window.getAggregations(), prefix, "groupKeys"); //$NON-NLS-1$
    }

    Schema union(Union union, List<Schema> inputs) {
      Schema first = inputs.get(0);
      List<Field> fields = new ArrayList<>(first.fields());
      for (int i = 1; i < inputs.size(); i++) {
        Schema other = inputs.get(i);
        if (union.getMode() == UnionMode.BY_POSITION) {
          if (other.size() != first.size()) {
            error("mode", "input " + (i + 1) + " has " + other.size() + " columns, input 1 has " + first.size()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return null;
          }
        } else if (!new HashSet<>(other.names()).equals(new HashSet<>(first.names()))) {
          Set<String> missing = new java.util.TreeSet<>(first.names());
          missing.removeAll(other.names());
          Set<String> extra = new java.util.TreeSet<>(other.names());
          extra.removeAll(first.names());
          error("mode", "input " + (i + 1) + " does not have the columns of input 1" //$NON-NLS-1$ //$NON-NLS-2$
              + (missing.isEmpty() ? "" : "; missing " + missing) + (extra.isEmpty() ? "" : "; extra " + extra)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          return null;
        }
        for (int c = 0; c < fields.size(); c++) {
          Field mine = fields.get(c);
          Field theirs = union.getMode() == UnionMode.BY_POSITION ? other.fields().get(c) : other.field(mine.name()).get();
          DataType common = common(mine.type(), theirs.type());
          if (common == null) {
            error("mode", "column '" + mine.name() + "' is " + mine.type() + " in input 1 but " + theirs.type() + " in input " + (i + 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            return null;
          }
          fields.set(c, new Field(mine.name(), common, mine.nullable() || theirs.nullable()));
        }
      }
      return new Schema(fields);
    }

    void rule(QualityRule r, Schema in) {
      String label = "rule '" + (r.getName() == null || r.getName().isBlank() ? r.getKind().getLiteral() : r.getName()) + "'"; //$NON-NLS-1$ //$NON-NLS-2$
      QualityRuleKind kind = r.getKind();
      boolean needsColumn = kind != QualityRuleKind.ROW_COUNT && kind != QualityRuleKind.EXPRESSION;
      Field col = needsColumn ? column(in, r.getColumn(), "rules", label) : null; //$NON-NLS-1$
      if (needsColumn && col == null) {
        return;
      }
      switch (kind) {
        case RANGE -> {
          if (col.type() == DataType.BOOLEAN) {
            error("rules", label + ": RANGE needs an ordered column, not BOOLEAN"); //$NON-NLS-1$ //$NON-NLS-2$
          }
          bound(label, "min", r.getMin(), col); //$NON-NLS-1$
          bound(label, "max", r.getMax(), col); //$NON-NLS-1$
        }
        case ALLOWED_VALUES -> {
          for (String v : r.getAllowedValues()) {
            bound(label, "allowed value", v, col); //$NON-NLS-1$
          }
        }
        case REGEX, MAX_LENGTH -> {
          if (col.type() != DataType.STRING) {
            error("rules", label + ": " + kind.getLiteral() + " needs a STRING column, '" + col.name() + "' is " + col.type()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          }
          if (kind == QualityRuleKind.REGEX && r.getPattern() != null) {
            try {
              java.util.regex.Pattern.compile(r.getPattern());
            } catch (PatternSyntaxException e) {
              error("rules", label + ": bad pattern: " + e.getDescription() + " at index " + e.getIndex()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
          }
        }
        case EXPRESSION -> predicate("rules", label, r.getExpression(), in); //$NON-NLS-1$
        case FRESHNESS -> {
          if (!col.type().isTemporal()) {
            error("rules", label + ": FRESHNESS needs a DATE or TIMESTAMP column, '" + col.name() + "' is " + col.type()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          }
        }
        default -> {
          // NOT_NULL, UNIQUE, NULL_RATE, ROW_COUNT: any column type
        }
      }
    }

    /** Checks that a literal bound fits the column's type, using the expression language's literal rules. */
    void bound(String label, String what, String value, Field col) {
      if (value == null || value.isBlank()) {
        return;
      }
      String literal = switch (col.type()) {
        case STRING -> "'" + value.replace("'", "''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        case DATE -> "DATE '" + value.replace("'", "''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        case TIMESTAMP -> "TIMESTAMP '" + value.replace("'", "''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        default -> value;
      };
      CheckResult r = Expressions.compile(quote(col.name()) + " = " + literal, Schema.of(col)); //$NON-NLS-1$
      if (!r.ok()) {
        error("rules", label + ": " + what + " '" + value + "' is not a " + col.type() + " value"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
      }
    }

    Schema mask(Mask mask, Schema in) {
      List<Field> fields = new ArrayList<>(in.fields());
      for (String c : mask.getColumns()) {
        Field f = column(in, c, "columns", "masked column"); //$NON-NLS-1$ //$NON-NLS-2$
        if (f != null) {
          fields.set(in.indexOf(c), new Field(f.name(), DataType.STRING, f.nullable()));
        }
      }
      return new Schema(fields);
    }
  }

  /** The type two union inputs agree on, or null. */
  static DataType common(DataType a, DataType b) {
    if (a == b) {
      return a;
    }
    if (a == DataType.NULL) {
      return b;
    }
    if (b == DataType.NULL) {
      return a;
    }
    if (a.isInteger() && b.isInteger()) {
      return DataType.INT64;
    }
    if (a.isNumeric() && b.isNumeric()) {
      return DataType.FLOAT64;
    }
    return null;
  }

  /** ", did you mean 'x'?" for a near miss, else "". */
  static String hint(Schema in, String name) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : in.names()) {
      if (candidate.equalsIgnoreCase(name)) {
        return "; did you mean '" + candidate + "'?"; //$NON-NLS-1$ //$NON-NLS-2$
      }
      int d = distance(candidate, name, bestDistance);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best == null ? "" : "; did you mean '" + best + "'?"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
