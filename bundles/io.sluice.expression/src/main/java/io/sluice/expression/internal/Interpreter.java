package io.sluice.expression.internal;

import io.sluice.expression.BinaryOp;
import io.sluice.expression.BuiltinFunction;
import io.sluice.expression.EvaluationException;
import io.sluice.expression.Evaluator;
import io.sluice.expression.TypedExpr;
import io.sluice.expression.types.DataType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The row-at-a-time interpreter behind {@link Evaluator}; its javadoc is the specification implemented here. */
public final class Interpreter {

    private static final Map<String, Pattern> LIKE_CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> REGEX_CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 512;

    private final Function<TypedExpr.Column, Object> row;

    private Interpreter(Function<TypedExpr.Column, Object> row) {
        this.row = row;
    }

    public static Object evaluate(TypedExpr expr, Function<TypedExpr.Column, Object> row) {
        return new Interpreter(row).eval(expr);
    }

    private Object eval(TypedExpr e) {
        return switch (e) {
            case TypedExpr.Literal l -> l.value();
            case TypedExpr.Column c -> column(c);
            case TypedExpr.Unary u -> unary(u);
            case TypedExpr.Binary b -> binary(b);
            case TypedExpr.IsNull n -> (eval(n.operand()) == null) != n.negated();
            case TypedExpr.In in -> in(in);
            case TypedExpr.Between b -> between(b);
            case TypedExpr.Like l -> like(l);
            case TypedExpr.Case c -> caseExpr(c);
            case TypedExpr.Cast c -> cast(eval(c.operand()), c.type());
            case TypedExpr.Call c -> call(c);
        };
    }

    private Object column(TypedExpr.Column c) {
        Object value = row.apply(c);
        if (value == null) {
            return null;
        }
        Class<?> expected = Evaluator.javaClass(c.type());
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException("column '" + c.name() + "' is " + c.type() + " and needs a " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + expected.getSimpleName() + " but the row holds a " + value.getClass().getName()); //$NON-NLS-1$
        }
        if (value instanceof Instant i) {
            return i.truncatedTo(ChronoUnit.MICROS);
        }
        return value;
    }

    // ------------------------------------------------------------------------------------------------ operators

    private Object unary(TypedExpr.Unary u) {
        Object v = eval(u.operand());
        if (v == null) {
            return null;
        }
        return switch (u.op()) {
            case NOT -> !(Boolean) v;
            case NEGATE -> switch (v) {
                case Integer i -> {
                    if (i == Integer.MIN_VALUE) {
                        throw new EvaluationException(Messages.overflow("negation", DataType.INT32)); //$NON-NLS-1$
                    }
                    yield -i;
                }
                case Long l -> {
                    if (l == Long.MIN_VALUE) {
                        throw new EvaluationException(Messages.overflow("negation", DataType.INT64)); //$NON-NLS-1$
                    }
                    yield -l;
                }
                case Double d -> -d;
                default -> throw new IllegalStateException("cannot negate " + v.getClass()); //$NON-NLS-1$
            };
        };
    }

    static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return Boolean.FALSE;
        }
        return a == null || b == null ? null : Boolean.TRUE;
    }

    static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return Boolean.TRUE;
        }
        return a == null || b == null ? null : Boolean.FALSE;
    }

    static Boolean not(Boolean a) {
        return a == null ? null : !a;
    }

    private Object binary(TypedExpr.Binary b) {
        Object l = eval(b.left());
        Object r = eval(b.right());
        BinaryOp op = b.op();
        if (op == BinaryOp.AND) {
            return and((Boolean) l, (Boolean) r);
        }
        if (op == BinaryOp.OR) {
            return or((Boolean) l, (Boolean) r);
        }
        if (l == null || r == null) {
            return null;
        }
        if (op.isComparison()) {
            int c = compare(l, r);
            return switch (op) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
                default -> throw new IllegalStateException(op.name());
            };
        }
        if (op == BinaryOp.CONCAT) {
            return (String) l + r;
        }
        return arithmetic(op, l, r);
    }

    private static Object arithmetic(BinaryOp op, Object l, Object r) {
        if (op == BinaryOp.DIV) {
            return ((Number) l).doubleValue() / ((Number) r).doubleValue();
        }
        String what = "'" + op.symbol() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
        try {
            return switch (l) {
                case Integer a -> {
                    int y = (Integer) r;
                    yield switch (op) {
                        case ADD -> Math.addExact(a, y);
                        case SUB -> Math.subtractExact(a, y);
                        case MUL -> Math.multiplyExact(a, y);
                        case MOD -> {
                            if (y == 0) {
                                throw new EvaluationException(Messages.DIVISION_BY_ZERO);
                            }
                            yield a % y;
                        }
                        default -> throw new IllegalStateException(op.name());
                    };
                }
                case Long a -> {
                    long y = (Long) r;
                    yield switch (op) {
                        case ADD -> Math.addExact(a, y);
                        case SUB -> Math.subtractExact(a, y);
                        case MUL -> Math.multiplyExact(a, y);
                        case MOD -> {
                            if (y == 0) {
                                throw new EvaluationException(Messages.DIVISION_BY_ZERO);
                            }
                            yield a % y;
                        }
                        default -> throw new IllegalStateException(op.name());
                    };
                }
                case Double a -> {
                    double y = (Double) r;
                    yield switch (op) {
                        case ADD -> a + y;
                        case SUB -> a - y;
                        case MUL -> a * y;
                        default -> throw new IllegalStateException(op.name());
                    };
                }
                default -> throw new IllegalStateException("no arithmetic on " + l.getClass()); //$NON-NLS-1$
            };
        } catch (ArithmeticException e) {
            throw new EvaluationException(Messages.overflow(what, l instanceof Integer ? DataType.INT32
                    : DataType.INT64), e);
        }
    }

    /** The total order of the language: numbers (NaN greatest, -0.0 = 0.0), code points, FALSE &lt; TRUE, time. */
    @SuppressWarnings("unchecked")
    static int compare(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            double dx = x;
            double dy = y;
            return dx == dy ? 0 : Double.compare(dx, dy);
        }
        if (a instanceof String x && b instanceof String y) {
            return compareCodePoints(x, y);
        }
        if (a.getClass() != b.getClass()) {
            throw new IllegalStateException("cannot compare " + a.getClass() + " with " + b.getClass()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return ((Comparable<Object>) a).compareTo(b);
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private Object in(TypedExpr.In in) {
        Object x = eval(in.operand());
        List<Object> values = new ArrayList<>(in.values().size());
        for (TypedExpr v : in.values()) {
            values.add(eval(v));
        }
        Boolean result;
        if (x == null) {
            result = null;
        } else {
            boolean sawNull = false;
            boolean found = false;
            for (Object v : values) {
                if (v == null) {
                    sawNull = true;
                } else if (compare(x, v) == 0) {
                    found = true;
                    break;
                }
            }
            result = found ? Boolean.TRUE : sawNull ? null : Boolean.FALSE;
        }
        return in.negated() ? not(result) : result;
    }

    private Object between(TypedExpr.Between b) {
        Object x = eval(b.operand());
        Object low = eval(b.low());
        Object high = eval(b.high());
        Boolean ge = x == null || low == null ? null : compare(x, low) >= 0;
        Boolean le = x == null || high == null ? null : compare(x, high) <= 0;
        Boolean result = and(ge, le);
        return b.negated() ? not(result) : result;
    }

    private Object like(TypedExpr.Like l) {
        Object s = eval(l.operand());
        Object p = eval(l.pattern());
        if (s == null || p == null) {
            return null;
        }
        boolean matches = likePattern((String) p).matcher((String) s).matches();
        return matches != l.negated();
    }

    static Pattern likePattern(String like) {
        Pattern cached = LIKE_CACHE.get(like);
        if (cached != null) {
            return cached;
        }
        StringBuilder regex = new StringBuilder();
        like.codePoints().forEach(cp -> {
            if (cp == '%') {
                regex.append(".*"); //$NON-NLS-1$
            } else if (cp == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(new String(Character.toChars(cp))));
            }
        });
        Pattern pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
        if (LIKE_CACHE.size() > CACHE_LIMIT) {
            LIKE_CACHE.clear();
        }
        LIKE_CACHE.put(like, pattern);
        return pattern;
    }

    private Object caseExpr(TypedExpr.Case c) {
        for (TypedExpr.When w : c.whens()) {
            if (Boolean.TRUE.equals(eval(w.condition()))) {
                return eval(w.result());
            }
        }
        return eval(c.otherwise());
    }

    // ---------------------------------------------------------------------------------------------------- casts

    static Object cast(Object v, DataType to) {
        if (v == null) {
            return null;
        }
        return switch (to) {
            case BOOLEAN -> switch (v) {
                case Boolean b -> b;
                case String s -> {
                    String t = s.strip().toLowerCase(Locale.ROOT);
                    if (t.equals("true")) { //$NON-NLS-1$
                        yield Boolean.TRUE;
                    }
                    if (t.equals("false")) { //$NON-NLS-1$
                        yield Boolean.FALSE;
                    }
                    throw cannotCast(v, to);
                }
                default -> throw cannotCast(v, to);
            };
            case INT32 -> switch (v) {
                case Integer i -> i;
                case Long l -> {
                    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                        throw outOfRange(v, to);
                    }
                    yield (int) (long) l;
                }
                case Double d -> {
                    long l = roundToLong(d, to);
                    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                        throw outOfRange(v, to);
                    }
                    yield (int) l;
                }
                case String s -> {
                    try {
                        yield Integer.parseInt(s.strip());
                    } catch (NumberFormatException e) {
                        throw cannotCast(v, to);
                    }
                }
                default -> throw cannotCast(v, to);
            };
            case INT64 -> switch (v) {
                case Integer i -> (long) i;
                case Long l -> l;
                case Double d -> roundToLong(d, to);
                case String s -> {
                    try {
                        yield Long.parseLong(s.strip());
                    } catch (NumberFormatException e) {
                        throw cannotCast(v, to);
                    }
                }
                default -> throw cannotCast(v, to);
            };
            case FLOAT64 -> switch (v) {
                case Integer i -> (double) i;
                case Long l -> (double) l;
                case Double d -> d;
                case String s -> {
                    try {
                        yield Double.parseDouble(s.strip());
                    } catch (NumberFormatException e) {
                        throw cannotCast(v, to);
                    }
                }
                default -> throw cannotCast(v, to);
            };
            case STRING -> toText(v);
            case DATE -> switch (v) {
                case LocalDate d -> d;
                case Instant i -> LocalDate.ofInstant(i, ZoneOffset.UTC);
                case String s -> Temporals.parseDateLiteral(s.strip()).orElseThrow(() -> cannotCast(v, to));
                default -> throw cannotCast(v, to);
            };
            case TIMESTAMP -> switch (v) {
                case Instant i -> i;
                case LocalDate d -> d.atStartOfDay(ZoneOffset.UTC).toInstant();
                case String s -> Temporals.parseTimestampLiteral(s.strip()).orElseThrow(() -> cannotCast(v, to));
                default -> throw cannotCast(v, to);
            };
            case NULL -> throw cannotCast(v, to);
        };
    }

    static String toText(Object v) {
        return switch (v) {
            case String s -> s;
            case Boolean b -> b.toString();
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case Double d -> d.toString();
            case LocalDate d -> Temporals.formatDate(d);
            case Instant i -> Temporals.formatTimestamp(i);
            default -> throw new IllegalStateException("no text for " + v.getClass()); //$NON-NLS-1$
        };
    }

    private static long roundToLong(double d, DataType to) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw cannotCast(d, to);
        }
        try {
            return new BigDecimal(d).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            throw outOfRange(d, to);
        }
    }

    private static String show(Object v) {
        return v instanceof String s ? "'" + s + "'" : toText(v); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static EvaluationException cannotCast(Object v, DataType to) {
        return new EvaluationException(Messages.cannotCastValue(show(v), to));
    }

    private static EvaluationException outOfRange(Object v, DataType to) {
        return new EvaluationException(Messages.cannotCastValue(show(v), to) + " (out of range)"); //$NON-NLS-1$
    }

    // ------------------------------------------------------------------------------------------------ functions

    private Object call(TypedExpr.Call c) {
        List<Object> args = new ArrayList<>(c.args().size());
        for (TypedExpr a : c.args()) {
            args.add(eval(a));
        }
        BuiltinFunction f = c.function();
        switch (f) {
            case COALESCE -> {
                for (Object a : args) {
                    if (a != null) {
                        return a;
                    }
                }
                return null;
            }
            case CONCAT -> {
                StringBuilder sb = new StringBuilder();
                for (Object a : args) {
                    if (a != null) {
                        sb.append((String) a);
                    }
                }
                return sb.toString();
            }
            case NULLIF -> {
                Object a = args.get(0);
                Object b = args.get(1);
                return a != null && b != null && compare(a, b) == 0 ? null : a;
            }
            default -> {
                for (Object a : args) {
                    if (a == null) {
                        return null;
                    }
                }
                return strict(f, args);
            }
        }
    }

    private static Object strict(BuiltinFunction f, List<Object> args) {
        Object a0 = args.get(0);
        return switch (f) {
            case UPPER -> ((String) a0).toUpperCase(Locale.ROOT);
            case LOWER -> ((String) a0).toLowerCase(Locale.ROOT);
            case TRIM -> ((String) a0).strip();
            case LTRIM -> ((String) a0).stripLeading();
            case RTRIM -> ((String) a0).stripTrailing();
            case LENGTH -> ((String) a0).codePointCount(0, ((String) a0).length());
            case SUBSTRING -> substring((String) a0, (Long) args.get(1), args.size() > 2 ? (Long) args.get(2) : null);
            case REPLACE -> {
                String from = (String) args.get(1);
                yield from.isEmpty() ? a0 : ((String) a0).replace(from, (String) args.get(2));
            }
            case STARTS_WITH -> ((String) a0).startsWith((String) args.get(1));
            case ENDS_WITH -> ((String) a0).endsWith((String) args.get(1));
            case CONTAINS -> ((String) a0).contains((String) args.get(1));
            case REGEXP_MATCHES -> regex(f, (String) args.get(1)).matcher((String) a0).find();
            case ABS -> switch (a0) {
                case Integer i -> {
                    if (i == Integer.MIN_VALUE) {
                        throw new EvaluationException(Messages.overflow("abs", DataType.INT32)); //$NON-NLS-1$
                    }
                    yield Math.abs(i);
                }
                case Long l -> {
                    if (l == Long.MIN_VALUE) {
                        throw new EvaluationException(Messages.overflow("abs", DataType.INT64)); //$NON-NLS-1$
                    }
                    yield Math.abs(l);
                }
                default -> Math.abs((Double) a0);
            };
            case ROUND -> round(a0, args.size() > 1 ? (Long) args.get(1) : 0L);
            case FLOOR -> a0 instanceof Double d ? Math.floor(d) : a0;
            case CEIL -> a0 instanceof Double d ? Math.ceil(d) : a0;
            case SQRT -> Math.sqrt((Double) a0);
            case POWER -> Math.pow((Double) a0, (Double) args.get(1));
            case LEAST, GREATEST -> {
                Object best = a0;
                for (int i = 1; i < args.size(); i++) {
                    int c = compare(args.get(i), best);
                    if (f == BuiltinFunction.LEAST ? c < 0 : c > 0) {
                        best = args.get(i);
                    }
                }
                yield best;
            }
            case YEAR -> utc(a0).getYear();
            case MONTH -> utc(a0).getMonthValue();
            case DAY -> utc(a0).getDayOfMonth();
            case HOUR -> utc(a0).getHour();
            case DATE_TRUNC -> dateTrunc((String) a0, args.get(1));
            case DATE_DIFF -> dateDiff((String) a0, args.get(1), args.get(2));
            case COALESCE, CONCAT, NULLIF -> throw new IllegalStateException(f.name());
        };
    }

    private static Pattern regex(BuiltinFunction f, String pattern) {
        Pattern cached = REGEX_CACHE.get(pattern);
        if (cached != null) {
            return cached;
        }
        try {
            Pattern compiled = Pattern.compile(pattern);
            if (REGEX_CACHE.size() > CACHE_LIMIT) {
                REGEX_CACHE.clear();
            }
            REGEX_CACHE.put(pattern, compiled);
            return compiled;
        } catch (PatternSyntaxException e) {
            throw new EvaluationException(Messages.invalidRegex(f.functionName(), e.getDescription()), e);
        }
    }

    static String substring(String s, long start, Long length) {
        if (length != null && length < 0) {
            throw new EvaluationException(Messages.negativeLength(length));
        }
        long codePoints = s.codePointCount(0, s.length());
        long end = length == null ? Long.MAX_VALUE : saturatedAdd(start, length); // exclusive, 1-based
        long from = Math.max(start, 1);
        long to = Math.min(end, codePoints + 1);
        if (to <= from) {
            return ""; //$NON-NLS-1$
        }
        int begin = s.offsetByCodePoints(0, (int) (from - 1));
        int stop = s.offsetByCodePoints(begin, (int) (to - from));
        return s.substring(begin, stop);
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : r;
    }

    static Object round(Object x, long digits) {
        switch (x) {
            case Double d -> {
                if (d.isNaN() || d.isInfinite() || digits > 350) {
                    return d;
                }
                int scale = (int) Math.max(digits, -400);
                return BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP).doubleValue();
            }
            case Integer i -> {
                if (digits >= 0) {
                    return i;
                }
                BigDecimal r = BigDecimal.valueOf(i).setScale((int) Math.max(digits, -20), RoundingMode.HALF_UP);
                try {
                    return r.intValueExact();
                } catch (ArithmeticException e) {
                    throw new EvaluationException(Messages.overflow("round", DataType.INT32), e); //$NON-NLS-1$
                }
            }
            case Long l -> {
                if (digits >= 0) {
                    return l;
                }
                BigDecimal r = BigDecimal.valueOf(l).setScale((int) Math.max(digits, -20), RoundingMode.HALF_UP);
                try {
                    return r.longValueExact();
                } catch (ArithmeticException e) {
                    throw new EvaluationException(Messages.overflow("round", DataType.INT64), e); //$NON-NLS-1$
                }
            }
            default -> throw new IllegalStateException("cannot round " + x.getClass()); //$NON-NLS-1$
        }
    }

    private static LocalDateTime utc(Object temporal) {
        return switch (temporal) {
            case LocalDate d -> d.atStartOfDay();
            case Instant i -> LocalDateTime.ofInstant(i, ZoneOffset.UTC);
            default -> throw new IllegalStateException("not temporal: " + temporal.getClass()); //$NON-NLS-1$
        };
    }

    private static LocalDateTime truncate(String unit, LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        return switch (unit) {
            case "year" -> d.withDayOfYear(1).atStartOfDay(); //$NON-NLS-1$
            case "quarter" -> d.withMonth((d.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1).atStartOfDay(); //$NON-NLS-1$
            case "month" -> d.withDayOfMonth(1).atStartOfDay(); //$NON-NLS-1$
            case "week" -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(); //$NON-NLS-1$
            case "day" -> d.atStartOfDay(); //$NON-NLS-1$
            case "hour" -> t.truncatedTo(ChronoUnit.HOURS); //$NON-NLS-1$
            case "minute" -> t.truncatedTo(ChronoUnit.MINUTES); //$NON-NLS-1$
            case "second" -> t.truncatedTo(ChronoUnit.SECONDS); //$NON-NLS-1$
            default -> throw new IllegalStateException("unknown unit " + unit); //$NON-NLS-1$
        };
    }

    private static Object dateTrunc(String unit, Object t) {
        LocalDateTime truncated = truncate(unit, utc(t));
        return t instanceof LocalDate ? truncated.toLocalDate() : truncated.toInstant(ZoneOffset.UTC);
    }

    private static long dateDiff(String unit, Object a, Object b) {
        LocalDateTime x = truncate(unit, utc(a));
        LocalDateTime y = truncate(unit, utc(b));
        return switch (unit) {
            case "year" -> (long) y.getYear() - x.getYear(); //$NON-NLS-1$
            case "quarter" -> (y.getYear() * 4L + y.get(IsoFields.QUARTER_OF_YEAR)) //$NON-NLS-1$
                    - (x.getYear() * 4L + x.get(IsoFields.QUARTER_OF_YEAR));
            case "month" -> (y.getYear() * 12L + y.getMonthValue()) - (x.getYear() * 12L + x.getMonthValue()); //$NON-NLS-1$
            case "week" -> ChronoUnit.DAYS.between(x, y) / 7; //$NON-NLS-1$
            case "day" -> ChronoUnit.DAYS.between(x, y); //$NON-NLS-1$
            case "hour" -> ChronoUnit.HOURS.between(x, y); //$NON-NLS-1$
            case "minute" -> ChronoUnit.MINUTES.between(x, y); //$NON-NLS-1$
            case "second" -> ChronoUnit.SECONDS.between(x, y); //$NON-NLS-1$
            default -> throw new IllegalStateException("unknown unit " + unit); //$NON-NLS-1$
        };
    }
}
