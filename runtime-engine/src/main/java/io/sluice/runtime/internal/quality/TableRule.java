package io.sluice.runtime.internal.quality;

import io.sluice.runtime.internal.quality.QualityCheckOperator.Severity;
import io.sluice.expression.types.TemporalValues;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A rule on the whole input, decided once at the end of the stream: ROW_COUNT (rows between bounds), FRESHNESS
 * (the newest value of a DATE or TIMESTAMP column not older than a duration; a DATE counts as its last moment,
 * UTC) and NULL_RATE (nulls / rows at most a bound). Workers accumulate into shared adders.
 */
public abstract sealed class TableRule {
    final String label;
    final String kind;
    final Severity severity;
    final int column;
    final RuleStats stats;

    TableRule(String step, String label, String kind, Severity severity, int column, String columnName) {
        this.label = label;
        this.kind = kind;
        this.severity = severity;
        this.column = column;
        this.stats = new RuleStats(step, label, kind, columnName, severity.name());
    }

    void accumulate(VectorSchemaRoot in, int n) {
        stats.checked.add(n);
    }

    /** Decides the rule; returns the failure (and records it) or null. Idempotent. */
    final synchronized String decide(Instant now) {
        String[] verdict = verdict(now);
        stats.message(verdict[0]);
        if (verdict[1] != null) {
            if (stats.failed.sum() == 0) {
                stats.failed.increment();
            }
            return verdict[1];
        }
        return null;
    }

    /** {message, failure-or-null}. */
    abstract String[] verdict(Instant now);

    /** ROW_COUNT between min and max (inclusive; either may be absent). */
    public static final class RowCount extends TableRule {
        private final Long min;
        private final Long max;

        public RowCount(String step, String label, Severity s, Long min, Long max) {
            super(step, label, "ROW_COUNT", s, -1, null); //$NON-NLS-1$
            this.min = min;
            this.max = max;
        }

        @Override
        String[] verdict(Instant now) {
            long rows = stats.checked.sum();
            if (min != null && rows < min) {
                String m = "row count " + rows + " is below the minimum " + min; //$NON-NLS-1$ //$NON-NLS-2$
                return new String[] {m, m};
            }
            if (max != null && rows > max) {
                String m = "row count " + rows + " is above the maximum " + max; //$NON-NLS-1$ //$NON-NLS-2$
                return new String[] {m, m};
            }
            return new String[] {"row count " + rows, null}; //$NON-NLS-1$
        }
    }

    /** NULL_RATE: nulls / rows at most maxRate (no rows: rate 0). */
    public static final class NullRate extends TableRule {
        private final double maxRate;
        private final LongAdder nulls = new LongAdder();
        private final String columnName;

        public NullRate(String step, String label, Severity s, int column, String columnName, double maxRate) {
            super(step, label, "NULL_RATE", s, column, columnName); //$NON-NLS-1$
            this.maxRate = maxRate;
            this.columnName = columnName;
        }

        @Override
        void accumulate(VectorSchemaRoot in, int n) {
            super.accumulate(in, n);
            nulls.add(in.getVector(column).getNullCount());
        }

        @Override
        String[] verdict(Instant now) {
            long rows = stats.checked.sum();
            long nl = nulls.sum();
            double rate = rows == 0 ? 0 : (double) nl / rows;
            String m = String.format(Locale.ROOT, "null rate of %s %.4f (%d of %d)", columnName, rate, nl, rows); //$NON-NLS-1$
            if (rate > maxRate) {
                m += " is above " + maxRate; //$NON-NLS-1$
                return new String[] {m, m};
            }
            return new String[] {m, null};
        }
    }

    /** FRESHNESS: now - newest value <= maxAge. No value at all fails. */
    public static final class Freshness extends TableRule {
        private final Duration maxAge;
        private final boolean date;
        private final LongAccumulator newest = new LongAccumulator(Math::max, Long.MIN_VALUE);
        private final String columnName;

        public Freshness(String step, String label, Severity s, int column, String columnName, Duration maxAge, boolean date) {
            super(step, label, "FRESHNESS", s, column, columnName); //$NON-NLS-1$
            this.maxAge = maxAge;
            this.date = date;
            this.columnName = columnName;
        }

        @Override
        void accumulate(VectorSchemaRoot in, int n) {
            super.accumulate(in, n);
            FieldVector v = in.getVector(column);
            long max = Long.MIN_VALUE;
            if (v instanceof TimeStampVector t) {
                for (int i = 0; i < n; i++) {
                    if (!t.isNull(i)) {
                        max = Math.max(max, t.get(i));
                    }
                }
                if (max != Long.MIN_VALUE) { // the newest at the column's precision, compared in microseconds
                    max = TemporalValues.rescale(max, io.sluice.runtime.internal.types.Types.of(t.getField()).timePrecision(), io.sluice.expression.types.TimePrecision.MICRO);
                }
            } else if (v instanceof DateDayVector d) {
                for (int i = 0; i < n; i++) {
                    if (!d.isNull(i)) {
                        // the last moment of that day
                        max = Math.max(max, (d.get(i) + 1L) * TemporalValues.MICROS_PER_DAY - 1);
                    }
                }
            }
            if (max != Long.MIN_VALUE) {
                newest.accumulate(max);
            }
        }

        @Override
        String[] verdict(Instant now) {
            long us = newest.get();
            if (us == Long.MIN_VALUE) {
                String m = "no " + columnName + " value at all (no rows, or all NULL)"; //$NON-NLS-1$ //$NON-NLS-2$
                return new String[] {m, m};
            }
            Instant t = Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L);
            String shown = date ? TemporalValues.formatDate(Math.floorDiv(us, TemporalValues.MICROS_PER_DAY)) : TemporalValues.formatTimestamp(us);
            Duration age = Duration.between(t, now);
            String m = "newest " + columnName + " " + shown + " is " + human(age) + " old"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            if (age.compareTo(maxAge) > 0) {
                m += ", older than " + human(maxAge); //$NON-NLS-1$
                return new String[] {m, m};
            }
            return new String[] {m, null};
        }

        static String human(Duration d) {
            if (d.isNegative()) {
                return "-" + human(d.negated()); //$NON-NLS-1$
            }
            long s = d.toSeconds();
            if (s < 120) {
                return s + "s"; //$NON-NLS-1$
            }
            if (s < 7200) {
                return s / 60 + "m"; //$NON-NLS-1$
            }
            if (s < 172800) {
                return s / 3600 + "h"; //$NON-NLS-1$
            }
            return s / 86400 + "d"; //$NON-NLS-1$
        }
    }
}
