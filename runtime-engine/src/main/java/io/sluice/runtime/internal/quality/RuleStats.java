package io.sluice.runtime.internal.quality;

import io.sluice.runtime.RuleResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Live, thread-safe counters of one quality rule in one run: rows checked, rows failed, the first few failing
 * values, and (table rules) the verdict's message. {@link #result()} freezes them.
 */
public final class RuleStats {
    /** Failing values kept per rule. */
    public static final int MAX_SAMPLES = 5;
    /** Sample values longer than this are cut. */
    static final int MAX_SAMPLE_CHARS = 200;

    final String step;
    final String rule;
    final String kind;
    final String column;
    final String severity;
    final LongAdder checked = new LongAdder();
    final LongAdder failed = new LongAdder();
    private final List<String> samples = new ArrayList<>();
    private volatile String message;

    RuleStats(String step, String rule, String kind, String column, String severity) {
        this.step = step;
        this.rule = rule;
        this.kind = kind;
        this.column = column;
        this.severity = severity;
    }

    /** Keeps the value if fewer than {@link #MAX_SAMPLES} are kept (cheap once full). */
    void sample(String value) {
        synchronized (samples) {
            if (samples.size() < MAX_SAMPLES) {
                String v = value == null ? "NULL" : value; //$NON-NLS-1$
                samples.add(v.length() > MAX_SAMPLE_CHARS ? v.substring(0, MAX_SAMPLE_CHARS) + "\u2026" : v); //$NON-NLS-1$
            }
        }
    }

    boolean wantsSamples() {
        synchronized (samples) {
            return samples.size() < MAX_SAMPLES;
        }
    }

    void message(String m) {
        this.message = m;
    }

    public RuleResult result() {
        List<String> s;
        synchronized (samples) {
            s = List.copyOf(samples);
        }
        return new RuleResult(step, rule, kind, column, severity, checked.sum(), failed.sum(), s, message);
    }
}
