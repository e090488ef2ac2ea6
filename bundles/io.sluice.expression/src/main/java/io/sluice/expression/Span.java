package io.sluice.expression;

/**
 * A range of the source text: {@code start} inclusive and {@code end} exclusive, both zero-based UTF-16 offsets
 * (as {@link String#substring(int, int)} takes them).
 *
 * @param start the first offset
 * @param end   the offset after the last character
 */
public record Span(int start, int end) {

    /** The span of nodes that were not parsed from text (and of {@link Expressions#withoutSpans(Expr)}). */
    public static final Span NONE = new Span(0, 0);

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span: start " + start + ", end " + end); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }
}
