package io.sluice.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.sluice.bench.data.DataSet;
import io.sluice.bench.duckdb.DuckDbRunner;
import io.sluice.bench.duckdb.OutputCheck;
import io.sluice.bench.measure.HeapSampler;
import io.sluice.bench.measure.NativeMemorySampler;
import io.sluice.bench.sluice.SluiceRunner;

/**
 * Runs each workload through Sluice and DuckDB on the same files with the same thread count: one warm-up run
 * each, then {@code reps} measured repetitions that alternate which engine goes first. Sluice's heap and
 * native (Arrow) memory are sampled during its measured runs only.
 */
public final class Harness {
    /** Where the inputs are, where outputs go, what to run; a Sluice run longer than timeoutSeconds fails. */
    public record Config(DataSet data, Path outDir, Path aggregatePipeline, Path joinPipeline, int threads, int reps,
            int warmups, long arrowLimit, boolean runSluice, boolean runDuckDb, long timeoutSeconds) {
    }

    private final Config config;
    private final PrintWriter log;
    private final SluiceRunner sluice;
    private final HeapSampler heap = new HeapSampler();
    private final NativeMemorySampler nativeMemory = new NativeMemorySampler();

    public Harness(Config config, PrintWriter log) {
        this.config = config;
        this.log = log;
        this.sluice = new SluiceRunner(config.arrowLimit());
    }

    public boolean nativeMemoryMeasured() {
        return nativeMemory.available();
    }

    public Path pipeline(Workload w) {
        return switch (w) {
            case AGGREGATE -> config.aggregatePipeline();
            case JOIN -> config.joinPipeline();
            case NESTED_PARQUET -> {
                try {
                    yield Pipelines.extractNestedParquet(config.outDir());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            case NESTED -> {
                try {
                    yield Pipelines.extractNested(config.outDir());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            case DECIMAL -> {
                try {
                    yield Pipelines.extractDecimal(config.outDir());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    public Path sluiceOutput(Workload w) {
        return config.outDir().resolve(w.id() + "-sluice." + w.outputExtension()); //$NON-NLS-1$
    }

    public Path duckDbOutput(Workload w) {
        return config.outDir().resolve(w.id() + "-duckdb." + w.outputExtension()); //$NON-NLS-1$
    }

    public WorkloadResult run(Workload w) throws IOException, SQLException {
        Files.createDirectories(config.outDir());
        String loadBefore = loadAverage();
        Path pipeline = pipeline(w);
        Map<String, String> params = w.parameters(config.data(), sluiceOutput(w));
        String sql = w.duckDbSql(config.data(), duckDbOutput(w));
        String status = "ok"; //$NON-NLS-1$
        boolean doSluice = config.runSluice();
        if (!doSluice) {
            status = "skipped"; //$NON-NLS-1$
        } else {
            SluiceRunner.Refusal refusal = sluice.check(pipeline, params, config.threads());
            if (refusal != null) {
                status = (refusal.unsupported() ? "not supported by the runtime yet: " : "refused: ") + refusal.message(); //$NON-NLS-1$ //$NON-NLS-2$
                log.printf("%s: Sluice %s%n", w.id(), status); //$NON-NLS-1$
                log.flush();
                doSluice = false;
            }
        }
        boolean doDuck = config.runDuckDb();

        for (int i = 0; i < config.warmups(); i++) {
            if (doSluice) {
                long cpu = cpuNanos();
                SluiceRunner.Timed t = runSluice(pipeline, params, w);
                if (!t.ok()) {
                    status = "failed: " + t.failure(); //$NON-NLS-1$
                    doSluice = false;
                }
                progress(w, "warm-up", "sluice", t.nanos(), cpuNanos() - cpu, t.ok() ? null : t.failure()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (doDuck) {
                long cpu = cpuNanos();
                long nanos = runDuck(sql, w);
                progress(w, "warm-up", "duckdb", nanos, cpuNanos() - cpu, null); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }

        List<Double> sluiceTimes = new ArrayList<>();
        List<Double> sluiceCpu = new ArrayList<>();
        List<Double> duckTimes = new ArrayList<>();
        List<Double> duckCpu = new ArrayList<>();
        long peakHeap = 0;
        long peakAfterGc = 0;
        long peakNative = nativeMemory.available() ? 0 : -1;
        for (int rep = 0; rep < config.reps(); rep++) {
            boolean sluiceFirst = rep % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean isSluice = (turn == 0) == sluiceFirst;
                String what = "rep " + (rep + 1); //$NON-NLS-1$
                if (isSluice && doSluice) {
                    heap.start();
                    nativeMemory.start();
                    long cpu = cpuNanos();
                    SluiceRunner.Timed t = runSluice(pipeline, params, w);
                    cpu = cpuNanos() - cpu;
                    long nat = nativeMemory.stop();
                    HeapSampler.Heap h = heap.stop();
                    if (!t.ok()) {
                        status = "failed: " + t.failure(); //$NON-NLS-1$
                        doSluice = false;
                        progress(w, what, "sluice", t.nanos(), cpu, t.failure()); //$NON-NLS-1$
                        continue;
                    }
                    sluiceTimes.add(t.nanos() / 1e9);
                    sluiceCpu.add(cpu / 1e9);
                    peakHeap = Math.max(peakHeap, h.peakUsed());
                    peakAfterGc = Math.max(peakAfterGc, h.peakAfterGc());
                    if (peakNative >= 0) {
                        peakNative = Math.max(peakNative, nat);
                    }
                    progress(w, what, "sluice", t.nanos(), cpu, null); //$NON-NLS-1$
                } else if (!isSluice && doDuck) {
                    long cpu = cpuNanos();
                    long nanos = runDuck(sql, w);
                    cpu = cpuNanos() - cpu;
                    duckTimes.add(nanos / 1e9);
                    duckCpu.add(cpu / 1e9);
                    progress(w, what, "duckdb", nanos, cpu, null); //$NON-NLS-1$
                }
            }
        }
        long sluiceRows = !sluiceTimes.isEmpty() ? OutputCheck.countRows(sluiceOutput(w)) : -1;
        long duckRows = !duckTimes.isEmpty() ? OutputCheck.countRows(duckDbOutput(w)) : -1;
        return new WorkloadResult(w, config.data().rows(), config.threads(), status, toArray(sluiceTimes),
                toArray(duckTimes), toArray(sluiceCpu), toArray(duckCpu), peakHeap, peakAfterGc,
                Runtime.getRuntime().maxMemory(), peakNative, sluiceRows, duckRows, loadBefore, loadAverage());
    }

    private SluiceRunner.Timed runSluice(Path pipeline, Map<String, String> params, Workload w) throws IOException {
        Files.deleteIfExists(sluiceOutput(w));
        return sluice.run(pipeline, params, config.threads(), config.timeoutSeconds());
    }

    private long runDuck(String sql, Workload w) throws IOException, SQLException {
        Files.deleteIfExists(duckDbOutput(w));
        return DuckDbRunner.run(sql, config.threads());
    }

    /** CPU time of the whole process (all threads, DuckDB's native ones included), or 0 when unknown. */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private void progress(Workload w, String what, String engine, long nanos, long cpuNanos, String failure) {
        log.printf("%-9s %-7s %-6s %8.3f s  cpu %7.3f s  load %s%s%n", w.id(), what, engine, nanos / 1e9, //$NON-NLS-1$
                cpuNanos / 1e9, loadAverage(),
                failure == null ? "" : "  " + failure); //$NON-NLS-1$ //$NON-NLS-2$
        log.flush();
    }

    private static double[] toArray(List<Double> list) {
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The first three fields of /proc/loadavg, or "n/a". */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+"); //$NON-NLS-1$ //$NON-NLS-2$
            return f[0] + " " + f[1] + " " + f[2]; //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException | RuntimeException e) {
            return "n/a"; //$NON-NLS-1$
        }
    }
}
