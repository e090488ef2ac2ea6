package io.sluice.runtime;

import java.util.List;
import java.util.Locale;

/**
 * Where every row of a run went (issue 6: "nothing lost"), checked when a run ends: for every step that keeps or
 * drops rows one by one (filter, select, derive, mask, sort, dedup, union, quality check) rows in = rows out +
 * filtered + rejected; and along every link, the rows a port emitted = the rows its consumer received. Joins,
 * aggregates and windows change cardinality by design and are checked only along their links. A mismatch fails
 * the run.
 *
 * @param read        rows the sources produced, including those they rejected
 * @param written     rows the sinks received (sinks fed from a rejects port included)
 * @param filtered    rows dropped on purpose
 * @param quarantined rows sent to a rejects port
 * @param lost        rows unaccounted for (0 unless a mismatch)
 * @param mismatches  one line per failed equation, naming the step or link
 */
public record RowAccounting(long read, long written, long filtered, long quarantined, long lost, List<String> mismatches) {
    public RowAccounting {
        mismatches = List.copyOf(mismatches);
    }

    public boolean ok() {
        return mismatches.isEmpty();
    }

    /** {@code read 10,000 · written 6,998 · filtered 2,901 · quarantined 101 · lost 0}. */
    public String summary() {
        return String.format(Locale.ROOT, "read %,d \u00b7 written %,d \u00b7 filtered %,d \u00b7 quarantined %,d \u00b7 lost %,d", //$NON-NLS-1$
                read, written, filtered, quarantined, lost);
    }
}
