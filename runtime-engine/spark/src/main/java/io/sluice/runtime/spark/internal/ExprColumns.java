package io.sluice.runtime.spark.internal;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.hour;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.try_add;
import static org.apache.spark.sql.functions.try_multiply;
import static org.apache.spark.sql.functions.try_subtract;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import io.sluice.expression.BuiltinFunction;
import io.sluice.expression.EvaluationException;
import io.sluice.expression.Evaluator;
import io.sluice.expression.TypedExpr;
import io.sluice.expression.types.DataType;

/**
 * Translates a checked expression ({@link TypedExpr}) into Spark {@link Column}s with Sluice's semantics
 * ({@link Evaluator} is the specification). Each node gives a value column and an error column (null while the row
 * is fine, else the reason the embedded runtime would give), so a derivation whose value cannot be computed sends
 * the row to the step's rejects port exactly as the embedded engine does.
 * <p>
 * Nodes whose Spark counterpart agrees (arithmetic with overflow checks through {@code try_*}, comparisons — Spark's
 * total order on doubles already puts NaN last and {@code -0.0 = 0.0} —, three-valued logic, {@code IN},
 * {@code CASE}, widening casts, most functions) become native columns. Where Spark differs (trimming, substring
 * before position 1, string-to-number casts, {@code date_diff}, {@code round} with a column as digits…), the node is
 * evaluated by Sluice's own {@link Evaluator} in a per-node user-defined function over the argument columns, so the
 * result is the reference result by construction.
 */
public final class ExprColumns {

    /** A translated node: its value and the reason it cannot be computed (a STRING column; null when it never fails). */
    public record Cols(Column value, Column error) {
        Cols withError(Column more) {
            return new Cols(value, firstError(error, more));
        }
    }

    private final java.util.function.Function<String, Column> columns;

    /** Reads input columns by name from the Dataset the result is applied to. */
    public ExprColumns() {
        this(ExprColumns::column);
    }

    /** Reads input column {@code name} as {@code columns.apply(name)}. */
    public ExprColumns(java.util.function.Function<String, Column> columns) {
        this.columns = columns;
    }

    /** Translates {@code e}. */
    public Cols translate(TypedExpr e) {
        return switch (e) {
            case TypedExpr.Literal l -> new Cols(literal(l.value(), l.type()), null);
            case TypedExpr.Column c -> new Cols(columns.apply(c.name()), null);
            case TypedExpr.Unary u -> unary(u);
            case TypedExpr.Binary b -> binary(b);
            case TypedExpr.IsNull n -> {
                Cols o = translate(n.operand());
                yield new Cols(n.negated() ? o.value().isNotNull() : o.value().isNull(), o.error());
            }
            case TypedExpr.In in -> {
                Cols o = translate(in.operand());
                List<Column> vals = new ArrayList<>();
                Column err = o.error();
                for (TypedExpr v : in.values()) {
                    Cols c = translate(v);
                    vals.add(c.value());
                    err = firstError(err, c.error());
                }
                Column isIn = o.value().isin(vals.toArray());
                yield new Cols(in.negated() ? not(isIn) : isIn, err);
            }
            case TypedExpr.Between bt -> {
                Cols o = translate(bt.operand());
                Cols lo = translate(bt.low());
                Cols hi = translate(bt.high());
                Column v = o.value().geq(lo.value()).and(o.value().leq(hi.value()));
                yield new Cols(bt.negated() ? not(v) : v, firstError(firstError(o.error(), lo.error()), hi.error()));
            }
            case TypedExpr.Like like when like.pattern() instanceof TypedExpr.Literal p && p.value() instanceof String s -> {
                Cols o = translate(like.operand());
                Column m = o.value().rlike(likeRegex(s));
                yield new Cols(like.negated() ? not(m) : m, o.error());
            }
            case TypedExpr.Case c -> caseWhen(c);
            case TypedExpr.Cast c -> cast(c);
            case TypedExpr.Call c -> call(c);
            default -> byEvaluator(e);
        };
    }

    /** A column by name, quoted so that any name (dots, spaces, back-ticks) is read literally. */
    public static Column column(String name) {
        return col("`" + name.replace("`", "``") + "`"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The Spark type of a Sluice type (a bare NULL is a STRING column, as in the embedded runtime). */
    public static org.apache.spark.sql.types.DataType sparkType(DataType t) {
        return switch (t.id()) {
            case BOOLEAN -> DataTypes.BooleanType;
            case INT8 -> DataTypes.ByteType;
            case INT16 -> DataTypes.ShortType;
            case INT32 -> DataTypes.IntegerType;
            case INT64 -> DataTypes.LongType;
            case FLOAT32 -> DataTypes.FloatType;
            case FLOAT64 -> DataTypes.DoubleType;
            case DECIMAL -> DataTypes.createDecimalType(t.precision(), t.scale());
            case STRING, NULL -> DataTypes.StringType;
            case DATE -> DataTypes.DateType;
            // BINARY and FIXED_BINARY(n) are Spark's bytes; the width comes back from the model's schema at the sinks
            case BINARY, FIXED_BINARY -> DataTypes.BinaryType;
            // a time of day as a long of its unit since midnight: Spark's order, equality and hashing of it are TIME's
            // (one unit per column; comparisons across units, casts and functions are Sluice's evaluator)
            case TIME -> DataTypes.LongType;
            case TIMESTAMP -> {
                if (!carried(t)) {
                    throw new IllegalArgumentException("unsupported type " + t); //$NON-NLS-1$
                }
                // ms and µs values are exact in Spark's µs; the unit comes back from the model's schema at the sinks
                yield t.isInstant() ? DataTypes.TimestampType : DataTypes.TimestampNTZType;
            }
            case LIST -> DataTypes.createArrayType(sparkType(t.element()), t.children().get(0).nullable());
            case MAP -> DataTypes.createMapType(sparkType(t.key()), sparkType(t.value()), t.children().get(1).nullable());
            case STRUCT -> DataTypes.createStructType(t.children().stream()
                    .map(f -> DataTypes.createStructField(f.name(), sparkType(f.type()), f.nullable())).toList());
            default -> throw new IllegalArgumentException("unsupported type " + t); //$NON-NLS-1$
        };
    }

    /**
     * Whether Spark carries values of {@code t} as Sluice does; when not, {@link #notCarried} says why and validation
     * for Spark names a column of it.
     */
    public static boolean carried(DataType t) {
        return notCarried(t) == null;
    }

    /**
     * Why Spark cannot carry values of {@code t} with Sluice's meaning, or null when it can: BINARY and FIXED_BINARY
     * are Spark's bytes, instants in ms and µs its {@code timestamp}, local date-times in ms and µs its
     * {@code timestamp_ntz} (exact: Spark holds µs), TIME a long of its unit; Spark holds no nanosecond timestamps.
     */
    public static String notCarried(DataType t) {
        return switch (t.id()) {
            case TIMESTAMP -> t.timePrecision() == io.sluice.expression.types.TimePrecision.NANO
                    ? "Spark holds timestamps to the microsecond, not the nanosecond" //$NON-NLS-1$
                    : null;
            case LIST, MAP, STRUCT -> t.children().stream().map(f -> notCarried(f.type())).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            default -> null;
        };
    }

    /**
     * Whether Spark's own Parquet writer writes {@code t} as the embedded writer does: not FIXED_BINARY (Spark writes
     * variable-width bytes), not TIME (a long to Spark) nor a timestamp other than the instant in µs (Spark writes µs), also inside LIST, STRUCT and MAP.
     */
    public static boolean sparkWritesParquet(DataType t) {
        return switch (t.id()) {
            case FIXED_BINARY, TIME -> false;
            case TIMESTAMP -> t == DataType.TIMESTAMP;
            case LIST, MAP, STRUCT -> t.children().stream().allMatch(f -> sparkWritesParquet(f.type()));
            default -> true;
        };
    }

    /**
     * The types whose Spark operators agree with Sluice's (INT32/INT64 overflow through {@code try_*}, IEEE doubles);
     * arithmetic, casts and functions over any other type (DECIMAL's scale and overflow rules, INT8/INT16 widening,
     * FLOAT32) are evaluated by Sluice's {@link Evaluator}, so they give the reference result by construction.
     */
    private static boolean sparkAgrees(DataType t) {
        return switch (t.id()) {
            case BOOLEAN, INT32, INT64, FLOAT64, STRING, NULL, DATE -> true;
            case TIMESTAMP -> t == DataType.TIMESTAMP;
            default -> false;
        };
    }

    /** Whether Spark's operator agrees with Sluice's for {@code e}: its type and its operands' types all {@link #sparkAgrees}. */
    private static boolean sparkAgreesOn(TypedExpr e) {
        if (!sparkAgrees(e.type())) {
            return false;
        }
        for (TypedExpr o : operands(e)) {
            if (!sparkAgrees(o.type())) {
                return false;
            }
        }
        return true;
    }

    static Column literal(Object value, DataType type) {
        return lit(sparkValue(value, type)).cast(sparkType(type));
    }

    private static Column firstError(Column a, Column b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return coalesce(a, b);
    }

    private Cols unary(TypedExpr.Unary u) {
        if (!sparkAgreesOn(u)) {
            return byEvaluator(u);
        }
        Cols o = translate(u.operand());
        return switch (u.op()) {
            case NOT -> new Cols(not(o.value()), o.error());
            case NEGATE -> {
                Column v = o.value();
                Column neg = v.unary_$minus();
                if (u.type() == DataType.INT32 || u.type() == DataType.INT64) {
                    Object min = u.type() == DataType.INT32 ? (Object) Integer.MIN_VALUE : (Object) Long.MIN_VALUE;
                    yield new Cols(neg, o.error()).withError(
                            when(v.equalTo(lit(min)), lit(io.sluice.expression.semantics.Rules.overflow("negation", u.type()).getMessage()))); //$NON-NLS-1$
                }
                yield new Cols(neg, o.error());
            }
        };
    }

    private Cols binary(TypedExpr.Binary b) {
        if (b.op().isArithmetic() && !sparkAgreesOn(b)) {
            return byEvaluator(b);
        }
        if (b.left().type() != b.right().type() && !(sparkAgrees(b.left().type()) && sparkAgrees(b.right().type()))
                && !b.left().type().isNested() && !b.right().type().isNested()) {
            return byEvaluator(b); // e.g. BINARY with FIXED_BINARY, or timestamps of two units: Sluice's comparison
        }
        Cols l = translate(b.left());
        Cols r = translate(b.right());
        Column a = l.value();
        Column c = r.value();
        Column err = firstError(l.error(), r.error());
        boolean integer = b.left().type() == DataType.INT32 || b.left().type() == DataType.INT64;
        Column v = switch (b.op()) {
            case ADD -> integer ? try_add(a, c) : a.plus(c);
            case SUB -> integer ? try_subtract(a, c) : a.minus(c);
            case MUL -> integer ? try_multiply(a, c) : a.multiply(c);
            case DIV -> {
                Column x = a.cast(DataTypes.DoubleType);
                Column y = c.cast(DataTypes.DoubleType);
                // Spark's division gives null for a zero divisor; IEEE 754 gives ±Infinity or NaN, as Sluice does
                yield when(y.notEqual(lit(0.0)), x.divide(y)).otherwise(DIVIDE.apply(x, y));
            }
            case MOD -> when(c.notEqual(lit(0)), a.mod(c));
            case CONCAT -> concat(a, c);
            case EQ -> a.equalTo(c);
            case NE -> a.notEqual(c);
            case LT -> a.lt(c);
            case LE -> a.leq(c);
            case GT -> a.gt(c);
            case GE -> a.geq(c);
            case AND -> a.and(c);
            case OR -> a.or(c);
        };
        if (integer && (b.op() == io.sluice.expression.BinaryOp.ADD || b.op() == io.sluice.expression.BinaryOp.SUB
                || b.op() == io.sluice.expression.BinaryOp.MUL)) {
            // the shared rule's message, as the embedded kernels word it: "integer overflow in '*' (INT32)"
            err = firstError(err, when(a.isNotNull().and(c.isNotNull()).and(v.isNull()), lit(io.sluice.expression.semantics.Rules
                    .overflow("'" + b.op().symbol() + "'", b.type()).getMessage()))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (b.op() == io.sluice.expression.BinaryOp.MOD) {
            err = firstError(err, when(a.isNotNull().and(c.equalTo(lit(0))), lit("division by zero"))); //$NON-NLS-1$
        }
        return new Cols(v, err);
    }

    private static final UserDefinedFunction DIVIDE = functions.udf(
            (org.apache.spark.sql.api.java.UDF2<Double, Double, Double>) (x, y) -> x == null || y == null ? null : x / y,
            DataTypes.DoubleType);

    private Cols caseWhen(TypedExpr.Case c) {
        Column v = null;
        Column err = null;
        Column condErr = null;
        Column errSel = null;
        for (TypedExpr.When w : c.whens()) {
            Cols cond = translate(w.condition());
            Cols res = translate(w.result());
            Column test = coalesce(cond.value(), lit(false));
            v = v == null ? when(test, res.value()) : v.when(test, res.value());
            Column re = res.error() == null ? lit(null).cast(DataTypes.StringType) : res.error();
            errSel = errSel == null ? when(test, re) : errSel.when(test, re);
            condErr = firstError(condErr, cond.error());
        }
        Cols other = translate(c.otherwise());
        v = v.otherwise(other.value());
        if (other.error() != null) {
            errSel = errSel.otherwise(other.error());
        }
        err = firstError(condErr, errSel);
        return new Cols(v.cast(sparkType(c.type())), err);
    }

    private Cols cast(TypedExpr.Cast c) {
        DataType from = c.operand().type();
        DataType to = c.type();
        Cols o = translate(c.operand());
        if (from == to) {
            return o;
        }
        if (!sparkAgreesOn(c)) {
            return byEvaluator(c);
        }
        boolean widening = (from == DataType.INT32 && (to == DataType.INT64 || to == DataType.FLOAT64))
                || (from == DataType.INT64 && to == DataType.FLOAT64)
                || (from == DataType.DATE && to == DataType.TIMESTAMP) || (from == DataType.TIMESTAMP && to == DataType.DATE)
                || from == DataType.NULL
                || (to == DataType.STRING && from != DataType.FLOAT64 && from != DataType.TIMESTAMP);
        if (widening) {
            return new Cols(o.value().cast(sparkType(to)), o.error());
        }
        return byEvaluator(c);
    }

    private Cols call(TypedExpr.Call c) {
        BuiltinFunction.Category category = c.function().category();
        if (category == BuiltinFunction.Category.NESTED) {
            return nested(c);
        }
        if (category == BuiltinFunction.Category.BINARY || c.args().stream().anyMatch(a -> a.type().isBinary())) {
            return binaryCall(c);
        }
        if (!sparkAgreesOn(c)) {
            return byEvaluator(c);
        }
        List<Cols> args = new ArrayList<>();
        Column err = null;
        for (TypedExpr a : c.args()) {
            Cols t = translate(a);
            args.add(t);
            err = firstError(err, t.error());
        }
        Column a0 = args.isEmpty() ? null : args.get(0).value();
        Column v = switch (c.function()) {
            case UPPER -> upper(a0);
            case LOWER -> lower(a0);
            case LENGTH -> length(a0);
            case CONCAT -> concat_ws("", values(args)); //$NON-NLS-1$
            case COALESCE -> coalesce(values(args));
            case NULLIF -> when(a0.equalTo(args.get(1).value()), lit(null)).otherwise(a0);
            case STARTS_WITH -> a0.startsWith(args.get(1).value());
            case ENDS_WITH -> a0.endsWith(args.get(1).value());
            case CONTAINS -> a0.contains(args.get(1).value());
            case SQRT -> sqrt(a0);
            case YEAR -> year(a0);
            case MONTH -> month(a0);
            case DAY -> dayofmonth(a0);
            case HOUR -> hour(a0);
            // Sluice's least/greatest skip NULLs (null only when every argument is), as Spark's do
            case LEAST -> least(values(args));
            case GREATEST -> greatest(values(args));
            default -> null;
        };
        if (v == null) {
            return byEvaluator(c);
        }
        return new Cols(v.cast(sparkType(c.type())), err);
    }

    /**
     * The functions of BINARY values: {@code hex} (Spark's is upper case too), {@code octet_length} and {@code length}
     * (bytes of a BINARY; UTF-8 bytes and code points of a STRING) are Spark's own; {@code unhex}, whose bad digit is an
     * error naming it (Spark gives NULL), and any other function given bytes are evaluated by Sluice's evaluator.
     */
    private Cols binaryCall(TypedExpr.Call c) {
        java.util.function.Function<Column, Column> f = switch (c.function()) {
            case HEX -> functions::hex;
            case OCTET_LENGTH -> functions::octet_length;
            case LENGTH -> functions::length;
            default -> null;
        };
        if (f == null) {
            return byEvaluator(c);
        }
        Cols a = translate(c.args().get(0));
        return new Cols(f.apply(a.value()).cast(sparkType(c.type())), a.error());
    }

    /**
     * The LIST, STRUCT and MAP functions as Spark's own, made to give Sluice's answers: a position outside the list
     * (or 0) and a missing key are NULL, not an error under ANSI; {@code size} of NULL is NULL, not -1;
     * {@code array_contains} ignores NULL elements (false, not NULL, when the value is absent); {@code split} takes
     * its separator literally. The forms Spark cannot match (leaves Spark does not treat as Sluice does; a
     * separator that is not a literal; map_from_arrays, whose repeated keys Spark does not reject row by row) are refused by name ({@link #refusal}), by validation before any run.
     */
    private Cols nested(TypedExpr.Call c) {
        List<Cols> args = new ArrayList<>();
        Column err = null;
        String why = refusal(c);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        for (TypedExpr a : c.args()) {
            Cols t = translate(a);
            args.add(t);
            err = firstError(err, t.error());
        }
        Column a0 = args.isEmpty() ? null : args.get(0).value();
        Column a1 = args.size() > 1 ? args.get(1).value() : null;
        Column v = switch (c.function()) {
            case STRUCT_EXTRACT -> a0.getField((String) ((TypedExpr.Literal) c.args().get(1)).value());
            case ELEMENT_AT -> {
                if (c.args().get(0).type().id() == io.sluice.expression.types.TypeId.LIST) {
                    Column n = functions.size(a0);
                    Column inside = a1.between(lit(1), n).or(a1.between(n.multiply(-1), lit(-1)));
                    yield when(inside, functions.element_at(a0, a1.cast(DataTypes.IntegerType)));
                }
                yield when(functions.array_contains(functions.map_keys(a0), a1), functions.element_at(a0, a1));
            }
            case SIZE -> when(a0.isNotNull(), functions.size(a0));
            case ARRAY_CONTAINS -> functions.array_position(a0, a1).gt(0);
            case MAP_KEYS -> functions.map_keys(a0);
            case MAP_VALUES -> functions.map_values(a0);
            case SPLIT -> c.args().get(1) instanceof TypedExpr.Literal sep && sep.value() instanceof String text
                    && !text.isEmpty() ? functions.split(a0, java.util.regex.Pattern.quote(text), -1) : null;
            case ARRAY_JOIN -> c.args().get(1) instanceof TypedExpr.Literal sep && sep.value() instanceof String text
                    ? functions.array_join(a0, text) : null;
            case LIST_VALUE -> functions.array(values(args));
            case NAMED_STRUCT -> {
                List<Column> fields = new ArrayList<>();
                for (int i = 0; i + 1 < args.size(); i += 2) {
                    fields.add(args.get(i + 1).value().as((String) ((TypedExpr.Literal) c.args().get(i)).value()));
                }
                yield struct(fields.toArray(Column[]::new));
            }
            default -> null;
        };
        if (v == null) {
            throw new IllegalArgumentException(refusal(c));
        }
        return new Cols(c.type().isNested() ? v : v.cast(sparkType(c.type())), err);
    }

    /**
     * Why {@code e} (or a node below it) cannot run on Spark with Sluice's meaning, or null: validation for the Spark
     * engine reports it, naming the step and the expression, before any session starts.
     */
    public static String refusal(TypedExpr e) {
        if (e instanceof TypedExpr.Call c && c.function().category() == BuiltinFunction.Category.NESTED) {
            String why = refusal(c);
            if (why != null) {
                return why;
            }
        }
        for (TypedExpr child : io.sluice.expression.Expressions.children(e)) {
            String why = refusal(child);
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /** Why the LIST, STRUCT or MAP function call {@code c} cannot run on Spark with Sluice's meaning, or null. */
    private static String refusal(TypedExpr.Call c) {
        String name = "function '" + c.function().functionName() + "' cannot run on Spark"; //$NON-NLS-1$ //$NON-NLS-2$
        for (TypedExpr a : c.args()) {
            if (a.type().isNested() && !sparkNested(a.type())) {
                return name + " over " + a.type() //$NON-NLS-1$
                        + ": Spark's list, struct and map functions do not treat values of its leaf types as Sluice does"; //$NON-NLS-1$
            }
        }
        return switch (c.function()) {
            case SPLIT -> c.args().get(1) instanceof TypedExpr.Literal sep && sep.value() instanceof String text && !text.isEmpty() ? null
                    : name + " with a separator that is not a non-empty text literal: Spark's split takes a pattern"; //$NON-NLS-1$
            case ARRAY_JOIN -> c.args().get(1) instanceof TypedExpr.Literal sep && sep.value() instanceof String ? null
                    : name + " with a separator that is not a text literal: Spark's array_join takes a constant"; //$NON-NLS-1$
            case STRUCT_EXTRACT, ELEMENT_AT, SIZE, ARRAY_CONTAINS, MAP_KEYS, MAP_VALUES, LIST_VALUE, NAMED_STRUCT -> null;
            case MAP_FROM_ARRAYS -> name + ": Spark does not reject a NULL or repeated key row by row as Sluice does"; //$NON-NLS-1$
            default -> name + ": no Spark translation of it yet"; //$NON-NLS-1$
        };
    }

    /** LIST, STRUCT and MAP whose leaves Spark carries with Sluice's meaning (bytes compare unsigned on both). */
    private static boolean sparkNested(DataType t) {
        if (!t.isNested()) {
            return sparkAgrees(t) || t.isBinary();
        }
        return t.children().stream().allMatch(f -> sparkNested(f.type()));
    }

    private static Column[] values(List<Cols> args) {
        return args.stream().map(Cols::value).toArray(Column[]::new);
    }

    /** {@code LIKE} without escape character: {@code %} any sequence, {@code _} one code point, whole string. */
    static String likeRegex(String pattern) {
        StringBuilder sb = new StringBuilder("(?s)^"); //$NON-NLS-1$
        StringBuilder lit = new StringBuilder();
        pattern.codePoints().forEach(cp -> {
            if (cp == '%' || cp == '_') {
                if (lit.length() > 0) {
                    sb.append(java.util.regex.Pattern.quote(lit.toString()));
                    lit.setLength(0);
                }
                sb.append(cp == '%' ? ".*" : "."); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                lit.appendCodePoint(cp);
            }
        });
        if (lit.length() > 0) {
            sb.append(java.util.regex.Pattern.quote(lit.toString()));
        }
        return sb.append('$').toString();
    }

    /**
     * Evaluates one node with Sluice's {@link Evaluator} over its translated operands: a user-defined function from
     * the operands' values to {@code struct(v, e)}.
     */
    private Cols byEvaluator(TypedExpr e) {
        List<TypedExpr> operands = operands(e);
        List<Column> cols = new ArrayList<>();
        Column err = null;
        for (int i = 0; i < operands.size(); i++) {
            Cols t = translate(operands.get(i));
            cols.add(t.value().as("a" + i)); //$NON-NLS-1$
            err = firstError(err, t.error());
        }
        NodeEval eval = NodeEval.of(e, operands);
        StructType out = new StructType().add("v", sparkType(e.type())).add("e", DataTypes.StringType); //$NON-NLS-1$ //$NON-NLS-2$
        UserDefinedFunction f = functions.udf(eval, out);
        Column r = f.apply(cols.isEmpty() ? lit(0) : struct(cols.toArray(Column[]::new)));
        // the operands' own errors come first, as the interpreter evaluates them first
        return new Cols(r.getField("v"), firstError(err, r.getField("e"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static List<TypedExpr> operands(TypedExpr e) {
        return switch (e) {
            case TypedExpr.Cast c -> List.of(c.operand());
            case TypedExpr.Call c -> c.args();
            case TypedExpr.Like l -> List.of(l.operand(), l.pattern());
            case TypedExpr.Unary u -> List.of(u.operand());
            case TypedExpr.Binary b -> List.of(b.left(), b.right());
            default -> List.of();
        };
    }

    /**
     * The serializable description of one node whose operands are given as values: rebuilt on the executor as the
     * same node over literals and evaluated by {@link Evaluator}.
     */
    static final class NodeEval implements UDF1<Object, Row>, Serializable {
        private static final long serialVersionUID = 1L;
        private final String kind;
        private final String op;
        private final DataType type;
        private final boolean flag;
        private final DataType[] operandTypes;

        private NodeEval(String kind, String op, DataType type, boolean flag, DataType[] operandTypes) {
            this.kind = kind;
            this.op = op;
            this.type = type;
            this.flag = flag;
            this.operandTypes = operandTypes;
        }

        static NodeEval of(TypedExpr e, List<TypedExpr> operands) {
            DataType[] types = operands.stream().map(TypedExpr::type).toArray(DataType[]::new);
            return switch (e) {
                case TypedExpr.Cast c -> new NodeEval("cast", null, c.type(), c.implicit(), types); //$NON-NLS-1$
                case TypedExpr.Call c -> new NodeEval("call", c.function().name(), c.type(), false, types); //$NON-NLS-1$
                case TypedExpr.Like l -> new NodeEval("like", null, DataType.BOOLEAN, l.negated(), types); //$NON-NLS-1$
                case TypedExpr.Unary u -> new NodeEval("unary", u.op().name(), u.type(), false, types); //$NON-NLS-1$
                case TypedExpr.Binary b -> new NodeEval("binary", b.op().name(), b.type(), false, types); //$NON-NLS-1$
                default -> throw new IllegalArgumentException("no evaluator node for " + e.getClass().getSimpleName()); //$NON-NLS-1$
            };
        }

        @Override
        public Row call(Object input) {
            List<TypedExpr> lits = new ArrayList<>();
            Row row = input instanceof Row r ? r : null;
            for (int i = 0; i < operandTypes.length; i++) {
                Object v = row == null || row.isNullAt(i) ? null : sluiceValue(row.get(i), operandTypes[i]);
                lits.add(new TypedExpr.Literal(v, operandTypes[i], io.sluice.expression.Span.NONE));
            }
            io.sluice.expression.Span s = io.sluice.expression.Span.NONE;
            TypedExpr node = switch (kind) {
                case "cast" -> new TypedExpr.Cast(lits.get(0), type, flag, true, s); //$NON-NLS-1$
                case "call" -> new TypedExpr.Call(BuiltinFunction.valueOf(op), lits, type, true, s); //$NON-NLS-1$
                case "like" -> new TypedExpr.Like(lits.get(0), lits.get(1), flag, true, s); //$NON-NLS-1$
                case "unary" -> new TypedExpr.Unary(io.sluice.expression.UnaryOp.valueOf(op), lits.get(0), type, true, s); //$NON-NLS-1$
                case "binary" -> new TypedExpr.Binary(io.sluice.expression.BinaryOp.valueOf(op), lits.get(0), lits.get(1), type, //$NON-NLS-1$
                        true, s);
                default -> throw new IllegalStateException(kind);
            };
            try {
                return RowFactory.create(sparkValue(Evaluator.evaluateConstant(node), type), null);
            } catch (EvaluationException ex) {
                return RowFactory.create(null, ex.getMessage());
            }
        }
    }

    /** A Sluice value as the Java value of its Spark type (INT8/INT16 are Byte/Short there, TIME a Long of its unit). */
    static Object sparkValue(Object v, DataType t) {
        if (v == null) {
            return null;
        }
        return switch (t.id()) {
            case INT8 -> ((Number) v).byteValue();
            case INT16 -> ((Number) v).shortValue();
            case TIME -> io.sluice.expression.types.TemporalValues.toStored(v, t);
            default -> v;
        };
    }

    /** A Spark row value (java8 date/time API on) as the Java value of a Sluice type. */
    static Object sluiceValue(Object v, DataType t) {
        if (v == null) {
            return null;
        }
        return switch (t.id()) {
            case INT8, INT16 -> ((Number) v).intValue(); // Spark's Byte/Short; Sluice's INT8/INT16 values are Integers
            case DATE -> v instanceof java.sql.Date d ? d.toLocalDate() : v;
            case TIMESTAMP -> v instanceof java.sql.Timestamp ts ? ts.toInstant() : v;
            case TIME -> io.sluice.expression.types.TemporalValues.fromStored(((Number) v).longValue(), t);
            default -> v;
        };
    }
}
