package io.sluice.runtime.internal.quality;

import io.sluice.runtime.internal.kernel.ExprKernel;
import io.sluice.runtime.internal.quality.QualityCheckOperator.Severity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A rule tested on every row, column-at-a-time: {@link #test} marks the failing rows of a whole batch in one
 * loop. Immutable apart from its {@link RuleStats} (and UNIQUE's shared key set), so one instance serves every
 * worker.
 */
public abstract sealed class RowRule {
    final int position;
    final String label;
    final String kind;
    final Severity severity;
    final int column;
    final String columnName;
    final RuleStats stats;
    /** Columns whose values are not shown in samples and failure messages. */
    java.util.Set<String> sensitive = java.util.Set.of();

    RowRule(int position, String step, String label, String kind, Severity severity, int column, String columnName) {
        this.position = position;
        this.label = label;
        this.kind = kind;
        this.severity = severity;
        this.column = column;
        this.columnName = columnName;
        this.stats = new RuleStats(step, label, kind, columnName, severity.name());
    }

    /** Sets {@code fail[i]} for every failing row {@code i < n}; returns how many. */
    abstract int test(VectorSchemaRoot in, int n, boolean[] fail);

    /** Why row {@code i} failed, for the rejects' {@code _reason}. */
    abstract String reason(VectorSchemaRoot in, int i);

    /** The failing value of row {@code i} as text. */
    String sampleOf(VectorSchemaRoot in, int i) {
        if (column < 0) {
            return QualityCheckOperator.describeRow(in, i, sensitive);
        }
        return sensitive.contains(columnName) ? QualityCheckOperator.HIDDEN : QualityCheckOperator.text(in.getVector(column), i);
    }

    /** The exception that stops the run at row {@code i} ({@code rowNumber}: 1-based, in the step's input). */
    IllegalStateException failure(VectorSchemaRoot in, int i, long rowNumber) {
        String what = column < 0 ? "" : " on " + columnName; //$NON-NLS-1$ //$NON-NLS-2$
        // the message goes to stderr and the history: it names the row and the tested value, never the whole row,
        // and no value of a sensitive column
        boolean hidden = column >= 0 && sensitive.contains(columnName);
        String value = column < 0 ? "" : ": " + columnName + " = " //$NON-NLS-1$ //$NON-NLS-2$
                + (hidden ? QualityCheckOperator.HIDDEN : QualityCheckOperator.text(in.getVector(column), i));
        String why = hidden || column < 0 ? "" : " (" + reason(in, i) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        return new IllegalStateException("rule '" + label + "' (" + kind + what + ", severity FAIL) failed at row " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + rowNumber + " of the step's input" + value + why);
    }

    // ------------------------------------------------------------------------------------------------ kinds

    /** NOT_NULL: a NULL fails. */
    public static final class NotNull extends RowRule {
        public NotNull(int position, String step, String label, Severity s, int column, String columnName) {
            super(position, step, label, "NOT_NULL", s, column, columnName); //$NON-NLS-1$
        }

        @Override
        int test(VectorSchemaRoot in, int n, boolean[] fail) {
            FieldVector v = in.getVector(column);
            if (v.getNullCount() == 0) {
                return 0;
            }
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (v.isNull(i)) {
                    fail[i] = true;
                    k++;
                }
            }
            return k;
        }

        @Override
        String reason(VectorSchemaRoot in, int i) {
            return columnName + " is NULL"; //$NON-NLS-1$
        }
    }

    /**
     * A rule whose failing rows are those where a compiled predicate is TRUE (RANGE: {@code c < min OR c > max};
     * ALLOWED_VALUES: {@code NOT c IN (…)}) — a NULL value gives NULL, which passes — or, with {@code mustHold},
     * those where the predicate is not TRUE (EXPRESSION: FALSE and NULL fail).
     */
    public static final class Predicate extends RowRule {
        private final ExprKernel kernel;
        private final boolean mustHold;
        private final String explanation;

        public Predicate(int position, String step, String label, String kind, Severity s, int column, String columnName,
                ExprKernel kernel, boolean mustHold, String explanation) {
            super(position, step, label, kind, s, column, columnName);
            this.kernel = kernel;
            this.mustHold = mustHold;
            this.explanation = explanation;
        }

        @Override
        int test(VectorSchemaRoot in, int n, boolean[] fail) {
            int[] sel = new int[n];
            int k = kernel.select(in, sel);
            if (!mustHold) {
                for (int j = 0; j < k; j++) {
                    fail[sel[j]] = true;
                }
                return k;
            }
            if (k == n) {
                return 0;
            }
            java.util.Arrays.fill(fail, 0, n, true);
            for (int j = 0; j < k; j++) {
                fail[sel[j]] = false;
            }
            return n - k;
        }

        @Override
        String reason(VectorSchemaRoot in, int i) {
            if (column < 0) {
                return explanation;
            }
            return columnName + " = " + QualityCheckOperator.text(in.getVector(column), i) + " " + explanation; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** REGEX: a non-null value that does not match the whole pattern fails. */
    public static final class Regex extends RowRule {
        private final Pattern pattern;

        public Regex(int position, String step, String label, Severity s, int column, String columnName, Pattern pattern) {
            super(position, step, label, "REGEX", s, column, columnName); //$NON-NLS-1$
            this.pattern = pattern;
        }

        @Override
        int test(VectorSchemaRoot in, int n, boolean[] fail) {
            VarCharVector v = (VarCharVector) in.getVector(column);
            java.util.regex.Matcher m = pattern.matcher(""); //$NON-NLS-1$
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (!v.isNull(i) && !m.reset(new String(v.get(i), StandardCharsets.UTF_8)).matches()) {
                    fail[i] = true;
                    k++;
                }
            }
            return k;
        }

        @Override
        String reason(VectorSchemaRoot in, int i) {
            return columnName + " = " + QualityCheckOperator.text(in.getVector(column), i) + " does not match " //$NON-NLS-1$ //$NON-NLS-2$
                    + pattern.pattern();
        }
    }

    /** MAX_LENGTH: a non-null value longer than the limit (in characters, i.e. Unicode code points) fails. */
    public static final class MaxLength extends RowRule {
        private final int max;

        public MaxLength(int position, String step, String label, Severity s, int column, String columnName, int max) {
            super(position, step, label, "MAX_LENGTH", s, column, columnName); //$NON-NLS-1$
            this.max = max;
        }

        @Override
        int test(VectorSchemaRoot in, int n, boolean[] fail) {
            VarCharVector v = (VarCharVector) in.getVector(column);
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (!v.isNull(i) && length(v, i) > max) {
                    fail[i] = true;
                    k++;
                }
            }
            return k;
        }

        /** Code points of a UTF-8 cell: bytes that do not continue a sequence (no decoding when short enough). */
        int length(VarCharVector v, int i) {
            long s = v.getStartOffset(i);
            long e = v.getEndOffset(i);
            if (e - s <= max) {
                return (int) (e - s);
            }
            ArrowBuf data = v.getDataBuffer();
            int cp = 0;
            for (long p = s; p < e; p++) {
                if ((data.getByte(p) & 0xC0) != 0x80) {
                    cp++;
                }
            }
            return cp;
        }

        @Override
        String reason(VectorSchemaRoot in, int i) {
            return columnName + " has " + length((VarCharVector) in.getVector(column), i) + " characters, more than " + max; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * UNIQUE within the run: the first row to claim a value passes, every later row with that value fails. One
     * concurrent set per rule, shared by every worker: a value is claimed exactly once whatever the interleaving.
     */
    public static final class Unique extends RowRule {
        private final Set<Object> seen = ConcurrentHashMap.newKeySet();

        public Unique(int position, String step, String label, Severity s, int column, String columnName) {
            super(position, step, label, "UNIQUE", s, column, columnName); //$NON-NLS-1$
        }

        @Override
        int test(VectorSchemaRoot in, int n, boolean[] fail) {
            throw new UnsupportedOperationException("UNIQUE is tested row by row through claim"); //$NON-NLS-1$
        }

        /** True if row i's value is NULL or seen for the first time in the run (and now taken). */
        boolean claim(VectorSchemaRoot in, int i) {
            FieldVector v = in.getVector(column);
            if (v.isNull(i)) {
                return true;
            }
            Object key = switch (v) {
                case VarCharVector s -> ByteBuffer.wrap(s.get(i));
                case BigIntVector b -> b.get(i);
                case IntVector x -> (long) x.get(i);
                case Float8Vector f -> f.get(i) == 0.0 ? 0.0 : f.get(i); // -0.0 and 0.0 are one value
                case BitVector b -> b.get(i) != 0;
                case DateDayVector d -> (long) d.get(i);
                case TimeStampVector t -> t.get(i);
                case BaseFixedWidthVector f -> String.valueOf(f.getObject(i));
                default -> String.valueOf(v.getObject(i));
            };
            return seen.add(key);
        }

        @Override
        String reason(VectorSchemaRoot in, int i) {
            return columnName + " = " + QualityCheckOperator.text(in.getVector(column), i) + " is a duplicate"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
