package io.sluice.model.internal.kinds;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.sluice.expression.CheckResult;
import io.sluice.expression.Expressions;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Durations;
import io.sluice.model.QualityCheck;
import io.sluice.model.QualityRule;
import io.sluice.model.QualityRuleKind;
import io.sluice.model.SluicePackage;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/**
 * The input unchanged; rows breaking a QUARANTINE rule go to rejects. Each rule must fit its column's type.
 * A check runs per input file only when all its rules are row rules (table rules need the whole input).
 */
final class QualityCheckKind extends StepKind<QualityCheck> {

  QualityCheckKind() {
    super(SluicePackage.Literals.QUALITY_CHECK, QualityCheck.class, Cardinality.FILTERING,
        "Checks rules on every row or the whole input; fails, quarantines or warns"); //$NON-NLS-1$
  }

  @Override
  public boolean canReject(QualityCheck step) {
    return true;
  }

  @Override
  public boolean perFile(QualityCheck q) {
    for (QualityRule r : q.getRules()) {
      QualityRuleKind k = r.getKind();
      if (k == QualityRuleKind.UNIQUE || k == QualityRuleKind.ROW_COUNT || k == QualityRuleKind.NULL_RATE
          || k == QualityRuleKind.FRESHNESS) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void checkProperties(QualityCheck qc, PropertyChecks checks) {
    if (qc.getRules().isEmpty()) {
      checks.error("rules", "the quality check has no rules"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    for (QualityRule r : qc.getRules()) {
      String label = "rule '" + (PropertyChecks.blank(r.getName()) ? r.getKind().getLiteral() : r.getName()) + "': "; //$NON-NLS-1$ //$NON-NLS-2$
      String missing = missing(r);
      if (missing != null) {
        checks.error("rules", label + missing); //$NON-NLS-1$
      }
    }
  }

  private static boolean blank(String s) {
    return PropertyChecks.blank(s);
  }

  private static String missing(QualityRule r) {
    return switch (r.getKind()) {
      case RANGE -> blank(r.getMin()) && blank(r.getMax()) ? "RANGE needs min or max" : null; //$NON-NLS-1$
      case ALLOWED_VALUES -> r.getAllowedValues().isEmpty() ? "ALLOWED_VALUES needs allowedValues" : null; //$NON-NLS-1$
      case REGEX -> blank(r.getPattern()) ? "REGEX needs a pattern" : null; //$NON-NLS-1$
      case MAX_LENGTH -> r.getMaxLength() == null || r.getMaxLength() <= 0 ? "MAX_LENGTH needs a positive maxLength" : null; //$NON-NLS-1$
      case EXPRESSION -> blank(r.getExpression()) ? "EXPRESSION needs an expression" : null; //$NON-NLS-1$
      case FRESHNESS -> Durations.parse(r.getMaxAge()).isEmpty() ? "FRESHNESS needs maxAge, a duration such as 1h or 2d" : null; //$NON-NLS-1$
      case NULL_RATE -> r.getMaxNullRate() == null || r.getMaxNullRate() < 0 || r.getMaxNullRate() > 1
          ? "NULL_RATE needs maxNullRate between 0 and 1" : null; //$NON-NLS-1$
      case ROW_COUNT -> rowCount(r);
      default -> null;
    };
  }

  private static String rowCount(QualityRule r) {
    if (blank(r.getMin()) && blank(r.getMax())) {
      return "ROW_COUNT needs min or max"; //$NON-NLS-1$
    }
    for (String v : new String[] {r.getMin(), r.getMax()}) {
      if (!blank(v)) {
        try {
          if (Long.parseLong(v.strip()) < 0) {
            return "ROW_COUNT bounds must not be negative"; //$NON-NLS-1$
          }
        } catch (NumberFormatException e) {
          return "ROW_COUNT bound '" + v + "' is not a whole number"; //$NON-NLS-1$ //$NON-NLS-2$
        }
      }
    }
    return null;
  }

  @Override
  public Schema output(QualityCheck qc, SchemaContext ctx) {
    for (QualityRule r : qc.getRules()) {
      rule(ctx, r, ctx.in());
    }
    return ctx.in();
  }

  private static void rule(SchemaContext ctx, QualityRule r, Schema in) {
    String label = "rule '" + (r.getName() == null || r.getName().isBlank() ? r.getKind().getLiteral() : r.getName()) + "'"; //$NON-NLS-1$ //$NON-NLS-2$
    QualityRuleKind kind = r.getKind();
    boolean needsColumn = kind != QualityRuleKind.ROW_COUNT && kind != QualityRuleKind.EXPRESSION;
    Field col = needsColumn ? ctx.column(in, r.getColumn(), "rules", label) : null; //$NON-NLS-1$
    if (needsColumn && col == null) {
      return;
    }
    switch (kind) {
      case RANGE -> {
        if (col.type() == DataType.BOOLEAN) {
          ctx.error("rules", label + ": RANGE needs an ordered column, not BOOLEAN"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        bound(ctx, label, "min", r.getMin(), col); //$NON-NLS-1$
        bound(ctx, label, "max", r.getMax(), col); //$NON-NLS-1$
      }
      case ALLOWED_VALUES -> {
        for (String v : r.getAllowedValues()) {
          bound(ctx, label, "allowed value", v, col); //$NON-NLS-1$
        }
      }
      case REGEX, MAX_LENGTH -> {
        if (col.type() != DataType.STRING) {
          ctx.error("rules", label + ": " + kind.getLiteral() + " needs a STRING column, '" + col.name() + "' is " + col.type()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        if (kind == QualityRuleKind.REGEX && r.getPattern() != null) {
          try {
            Pattern.compile(r.getPattern());
          } catch (PatternSyntaxException e) {
            ctx.error("rules", label + ": bad pattern: " + e.getDescription() + " at index " + e.getIndex()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          }
        }
      }
      case EXPRESSION -> ctx.predicate("rules", label, r.getExpression(), in); //$NON-NLS-1$
      case FRESHNESS -> {
        if (!col.type().isTemporal()) {
          ctx.error("rules", label + ": FRESHNESS needs a DATE or TIMESTAMP column, '" + col.name() + "' is " + col.type()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
      }
      default -> {
        // NOT_NULL, UNIQUE, NULL_RATE, ROW_COUNT: any column type
      }
    }
  }

  /** Checks that a literal bound fits the column's type, using the expression language's literal rules. */
  private static void bound(SchemaContext ctx, String label, String what, String value, Field col) {
    if (value == null || value.isBlank()) {
      return;
    }
    CheckResult r = Expressions.compile(SchemaContext.quote(col.name()) + " = " + SchemaContext.literal(col.type(), value), Schema.of(col)); //$NON-NLS-1$
    if (!r.ok()) {
      ctx.error("rules", label + ": " + what + " '" + value + "' is not a " + col.type() + " value"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }
  }
}
