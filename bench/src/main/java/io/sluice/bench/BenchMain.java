package io.sluice.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.sluice.bench.data.DataSet;
import io.sluice.bench.data.OrdersGenerator;
import io.sluice.bench.duckdb.OutputCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code BenchMain generate --rows N --out DIR} writes a data set; {@code BenchMain run …} runs the workloads
 * through Sluice and DuckDB and prints a table and one JSON line per workload (prefixed {@code BENCH-JSON }).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, version = "Sluice bench 0.1.0", //$NON-NLS-1$ //$NON-NLS-2$
        description = "Sluice vs DuckDB benchmark: data generator and harness.", //$NON-NLS-1$
        subcommands = {BenchMain.Generate.class, BenchMain.Run.class, HelpCommand.class})
public final class BenchMain implements Callable<Integer> {
    /** Rows a run reads by default. */
    public static final long DEFAULT_ROWS = 1_000_000;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Options shared by both commands (a picocli mixin): which data set. */
    static class DataOptions {
        @Option(names = "--rows", paramLabel = "N", description = "orders rows (default ${DEFAULT-VALUE})", defaultValue = "1000000") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        long rows;

        @Option(names = "--customers", paramLabel = "M", description = "customers rows (default: rows / 50, at least 1000)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Long customers;

        @Option(names = "--seed", description = "random seed (default ${DEFAULT-VALUE})", defaultValue = "20240301") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        long seed;

        DataSet dataSet(Path dir) {
            long m = customers != null ? customers : OrdersGenerator.defaultCustomers(rows);
            return new DataSet(dir, rows, m, seed);
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, description = "Writes orders.csv and customers.csv.") //$NON-NLS-1$ //$NON-NLS-2$
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        DataOptions data;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder to write into") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Path out;

        @Option(names = "--gen-threads", paramLabel = "N", description = "generator threads (default: cores)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Integer threads;

        @Override
        public Integer call() throws IOException {
            DataSet ds = data.dataSet(out);
            int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            double s = ds.generate(t);
            spec.commandLine().getOut().printf(Locale.ROOT, "generated %,d orders and %,d customers in %s in %.1f s (%,d bytes)%n", //$NON-NLS-1$
                    ds.rows(), ds.customers(), out, s, Files.size(ds.orders()) + Files.size(ds.customersFile()));
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Runs the workloads through Sluice and DuckDB.") //$NON-NLS-1$ //$NON-NLS-2$
    static final class Run implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        DataOptions data;

        @Option(names = "--data", paramLabel = "DIR", description = "data set folder (default /tmp/sluice-bench/data-ROWS); generated when missing") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Path dataDir;

        @Option(names = "--work", paramLabel = "DIR", description = "outputs folder (default ${DEFAULT-VALUE})", defaultValue = "/tmp/sluice-bench/out") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Path work;

        @Option(names = "--threads", paramLabel = "N", description = "threads for both engines (default ${DEFAULT-VALUE})", defaultValue = "2") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        int threads;

        @Option(names = "--reps", paramLabel = "K", description = "measured repetitions per engine (default ${DEFAULT-VALUE})", defaultValue = "3") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        int reps;

        @Option(names = "--warmup", paramLabel = "W", description = "warm-up runs per engine (default ${DEFAULT-VALUE})", defaultValue = "1") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        int warmups;

        @Option(names = "--workloads", split = ",", paramLabel = "W", description = "aggregate, join, decimal, nested, nested_parquet (default: all)", defaultValue = "aggregate,join,decimal,nested,nested_parquet") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        List<String> workloads;

        @Option(names = "--engines", split = ",", paramLabel = "E", description = "sluice, duckdb (default: both)", defaultValue = "sluice,duckdb") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        List<String> engines;

        @Option(names = "--aggregate-pipeline", paramLabel = "FILE", description = "default: examples/orders.sluice found from the working folder up") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Path aggregatePipeline;

        @Option(names = "--join-pipeline", paramLabel = "FILE", description = "default: the bundled orders-join.sluice") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Path joinPipeline;

        @Option(names = "--arrow-limit", paramLabel = "BYTES", description = "Sluice's allocator limit per run (default ${DEFAULT-VALUE})", defaultValue = "4294967296") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        long arrowLimit;

        @Option(names = "--timeout", paramLabel = "SECONDS", description = "cancel a Sluice run after this long (default ${DEFAULT-VALUE})", defaultValue = "900") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        long timeout;

        @Option(names = "--verify", description = "after timing, compare Sluice's outputs with DuckDB's") //$NON-NLS-1$ //$NON-NLS-2$
        boolean verify;

        @Option(names = "--json", paramLabel = "FILE", description = "also append the JSON lines to this file") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Path json;

        @Override
        public Integer call() throws IOException, SQLException {
            PrintWriter out = spec.commandLine().getOut();
            DataOptions d = data;
            Path dir = dataDir != null ? dataDir : Path.of("/tmp/sluice-bench", "data-" + d.rows); //$NON-NLS-1$ //$NON-NLS-2$
            DataSet ds = d.dataSet(dir);
            if (!ds.isPresent()) {
                out.printf(Locale.ROOT, "generating %,d orders into %s …%n", ds.rows(), dir); //$NON-NLS-1$
                out.flush();
                out.printf(Locale.ROOT, "generated in %.1f s%n", ds.generate(Runtime.getRuntime().availableProcessors())); //$NON-NLS-1$
            }
            Path agg = aggregatePipeline != null ? aggregatePipeline : Pipelines.findOrdersExample();
            Path join = joinPipeline != null ? joinPipeline : Pipelines.extractJoin(work);
            List<Workload> list = new ArrayList<>();
            for (String w : workloads) {
                list.add(Workload.of(w));
            }
            boolean sluice = engines.stream().anyMatch(e -> e.trim().equalsIgnoreCase("sluice")); //$NON-NLS-1$
            boolean duck = engines.stream().anyMatch(e -> e.trim().equalsIgnoreCase("duckdb")); //$NON-NLS-1$
            Harness.Config config = new Harness.Config(ds, work, agg, join, threads, reps, warmups, arrowLimit, sluice, duck,
                    timeout);
            Harness h = new Harness(config, out);
            out.printf(Locale.ROOT, "%s%n", Report.header(config, h.nativeMemoryMeasured())); //$NON-NLS-1$
            List<WorkloadResult> results = new ArrayList<>();
            int exit = 0;
            for (Workload w : list) {
                WorkloadResult r = h.run(w);
                results.add(r);
                if (verify && r.sluiceRan() && r.duckDbSeconds().length > 0) {
                    List<String> diffs = OutputCheck.compare(w, h.sluiceOutput(w), h.duckDbOutput(w));
                    out.printf("%s: outputs %s%n", w.id(), diffs.isEmpty() ? "agree" : "DIFFER: " + String.join("; ", diffs)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    if (!diffs.isEmpty()) {
                        exit = 3;
                    }
                }
                if (r.sluiceStatus().startsWith("failed")) { //$NON-NLS-1$
                    exit = Math.max(exit, 2);
                }
            }
            out.println();
            out.print(Report.table(results));
            String env = Report.environment(h.nativeMemoryMeasured());
            List<String> lines = new ArrayList<>();
            for (WorkloadResult r : results) {
                lines.add(r.toJson(env));
                out.println("BENCH-JSON " + lines.get(lines.size() - 1)); //$NON-NLS-1$
            }
            out.flush();
            if (json != null) {
                Path parent = json.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.write(json, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            return exit;
        }
    }
}
