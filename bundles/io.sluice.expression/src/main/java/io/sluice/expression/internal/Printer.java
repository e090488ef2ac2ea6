package io.sluice.expression.internal;

import io.sluice.expression.BuiltinFunction;
import io.sluice.expression.BinaryOp;
import io.sluice.expression.Expr;
import io.sluice.expression.TypedExpr;
import io.sluice.expression.UnaryOp;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;
import io.sluice.expression.types.TimePrecision;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The canonical printer. Precedence levels, loosest first: 1 OR, 2 AND, 3 NOT, 4 predicates (comparisons, IS, IN,
 * BETWEEN, LIKE; left-associative), 5 ||, 6 + -, 7 * / %, 8 unary minus, 9 primaries. A child is parenthesised only
 * when its level is below what its position requires.
 */
public final class Printer {

    private static final Pattern BARE_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_]*"); //$NON-NLS-1$
    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "IS", "NULL", "IN", "BETWEEN", "LIKE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "CASE", "WHEN", "THEN", "ELSE", "END", "CAST", "AS", "TRUE", "FALSE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int PREDICATE = 4;
    private static final int CONCAT = 5;
    private static final int ADD = 6;
    private static final int MUL = 7;
    private static final int UNARY = 8;
    private static final int PRIMARY = 9;

    private Printer() {
    }

    public static String print(Expr expr) {
        StringBuilder sb = new StringBuilder();
        print(expr, 0, sb);
        return sb.toString();
    }

    public static String print(TypedExpr expr) {
        StringBuilder sb = new StringBuilder();
        print(expr, 0, sb);
        return sb.toString();
    }

    static int level(BinaryOp op) {
        return switch (op) {
            case OR -> OR;
            case AND -> AND;
            case EQ, NE, LT, LE, GT, GE -> PREDICATE;
            case CONCAT -> CONCAT;
            case ADD, SUB -> ADD;
            case MUL, DIV, MOD -> MUL;
        };
    }

    private static int level(Expr e) {
        return switch (e) {
            case Expr.Literal l -> isNegative(l.value()) ? UNARY : PRIMARY;
            case Expr.Unary u -> u.op() == UnaryOp.NOT ? NOT : UNARY;
            case Expr.Binary b -> level(b.op());
            case Expr.IsNull n -> PREDICATE;
            case Expr.In n -> PREDICATE;
            case Expr.Between n -> PREDICATE;
            case Expr.Like n -> PREDICATE;
            default -> PRIMARY;
        };
    }

    private static boolean isNegative(Object value) {
        return value instanceof Number n && !(value instanceof java.math.BigDecimal) && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))
                && (n instanceof Double d2 ? d2 < 0 || (d2 == 0 && 1 / d2 < 0) : n.longValue() < 0);
    }

    private static void print(Expr e, int required, StringBuilder sb) {
        boolean parens = level(e) < required;
        if (parens) {
            sb.append('(');
        }
        switch (e) {
            case Expr.Literal l -> literal(l.value(), l.type(), sb);
            case Expr.Column c -> name(c.name(), sb);
            case Expr.Unary u -> {
                if (u.op() == UnaryOp.NOT) {
                    sb.append("NOT "); //$NON-NLS-1$
                    print(u.operand(), NOT, sb);
                } else {
                    sb.append('-');
                    boolean wrap = u.operand() instanceof Expr.Literal l && l.value() instanceof Number
                            || u.operand() instanceof Expr.Unary inner && inner.op() == UnaryOp.NEGATE;
                    print(u.operand(), wrap ? PRIMARY + 1 : UNARY, sb);
                }
            }
            case Expr.Binary b -> {
                int p = level(b.op());
                print(b.left(), p, sb);
                sb.append(' ').append(b.op().symbol()).append(' ');
                print(b.right(), p + 1, sb);
            }
            case Expr.IsNull n -> {
                print(n.operand(), PREDICATE, sb);
                sb.append(n.negated() ? " IS NOT NULL" : " IS NULL"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            case Expr.In in -> {
                print(in.operand(), PREDICATE, sb);
                sb.append(in.negated() ? " NOT IN (" : " IN ("); //$NON-NLS-1$ //$NON-NLS-2$
                list(in.values(), sb);
                sb.append(')');
            }
            case Expr.Between b -> {
                print(b.operand(), PREDICATE, sb);
                sb.append(b.negated() ? " NOT BETWEEN " : " BETWEEN "); //$NON-NLS-1$ //$NON-NLS-2$
                print(b.low(), CONCAT, sb);
                sb.append(" AND "); //$NON-NLS-1$
                print(b.high(), CONCAT, sb);
            }
            case Expr.Like l -> {
                print(l.operand(), PREDICATE, sb);
                sb.append(l.negated() ? " NOT LIKE " : " LIKE "); //$NON-NLS-1$ //$NON-NLS-2$
                print(l.pattern(), CONCAT, sb);
            }
            case Expr.Case c -> {
                sb.append("CASE"); //$NON-NLS-1$
                c.operand().ifPresent(o -> {
                    sb.append(' ');
                    print(o, 0, sb);
                });
                for (Expr.When w : c.whens()) {
                    sb.append(" WHEN "); //$NON-NLS-1$
                    print(w.condition(), 0, sb);
                    sb.append(" THEN "); //$NON-NLS-1$
                    print(w.result(), 0, sb);
                }
                c.otherwise().ifPresent(o -> {
                    sb.append(" ELSE "); //$NON-NLS-1$
                    print(o, 0, sb);
                });
                sb.append(" END"); //$NON-NLS-1$
            }
            case Expr.Cast c -> {
                sb.append("CAST("); //$NON-NLS-1$
                print(c.operand(), 0, sb);
                sb.append(" AS ").append(c.target().typeName()).append(')'); //$NON-NLS-1$
            }
            case Expr.Call c when c.name().equalsIgnoreCase("try_cast") && c.args().size() == 2 //$NON-NLS-1$
                    && c.args().get(1) instanceof Expr.Literal t && t.value() instanceof String type -> {
                sb.append("TRY_CAST("); //$NON-NLS-1$
                print(c.args().get(0), 0, sb);
                sb.append(" AS ").append(DataType.parse(type).typeName()).append(')'); //$NON-NLS-1$
            }
            case Expr.Call c -> {
                sb.append(c.name()).append('(');
                list(c.args(), sb);
                sb.append(')');
            }
            case Expr.FieldAccess f -> {
                print(f.operand(), PRIMARY, sb);
                sb.append('.');
                name(f.name(), sb);
            }
            case Expr.Subscript s -> {
                print(s.operand(), PRIMARY, sb);
                sb.append('[');
                print(s.index(), 0, sb);
                sb.append(']');
            }
        }
        if (parens) {
            sb.append(')');
        }
    }

    private static void list(List<Expr> exprs, StringBuilder sb) {
        for (int i = 0; i < exprs.size(); i++) {
            if (i > 0) {
                sb.append(", "); //$NON-NLS-1$
            }
            print(exprs.get(i), 0, sb);
        }
    }

    static void literal(Object value, DataType type, StringBuilder sb) {
        if (value == null) {
            sb.append("NULL"); //$NON-NLS-1$
            return;
        }
        switch (value) {
            case Boolean b -> sb.append(b ? "TRUE" : "FALSE"); //$NON-NLS-1$ //$NON-NLS-2$
            case Double d when d.isNaN() || d.isInfinite() -> sb.append("CAST('").append(d).append("' AS FLOAT64)"); //$NON-NLS-1$ //$NON-NLS-2$
            case Long l when l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE -> // would read back as INT32
                sb.append("CAST(").append(l).append(" AS INT64)"); //$NON-NLS-1$ //$NON-NLS-2$
            case java.math.BigDecimal d -> sb.append("CAST('").append(d.toPlainString()).append("' AS ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(type != null && type.isDecimal() ? type.typeName() : DataType.decimal(Math.max(d.precision(), Math.max(d.scale(), 1)), Math.max(d.scale(), 0)).typeName()).append(')');
            case Number n -> sb.append(n);
            case String s -> string(s, sb);
            case LocalDate d -> sb.append("DATE '").append(TemporalValues.format(d)).append('\''); //$NON-NLS-1$
            case Instant t -> temporal("TIMESTAMP", t, type, sb); //$NON-NLS-1$
            case LocalDateTime t -> temporal("TIMESTAMP_NTZ", t, type, sb); //$NON-NLS-1$
            case LocalTime t -> temporal("TIME", t, type, sb); //$NON-NLS-1$
            default -> throw new IllegalArgumentException("not a literal value: " + value.getClass()); //$NON-NLS-1$
        }
    }

    /** {@code PREFIX 'text'} when it reads back as {@code type}, else {@code CAST('text' AS type)}. */
    private static void temporal(String prefix, Object value, DataType type, StringBuilder sb) {
        String text = TemporalValues.format(value);
        if (text.endsWith("Z")) { //$NON-NLS-1$
            text = text.substring(0, text.length() - 1); // an instant's literal is read as UTC
        }
        TimePrecision p = TemporalValues.fractionDigits(text) > 6 ? TimePrecision.NANO : TimePrecision.MICRO;
        DataType read = value instanceof LocalTime ? DataType.time(p) : DataType.timestamp(p, value instanceof Instant);
        if (type == null || type.equals(read)) {
            sb.append(prefix).append(" '").append(text).append('\''); //$NON-NLS-1$
        } else {
            sb.append("CAST('").append(text).append("' AS ").append(type.typeName()).append(')'); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    static void string(String s, StringBuilder sb) {
        sb.append('\'').append(s.replace("'", "''")).append('\''); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A column name, bare when it reads back as the same identifier, else double-quoted. */
    public static String name(String name) {
        StringBuilder sb = new StringBuilder();
        name(name, sb);
        return sb.toString();
    }

    private static void name(String name, StringBuilder sb) {
        if (BARE_NAME.matcher(name).matches() && !KEYWORDS.contains(name.toUpperCase(Locale.ROOT))) {
            sb.append(name);
        } else {
            sb.append('"').append(name.replace("\"", "\"\"")).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    // typed trees

    private static int level(TypedExpr e) {
        return switch (e) {
            case TypedExpr.Literal l -> isNegative(l.value()) ? UNARY : PRIMARY;
            case TypedExpr.Unary u -> u.op() == UnaryOp.NOT ? NOT : UNARY;
            case TypedExpr.Binary b -> level(b.op());
            case TypedExpr.IsNull n -> PREDICATE;
            case TypedExpr.In n -> PREDICATE;
            case TypedExpr.Between n -> PREDICATE;
            case TypedExpr.Like n -> PREDICATE;
            default -> PRIMARY;
        };
    }

    private static void print(TypedExpr e, int required, StringBuilder sb) {
        boolean parens = level(e) < required;
        if (parens) {
            sb.append('(');
        }
        switch (e) {
            case TypedExpr.Literal l -> {
                if (l.value() == null && l.type() != DataType.NULL) {
                    sb.append("CAST(NULL AS ").append(l.type().typeName()).append(')'); //$NON-NLS-1$
                } else {
                    literal(l.value(), l.type(), sb);
                }
            }
            case TypedExpr.Column c -> name(c.name(), sb);
            case TypedExpr.Unary u -> {
                if (u.op() == UnaryOp.NOT) {
                    sb.append("NOT "); //$NON-NLS-1$
                    print(u.operand(), NOT, sb);
                } else {
                    sb.append('-');
                    boolean wrap = u.operand() instanceof TypedExpr.Literal l && l.value() instanceof Number
                            || u.operand() instanceof TypedExpr.Unary inner && inner.op() == UnaryOp.NEGATE;
                    print(u.operand(), wrap ? PRIMARY + 1 : UNARY, sb);
                }
            }
            case TypedExpr.Binary b -> {
                int p = level(b.op());
                print(b.left(), p, sb);
                sb.append(' ').append(b.op().symbol()).append(' ');
                print(b.right(), p + 1, sb);
            }
            case TypedExpr.IsNull n -> {
                print(n.operand(), PREDICATE, sb);
                sb.append(n.negated() ? " IS NOT NULL" : " IS NULL"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            case TypedExpr.In in -> {
                print(in.operand(), PREDICATE, sb);
                sb.append(in.negated() ? " NOT IN (" : " IN ("); //$NON-NLS-1$ //$NON-NLS-2$
                for (int i = 0; i < in.values().size(); i++) {
                    if (i > 0) {
                        sb.append(", "); //$NON-NLS-1$
                    }
                    print(in.values().get(i), 0, sb);
                }
                sb.append(')');
            }
            case TypedExpr.Between b -> {
                print(b.operand(), PREDICATE, sb);
                sb.append(b.negated() ? " NOT BETWEEN " : " BETWEEN "); //$NON-NLS-1$ //$NON-NLS-2$
                print(b.low(), CONCAT, sb);
                sb.append(" AND "); //$NON-NLS-1$
                print(b.high(), CONCAT, sb);
            }
            case TypedExpr.Like l -> {
                print(l.operand(), PREDICATE, sb);
                sb.append(l.negated() ? " NOT LIKE " : " LIKE "); //$NON-NLS-1$ //$NON-NLS-2$
                print(l.pattern(), CONCAT, sb);
            }
            case TypedExpr.Case c -> {
                sb.append("CASE"); //$NON-NLS-1$
                for (TypedExpr.When w : c.whens()) {
                    sb.append(" WHEN "); //$NON-NLS-1$
                    print(w.condition(), 0, sb);
                    sb.append(" THEN "); //$NON-NLS-1$
                    print(w.result(), 0, sb);
                }
                sb.append(" ELSE "); //$NON-NLS-1$
                print(c.otherwise(), 0, sb);
                sb.append(" END"); //$NON-NLS-1$
            }
            case TypedExpr.Cast c -> {
                sb.append("CAST("); //$NON-NLS-1$
                print(c.operand(), 0, sb);
                sb.append(" AS ").append(c.type().typeName()).append(')'); //$NON-NLS-1$
            }
            case TypedExpr.Call c when c.function() == BuiltinFunction.TRY_CAST -> {
                sb.append("TRY_CAST("); //$NON-NLS-1$
                print(c.args().get(0), 0, sb);
                sb.append(" AS ").append(c.type().typeName()).append(')'); //$NON-NLS-1$
            }
            case TypedExpr.Call c -> {
                sb.append(c.function().functionName()).append('(');
                for (int i = 0; i < c.args().size(); i++) {
                    if (i > 0) {
                        sb.append(", "); //$NON-NLS-1$
                    }
                    print(c.args().get(i), 0, sb);
                }
                sb.append(')');
            }
        }
        if (parens) {
            sb.append(')');
        }
    }
}
