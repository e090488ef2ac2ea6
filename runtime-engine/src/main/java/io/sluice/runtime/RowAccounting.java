package io.sluice.runtime;

import java.util.List;
import java.util.Locale;

/**
 * Where every row of a run went, checked after every pipeline finished and before any sink commits (a run that
 * fails it leaves no output). For every step that keeps or drops rows one by one (filter, select, derive, mask,
 * sort, dedup, union, quality check) rows in = rows out + filtered + rejected; along every link, the rows a port
 * emitted = the rows its consumer received. Aggregates, joins and windows change cardinality by design: what they
 * take in beyond what they emit, filter and reject is "folded" (negative when a join emits more than it reads).
 * Steps that turn one row into several (unpivot, unnest) "fanned out" the rows they emit beyond what they take in
 * (negative when an unnest drops more empty lists than it adds elements).
 *
 * <p>The run-level identity, which adds up whenever the checks pass:
 * <pre>read = to sinks + skipped + filtered + quarantined + folded − fanned out + unconsumed − copied + lost</pre>
 * where rows sent to a rejects port that feeds a sink count once, as "to sinks", and "copied" are the extra copies
 * a port with several consumers hands out.
 *
 * @param read        rows the sources produced, including those they rejected and the blank lines they skipped
 * @param written     rows the sinks received (sinks fed from a rejects port included)
 * @param skipped     records a source skipped on purpose (blank lines)
 * @param filtered    rows dropped on purpose by a step (a filter's condition, a duplicate, a window row without time)
 * @param quarantined rows sent to a rejects port that feeds no sink (kept in the history's rule results only)
 * @param folded      rows aggregates, joins and windows folded into fewer rows (in − out − filtered − rejected)
 * @param fannedOut   rows unpivots and unnests emitted beyond those they took in (out + filtered + rejected − in)
 * @param unconsumed  rows emitted on a main output that no step consumes
 * @param copied      extra copies handed out by ports with several consumers
 * @param rejected    rows sent to any rejects port (to a sink or not); informative, not a term of the identity
 * @param lost        rows unaccounted for (0 unless a mismatch)
 * @param mismatches  one line per failed equation, naming the step or link
 */
public record RowAccounting(long read, long written, long skipped, long filtered, long quarantined, long folded,
        long fannedOut, long unconsumed, long copied, long rejected, long lost, List<String> mismatches) {
    public RowAccounting {
        mismatches = List.copyOf(mismatches);
    }

    public boolean ok() {
        return mismatches.isEmpty();
    }

    /** The right-hand side of the identity without {@code lost}: equals {@link #read()} when nothing was lost. */
    public long accountedFor() {
        return written + skipped + filtered + quarantined + folded - fannedOut + unconsumed - copied;
    }

    /**
     * {@code read 10,000 = to sinks 6,998 + filtered 2,901 + quarantined 101 + folded 0; lost 0}; terms that are
     * zero on every pipeline without them (skipped, fanned out, unconsumed, copied) appear only when they are not zero.
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "read %,d = to sinks %,d", read, written)); //$NON-NLS-1$
        if (skipped != 0) {
            sb.append(String.format(Locale.ROOT, " + skipped %,d", skipped)); //$NON-NLS-1$
        }
        sb.append(String.format(Locale.ROOT, " + filtered %,d + quarantined %,d + folded %,d", filtered, quarantined, //$NON-NLS-1$
                folded));
        if (fannedOut != 0) {
            sb.append(String.format(Locale.ROOT, " \u2212 fanned out %,d", fannedOut)); //$NON-NLS-1$
        }
        if (unconsumed != 0) {
            sb.append(String.format(Locale.ROOT, " + unconsumed %,d", unconsumed)); //$NON-NLS-1$
        }
        if (copied != 0) {
            sb.append(String.format(Locale.ROOT, " \u2212 copied %,d", copied)); //$NON-NLS-1$
        }
        sb.append(String.format(Locale.ROOT, "; lost %,d", lost)); //$NON-NLS-1$
        return sb.toString();
    }
}
