package io.sluice.runtime.internal.quality;

import io.sluice.runtime.internal.types.Types;
import io.sluice.model.Durations;
import io.sluice.model.QualityCheck;
import io.sluice.model.QualityRule;
import io.sluice.model.QualityRuleKind;
import io.sluice.runtime.internal.kernel.ExprKernel;
import io.sluice.runtime.internal.quality.QualityCheckOperator.Severity;
import io.sluice.expression.types.DataType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Turns a model {@link QualityCheck} into a {@link QualityCheckOperator}. Rule parameters are the model's typed
 * attributes ({@code min}/{@code max} as literals of the column's type, {@code allowedValues}, {@code pattern},
 * {@code maxLength}, {@code expression}, {@code maxAge}, {@code maxNullRate}); {@code ${name}} references in them are
 * expanded first. RANGE and ALLOWED_VALUES become expression-kernel predicates over the column.
 */
public final class QualityRules {
    private QualityRules() {
    }

    /**
     * @param compile compiles a boolean expression over the input schema into a kernel (throws on errors)
     * @param expand  expands {@code ${name}} references
     */
    /**
     * @param sensitive columns whose values never appear in a rule's samples or failure message (the columns the
     *                  pipeline masks or tags sensitive)
     */
    public static QualityCheckOperator build(QualityCheck step, Schema in, Schema rejects,
            BiFunction<String, Schema, ExprKernel> compile, UnaryOperator<String> expand, java.util.Set<String> sensitive) {
        String id = step.getId();
        List<RowRule> rows = new ArrayList<>();
        List<TableRule> tables = new ArrayList<>();
        int position = 0;
        for (QualityRule r : step.getRules()) {
            QualityRuleKind kind = r.getKind();
            Severity sev = Severity.valueOf(r.getSeverity().getName());
            String columnName = r.getColumn() == null || r.getColumn().isBlank() ? null : expand.apply(r.getColumn());
            boolean needsColumn = kind != QualityRuleKind.ROW_COUNT && kind != QualityRuleKind.EXPRESSION;
            int col = needsColumn ? index(in, columnName, id) : -1;
            String label = r.getName() != null && !r.getName().isBlank() ? r.getName()
                    : kind.getLiteral() + (columnName == null || !needsColumn ? "" : "(" + columnName + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            DataType type = col < 0 ? null : Types.of(in.getFields().get(col));
            int pos = position++;
            switch (kind) {
                case NOT_NULL -> rows.add(new RowRule.NotNull(pos, id, label, sev, col, columnName));
                case UNIQUE -> rows.add(new RowRule.Unique(pos, id, label, sev, col, columnName));
                case RANGE -> {
                    String min = blank(r.getMin()) ? null : expand.apply(r.getMin()).strip();
                    String max = blank(r.getMax()) ? null : expand.apply(r.getMax()).strip();
                    List<String> parts = new ArrayList<>();
                    String c = quote(columnName);
                    if (min != null) {
                        parts.add(c + " < " + literal(min, type)); //$NON-NLS-1$
                    }
                    if (max != null) {
                        parts.add(c + " > " + literal(max, type)); //$NON-NLS-1$
                    }
                    String why = min == null ? "is above the maximum " + max //$NON-NLS-1$
                            : max == null ? "is below the minimum " + min : "is not between " + min + " and " + max; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    rows.add(new RowRule.Predicate(pos, id, label, "RANGE", sev, col, columnName, //$NON-NLS-1$
                            compile.apply(String.join(" OR ", parts), in), false, why)); //$NON-NLS-1$
                }
                case ALLOWED_VALUES -> {
                    List<String> lits = new ArrayList<>();
                    List<String> shown = new ArrayList<>();
                    for (String v : r.getAllowedValues()) {
                        String x = expand.apply(v);
                        lits.add(literal(type == DataType.STRING ? x : x.strip(), type));
                        shown.add(x);
                    }
                    rows.add(new RowRule.Predicate(pos, id, label, "ALLOWED_VALUES", sev, col, columnName, //$NON-NLS-1$
                            compile.apply("NOT (" + quote(columnName) + " IN (" + String.join(", ", lits) + "))", in), false, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            "is not one of " + shown)); //$NON-NLS-1$
                }
                case REGEX -> rows.add(new RowRule.Regex(pos, id, label, sev, col, columnName,
                        Pattern.compile(expand.apply(r.getPattern()))));
                case MAX_LENGTH -> rows.add(new RowRule.MaxLength(pos, id, label, sev, col, columnName, r.getMaxLength()));
                case EXPRESSION -> {
                    String e = expand.apply(r.getExpression());
                    rows.add(new RowRule.Predicate(pos, id, label, "EXPRESSION", sev, -1, null, compile.apply(e, in), true, //$NON-NLS-1$
                            "'" + e + "' is not true")); //$NON-NLS-1$ //$NON-NLS-2$
                }
                case ROW_COUNT -> tables.add(new TableRule.RowCount(id, label, sev, bound(r.getMin(), expand),
                        bound(r.getMax(), expand)));
                case NULL_RATE -> tables.add(new TableRule.NullRate(id, label, sev, col, columnName, r.getMaxNullRate()));
                case FRESHNESS -> {
                    java.time.Duration age = Durations.parse(expand.apply(r.getMaxAge())).orElseThrow(
                            () -> new IllegalArgumentException("rule '" + label + "': maxAge '" + r.getMaxAge() + "' is not a duration")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    if (type != DataType.DATE && type != DataType.TIMESTAMP) {
                        throw new IllegalArgumentException("rule '" + label + "': FRESHNESS needs a DATE or TIMESTAMP column, " //$NON-NLS-1$ //$NON-NLS-2$
                                + columnName + " is " + type); //$NON-NLS-1$
                    }
                    tables.add(new TableRule.Freshness(id, label, sev, col, columnName, age, type == DataType.DATE));
                }
                default -> throw new IllegalArgumentException("rule '" + label + "': unknown kind " + kind); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        for (RowRule r : rows) {
            r.sensitive = sensitive;
        }
        return new QualityCheckOperator(in, rejects, rows, tables);
    }

    /** Without sensitive columns. */
    public static QualityCheckOperator build(QualityCheck step, Schema in, Schema rejects,
            BiFunction<String, Schema, ExprKernel> compile, UnaryOperator<String> expand) {
        return build(step, in, rejects, compile, expand, java.util.Set.of());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Long bound(String s, UnaryOperator<String> expand) {
        return blank(s) ? null : Long.valueOf(expand.apply(s).strip());
    }

    private static int index(Schema s, String column, String step) {
        for (int i = 0; i < s.getFields().size(); i++) {
            Field f = s.getFields().get(i);
            if (f.getName().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column '" + column + "' in the input of step " + step); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String quote(String column) {
        return "\"" + column.replace("\"", "\"\"") + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** A bound or allowed value as a literal of the column's type (the model validator checked that it is one). */
    static String literal(String v, DataType t) {
        String q = "'" + v.replace("'", "''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return switch (t.id()) {
            case STRING -> q;
            case DATE -> "DATE " + q; //$NON-NLS-1$
            case TIMESTAMP -> "TIMESTAMP " + q; //$NON-NLS-1$
            default -> v;
        };
    }
}
