package io.sluice.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * What one workload measured.
 *
 * @param sluiceStatus     {@code ok}, {@code not supported by the runtime yet: …}, {@code failed: …} or
 *                         {@code skipped}
 * @param sluiceSeconds    wall time of each measured Sluice run (warm-up excluded)
 * @param duckDbSeconds    wall time of each measured DuckDB run (warm-up excluded)
 * @param sluiceCpuSeconds process CPU time of each measured Sluice run (all threads)
 * @param duckDbCpuSeconds process CPU time of each measured DuckDB run (all threads, native ones included)
 * @param peakHeapUsed     largest sampled heap use during the Sluice runs (garbage included), bytes
 * @param peakHeapAfterGc  largest heap use right after a GC during the Sluice runs (live data bound), bytes
 * @param heapMax          the JVM's heap limit, bytes
 * @param peakNative       largest "Other" native memory (Arrow buffers) above the baseline, bytes; -1 unknown
 * @param sluiceOutputRows rows in Sluice's output file, -1 unknown
 * @param duckDbOutputRows rows in DuckDB's output file, -1 unknown
 * @param loadBefore       /proc/loadavg before the workload
 * @param loadAfter        /proc/loadavg after the workload
 */
public record WorkloadResult(Workload workload, long rows, int threads, String sluiceStatus, double[] sluiceSeconds,
        double[] duckDbSeconds, double[] sluiceCpuSeconds, double[] duckDbCpuSeconds, long peakHeapUsed, long peakHeapAfterGc, long heapMax, long peakNative,
        long sluiceOutputRows, long duckDbOutputRows, String loadBefore, String loadAfter) {

    public boolean sluiceRan() {
        return sluiceSeconds.length > 0;
    }

    public double sluiceMedian() {
        return median(sluiceSeconds);
    }

    public double duckDbMedian() {
        return median(duckDbSeconds);
    }

    /** Sluice's median over DuckDB's, NaN when either is missing. */
    public double ratio() {
        return sluiceMedian() / duckDbMedian();
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** One line of JSON with everything above, for recording results. */
    public String toJson(String environment) {
        StringBuilder b = new StringBuilder(512).append('{');
        field(b, "bench", str("sluice-vs-duckdb")); //$NON-NLS-1$ //$NON-NLS-2$
        field(b, "workload", str(workload.id())); //$NON-NLS-1$
        field(b, "rows", Long.toString(rows)); //$NON-NLS-1$
        field(b, "threads", Integer.toString(threads)); //$NON-NLS-1$
        field(b, "reps", Integer.toString(Math.max(sluiceSeconds.length, duckDbSeconds.length))); //$NON-NLS-1$
        field(b, "sluice_status", str(sluiceStatus)); //$NON-NLS-1$
        field(b, "sluice_s", num(sluiceMedian())); //$NON-NLS-1$
        field(b, "duckdb_s", num(duckDbMedian())); //$NON-NLS-1$
        field(b, "ratio", num(ratio())); //$NON-NLS-1$
        field(b, "sluice_rows_per_s", num(rows / sluiceMedian())); //$NON-NLS-1$
        field(b, "duckdb_rows_per_s", num(rows / duckDbMedian())); //$NON-NLS-1$
        field(b, "sluice_peak_heap_bytes", sluiceRan() ? Long.toString(peakHeapUsed) : "null"); //$NON-NLS-1$ //$NON-NLS-2$
        field(b, "sluice_peak_heap_after_gc_bytes", sluiceRan() ? Long.toString(peakHeapAfterGc) : "null"); //$NON-NLS-1$ //$NON-NLS-2$
        field(b, "sluice_peak_native_bytes", sluiceRan() && peakNative >= 0 ? Long.toString(peakNative) : "null"); //$NON-NLS-1$ //$NON-NLS-2$
        field(b, "heap_max_bytes", Long.toString(heapMax)); //$NON-NLS-1$
        field(b, "sluice_cpu_s", num(median(sluiceCpuSeconds))); //$NON-NLS-1$
        field(b, "duckdb_cpu_s", num(median(duckDbCpuSeconds))); //$NON-NLS-1$
        field(b, "sluice_runs_s", nums(sluiceSeconds)); //$NON-NLS-1$
        field(b, "duckdb_runs_s", nums(duckDbSeconds)); //$NON-NLS-1$
        field(b, "sluice_output_rows", sluiceOutputRows < 0 ? "null" : Long.toString(sluiceOutputRows)); //$NON-NLS-1$ //$NON-NLS-2$
        field(b, "duckdb_output_rows", duckDbOutputRows < 0 ? "null" : Long.toString(duckDbOutputRows)); //$NON-NLS-1$ //$NON-NLS-2$
        field(b, "load_before", str(loadBefore)); //$NON-NLS-1$
        field(b, "load_after", str(loadAfter)); //$NON-NLS-1$
        b.append(environment);
        return b.append('}').toString();
    }

    private static void field(StringBuilder b, String name, String json) {
        if (b.length() > 1) {
            b.append(',');
        }
        b.append(str(name)).append(':').append(json);
    }

    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null"; //$NON-NLS-1$
        }
        return String.format(Locale.ROOT, "%.4f", v); //$NON-NLS-1$
    }

    static String nums(double[] v) {
        StringBuilder b = new StringBuilder("["); //$NON-NLS-1$
        for (int i = 0; i < v.length; i++) {
            b.append(i == 0 ? "" : ",").append(num(v[i])); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return b.append(']').toString();
    }

    /** A JSON string literal. */
    public static String str(String s) {
        if (s == null) {
            return "null"; //$NON-NLS-1$
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\""); //$NON-NLS-1$
                case '\\' -> b.append("\\\\"); //$NON-NLS-1$
                case '\n' -> b.append("\\n"); //$NON-NLS-1$
                case '\r' -> b.append("\\r"); //$NON-NLS-1$
                case '\t' -> b.append("\\t"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c)); //$NON-NLS-1$
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
