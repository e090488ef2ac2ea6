package io.sluice.expression;

/**
 * A row whose value cannot be computed: integer overflow, division of integers by zero, an invalid cast, a
 * negative substring length, an invalid regular expression. The runtime's kernels fail with the same message for
 * the same row.
 */
public class EvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EvaluationException(String message) {
        super(message);
    }

    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
