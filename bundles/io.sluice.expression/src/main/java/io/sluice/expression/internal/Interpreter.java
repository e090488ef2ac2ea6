package io.sluice.expression.internal;

import io.sluice.expression.BinaryOp;
import io.sluice.expression.EvaluationException;
import io.sluice.expression.Evaluator;
import io.sluice.expression.RunContext;
import io.sluice.expression.TypedExpr;
import io.sluice.expression.semantics.Casts;
import io.sluice.expression.semantics.Rules;
import io.sluice.expression.semantics.Decimals;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;
import io.sluice.expression.types.TypeId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The row-at-a-time interpreter behind {@link Evaluator}; its javadoc is the specification implemented here. */
public final class Interpreter {

    private final Function<TypedExpr.Column, Object> row;
    private final RunContext run;

    private Interpreter(Function<TypedExpr.Column, Object> row, RunContext run) {
        this.row = row;
        this.run = run;
    }

    public static Object evaluate(TypedExpr expr, Function<TypedExpr.Column, Object> row) {
        return evaluate(expr, row, RunContext.NONE);
    }

    public static Object evaluate(TypedExpr expr, Function<TypedExpr.Column, Object> row, RunContext run) {
        return new Interpreter(row, run).eval(expr);
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
            case TypedExpr.Cast c -> Casts.cast(eval(c.operand()), c.type());
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
        if (c.type().id() == TypeId.TIMESTAMP || c.type().id() == TypeId.TIME) {
            return TemporalValues.fit(value, c.type()); // cut to the column's precision, as its vector holds it
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
                case java.math.BigDecimal d -> d.negate();
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
        if (b.type().isDecimal()) {
            return Decimals.arithmetic(Decimals.op(op), (java.math.BigDecimal) l, (java.math.BigDecimal) r, b.type());
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
                        case MOD -> (int) Rules.mod(a, y);
                        default -> throw new IllegalStateException(op.name());
                    };
                }
                case Long a -> {
                    long y = (Long) r;
                    yield switch (op) {
                        case ADD -> Math.addExact(a, y);
                        case SUB -> Math.subtractExact(a, y);
                        case MUL -> Math.multiplyExact(a, y);
                        case MOD -> Rules.mod(a, y);
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

    static int compare(Object a, Object b) {
        return Rules.compare(a, b);
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
        boolean matches = Rules.like((String) s, (String) p);
        return matches != l.negated();
    }

    private Object caseExpr(TypedExpr.Case c) {
        for (TypedExpr.When w : c.whens()) {
            if (Boolean.TRUE.equals(eval(w.condition()))) {
                return eval(w.result());
            }
        }
        return eval(c.otherwise());
    }

    // ------------------------------------------------------------------------------------------------ functions

    private Object call(TypedExpr.Call c) {
        Object[] args = new Object[c.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = eval(c.args().get(i));
        }
        Object value = c.function().apply(args, run);
        if (value != null && (c.type().id() == TypeId.TIMESTAMP || c.type().id() == TypeId.TIME)) {
            // a date function computes at the precision its value needs; the result is of the declared type, as
            // the column kernels compute it in that type's unit, and one the type cannot hold is an error there too
            try {
                return TemporalValues.fit(value, c.type());
            } catch (ArithmeticException e) {
                throw new EvaluationException(c.function().functionName() + ": " + value + " is out of range for " //$NON-NLS-1$ //$NON-NLS-2$
                        + c.type(), e);
            }
        }
        return value;
    }
}
