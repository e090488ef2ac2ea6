package io.sluice.model.kind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.sluice.expression.CheckResult;
import io.sluice.expression.ExpressionProblem;
import io.sluice.expression.Expressions;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Ports;
import io.sluice.model.Step;
import io.sluice.model.schema.SourceSchemaResolver;
import io.sluice.model.validation.Problem;

/**
 * What a {@link StepKind} sees while it derives one step's output schema: the schemas arriving on each input
 * port (every input is known when the kind is asked), the source schema resolver, and the shared problem list.
 * An error marks the step's schema as unknown; a warning does not.
 */
public final class SchemaContext {
  private final Step step;
  private final Map<String, List<Schema>> inputs;
  private final List<Problem> problems;
  private final SourceSchemaResolver resolver;
  private boolean failed;

  public SchemaContext(Step step, Map<String, List<Schema>> inputs, List<Problem> problems, SourceSchemaResolver resolver) {
    this.step = step;
    this.inputs = inputs;
    this.problems = problems;
    this.resolver = resolver;
  }

  /** The first schema on {@code in}, or null for a step without that port. */
  public Schema in() {
    return input(Ports.IN);
  }

  /** The first schema on a port, or null. */
  public Schema input(String port) {
    List<Schema> l = inputs.get(port);
    return l == null || l.isEmpty() ? null : l.get(0);
  }

  /** Every schema on a port, one per link. */
  public List<Schema> inputs(String port) {
    return inputs.getOrDefault(port, List.of());
  }

  public SourceSchemaResolver resolver() {
    return resolver;
  }

  public boolean failed() {
    return failed;
  }

  /** Makes the schema unknown without a further problem (the cause was reported). */
  public void fail() {
    failed = true;
  }

  public void error(String field, String message) {
    problems.add(Problem.error(step, field, message));
    failed = true;
  }

  public void warning(String field, String message) {
    problems.add(Problem.warning(step, field, message));
  }

  /** The named column of {@code in}, or null after an error naming {@code what}. */
  public Field column(Schema in, String name, String field, String what) {
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

  /**
   * Like {@link #column}, for a column whose values are compared, hashed or ordered (a key, a partition, a masked
   * column): a nested (LIST, STRUCT, MAP) column is refused, naming it; null after an error.
   */
  public Field keyColumn(Schema in, String name, String field, String what) {
    Field f = column(in, name, field, what);
    if (f != null && f.type().isNested()) {
      error(field, what + " '" + f.name() + "' is " + f.type() + ": a nested column cannot be a " + what); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      return null;
    }
    return f;
  }

  /** Checks a boolean expression; returns false when it has problems (or is blank: the validator's business). */
  public boolean predicate(String field, String what, String text, Schema in) {
    if (text == null || text.isBlank()) {
      return false;
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

  /** Formats an expression problem: "column 8: ..." for one-line text, else "line 2, column 3: ...". */
  public static String position(ExpressionProblem p) {
    return p.line() > 1 ? p.toString() : "column " + p.column() + ": " + p.message(); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** {@code name}, or {@code name_2}, {@code name_3}... whichever is not taken. */
  public static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = name + "_" + n; //$NON-NLS-1$
    }
    return candidate;
  }

  /** Quotes a column name for the expression language. */
  public static String quote(String column) {
    return '"' + column.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** A literal of the expression language for {@code value} read as a {@code type} value. */
  public static String literal(DataType type, String value) {
    return switch (type.id()) {
      case STRING -> "'" + value.replace("'", "''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      case DATE -> "DATE '" + value.replace("'", "''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      case TIMESTAMP -> "TIMESTAMP '" + value.replace("'", "''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      default -> value;
    };
  }

  /** ", did you mean 'x'?" for a near miss, else "". */
  public static String hint(Schema in, String name) {
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
