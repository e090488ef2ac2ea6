package io.sluice.runtime.internal.kernel;

/** The orders the expression language defines, for operators outside the kernels (aggregate, sort). */
public final class Compare {
    private Compare() {
    }

    /** NaN equals NaN and is greater than every number; -0.0 = 0.0. */
    public static int doubles(double a, double b) {
        return io.sluice.expression.semantics.Rules.compare(a, b);
    }

    /** By Unicode code point. */
    public static int strings(String a, String b) {
        return io.sluice.expression.semantics.Rules.compare(a, b);
    }
}
