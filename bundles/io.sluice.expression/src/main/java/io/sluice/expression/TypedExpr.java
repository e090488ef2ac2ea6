package io.sluice.expression;

import io.sluice.expression.types.DataType;
import java.util.List;
import java.util.Objects;

/**
 * The checked expression tree that the runtime compiles. Every node knows its {@link #type()} and whether it can
 * be null ({@link #nullable()}). The checker has already decided everything the runtime would otherwise guess:
 * <ul>
 * <li>Operands of arithmetic, comparison, {@code IN}, {@code BETWEEN}, {@code CASE} results and common-type
 * functions have the same type; implicit widenings ({@code INT32 → INT64 → FLOAT64}, {@code DATE → TIMESTAMP},
 * anything to {@code STRING} for {@code ||} and {@code concat}) are {@link Cast} nodes with {@code implicit} set.</li>
 * <li>A {@code NULL} literal used where a type is known is a {@link Literal} of that type with a null value; only
 * an expression that is null in every row as a whole has type {@link DataType#NULL}.</li>
 * <li>The simple {@code CASE x WHEN v …} is rewritten to the searched form {@code CASE WHEN x = v …}, and a missing
 * {@code ELSE} becomes a null literal.</li>
 * <li>Function calls are resolved to a {@link BuiltinFunction}.</li>
 * </ul>
 * Semantics of every node: see {@link Evaluator}.
 */
public sealed interface TypedExpr {

    /** The type of the value. */
    DataType type();

    /** Whether the value can be null in some row. */
    boolean nullable();

    /** Where in the source text this node came from ({@link Span#NONE} for nodes the checker made up). */
    Span span();

    /** A constant; {@code value} is null or the Java value of {@code type} (see {@link Evaluator}). */
    record Literal(Object value, DataType type, Span span) implements TypedExpr {
        public Literal {
            Objects.requireNonNull(type, "type"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
            if (value != null || type != DataType.NULL) {
                if (value != null) {
                    Values.requireValueOf(type, value);
                }
            }
        }

        @Override
        public boolean nullable() {
            return value == null;
        }
    }

    /** Input column number {@code index} of the checked schema. */
    record Column(String name, int index, DataType type, boolean nullable, Span span) implements TypedExpr {
        public Column {
            Objects.requireNonNull(name, "name"); //$NON-NLS-1$
            Objects.requireNonNull(type, "type"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /**
     * {@code -x} (numeric, same type as the operand) or {@code NOT x} (BOOLEAN).
     */
    record Unary(UnaryOp op, TypedExpr operand, DataType type, boolean nullable, Span span) implements TypedExpr {
        public Unary {
            Objects.requireNonNull(op, "op"); //$NON-NLS-1$
            Objects.requireNonNull(operand, "operand"); //$NON-NLS-1$
            Objects.requireNonNull(type, "type"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /**
     * An infix operation. Both operands have the same type, except that they may both be of type NULL; the result
     * is that type for {@code + - * %} and {@code ||}, FLOAT64 for {@code /}, BOOLEAN for comparisons,
     * {@code AND} and {@code OR}.
     */
    record Binary(BinaryOp op, TypedExpr left, TypedExpr right, DataType type, boolean nullable, Span span)
            implements TypedExpr {
        public Binary {
            Objects.requireNonNull(op, "op"); //$NON-NLS-1$
            Objects.requireNonNull(left, "left"); //$NON-NLS-1$
            Objects.requireNonNull(right, "right"); //$NON-NLS-1$
            Objects.requireNonNull(type, "type"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /** {@code x IS [NOT] NULL}: BOOLEAN, never null. */
    record IsNull(TypedExpr operand, boolean negated, Span span) implements TypedExpr {
        public IsNull {
            Objects.requireNonNull(operand, "operand"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }

        @Override
        public DataType type() {
            return DataType.BOOLEAN;
        }

        @Override
        public boolean nullable() {
            return false;
        }
    }

    /** {@code x [NOT] IN (…)}: BOOLEAN; the operand and the values share one type. */
    record In(TypedExpr operand, List<TypedExpr> values, boolean negated, boolean nullable, Span span)
            implements TypedExpr {
        public In {
            Objects.requireNonNull(operand, "operand"); //$NON-NLS-1$
            values = List.copyOf(values);
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }

        @Override
        public DataType type() {
            return DataType.BOOLEAN;
        }
    }

    /** {@code x [NOT] BETWEEN low AND high}: BOOLEAN; the three share one type. */
    record Between(TypedExpr operand, TypedExpr low, TypedExpr high, boolean negated, boolean nullable, Span span)
            implements TypedExpr {
        public Between {
            Objects.requireNonNull(operand, "operand"); //$NON-NLS-1$
            Objects.requireNonNull(low, "low"); //$NON-NLS-1$
            Objects.requireNonNull(high, "high"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }

        @Override
        public DataType type() {
            return DataType.BOOLEAN;
        }
    }

    /** {@code x [NOT] LIKE pattern}: BOOLEAN; both operands STRING. */
    record Like(TypedExpr operand, TypedExpr pattern, boolean negated, boolean nullable, Span span)
            implements TypedExpr {
        public Like {
            Objects.requireNonNull(operand, "operand"); //$NON-NLS-1$
            Objects.requireNonNull(pattern, "pattern"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }

        @Override
        public DataType type() {
            return DataType.BOOLEAN;
        }
    }

    /**
     * Searched {@code CASE WHEN cond THEN result … ELSE otherwise END}. Conditions are BOOLEAN; results and
     * {@code otherwise} have the type of the CASE (a missing ELSE is a null literal).
     */
    record Case(List<When> whens, TypedExpr otherwise, DataType type, boolean nullable, Span span)
            implements TypedExpr {
        public Case {
            whens = List.copyOf(whens);
            Objects.requireNonNull(otherwise, "otherwise"); //$NON-NLS-1$
            Objects.requireNonNull(type, "type"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /** One arm of a {@link Case}. */
    record When(TypedExpr condition, TypedExpr result) {
        public When {
            Objects.requireNonNull(condition, "condition"); //$NON-NLS-1$
            Objects.requireNonNull(result, "result"); //$NON-NLS-1$
        }
    }

    /**
     * A conversion of {@code operand} to {@code type}: written by the user ({@code implicit} false) or inserted by
     * the checker ({@code implicit} true).
     */
    record Cast(TypedExpr operand, DataType type, boolean implicit, boolean nullable, Span span) implements TypedExpr {
        public Cast {
            Objects.requireNonNull(operand, "operand"); //$NON-NLS-1$
            Objects.requireNonNull(type, "type"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /** A call of a catalog function; the arguments already have the types the function takes. */
    record Call(BuiltinFunction function, List<TypedExpr> args, DataType type, boolean nullable, Span span)
            implements TypedExpr {
        public Call {
            Objects.requireNonNull(function, "function"); //$NON-NLS-1$
            args = List.copyOf(args);
            Objects.requireNonNull(type, "type"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }
}
