package io.sluice.runtime.internal.quality;

import io.sluice.runtime.RuleResult;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The run's quality rules, in the order their steps started; {@link #results()} freezes their counts. */
public final class QualityLog {
    private final Set<RuleStats> rules = new LinkedHashSet<>();

    synchronized void add(RuleStats s) {
        rules.add(s);
    }

    public synchronized List<RuleResult> results() {
        List<RuleResult> l = new ArrayList<>();
        for (RuleStats s : rules) {
            l.add(s.result());
        }
        return l;
    }
}
