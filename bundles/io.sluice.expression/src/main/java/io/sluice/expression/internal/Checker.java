package io.sluice.expression.internal;

import io.sluice.expression.BinaryOp;
import io.sluice.expression.BuiltinFunction;
import io.sluice.expression.semantics.TimeRules;
import io.sluice.expression.CheckResult;
import io.sluice.expression.Expr;
import io.sluice.expression.ExpressionProblem;
import io.sluice.expression.Span;
import io.sluice.expression.TypedExpr;
import io.sluice.expression.UnaryOp;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TypeId;
import io.sluice.expression.types.TypeRules;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The type checker: {@link Expr} to {@link TypedExpr}. It reports every independent problem it finds; a node with a
 * problem is "poisoned" (null) and its parents do not report again about it.
 */
public final class Checker {

    private static final Set<String> NOT_OFFERED = Set.of("now", "current_timestamp", "current_date", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "current_time", "localtimestamp", "rand", "gen_random_uuid"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    private final Schema schema;
    private final String source;
    private final List<ExpressionProblem> problems = new ArrayList<>();

    private Checker(Schema schema, String source) {
        this.schema = schema;
        this.source = source;
    }

    /**
     * Checks {@code expr}; with {@code expected} BOOLEAN the result must be a condition.
     *
     * @param source the text {@code expr} was parsed from, or null (then line 1, column = offset + 1)
     */
    public static CheckResult check(Expr expr, Schema schema, String source, DataType expected) {
        java.util.Objects.requireNonNull(expr, "expr"); //$NON-NLS-1$
        java.util.Objects.requireNonNull(schema, "schema"); //$NON-NLS-1$
        Checker checker = new Checker(schema, source);
        TypedExpr typed = checker.type(expr);
        if (typed != null && expected == DataType.BOOLEAN) {
            if (typed.type() == DataType.NULL) {
                typed = coerce(typed, DataType.BOOLEAN);
            } else if (typed.type() != DataType.BOOLEAN) {
                checker.problem(expr.span().start(), Messages.conditionNotBoolean(typed.type()));
            }
        }
        if (typed != null && checker.problems.isEmpty()) {
            checker.constantsThatFail(typed);
        }
        if (!checker.problems.isEmpty()) {
            List<ExpressionProblem> sorted = new ArrayList<>(checker.problems);
            sorted.sort(Comparator.comparingInt(ExpressionProblem::offset));
            return CheckResult.failure(sorted);
        }
        return CheckResult.success(typed);
    }

    /**
     * Folds each largest constant part with the reference interpreter, as the runtime will; one that cannot be
     * computed ({@code 2147483647 + 1}, {@code 1 % 0}) would fail every row, so it is a problem now. The results of
     * CASE arms are skipped: CASE evaluates them only for the rows that select them.
     */
    private void constantsThatFail(TypedExpr e) {
        if (e instanceof TypedExpr.Literal) {
            return;
        }
        if (io.sluice.expression.Evaluator.isConstant(e)) {
            try {
                io.sluice.expression.Evaluator.evaluateConstant(e);
            } catch (io.sluice.expression.EvaluationException ex) {
                problem(e.span().start(), Messages.constantFails(ex.getMessage()));
            }
            return;
        }
        switch (e) {
            case TypedExpr.Unary u -> constantsThatFail(u.operand());
            case TypedExpr.Binary b -> {
                constantsThatFail(b.left());
                constantsThatFail(b.right());
            }
            case TypedExpr.IsNull n -> constantsThatFail(n.operand());
            case TypedExpr.In in -> {
                constantsThatFail(in.operand());
                in.values().forEach(this::constantsThatFail);
            }
            case TypedExpr.Between b -> {
                constantsThatFail(b.operand());
                constantsThatFail(b.low());
                constantsThatFail(b.high());
            }
            case TypedExpr.Like l -> {
                constantsThatFail(l.operand());
                constantsThatFail(l.pattern());
            }
            case TypedExpr.Case c -> c.whens().forEach(w -> constantsThatFail(w.condition()));
            case TypedExpr.Cast c -> constantsThatFail(c.operand());
            case TypedExpr.Call c -> c.args().forEach(this::constantsThatFail);
            default -> {
            }
        }
    }

    private void problem(int offset, String message) {
        if (source != null) {
            problems.add(ExpressionProblem.at(source, offset, message));
        } else {
            problems.add(new ExpressionProblem(offset, 1, offset + 1, message));
        }
    }

    /** Where the operator after {@code left} starts: the first non-blank character after it. */
    private int after(Expr left) {
        int i = left.span().end();
        if (source == null) {
            return i + 1;
        }
        while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        return i;
    }

    // ---------------------------------------------------------------------------------------------------- types


    /** {@code e} as {@code target}: itself, a retyped null literal or an implicit cast. */
    static TypedExpr coerce(TypedExpr e, DataType target) {
        if (e.type() == target) {
            return e;
        }
        if (e instanceof TypedExpr.Literal l && l.value() == null) {
            return new TypedExpr.Literal(null, target, l.span());
        }
        return new TypedExpr.Cast(e, target, true, e.nullable(), e.span());
    }

    private static TypeRules.Arith arith(BinaryOp op) {
        return switch (op) {
            case ADD -> TypeRules.Arith.ADD;
            case SUB -> TypeRules.Arith.SUB;
            case MUL -> TypeRules.Arith.MUL;
            case DIV -> TypeRules.Arith.DIV;
            case MOD -> TypeRules.Arith.MOD;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static boolean isExactOrNull(DataType t) {
        return t.isInteger() || t.isDecimal() || t == DataType.NULL;
    }

    /**
     * The common type of two date function arguments (date_diff's): by {@link TypeRules#common}, and an instant
     * with a local date-time as the instant at the finer precision (the local one read as UTC, as a cast reads it).
     */
    private static DataType commonTemporal(DataType a, DataType b) {
        DataType c = TypeRules.common(a, b);
        if (c != null || a.id() != TypeId.TIMESTAMP || b.id() != TypeId.TIMESTAMP) {
            return c;
        }
        return DataType.timestamp(a.timePrecision().ordinal() > b.timePrecision().ordinal() ? a.timePrecision()
                : b.timePrecision(), true);
    }

    static boolean castable(DataType from, DataType to) {
        if (from != to && from != DataType.NULL && (from.isNested() || to.isNested())) {
            return false; // nested values have no text form and no conversions (yet)
        }
        if (from.isBinary() && to == DataType.BINARY) {
            return true;
        }
        if (from == to || from == DataType.NULL || from == DataType.STRING || to == DataType.STRING) {
            return to != DataType.NULL || from == DataType.NULL;
        }
        return from.isNumeric() && to.isNumeric() || from.isTemporal() && to.isTemporal();
    }

    private static boolean isBooleanOrNull(DataType t) {
        return t == DataType.BOOLEAN || t == DataType.NULL;
    }

    private static boolean isNumericOrNull(DataType t) {
        return t.isNumeric() || t == DataType.NULL;
    }

    private static boolean anyNullable(TypedExpr... es) {
        for (TypedExpr e : es) {
            if (e.nullable()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyNullable(List<TypedExpr> es) {
        return es.stream().anyMatch(TypedExpr::nullable);
    }

    // ---------------------------------------------------------------------------------------------------- nodes

    private TypedExpr type(Expr e) {
        return switch (e) {
            case Expr.Literal l -> new TypedExpr.Literal(l.value(), l.type(), l.span());
            case Expr.Column c -> column(c);
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> binary(b);
            case Expr.IsNull n -> {
                TypedExpr operand = type(n.operand());
                yield operand == null ? null : new TypedExpr.IsNull(operand, n.negated(), n.span());
            }
            case Expr.In in -> in(in);
            case Expr.Between b -> between(b);
            case Expr.Like l -> like(l);
            case Expr.Case c -> caseExpr(c);
            case Expr.Cast c -> cast(c);
            case Expr.Call c -> call(c);
            case Expr.FieldAccess f -> fieldAccess(f);
            case Expr.Subscript sub -> subscript(sub);
        };
    }

    private TypedExpr column(Expr.Column c) {
        Optional<Field> field = schema.field(c.name());
        if (field.isEmpty()) {
            problem(c.span().start(), Messages.unknownColumn(c.name(), Suggestions.closest(c.name(), schema.names())));
            return null;
        }
        Field f = field.get();
        return new TypedExpr.Column(f.name(), schema.indexOf(f.name()), f.type(), f.nullable(), c.span());
    }

    private TypedExpr unary(Expr.Unary u) {
        TypedExpr operand = type(u.operand());
        if (operand == null) {
            return null;
        }
        if (u.op() == UnaryOp.NOT) {
            if (!isBooleanOrNull(operand.type())) {
                problem(u.operand().span().start(), Messages.needsBoolean("NOT", operand.type())); //$NON-NLS-1$
                return null;
            }
            TypedExpr b = coerce(operand, DataType.BOOLEAN);
            return new TypedExpr.Unary(UnaryOp.NOT, b, DataType.BOOLEAN, b.nullable(), u.span());
        }
        if (!isNumericOrNull(operand.type())) {
            problem(u.span().start(), Messages.operatorType("-", operand.type())); //$NON-NLS-1$
            return null;
        }
        DataType t = operand.type();
        if (t == DataType.INT8 || t == DataType.INT16 || t == DataType.FLOAT32) {
            // negation computes as arithmetic does: narrow integers as INT32, FLOAT32 as FLOAT64 (TypeRules)
            operand = coerce(operand, t == DataType.FLOAT32 ? DataType.FLOAT64 : DataType.INT32);
        }
        return new TypedExpr.Unary(UnaryOp.NEGATE, operand, operand.type(), operand.nullable(), u.span());
    }

    private TypedExpr binary(Expr.Binary b) {
        TypedExpr left = type(b.left());
        TypedExpr right = type(b.right());
        if (left == null || right == null) {
            return null;
        }
        DataType lt = left.type();
        DataType rt = right.type();
        BinaryOp op = b.op();
        boolean nullable = anyNullable(left, right);
        if (op.isLogical()) {
            boolean ok = true;
            if (!isBooleanOrNull(lt)) {
                problem(b.left().span().start(), Messages.needsBoolean(op.symbol(), lt));
                ok = false;
            }
            if (!isBooleanOrNull(rt)) {
                problem(b.right().span().start(), Messages.needsBoolean(op.symbol(), rt));
                ok = false;
            }
            return ok ? new TypedExpr.Binary(op, coerce(left, DataType.BOOLEAN), coerce(right, DataType.BOOLEAN),
                    DataType.BOOLEAN, nullable, b.span()) : null;
        }
        if (op == BinaryOp.CONCAT) {
            boolean ok = lt == DataType.STRING || rt == DataType.STRING || lt == DataType.NULL && rt == DataType.NULL;
            if (!ok) {
                problem(after(b.left()), Messages.operatorTypes(op.symbol(), lt, rt));
                return null;
            }
            return new TypedExpr.Binary(op, coerce(left, DataType.STRING), coerce(right, DataType.STRING),
                    DataType.STRING, nullable, b.span());
        }
        if (op.isArithmetic()) {
            boolean integral = op == BinaryOp.MOD;
            boolean ok = integral ? isExactOrNull(lt) && isExactOrNull(rt) : isNumericOrNull(lt) && isNumericOrNull(rt);
            if (!ok) {
                problem(after(b.left()), Messages.operatorTypes(op.symbol(), lt, rt));
                return null;
            }
            DataType resultType = lt == DataType.NULL && rt == DataType.NULL
                    ? (op == BinaryOp.DIV ? DataType.FLOAT64 : DataType.INT32)
                    : TypeRules.arithmetic(arith(op), lt, rt);
            if (resultType.isDecimal()) {
                // each operand keeps its own scale (as the DECIMAL it exactly is); the kernels scale the result
                DataType l = lt == DataType.NULL ? TypeRules.asDecimal(rt) : TypeRules.asDecimal(lt);
                DataType r = rt == DataType.NULL ? TypeRules.asDecimal(lt) : TypeRules.asDecimal(rt);
                return new TypedExpr.Binary(op, coerce(left, l), coerce(right, r), resultType, nullable, b.span());
            }
            DataType operandType = op == BinaryOp.DIV ? DataType.FLOAT64 : resultType;
            return new TypedExpr.Binary(op, coerce(left, operandType), coerce(right, operandType), resultType,
                    nullable, b.span());
        }
        // comparison
        DataType common = TypeRules.common(lt, rt);
        if (common == null) {
            String message = Messages.operatorTypes(op.symbol(), lt, rt);
            if (lt == DataType.STRING && rt.isTemporal() || rt == DataType.STRING && lt.isTemporal()) {
                message += Messages.hintDateLiteral();
            }
            problem(after(b.left()), message);
            return null;
        }
        return new TypedExpr.Binary(op, coerce(left, common), coerce(right, common), DataType.BOOLEAN, nullable,
                b.span());
    }

    /** Types {@code exprs}, converting them to their common type; reports {@code what} at the first misfit. */
    private List<TypedExpr> unify(String what, List<Expr> exprs, boolean comparison) {
        List<TypedExpr> typed = new ArrayList<>();
        boolean ok = true;
        for (Expr e : exprs) {
            TypedExpr t = type(e);
            ok &= t != null;
            typed.add(t);
        }
        if (!ok) {
            return null;
        }
        DataType common = typed.get(0).type();
        for (int i = 1; i < typed.size(); i++) {
            DataType next = TypeRules.common(common, typed.get(i).type());
            if (next == null) {
                problem(exprs.get(i).span().start(), comparison
                        ? Messages.cannotCompare(what, common, typed.get(i).type())
                        : Messages.noCommonType(what, List.of(common, typed.get(i).type())));
                return null;
            }
            common = next;
        }
        List<TypedExpr> result = new ArrayList<>(typed.size());
        for (TypedExpr t : typed) {
            result.add(coerce(t, common));
        }
        return result;
    }

    private TypedExpr in(Expr.In in) {
        List<Expr> all = new ArrayList<>();
        all.add(in.operand());
        all.addAll(in.values());
        List<TypedExpr> typed = unify("IN", all, true); //$NON-NLS-1$
        if (typed == null) {
            return null;
        }
        return new TypedExpr.In(typed.get(0), typed.subList(1, typed.size()), in.negated(), anyNullable(typed),
                in.span());
    }

    private TypedExpr between(Expr.Between b) {
        List<TypedExpr> typed = unify("BETWEEN", List.of(b.operand(), b.low(), b.high()), true); //$NON-NLS-1$
        if (typed == null) {
            return null;
        }
        return new TypedExpr.Between(typed.get(0), typed.get(1), typed.get(2), b.negated(), anyNullable(typed),
                b.span());
    }

    private TypedExpr like(Expr.Like l) {
        TypedExpr operand = type(l.operand());
        TypedExpr pattern = type(l.pattern());
        if (operand == null || pattern == null) {
            return null;
        }
        boolean ok = (operand.type() == DataType.STRING || operand.type() == DataType.NULL)
                && (pattern.type() == DataType.STRING || pattern.type() == DataType.NULL);
        if (!ok) {
            problem(after(l.operand()), Messages.operatorTypes("LIKE", operand.type(), pattern.type())); //$NON-NLS-1$
            return null;
        }
        return new TypedExpr.Like(coerce(operand, DataType.STRING), coerce(pattern, DataType.STRING), l.negated(),
                anyNullable(operand, pattern), l.span());
    }

    private TypedExpr caseExpr(Expr.Case c) {
        List<TypedExpr> conditions = new ArrayList<>();
        boolean ok = true;
        if (c.operand().isPresent()) {
            Expr operand = c.operand().get();
            for (Expr.When w : c.whens()) {
                List<TypedExpr> pair = unify("CASE", List.of(operand, w.condition()), true); //$NON-NLS-1$
                if (pair == null) {
                    ok = false;
                    continue;
                }
                conditions.add(new TypedExpr.Binary(BinaryOp.EQ, pair.get(0), pair.get(1), DataType.BOOLEAN,
                        anyNullable(pair), w.condition().span()));
            }
        } else {
            for (Expr.When w : c.whens()) {
                TypedExpr condition = type(w.condition());
                if (condition == null) {
                    ok = false;
                } else if (!isBooleanOrNull(condition.type())) {
                    problem(w.condition().span().start(), Messages.caseConditionNotBoolean(condition.type()));
                    ok = false;
                } else {
                    conditions.add(coerce(condition, DataType.BOOLEAN));
                }
            }
        }
        List<Expr> results = new ArrayList<>();
        for (Expr.When w : c.whens()) {
            results.add(w.result());
        }
        c.otherwise().ifPresent(results::add);
        List<TypedExpr> typedResults = unify("CASE", results, false); //$NON-NLS-1$
        if (!ok || typedResults == null) {
            return null;
        }
        DataType type = typedResults.get(0).type();
        List<TypedExpr.When> whens = new ArrayList<>();
        for (int i = 0; i < c.whens().size(); i++) {
            whens.add(new TypedExpr.When(conditions.get(i), typedResults.get(i)));
        }
        TypedExpr otherwise = c.otherwise().isPresent() ? typedResults.get(typedResults.size() - 1)
                : new TypedExpr.Literal(null, type, Span.NONE);
        boolean nullable = anyNullable(typedResults) || c.otherwise().isEmpty();
        return new TypedExpr.Case(whens, otherwise, type, nullable, c.span());
    }

    private TypedExpr cast(Expr.Cast c) {
        TypedExpr operand = type(c.operand());
        if (operand == null) {
            return null;
        }
        if (!castable(operand.type(), c.target())) {
            problem(c.span().start(), Messages.cannotCast(operand.type(), c.target()));
            return null;
        }
        if (operand instanceof TypedExpr.Literal l && l.value() == null) {
            return new TypedExpr.Cast(new TypedExpr.Literal(null, DataType.NULL, l.span()), c.target(), false, true,
                    c.span());
        }
        return new TypedExpr.Cast(operand, c.target(), false, operand.nullable(), c.span());
    }

    // ---------------------------------------------------------------------------------------------------- calls

    private TypedExpr call(Expr.Call c) {
        Optional<BuiltinFunction> found = BuiltinFunction.byName(c.name());
        List<TypedExpr> args = new ArrayList<>();
        boolean ok = true;
        for (Expr a : c.args()) {
            TypedExpr t = type(a);
            ok &= t != null;
            args.add(t);
        }
        if (found.isEmpty()) {
            if (NOT_OFFERED.contains(c.name())) {
                problem(c.span().start(), Messages.notOffered(c.name()));
            } else {
                List<String> names = new ArrayList<>();
                for (BuiltinFunction f : BuiltinFunction.values()) {
                    names.add(f.functionName());
                }
                problem(c.span().start(), Messages.unknownFunction(c.name(), Suggestions.closest(c.name(), names)));
            }
            return null;
        }
        BuiltinFunction f = found.get();
        if (c.args().size() < f.minArgs() || c.args().size() > f.maxArgs()) {
            problem(c.span().start(),
                    Messages.arity(f.functionName(), f.minArgs(), f.maxArgs(), c.args().size(), f.signature()));
            return null;
        }
        if (!ok) {
            return null;
        }
        return resolve(f, c, args);
    }

    private TypedExpr resolve(BuiltinFunction f, Expr.Call c, List<TypedExpr> args) {
        String name = f.functionName();
        List<TypedExpr> converted = new ArrayList<>(args);
        boolean ok = true;
        DataType argumentType = null;
        // the common types first
        DataType common = DataType.NULL;
        DataType commonTemporal = DataType.NULL;
        for (int i = 0; i < args.size(); i++) {
            BuiltinFunction.Param p = f.paramAt(i);
            DataType t = args.get(i).type();
            if (p == BuiltinFunction.Param.COMMON || p == BuiltinFunction.Param.COMMON_VARIADIC) {
                DataType next = TypeRules.common(common, t);
                if (next == null) {
                    problem(c.args().get(i).span().start(),
                            Messages.noCommonType("function '" + name + "'", List.of(common, t))); //$NON-NLS-1$ //$NON-NLS-2$
                    return null;
                }
                common = next;
            } else if (p == BuiltinFunction.Param.COMMON_TEMPORAL && (t.isTemporal() || t == DataType.NULL)) {
                commonTemporal = commonTemporal(commonTemporal, t);
            }
        }
        for (int i = 0; i < args.size(); i++) {
            BuiltinFunction.Param p = f.paramAt(i);
            TypedExpr a = args.get(i);
            DataType t = a.type();
            Expr source = c.args().get(i);
            int position = i + 1;
            TypedExpr result = switch (p) {
                case STRING, REGEX -> {
                    if (t != DataType.STRING && t != DataType.NULL) {
                        problem(source.span().start(), Messages.argumentType(name, position, "STRING", t)); //$NON-NLS-1$
                        yield null;
                    }
                    if (p == BuiltinFunction.Param.REGEX && a instanceof TypedExpr.Literal l && l.value() != null) {
                        try {
                            io.sluice.expression.semantics.Rules.regex((String) l.value());
                        } catch (PatternSyntaxException e) {
                            problem(source.span().start(), Messages.invalidRegex(name, e.getDescription()));
                            yield null;
                        }
                    }
                    yield coerce(a, DataType.STRING);
                }
                case INTEGER -> {
                    if (!t.isInteger() && t != DataType.NULL) {
                        problem(source.span().start(), Messages.argumentType(name, position, "INT32 or INT64", t)); //$NON-NLS-1$
                        yield null;
                    }
                    yield coerce(a, DataType.INT64);
                }
                case NUMERIC, FLOAT -> {
                    if (!isNumericOrNull(t)) {
                        problem(source.span().start(), Messages.argumentType(name, position, "a number", t)); //$NON-NLS-1$
                        yield null;
                    }
                    if (p == BuiltinFunction.Param.FLOAT) {
                        yield coerce(a, DataType.FLOAT64);
                    }
                    if (t == DataType.INT8 || t == DataType.INT16 || t == DataType.FLOAT32) {
                        // numeric functions compute as arithmetic does: narrow integers as INT32, FLOAT32 as FLOAT64
                        t = t == DataType.FLOAT32 ? DataType.FLOAT64 : DataType.INT32;
                        argumentType = t;
                        yield coerce(a, t);
                    }
                    argumentType = t;
                    yield a;
                }
                case TEMPORAL, TIMESTAMP, COMMON_TEMPORAL -> {
                    if (!t.isTemporal() && t != DataType.NULL) {
                        problem(source.span().start(),
                                Messages.argumentType(name, position, "DATE or TIMESTAMP", t)); //$NON-NLS-1$
                        yield null;
                    }
                    if (p == BuiltinFunction.Param.TIMESTAMP) {
                        // a field of a TIMESTAMP at its own precision and kind; a DATE, and the zone functions'
                        // argument, as an instant at microseconds
                        yield t.id() == TypeId.TIMESTAMP && f.result() != BuiltinFunction.Result.TIMESTAMP ? a
                                : coerce(a, DataType.TIMESTAMP);
                    }
                    if (p == BuiltinFunction.Param.COMMON_TEMPORAL) {
                        yield coerce(a, commonTemporal);
                    }
                    argumentType = t; // the date functions keep a TIMESTAMP's precision and kind
                    yield a;
                }
                case UNIT -> {
                    if (!(a instanceof TypedExpr.Literal l) || !(l.value() instanceof String unit)) {
                        problem(source.span().start(), Messages.unitNotLiteral(name, BuiltinFunction.DATE_UNITS));
                        yield null;
                    }
                    String lower = unit.toLowerCase(Locale.ROOT);
                    if (!BuiltinFunction.DATE_UNITS.contains(lower)) {
                        problem(source.span().start(), Messages.unknownUnit(name, unit, BuiltinFunction.DATE_UNITS));
                        yield null;
                    }
                    yield new TypedExpr.Literal(lower, DataType.STRING, l.span());
                }
                case COMMON, COMMON_VARIADIC -> coerce(a, common);
                case TO_STRING_VARIADIC -> coerce(a, DataType.STRING);
                case ANY -> a;
                case BOOLEAN -> {
                    if (t != DataType.BOOLEAN && t != DataType.NULL) {
                        problem(source.span().start(), Messages.argumentType(name, position, "BOOLEAN", t)); //$NON-NLS-1$
                        yield null;
                    }
                    yield coerce(a, DataType.BOOLEAN);
                }
                case LIST, MAP, STRUCT, LIST_OR_MAP, STRING_LIST, BINARY, STRING_OR_BINARY ->
                    nestedArgument(p, a, source, name, position);
                case ELEMENT, INDEX_OR_KEY, FIELD_NAME -> args.get(0) == null || converted.get(0) == null ? null
                        : relativeArgument(p, converted.get(0).type(), a, source, name, position);
                case NAME_VALUE_VARIADIC -> i % 2 == 1 ? a : literalName(a, source, name, position);
                case FIELD, NAME, TYPE -> {
                    List<String> allowed = p == BuiltinFunction.Param.FIELD ? TimeRules.FIELDS : null;
                    if (!(a instanceof TypedExpr.Literal l) || !(l.value() instanceof String text)) {
                        problem(source.span().start(), Messages.argumentType(name, position, "a STRING literal", t)); //$NON-NLS-1$
                        yield null;
                    }
                    String value = p == BuiltinFunction.Param.NAME ? text : text.toLowerCase(Locale.ROOT);
                    if (allowed != null && !allowed.contains(value)) {
                        problem(source.span().start(), Messages.unknownUnit(name, text, allowed));
                        yield null;
                    }
                    if (p == BuiltinFunction.Param.TYPE) {
                        value = text;
                    }
                    yield new TypedExpr.Literal(value, DataType.STRING, l.span());
                }
            };
            ok &= result != null;
            converted.set(i, result);
        }
        if (!ok) {
            return null;
        }
        if (f == BuiltinFunction.TRY_CAST) {
            DataType target = DataType.parse((String) ((TypedExpr.Literal) converted.get(1)).value());
            if (!castable(converted.get(0).type(), target)) {
                problem(c.span().start(), Messages.cannotCast(converted.get(0).type(), target));
                return null;
            }
        }
        if (f == BuiltinFunction.DATE_ADD && argumentType == DataType.DATE
                && List.of("hour", "minute", "second").contains(((TypedExpr.Literal) converted.get(0)).value())) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            problem(c.args().get(2).span().start(), Messages.argumentType(name, 3,
                    "a TIMESTAMP to add " + ((TypedExpr.Literal) converted.get(0)).value() + "s to (CAST it)", //$NON-NLS-1$ //$NON-NLS-2$
                    DataType.DATE));
            return null;
        }
        if (f.result() == BuiltinFunction.Result.LIST_OF_COMMON && common == DataType.NULL
                || f.result() == BuiltinFunction.Result.MAP_OF && (converted.get(0).type().element() == DataType.NULL
                        || converted.get(1).type().element() == DataType.NULL)) {
            problem(c.span().start(), Messages.untypedList(name));
            return null;
        }
        if (f.result() == BuiltinFunction.Result.MAP_OF && converted.get(0).type().element().isNested()) {
            problem(c.args().get(0).span().start(), Messages.argumentType(name, 1, "a LIST of keys that are not nested", //$NON-NLS-1$
                    converted.get(0).type()));
            return null;
        }
        if (f.result() == BuiltinFunction.Result.STRUCT_OF) {
            return namedStruct(f, c, converted);
        }
        DataType type = switch (f.result()) {
            case DATE -> DataType.DATE;
            case TIMESTAMP -> DataType.TIMESTAMP;
            case CAST_TYPE -> DataType.parse((String) ((TypedExpr.Literal) converted.get(1)).value());
            case BOOLEAN -> DataType.BOOLEAN;
            case INT32 -> DataType.INT32;
            case INT64 -> DataType.INT64;
            case FLOAT64 -> DataType.FLOAT64;
            case STRING -> DataType.STRING;
            case ARGUMENT -> f == BuiltinFunction.ROUND || f == BuiltinFunction.TRUNC || f == BuiltinFunction.FLOOR
                    || f == BuiltinFunction.CEIL ? TypeRules.rounded(argumentType) : argumentType;
            case COMMON -> common;
            case FIELD -> converted.get(0).type().field((String) ((TypedExpr.Literal) converted.get(1)).value())
                    .orElseThrow().type();
            case ELEMENT -> converted.get(0).type().id() == TypeId.LIST ? converted.get(0).type().element()
                    : converted.get(0).type().value();
            case KEYS -> DataType.list(converted.get(0).type().key());
            case VALUES -> DataType.list(converted.get(0).type().value());
            case STRING_LIST -> DataType.list(DataType.STRING);
            case LIST_OF_COMMON -> DataType.list(common);
            case MAP_OF -> DataType.map(converted.get(0).type().element(), converted.get(1).type().element());
            case STRUCT_OF -> throw new IllegalStateException(); // namedStruct above
            case BINARY -> DataType.BINARY;
        };
        boolean nullable = switch (f.nulls()) {
            case PROPAGATE -> anyNullable(converted);
            case IF_ALL -> converted.stream().allMatch(TypedExpr::nullable);
            case ALWAYS -> true;
            case NEVER -> false;
        };
        return new TypedExpr.Call(f, converted, type, nullable, c.span());
    }

    // ------------------------------------------------------------------------------------ nested and binary values

    /** {@code x.name}: {@code struct_extract(x, 'name')}, typed as the field. */
    private TypedExpr fieldAccess(Expr.FieldAccess f) {
        TypedExpr operand = type(f.operand());
        if (operand == null) {
            if (f.operand() instanceof Expr.Column col && schema.field(col.name() + "." + f.name()).isPresent()) { //$NON-NLS-1$
                // "a.b" is a column: replace the unknown-column problem by one that says how to write it
                problems.remove(problems.size() - 1);
                problem(col.span().start(), Messages.unknownColumn(col.name(), null)
                        + Messages.quoteDottedColumn(col.name() + "." + f.name())); //$NON-NLS-1$
            }
            return null;
        }
        int at = nameOffset(f);
        DataType t = operand.type();
        if (t.id() != TypeId.STRUCT) {
            problem(at, Messages.notAStruct(f.name(), t));
            return null;
        }
        Optional<Field> field = fieldOf(t, f.name(), at);
        if (field.isEmpty()) {
            return null;
        }
        return new TypedExpr.Call(BuiltinFunction.STRUCT_EXTRACT,
                List.of(operand, new TypedExpr.Literal(f.name(), DataType.STRING, Span.NONE)), field.get().type(),
                operand.nullable() || field.get().nullable(), f.span());
    }

    /** Where the field name after the dot of {@code f} starts. */
    private int nameOffset(Expr.FieldAccess f) {
        int i = after(f.operand()) + 1;
        while (source != null && i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        return source == null ? f.span().start() : i;
    }

    private Optional<Field> fieldOf(DataType struct, String name, int at) {
        Optional<Field> field = struct.field(name);
        if (field.isEmpty()) {
            List<String> names = struct.children().stream().map(Field::name).toList();
            problem(at, Messages.noField(name, struct, Suggestions.closest(name, names)));
        }
        return field;
    }

    /** {@code x[i]}: {@code element_at(x, i)}, typed as the LIST's element or the MAP's value. */
    private TypedExpr subscript(Expr.Subscript sub) {
        TypedExpr operand = type(sub.operand());
        TypedExpr index = type(sub.index());
        if (operand == null || index == null) {
            return null;
        }
        DataType t = operand.type();
        if (t.id() != TypeId.LIST && t.id() != TypeId.MAP) {
            problem(after(sub.operand()), Messages.notSubscriptable(t));
            return null;
        }
        TypedExpr key = indexOrKey(t, index, sub.index().span().start(), null, 0);
        if (key == null) {
            return null;
        }
        return new TypedExpr.Call(BuiltinFunction.ELEMENT_AT, List.of(operand, key),
                t.id() == TypeId.LIST ? t.element() : t.value(), true, sub.span());
    }

    /** A LIST position (as INT64) or a MAP key (as the key type); null after reporting a misfit. */
    private TypedExpr indexOrKey(DataType container, TypedExpr a, int at, String function, int position) {
        DataType t = a.type();
        if (container.id() == TypeId.LIST) {
            if (!t.isInteger() && t != DataType.NULL) {
                problem(at, function == null ? Messages.listIndex(t)
                        : Messages.argumentType(function, position, "INT32 or INT64 after a LIST", t)); //$NON-NLS-1$
                return null;
            }
            return coerce(a, DataType.INT64);
        }
        TypedExpr key = comparableTo(container.key(), a);
        if (key == null) {
            problem(at, Messages.mapKey(container.key(), t));
        }
        return key;
    }

    /**
     * {@code a} converted so that the rules can compare it with values of {@code stored} (elements, keys), which
     * keep their own Java class: to {@code stored}, or to a wider type of the same Java class (INT16 elements and an
     * INT32 value are both Integers), or a constant to {@code stored} (a list of INT32 and the INT64 literal 2);
     * null when they cannot be compared.
     */
    private static TypedExpr comparableTo(DataType stored, TypedExpr a) {
        DataType common = TypeRules.common(stored, a.type());
        if (common == null) {
            return null;
        }
        if (common == stored || io.sluice.expression.Evaluator.javaClass(common) == io.sluice.expression.Evaluator.javaClass(stored)) {
            return coerce(a, common == stored ? stored : common);
        }
        return io.sluice.expression.Evaluator.isConstant(a) ? coerce(a, stored) : null;
    }

    /** An argument that must be a nested or binary value of the kind {@code p} names. */
    private TypedExpr nestedArgument(BuiltinFunction.Param p, TypedExpr a, Expr source, String name, int position) {
        DataType t = a.type();
        TypeId id = t.id();
        boolean ok = switch (p) {
            case LIST -> id == TypeId.LIST;
            case MAP -> id == TypeId.MAP;
            case STRUCT -> id == TypeId.STRUCT;
            case LIST_OR_MAP -> id == TypeId.LIST || id == TypeId.MAP;
            case STRING_LIST -> t == DataType.NULL || id == TypeId.LIST
                    && (t.element() == DataType.STRING || t.element() == DataType.NULL);
            case BINARY -> t == DataType.NULL || t.isBinary();
            case STRING_OR_BINARY -> t == DataType.NULL || t == DataType.STRING || t.isBinary();
            default -> throw new IllegalArgumentException(p.toString());
        };
        if (!ok) {
            String expected = switch (p) {
                case LIST_OR_MAP -> "a LIST or a MAP"; //$NON-NLS-1$
                case STRING_LIST -> "a LIST<STRING>"; //$NON-NLS-1$
                case BINARY -> "BINARY"; //$NON-NLS-1$
                case STRING_OR_BINARY -> "STRING or BINARY"; //$NON-NLS-1$
                default -> "a " + p.name(); //$NON-NLS-1$
            };
            problem(source.span().start(), Messages.argumentType(name, position, expected, t));
            return null;
        }
        return switch (p) {
            case STRING_LIST -> coerce(a, DataType.list(DataType.STRING));
            case BINARY -> t == DataType.NULL ? coerce(a, DataType.BINARY) : a;
            case STRING_OR_BINARY -> t == DataType.NULL ? coerce(a, DataType.STRING) : a;
            default -> a;
        };
    }

    /** An argument whose type follows from the first argument's (a LIST, MAP or STRUCT). */
    private TypedExpr relativeArgument(BuiltinFunction.Param p, DataType first, TypedExpr a, Expr source,
            String name, int position) {
        return switch (p) {
            case ELEMENT -> {
                TypedExpr v = comparableTo(first.element(), a);
                if (v == null) {
                    problem(source.span().start(), Messages.cannotCompare("function '" + name + "'", first.element(), a.type())); //$NON-NLS-1$ //$NON-NLS-2$
                }
                yield v;
            }
            case INDEX_OR_KEY -> indexOrKey(first, a, source.span().start(), name, position);
            case FIELD_NAME -> {
                if (!(a instanceof TypedExpr.Literal l) || !(l.value() instanceof String field)) {
                    problem(source.span().start(), Messages.argumentType(name, position, "a STRING literal", a.type())); //$NON-NLS-1$
                    yield null;
                }
                yield fieldOf(first, field, source.span().start()).isPresent() ? a : null;
            }
            default -> throw new IllegalArgumentException(p.toString());
        };
    }

    private TypedExpr literalName(TypedExpr a, Expr source, String name, int position) {
        if (!(a instanceof TypedExpr.Literal l) || !(l.value() instanceof String)) {
            problem(source.span().start(), Messages.argumentType(name, position, "a STRING literal (a field name)", a.type())); //$NON-NLS-1$
            return null;
        }
        return a;
    }

    /** {@code named_struct('a', x, …)}: a STRUCT whose fields are nullable as their values are. */
    private TypedExpr namedStruct(BuiltinFunction f, Expr.Call c, List<TypedExpr> args) {
        if (args.size() % 2 != 0) {
            problem(c.span().start(), Messages.pairs(f.functionName()));
            return null;
        }
        List<Field> fields = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < args.size(); i += 2) {
            String fieldName = (String) ((TypedExpr.Literal) args.get(i)).value();
            if (!seen.add(fieldName)) {
                problem(c.args().get(i).span().start(), Messages.duplicateField(f.functionName(), fieldName));
                return null;
            }
            TypedExpr value = args.get(i + 1);
            if (value.type() == DataType.NULL) {
                problem(c.args().get(i + 1).span().start(), Messages.untypedList(f.functionName()));
                return null;
            }
            fields.add(new Field(fieldName, value.type(), value.nullable()));
        }
        return new TypedExpr.Call(f, args, DataType.struct(fields), false, c.span());
    }
}
