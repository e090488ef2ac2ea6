package io.sluice.runtime.internal.exec;

import io.sluice.model.Link;
import io.sluice.model.Pipeline;
import io.sluice.model.Ports;
import io.sluice.model.Step;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.StepKinds;
import io.sluice.runtime.RowAccounting;
import io.sluice.runtime.RunSnapshot;
import io.sluice.runtime.StepMetrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks the row accounting of a finished run against the model's steps and links ({@link RowAccounting}). */
public final class Accounting {
    private Accounting() {
    }

    public static RowAccounting check(Pipeline pipeline, RunSnapshot fin) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        long filtered = 0;
        long quarantined = 0;
        long folded = 0;
        long unconsumed = 0;
        long copied = 0;
        long rejected = 0;
        long lost = 0;
        List<String> mismatches = new ArrayList<>();
        Map<String, Long> received = new HashMap<>();
        Map<String, Integer> consumers = new HashMap<>(); // "stepId\u0000port" -> links leaving that port
        for (Link l : pipeline.getLinks()) {
            String port = Ports.REJECTS.equals(l.getSourcePort()) ? Ports.REJECTS : Ports.OUT;
            consumers.merge(l.getSource().getId() + '\u0000' + port, 1, Integer::sum);
            StepMetrics from = fin.step(l.getSource().getId());
            if (from == null) {
                continue;
            }
            long emitted = Ports.REJECTS.equals(port) ? from.rowsRejected() : from.rowsOut();
            received.merge(l.getTarget().getId(), emitted, Long::sum);
        }
        for (Step s : pipeline.getSteps()) {
            StepMetrics m = fin.step(s.getId());
            if (m == null) {
                continue;
            }
            Cardinality cardinality = StepKinds.of(s).cardinality();
            rejected += m.rowsRejected();
            int toRejects = consumers.getOrDefault(s.getId() + '\u0000' + Ports.REJECTS, 0);
            if (toRejects == 0) {
                quarantined += m.rowsRejected();
            } else {
                copied += (toRejects - 1) * m.rowsRejected();
            }
            if (cardinality != Cardinality.SINK) {
                int toOut = consumers.getOrDefault(s.getId() + '\u0000' + Ports.OUT, 0);
                if (toOut == 0) {
                    unconsumed += m.rowsOut();
                } else {
                    copied += (toOut - 1) * m.rowsOut();
                }
            }
            if (cardinality == Cardinality.SOURCE) {
                // a source's "filtered" rows are records it skipped on purpose (blank lines)
                read += m.rowsOut() + m.rowsRejected() + m.rowsFiltered();
                skipped += m.rowsFiltered();
                continue;
            }
            filtered += m.rowsFiltered();
            long expectedIn = received.getOrDefault(s.getId(), 0L);
            if (m.rowsIn() != expectedIn) {
                mismatches.add("step '" + s.getName() + "' received " + m.rowsIn() + " rows, its inputs emitted " + expectedIn); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                lost += Math.abs(expectedIn - m.rowsIn());
            }
            if (cardinality == Cardinality.SINK) {
                written += m.rowsIn();
                continue;
            }
            long out = m.rowsOut() + m.rowsFiltered() + m.rowsRejected();
            if (!cardinality.balanced()) {
                folded += m.rowsIn() - out; // the row count changes by design (folding, joining, fan-out)
                continue;
            }
            if (m.rowsIn() != out) {
                mismatches.add("step '" + s.getName() + "': in " + m.rowsIn() + " != out " + m.rowsOut() + " + filtered " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + m.rowsFiltered() + " + rejected " + m.rowsRejected()); //$NON-NLS-1$
                lost += Math.abs(m.rowsIn() - out);
            }
        }
        return new RowAccounting(read, written, skipped, filtered, quarantined, folded, unconsumed, copied, rejected, lost,
                mismatches);
    }
}
