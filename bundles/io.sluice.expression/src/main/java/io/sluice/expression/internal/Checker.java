package io.sluice.expression.internal;

import io.sluice.expression.CheckResult;
import io.sluice.expression.Expr;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Schema;

/** The type checker. */
public final class Checker {

    private Checker() {
    }

    public static CheckResult check(Expr expr, Schema schema, String source, DataType expected) {
        throw new UnsupportedOperationException("not yet"); //$NON-NLS-1$
    }
}
