package io.sluice.expression;

import io.sluice.expression.types.DataType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The untyped expression tree, as parsed. Every node records the {@link Span} of text it came from. Records compare
 * spans too: use {@link Expressions#withoutSpans(Expr)} to compare structure only.
 *
 * <p>Function names are lower-cased; whether they exist is decided by {@link Expressions#check} (the parser
 * accepts any name). Column names keep the case written.
 */
public sealed interface Expr {

    /** Where in the source text this node came from. */
    Span span();

    /**
     * A constant. {@code value} is null exactly when {@code type} is {@link DataType#NULL}; otherwise it is the
     * Java value of {@code type} as the {@link Evaluator} defines it (Boolean, Integer, Long, Double, String,
     * LocalDate, Instant). A negative number written {@code -5} is read as one literal.
     */
    record Literal(Object value, DataType type, Span span) implements Expr {
        public Literal {
            Objects.requireNonNull(type, "type"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
            Values.requireValueOf(type, value);
        }
    }

    /** A reference to an input column; {@code name} is the written name (quotes removed). */
    record Column(String name, Span span) implements Expr {
        public Column {
            Objects.requireNonNull(name, "name"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /** {@code -x} or {@code NOT x}. */
    record Unary(UnaryOp op, Expr operand, Span span) implements Expr {
        public Unary {
            Objects.requireNonNull(op, "op"); //$NON-NLS-1$
            Objects.requireNonNull(operand, "operand"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /** An infix operation, arithmetic, {@code ||}, comparison or {@code AND}/{@code OR}. */
    record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {
        public Binary {
            Objects.requireNonNull(op, "op"); //$NON-NLS-1$
            Objects.requireNonNull(left, "left"); //$NON-NLS-1$
            Objects.requireNonNull(right, "right"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /** {@code x IS NULL}, or {@code x IS NOT NULL} when {@code negated}. */
    record IsNull(Expr operand, boolean negated, Span span) implements Expr {
        public IsNull {
            Objects.requireNonNull(operand, "operand"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /** {@code x [NOT] IN (v1, v2, …)}; at least one value. */
    record In(Expr operand, List<Expr> values, boolean negated, Span span) implements Expr {
        public In {
            Objects.requireNonNull(operand, "operand"); //$NON-NLS-1$
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("IN needs at least one value"); //$NON-NLS-1$
            }
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /** {@code x [NOT] BETWEEN low AND high}. */
    record Between(Expr operand, Expr low, Expr high, boolean negated, Span span) implements Expr {
        public Between {
            Objects.requireNonNull(operand, "operand"); //$NON-NLS-1$
            Objects.requireNonNull(low, "low"); //$NON-NLS-1$
            Objects.requireNonNull(high, "high"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /** {@code x [NOT] LIKE pattern}. */
    record Like(Expr operand, Expr pattern, boolean negated, Span span) implements Expr {
        public Like {
            Objects.requireNonNull(operand, "operand"); //$NON-NLS-1$
            Objects.requireNonNull(pattern, "pattern"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /**
     * {@code CASE [operand] WHEN … THEN … [ELSE …] END}. With an operand (the "simple" form) each
     * {@link When#condition()} is a value compared to the operand with {@code =}; without, it is a condition.
     */
    record Case(Optional<Expr> operand, List<When> whens, Optional<Expr> otherwise, Span span) implements Expr {
        public Case {
            Objects.requireNonNull(operand, "operand"); //$NON-NLS-1$
            whens = List.copyOf(whens);
            if (whens.isEmpty()) {
                throw new IllegalArgumentException("CASE needs at least one WHEN"); //$NON-NLS-1$
            }
            Objects.requireNonNull(otherwise, "otherwise"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /** One {@code WHEN condition THEN result} arm of a {@link Case}. */
    record When(Expr condition, Expr result) {
        public When {
            Objects.requireNonNull(condition, "condition"); //$NON-NLS-1$
            Objects.requireNonNull(result, "result"); //$NON-NLS-1$
        }
    }

    /** {@code CAST(x AS type)}. */
    record Cast(Expr operand, DataType target, Span span) implements Expr {
        public Cast {
            Objects.requireNonNull(operand, "operand"); //$NON-NLS-1$
            Objects.requireNonNull(target, "target"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /** A function call {@code name(args…)}; {@code name} is lower-case. */
    record Call(String name, List<Expr> args, Span span) implements Expr {
        public Call {
            Objects.requireNonNull(name, "name"); //$NON-NLS-1$
            args = List.copyOf(args);
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /** {@code operand.name}: a field of a STRUCT; {@code name} is the written name (quotes removed). */
    record FieldAccess(Expr operand, String name, Span span) implements Expr {
        public FieldAccess {
            Objects.requireNonNull(operand, "operand"); //$NON-NLS-1$
            Objects.requireNonNull(name, "name"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }

    /** {@code operand[index]}: a LIST element (1-based) or a MAP value by key. */
    record Subscript(Expr operand, Expr index, Span span) implements Expr {
        public Subscript {
            Objects.requireNonNull(operand, "operand"); //$NON-NLS-1$
            Objects.requireNonNull(index, "index"); //$NON-NLS-1$
            Objects.requireNonNull(span, "span"); //$NON-NLS-1$
        }
    }
}
