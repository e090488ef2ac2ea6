package io.sluice.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/** Formats the harness's results for people (a table) and for records (the environment part of the JSON). */
final class Report {
    private static final double MIB = 1024.0 * 1024.0;

    private Report() {
    }

    static String header(Harness.Config c, boolean nativeMeasured) {
        return String.format(Locale.ROOT,
                "bench: %,d orders (%s), %d threads, %d warm-up + %d measured runs per engine, heap limit %s, " //$NON-NLS-1$
                        + "cores %d, load %s%n  runtime %s, DuckDB %s%n  Sluice aggregate: %s%n  Sluice join:      %s%n  native memory: %s", //$NON-NLS-1$
                c.data().rows(), c.data().dir(), c.threads(), c.warmups(), c.reps(), mib(Runtime.getRuntime().maxMemory()),
                Runtime.getRuntime().availableProcessors(), Harness.loadAverage(), runtimeVersion(), duckDbVersion(),
                c.aggregatePipeline(), c.joinPipeline(),
                nativeMeasured ? "measured through NMT (Other)" : "not measured (start the JVM with -XX:NativeMemoryTracking=summary)"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String table(List<WorkloadResult> results) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-9s %10s %4s %9s %9s %6s %9s %9s %12s %12s %9s %9s %9s  %s%n", //$NON-NLS-1$
                "workload", "rows", "thr", "sluice s", "duckdb s", "ratio", "sl cpu s", "dk cpu s", "sluice r/s", "duckdb r/s", "heap MiB", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "gc'd MiB", "arrow MiB", "sluice")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (WorkloadResult r : results) {
            boolean s = r.sluiceRan();
            b.append(String.format(Locale.ROOT, "%-9s %10d %4d %9s %9s %6s %9s %9s %12s %12s %9s %9s %9s  %s%n", //$NON-NLS-1$
                    r.workload().id(), r.rows(), r.threads(), sec(r.sluiceMedian()), sec(r.duckDbMedian()),
                    Double.isNaN(r.ratio()) ? "-" : String.format(Locale.ROOT, "%.2f", r.ratio()), //$NON-NLS-1$ //$NON-NLS-2$
                    sec(WorkloadResult.median(r.sluiceCpuSeconds())), sec(WorkloadResult.median(r.duckDbCpuSeconds())),
                    rate(r.rows() / r.sluiceMedian()), rate(r.rows() / r.duckDbMedian()),
                    s ? mib(r.peakHeapUsed()) : "-", s ? mib(r.peakHeapAfterGc()) : "-", //$NON-NLS-1$ //$NON-NLS-2$
                    s && r.peakNative() >= 0 ? mib(r.peakNative()) : "-", r.sluiceStatus())); //$NON-NLS-1$
        }
        b.append("s: median wall time; cpu s: median process CPU time (all threads), less sensitive to other load on the machine;\n") //$NON-NLS-1$
                .append("heap MiB: peak sampled heap use during Sluice runs (garbage included); gc'd MiB: peak heap right after a GC;\n") //$NON-NLS-1$
                .append("arrow MiB: peak native memory booked by Unsafe.allocateMemory (Arrow buffers) above the baseline.\n"); //$NON-NLS-1$
        return b.toString();
    }

    /** The environment fields of the JSON line, starting with a comma. */
    static String environment(boolean nativeMeasured) {
        return ",\"cores\":" + Runtime.getRuntime().availableProcessors() //$NON-NLS-1$
                + ",\"java\":" + WorkloadResult.str(System.getProperty("java.version")) //$NON-NLS-1$ //$NON-NLS-2$
                + ",\"jvm_args\":" + WorkloadResult.str(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())) //$NON-NLS-1$ //$NON-NLS-2$
                + ",\"duckdb\":" + WorkloadResult.str(duckDbVersion()) //$NON-NLS-1$
                + ",\"runtime\":" + WorkloadResult.str(runtimeVersion()) //$NON-NLS-1$
                + ",\"native_measured\":" + nativeMeasured; //$NON-NLS-1$
    }

    /** The runtime jar's Bundle-Version (bnd stamps the build time into its qualifier), or "unknown". */
    static String runtimeVersion() {
        try {
            java.net.URL jar = io.sluice.runtime.SluiceEngine.class.getProtectionDomain().getCodeSource().getLocation();
            try (java.util.jar.JarFile f = new java.util.jar.JarFile(new java.io.File(jar.toURI()))) {
                String v = f.getManifest().getMainAttributes().getValue("Bundle-Version"); //$NON-NLS-1$
                return v == null ? "unknown" : v; //$NON-NLS-1$
            }
        } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
            return "unknown"; //$NON-NLS-1$
        }
    }

    private static String duckDbVersion() {
        try (java.sql.Connection c = io.sluice.bench.duckdb.DuckDbRunner.open(1);
                java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT version()")) { //$NON-NLS-1$
            return rs.next() ? rs.getString(1) : "unknown"; //$NON-NLS-1$
        } catch (java.sql.SQLException e) {
            return "unknown"; //$NON-NLS-1$
        }
    }

    static String sec(double s) {
        return Double.isNaN(s) ? "-" : String.format(Locale.ROOT, "%.3f", s); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String rate(double r) {
        return Double.isNaN(r) || Double.isInfinite(r) ? "-" : String.format(Locale.ROOT, "%,.0f", r); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / MIB); //$NON-NLS-1$
    }
}
