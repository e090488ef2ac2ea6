package io.sluice.expression.types;

/** The unit of a TIME or TIMESTAMP value, as stored: milli-, micro- or nanoseconds. */
public enum TimePrecision {
    MILLI("ms", 3, 1_000L), //$NON-NLS-1$
    MICRO("us", 6, 1_000_000L), //$NON-NLS-1$
    NANO("ns", 9, 1_000_000_000L); //$NON-NLS-1$

    private final String symbol;
    private final int digits;
    private final long perSecond;

    TimePrecision(String symbol, int digits, long perSecond) {
        this.symbol = symbol;
        this.digits = digits;
        this.perSecond = perSecond;
    }

    /** {@code ms}, {@code us} or {@code ns}, as the type text writes it. */
    public String symbol() {
        return symbol;
    }

    /** Fraction digits of a second: 3, 6 or 9. */
    public int digits() {
        return digits;
    }

    /** Units per second. */
    public long perSecond() {
        return perSecond;
    }

    /** Reads {@code ms}/{@code us}/{@code µs}/{@code ns} or {@code 3}/{@code 6}/{@code 9}; null if neither. */
    public static TimePrecision of(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "ms", "3", "milli", "millis" -> MILLI; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case "us", "µs", "6", "micro", "micros" -> MICRO; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            case "ns", "9", "nano", "nanos" -> NANO; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            default -> null;
        };
    }
}
