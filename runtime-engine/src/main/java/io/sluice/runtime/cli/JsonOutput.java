package io.sluice.runtime.cli;

import io.sluice.runtime.RunSnapshot;
import io.sluice.runtime.StepMetrics;

import java.util.Locale;

/** The few JSON objects the CLI prints (no library needed for flat records). */
final class JsonOutput {
    private JsonOutput() {
    }

    static String str(String s) {
        return io.sluice.model.resource.Json.str(s);
    }

    static String num(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.3f", d) : "null"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String snapshot(RunSnapshot s) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"runId\":").append(str(s.runId())).append(",\"status\":").append(str(s.status().name())) //$NON-NLS-1$ //$NON-NLS-2$
                .append(",\"final\":").append(s.fin()).append(",\"elapsedMillis\":").append(s.elapsedMillis()) //$NON-NLS-1$ //$NON-NLS-2$
                .append(",\"steps\":["); //$NON-NLS-1$
        boolean first = true;
        for (StepMetrics m : s.steps()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append("{\"step\":").append(str(m.step())).append(",\"kind\":").append(str(m.kind())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"state\":").append(str(m.state().name())).append(",\"rowsIn\":").append(m.rowsIn()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"rowsOut\":").append(m.rowsOut()).append(",\"rowsFiltered\":").append(m.rowsFiltered()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"rowsRejected\":").append(m.rowsRejected()) //$NON-NLS-1$
                    .append(",\"batchesIn\":").append(m.batchesIn()).append(",\"batchesOut\":").append(m.batchesOut()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"bytesOut\":").append(m.bytesOut()).append(",\"rowsPerSecond\":").append(num(m.rowsPerSecond())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"queueFill\":").append(num(m.queueFill())).append(",\"errors\":").append(m.errors()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"elapsedMillis\":").append(m.elapsedMillis()).append(",\"message\":").append(str(m.message())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append('}');
        }
        return sb.append("]}").toString(); //$NON-NLS-1$
    }

    /**
     * The last line of {@code --metrics jsonl}: the final snapshot plus what the summary prints — the run's error,
     * its row accounting (every term of the identity) and the quality rules' results.
     */
    static String result(io.sluice.runtime.RunResult r) {
        String snap = snapshot(r.finalSnapshot());
        StringBuilder sb = new StringBuilder(snap.substring(0, snap.length() - 1));
        sb.append(",\"error\":").append(str(r.error())); //$NON-NLS-1$
        io.sluice.runtime.RowAccounting a = r.accounting();
        sb.append(",\"accounting\":"); //$NON-NLS-1$
        if (a == null) {
            sb.append("null"); //$NON-NLS-1$
        } else {
            sb.append("{\"read\":").append(a.read()).append(",\"toSinks\":").append(a.written()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"skipped\":").append(a.skipped()).append(",\"filtered\":").append(a.filtered()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"quarantined\":").append(a.quarantined()).append(",\"folded\":").append(a.folded()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"fanned_out\":").append(a.fannedOut()) //$NON-NLS-1$
                    .append(",\"unconsumed\":").append(a.unconsumed()).append(",\"copied\":").append(a.copied()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"rejected\":").append(a.rejected()).append(",\"lost\":").append(a.lost()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"ok\":").append(a.ok()).append(",\"summary\":").append(str(a.summary())).append('}'); //$NON-NLS-1$ //$NON-NLS-2$
        }
        sb.append(",\"quality\":["); //$NON-NLS-1$
        boolean first = true;
        for (io.sluice.runtime.RuleResult q : r.quality()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append("{\"step\":").append(str(q.step())).append(",\"rule\":").append(str(q.rule())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"kind\":").append(str(q.kind())).append(",\"column\":").append(str(q.column())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"severity\":").append(str(q.severity())).append(",\"checked\":").append(q.checked()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"failed\":").append(q.failed()).append(",\"passed\":").append(q.passed()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"samples\":["); //$NON-NLS-1$
            for (int i = 0; i < q.samples().size(); i++) {
                sb.append(i == 0 ? "" : ",").append(str(q.samples().get(i))); //$NON-NLS-1$ //$NON-NLS-2$
            }
            sb.append("],\"message\":").append(str(q.message())).append('}'); //$NON-NLS-1$
        }
        return sb.append("]}").toString(); //$NON-NLS-1$
    }
}
