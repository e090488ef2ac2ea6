package io.sluice.runtime.internal.quality;

import io.sluice.runtime.internal.exec.BatchOperator;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.exec.Flow;
import io.sluice.runtime.internal.exec.SideOutput;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.runtime.internal.ops.Gather;
import io.sluice.runtime.internal.ops.MaskOperator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The {@code quality} step: row rules tested column-at-a-time on every batch, table rules at the end of the
 * stream.
 *
 * <p>Per batch, every row rule except UNIQUE computes its failure mask over the whole batch (one loop per rule,
 * expression kernels for RANGE, ALLOWED_VALUES and EXPRESSION). A failing FAIL rule stops the run, naming the
 * step, the rule, the row (its position in the step's input, in arrival order) and the value. Rows failing a
 * QUARANTINE rule go to {@code rejects} (the model's transform-rejects schema; {@code _rule} is the first failing
 * QUARANTINE rule in declared order). WARN failures are counted and the row passes. UNIQUE rules then run on the
 * rows still passing, against one concurrent key set shared by every worker of the run, so that exactly one row
 * per key passes; with QUARANTINE the step needs its input order (one worker) so that the <em>first</em>
 * occurrence is the one kept, as in an uninterrupted sequential read. NULL never breaks UNIQUE, RANGE,
 * ALLOWED_VALUES, REGEX or MAX_LENGTH (NOT_NULL is for that); an EXPRESSION must be TRUE (NULL fails).
 *
 * <p>Table rules (ROW_COUNT, FRESHNESS, NULL_RATE) accumulate while rows stream through and are decided in
 * {@link #drain} (the last worker, after every row passed): FAIL stops the run, WARN and QUARANTINE (a table has no
 * row to quarantine) are reported. Every rule's counts and first failing values go to the run's
 * {@link QualityLog}.
 */
public final class QualityCheckOperator implements BatchOperator<QualityCheckOperator.Local> {
    private final Schema schema;
    private final Schema rejects;
    private final List<RowRule> rowRules;
    private final List<RowRule> uniqueRules;
    private final List<TableRule> tableRules;
    private final java.util.concurrent.atomic.AtomicLong rowsSeen = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean registered;

    public QualityCheckOperator(Schema schema, Schema rejects, List<RowRule> rules, List<TableRule> tableRules) {
        this.schema = schema;
        this.rejects = rejects;
        List<RowRule> plain = new ArrayList<>();
        List<RowRule> unique = new ArrayList<>();
        for (RowRule r : rules) {
            (r instanceof RowRule.Unique ? unique : plain).add(r);
        }
        this.rowRules = List.copyOf(plain);
        this.uniqueRules = List.copyOf(unique);
        this.tableRules = List.copyOf(tableRules);
        if (rejects.getFields().size() != schema.getFields().size() + 4) {
            throw new IllegalArgumentException("rejects schema: expected " + (schema.getFields().size() + 4) //$NON-NLS-1$
                    + " columns (input + _rule, _reason, _step, _run_id), got " + rejects.getFields().size()); //$NON-NLS-1$
        }
    }

    @Override
    public Schema outputSchema() {
        return schema;
    }

    @Override
    public boolean needsInputOrder() {
        for (RowRule r : uniqueRules) {
            if (r.severity == Severity.QUARANTINE) {
                return true;
            }
        }
        return false;
    }

    /** Per worker: reused masks and the rejects port. */
    public static final class Local implements AutoCloseable {
        final StepContext step;
        final SideOutput out;
        boolean[][] fails = new boolean[0][];
        boolean[] quarantined = new boolean[0];
        int[] sel = new int[0];

        Local(StepContext step) {
            this.step = step;
            this.out = step.sideOutput(ExecGraph.REJECTS);
        }

        @Override
        public void close() {
        }
    }

    @Override
    public Local createLocal(StepContext step, WorkerState ws) {
        if (!registered) {
            synchronized (this) {
                if (!registered) {
                    QualityLog log = step.run().quality();
                    for (RowRule r : rowRulesInDeclaredOrder()) {
                        log.add(r.stats);
                    }
                    for (TableRule r : tableRules) {
                        log.add(r.stats);
                    }
                    registered = true;
                }
            }
        }
        return new Local(step);
    }

    private List<RowRule> rowRulesInDeclaredOrder() {
        List<RowRule> all = new ArrayList<>(rowRules);
        all.addAll(uniqueRules);
        all.sort(java.util.Comparator.comparingInt(r -> r.position));
        return all;
    }

    @Override
    public Flow apply(VectorSchemaRoot in, VectorSchemaRoot out, Local l, WorkerState ws) throws Exception {
        int n = in.getRowCount();
        long base = rowsSeen.getAndAdd(n);
        for (TableRule t : tableRules) {
            t.accumulate(in, n);
        }
        if (l.quarantined.length < n) {
            l.quarantined = new boolean[n];
            l.sel = new int[n];
        } else {
            java.util.Arrays.fill(l.quarantined, 0, n, false);
        }
        if (l.fails.length < rowRules.size()) {
            l.fails = new boolean[rowRules.size()][];
        }
        String[] rule = null;
        String[] reason = null;
        for (int k = 0; k < rowRules.size(); k++) {
            RowRule r = rowRules.get(k);
            if (l.fails[k] == null || l.fails[k].length < n) {
                l.fails[k] = new boolean[n];
            } else {
                java.util.Arrays.fill(l.fails[k], 0, n, false);
            }
            boolean[] f = l.fails[k];
            int failed = r.test(in, n, f);
            r.stats.checked.add(n);
            if (failed == 0) {
                continue;
            }
            r.stats.failed.add(failed);
            for (int i = 0; i < n && r.stats.wantsSamples(); i++) {
                if (f[i]) {
                    r.stats.sample(r.sampleOf(in, i));
                }
            }
            if (r.severity == Severity.FAIL) {
                int i = first(f, n);
                throw r.failure(in, i, base + i + 1);
            }
            if (r.severity == Severity.QUARANTINE) {
                if (rule == null) {
                    rule = new String[n];
                    reason = new String[n];
                }
                for (int i = 0; i < n; i++) {
                    if (f[i] && !l.quarantined[i]) {
                        l.quarantined[i] = true;
                        rule[i] = r.label;
                        reason[i] = r.reason(in, i);
                    }
                }
            }
        }
        for (RowRule r : uniqueRules) {
            RowRule.Unique u = (RowRule.Unique) r;
            int checked = 0;
            int failed = 0;
            for (int i = 0; i < n; i++) {
                if (l.quarantined[i]) {
                    continue;
                }
                checked++;
                if (!u.claim(in, i)) {
                    failed++;
                    if (u.stats.wantsSamples()) {
                        u.stats.sample(u.sampleOf(in, i));
                    }
                    if (u.severity == Severity.FAIL) {
                        u.stats.checked.add(checked);
                        u.stats.failed.add(failed);
                        throw u.failure(in, i, base + i + 1);
                    }
                    if (u.severity == Severity.QUARANTINE) {
                        if (rule == null) {
                            rule = new String[n];
                            reason = new String[n];
                        }
                        l.quarantined[i] = true;
                        rule[i] = u.label;
                        reason[i] = u.reason(in, i);
                    }
                }
            }
            u.stats.checked.add(checked);
            u.stats.failed.add(failed);
        }
        if (rule == null) {
            Gather.transferAll(in, out);
            return Flow.NEEDS_INPUT;
        }
        int k = 0;
        int bad = 0;
        int[] badRows = new int[n];
        for (int i = 0; i < n; i++) {
            if (l.quarantined[i]) {
                badRows[bad++] = i;
            } else {
                l.sel[k++] = i;
            }
        }
        io.sluice.runtime.internal.ops.TransformRejects.emit(rejects, in, badRows, bad, rule, reason, l.step, l.out, ws);
        Gather.rows(in, l.sel, k, out);
        return Flow.NEEDS_INPUT;
    }

    private static int first(boolean[] f, int n) {
        for (int i = 0; i < n; i++) {
            if (f[i]) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Flow drain(VectorSchemaRoot out, Local l, WorkerState ws) {
        out.setRowCount(0);
        for (TableRule t : tableRules) {
            String failure = t.decide(java.time.Instant.now());
            if (failure != null && t.severity == Severity.FAIL) {
                throw new IllegalStateException("rule '" + t.label + "' (" + t.kind + ", severity FAIL) failed: " + failure); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        return Flow.DONE;
    }

    /** WARN, QUARANTINE, FAIL (the model's QualitySeverity). */
    public enum Severity { WARN, QUARANTINE, FAIL }

    /** The row's values as {@code name=value, …} (for failure messages). */
    /** What a sensitive column's value becomes in samples and messages. */
    static final String HIDDEN = "[sensitive]"; //$NON-NLS-1$

    static String describeRow(VectorSchemaRoot in, int row, java.util.Set<String> sensitive) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < in.getFieldVectors().size(); c++) {
            FieldVector v = in.getVector(c);
            if (c > 0) {
                sb.append(", "); //$NON-NLS-1$
            }
            sb.append(v.getName()).append('=').append(sensitive.contains(v.getName()) ? HIDDEN : text(v, row));
            if (sb.length() > 500) {
                sb.setLength(500);
                sb.append('\u2026');
                break;
            }
        }
        return sb.toString();
    }

    /** A cell as text, {@code NULL} for null. */
    static String text(FieldVector v, int row) {
        return v.isNull(row) ? "NULL" : new String(MaskOperator.text(v, row), StandardCharsets.UTF_8); //$NON-NLS-1$
    }
}
