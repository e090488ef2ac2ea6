package io.sluice.expression.internal;

import io.sluice.expression.TypedExpr;
import java.util.function.Function;

/** The row-at-a-time interpreter behind {@link io.sluice.expression.Evaluator}. */
public final class Interpreter {

    private Interpreter() {
    }

    public static Object evaluate(TypedExpr expr, Function<TypedExpr.Column, Object> row) {
        throw new UnsupportedOperationException("not yet"); //$NON-NLS-1$
    }
}
