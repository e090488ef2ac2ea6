package io.sluice.runtime.internal.checkpoint;

import io.sluice.model.Pipeline;
import io.sluice.model.Step;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.StepKind;
import io.sluice.model.kind.StepKinds;
import io.sluice.runtime.CancellationToken;
import io.sluice.runtime.RetryEvent;
import io.sluice.runtime.RowAccounting;
import io.sluice.runtime.RunSnapshot;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.RuleResult;
import io.sluice.runtime.StepMetrics;
import io.sluice.runtime.StepState;
import io.sluice.runtime.history.FileCheckpoint;
import io.sluice.runtime.history.RunHistory;
import io.sluice.runtime.internal.exec.Accounting;
import io.sluice.runtime.internal.exec.ExecContext;
import io.sluice.runtime.internal.exec.ExecOptions;
import io.sluice.runtime.internal.exec.Executor;
import io.sluice.runtime.internal.exec.StepCounters;
import io.sluice.runtime.internal.files.InputFiles;
import io.sluice.runtime.internal.plan.Planner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.arrow.memory.BufferAllocator;

/**
 * A run over a directory (or glob) of input files that survives a crash: one partition per input file, each
 * committed with a checkpoint, and the outputs assembled at the end.
 *
 * <p><b>When.</b> The pipeline has one source, a file source whose path is a directory or a glob; every other step
 * is row-wise (filter, derive, select, mask, a quality step without UNIQUE or table rules) or a CSV or JSON lines
 * sink (on {@code out} or on a {@code rejects} port); and the run is recorded in the history. Anything else (a join,
 * an aggregate, a Parquet or JDBC sink, a second source) runs as one piece; its sinks still commit atomically (temp
 * file + rename, one JDBC transaction), so a crashed run leaves no output and a new run redoes everything.
 *
 * <p><b>Design.</b> The files are taken in name order; file {@code i} is planned on its own (the source reads only
 * that file, one worker so that row order is that of the file) and every sink writes the part
 * {@code .NAME.RUN.parts/part-i} next to its output, itself under a temporary name renamed when the part is complete.
 * When every part of file {@code i} is renamed, the file's checkpoint — position, path, size, and the per-step and
 * per-rule counts — is committed to the history ({@code run_files}). A crash before that commit leaves at worst a
 * complete part without checkpoint, which the resumed run rewrites with the same bytes; a crash never leaves a
 * half-written part under its final name. Each partition's row accounting is checked before its parts are renamed,
 * and the whole run's (committed files included) before anything is assembled: a run that fails the check leaves no
 * output, and its parts and checkpoints go. When all files are committed, each sink's output is assembled: the CSV
 * header (if any) and the parts in order go to a temporary file renamed over the output in one atomic step; the run
 * is recorded SUCCEEDED, then the parts are deleted. A crash during assembly leaves the parts, so a resume assembles
 * again. {@code sluice run --resume RUN} therefore processes only the files without checkpoint and ends with exactly
 * the bytes of an uninterrupted run (the rows' {@code _run_id} is the resumed run's id, kept across resumes), and its
 * row accounting adds the committed files' counts to its own, so that the equation covers every row of the run.
 * Resuming checks that the pipeline file is unchanged and refuses when input files were added, removed or resized
 * before the last committed one.
 */
public final class PartitionedRun {
    /** Testing knob: pause after each committed file (milliseconds), so a test can kill a run between files. */
    public static final String PAUSE_PROPERTY = "sluice.checkpoint.pauseMillis"; //$NON-NLS-1$

    private final Pipeline pipeline;
    private final Map<String, String> params;
    private final Path baseDir;
    private final String source;
    private final List<Path> files;
    private final Map<String, Path> sinks; // sink step id -> final output
    private final Map<String, Boolean> headers; // CSV sinks: header wanted
    private final io.sluice.runtime.connections.DriverRegistry drivers; // the run's, for every partition's plan
    private io.sluice.expression.RunContext run = io.sluice.expression.RunContext.NONE;

    private PartitionedRun(Pipeline pipeline, Map<String, String> params, Path baseDir, String source, List<Path> files,
            Map<String, Path> sinks, Map<String, Boolean> headers, io.sluice.runtime.connections.DriverRegistry drivers) {
        this.pipeline = pipeline;
        this.params = params;
        this.baseDir = baseDir;
        this.source = source;
        this.files = files;
        this.sinks = sinks;
        this.headers = headers;
        this.drivers = drivers;
    }

    /** The partitioned form of the pipeline, or null when it has to run as one piece (see the class comment). */
    /** The run's context, which the expressions of every partition read. */
    public PartitionedRun forRun(io.sluice.expression.RunContext context) {
        this.run = context;
        return this;
    }

    public static PartitionedRun of(Pipeline pipeline, Map<String, String> params, Path baseDir,
            io.sluice.runtime.connections.DriverRegistry drivers) {
        Planner planner = new Planner(pipeline, params, baseDir, drivers);
        String src = null;
        Path srcPath = null;
        Map<String, Path> sinks = new LinkedHashMap<>();
        Map<String, Boolean> headers = new LinkedHashMap<>();
        for (Step s : pipeline.getSteps()) {
            StepKind<Step> kind = StepKinds.of(s);
            if (!kind.perFile(s)) {
                return null; // needs the whole input at once, or reads something other than files
            }
            if (kind.cardinality() == Cardinality.SOURCE) {
                if (src != null) {
                    return null;
                }
                src = s.getId();
                srcPath = planner.filePath(s);
            } else if (kind.cardinality() == Cardinality.SINK) {
                sinks.put(s.getId(), planner.filePath(s));
                if (kind.writesHeader(s)) {
                    headers.put(s.getId(), true);
                }
            }
        }
        if (src == null || srcPath == null || sinks.isEmpty() || !InputFiles.isMulti(srcPath)) {
            return null;
        }
        return new PartitionedRun(pipeline, params, baseDir, src, InputFiles.list(srcPath), sinks, headers, drivers);
    }

    public List<Path> files() {
        return files;
    }

    /** What a partitioned run produced; {@code accounting} is null when the run stopped before its check. */
    public record Outcome(List<StepMetrics> steps, List<RuleResult> quality, List<RetryEvent> retries, String error,
            boolean cancelled, int filesRun, int filesSkipped, RowAccounting accounting) {
        Outcome(List<StepMetrics> steps, List<RuleResult> quality, List<RetryEvent> retries, String error, boolean cancelled,
                int filesRun, int filesSkipped) {
            this(steps, quality, retries, error, cancelled, filesRun, filesSkipped, null);
        }
    }

    static Path staging(Path output, String runId) {
        return output.resolveSibling("." + output.getFileName() + "." + runId + ".parts"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static Path part(Path output, String runId, int seq) {
        return staging(output, runId).resolve(String.format("part-%06d", seq)); //$NON-NLS-1$
    }

    /**
     * Runs every file without checkpoint, then assembles the outputs. Never throws for a failure of the run: the
     * outcome's error says what failed (naming the step and file).
     */
    public Outcome run(String runId, BufferAllocator root, CancellationToken token, ExecOptions options, RunHistory history,
            Consumer<RetryEvent> retryListener, Consumer<List<StepMetrics>> progress) {
        Totals totals = new Totals();
        List<RetryEvent> retries = new ArrayList<>();
        int skipped = 0;
        int ran = 0;
        try {
            List<FileCheckpoint> done = history.committedFiles(runId, source);
            for (FileCheckpoint c : done) {
                Path f = c.seq() < files.size() ? files.get(c.seq()) : null;
                if (f == null || !f.toAbsolutePath().toString().equals(c.file()) || Files.size(f) != c.size()) {
                    return new Outcome(totals.steps(pipeline), totals.rules(), retries, "cannot resume: input file " + c.seq()
                            + " was " + c.file() + " (" + c.size() + " bytes) and is now " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + (f == null ? "missing" : f + " (" + Files.size(f) + " bytes)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + "; start a new run", false, 0, 0); //$NON-NLS-1$
                }
                if (c.hash() != null && !c.hash().equals(io.sluice.runtime.internal.files.ContentHash.of(f))) {
                    return new Outcome(totals.steps(pipeline), totals.rules(), retries, "cannot resume: input file " + f //$NON-NLS-1$
                            + " changed since it was committed (same size, other content); start a new run", false, 0, 0); //$NON-NLS-1$
                }
                totals.add(c.counts());
                skipped++;
            }
            long pause = Long.getLong(PAUSE_PROPERTY, 0L);
            ExecOptions one = options.withThreads(1);
            for (int i = 0; i < files.size(); i++) {
                int seq = i;
                if (done.stream().anyMatch(c -> c.seq() == seq)) {
                    continue;
                }
                token.throwIfCancelled();
                Path file = files.get(i);
                String hash = io.sluice.runtime.internal.files.ContentHash.of(file); // before reading: what the checkpoint vouches for
                Map<String, Path> parts = new LinkedHashMap<>();
                for (Map.Entry<String, Path> e : sinks.entrySet()) {
                    parts.put(e.getKey(), part(e.getValue(), runId, i));
                }
                Planner.Plan plan = new Planner(pipeline, params, baseDir, drivers).forRun(run).partition(Map.of(source, file), parts).plan();
                if (!plan.ok()) {
                    return new Outcome(totals.steps(pipeline), totals.rules(), retries, file + ": " + plan.problems(), false, ran,
                            skipped);
                }
                String counts;
                try (ExecContext ctx = new ExecContext(runId, root, token, one)) {
                    ctx.onRetry(e -> {
                        retries.add(e);
                        retryListener.accept(e);
                    });
                    try {
                        // the partition balances before its parts are renamed (committed)
                        new Executor(plan.graph(), ctx).run(() -> {
                            RowAccounting acc = check(runId, counters(ctx));
                            if (!acc.ok()) {
                                throw new IllegalStateException(ACCOUNTING + String.join("; ", acc.mismatches())); //$NON-NLS-1$
                            }
                        });
                    } catch (CancellationToken.CancelledException e) {
                        return new Outcome(totals.steps(pipeline), totals.rules(), retries, token.reason(), true, ran, skipped);
                    } catch (RuntimeException e) {
                        Totals failed = totals.copy();
                        failed.add(Totals.encode(ctx.allCounters(), ctx.quality().results()));
                        return new Outcome(failed.steps(pipeline), failed.rules(), retries, "input file " + file + ": " + message(e),
                                false, ran, skipped);
                    }
                    counts = Totals.encode(ctx.allCounters(), ctx.quality().results());
                    totals.samples(ctx.quality().results());
                }
                history.commitFile(new FileCheckpoint(runId, source, i, file.toAbsolutePath().toString(), Files.size(file),
                        Instant.now(), counts, hash));
                totals.add(counts);
                ran++;
                progress.accept(totals.steps(pipeline));
                if (pause > 0) {
                    Thread.sleep(pause);
                }
            }
            // the whole run (committed files included) balances before any output is assembled: a run that fails the
            // check leaves no output, and its parts go (a resume would only meet the same counts again)
            RowAccounting acc = check(runId, totals.steps(pipeline));
            if (!acc.ok()) {
                cleanup(runId);
                history.forgetFiles(runId);
                return new Outcome(totals.steps(pipeline), totals.rules(), retries,
                        ACCOUNTING + String.join("; ", acc.mismatches()), false, ran, skipped, acc);
            }
            assemble(runId);
            return new Outcome(totals.steps(pipeline), totals.rules(), retries, null, false, ran, skipped, acc);
        } catch (CancellationToken.CancelledException e) {
            return new Outcome(totals.steps(pipeline), totals.rules(), retries, token.reason(), true, ran, skipped);
        } catch (Exception e) {
            return new Outcome(totals.steps(pipeline), totals.rules(), retries, message(e), false, ran, skipped);
        }
    }

    private static final String ACCOUNTING = "row accounting: "; //$NON-NLS-1$

    /** The row accounting of {@code steps} (a partition's or the whole run's) against the model. */
    private RowAccounting check(String runId, List<StepMetrics> steps) {
        return Accounting.check(pipeline, new RunSnapshot(runId, RunStatus.RUNNING, Instant.now(), 0, steps, true));
    }

    /** A partition's step metrics (hidden steps left out, as in a run's snapshot). */
    private static List<StepMetrics> counters(ExecContext ctx) {
        return ctx.allCounters().stream().filter(c -> !c.step().startsWith("_")).map(StepCounters::snapshot).toList(); //$NON-NLS-1$
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Each sink's header and parts, in order, into a temporary file renamed over the output. */
    void assemble(String runId) throws IOException {
        for (Map.Entry<String, Path> e : sinks.entrySet()) {
            Path out = e.getValue().toAbsolutePath();
            Path tmp = out.resolveSibling("." + out.getFileName() + "." + runId + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            try (OutputStream o = Files.newOutputStream(tmp)) {
                if (Boolean.TRUE.equals(headers.get(e.getKey()))) {
                    o.write(header(e.getKey()));
                }
                for (int i = 0; i < files.size(); i++) {
                    Path p = part(out, runId, i);
                    if (!Files.exists(p)) {
                        throw new IOException("part " + p + " of step '" + e.getKey() + "' is missing"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    }
                    Files.copy(p, o);
                }
            } catch (IOException | RuntimeException x) {
                Files.deleteIfExists(tmp);
                throw x;
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The header line of a CSV sink, as the sink itself writes it (planned once for its input schema). */
    private byte[] header(String sinkId) {
        Planner.Plan plan = new Planner(pipeline, params, baseDir, drivers).forRun(run).plan();
        io.sluice.runtime.internal.csv.CsvWriter s = (io.sluice.runtime.internal.csv.CsvWriter) plan.graph().node(sinkId).sink();
        return s.headerLine();
    }

    /** Deletes the parts once the run is recorded as succeeded. */
    public void cleanup(String runId) {
        for (Path out : sinks.values()) {
            Path dir = staging(out.toAbsolutePath(), runId);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // leftovers are harmless: hidden, and named after the run
            }
        }
    }

    /** Counts summed over files: per step (in, out, rejected, filtered) and per rule (checked, failed). */
    static final class Totals {
        final Map<String, long[]> steps = new LinkedHashMap<>();
        final Map<String, String> kinds = new LinkedHashMap<>();
        final Map<String, long[]> rules = new LinkedHashMap<>();
        final Map<String, String[]> ruleInfo = new LinkedHashMap<>();
        final Map<String, List<String>> samples = new LinkedHashMap<>();

        Totals copy() {
            Totals t = new Totals();
            steps.forEach((k, v) -> t.steps.put(k, v.clone()));
            t.kinds.putAll(kinds);
            rules.forEach((k, v) -> t.rules.put(k, v.clone()));
            t.ruleInfo.putAll(ruleInfo);
            t.samples.putAll(samples);
            return t;
        }

        static String clean(String s) {
            return s == null ? "-" : s.replace('\t', ' ').replace('\n', ' '); //$NON-NLS-1$
        }

        static String encode(List<StepCounters> counters, List<RuleResult> rules) {
            StringBuilder sb = new StringBuilder();
            for (StepCounters c : counters) {
                StepMetrics m = c.snapshot();
                sb.append("S\t").append(clean(m.step())).append('\t').append(clean(m.kind())).append('\t').append(m.rowsIn()) //$NON-NLS-1$
                        .append('\t').append(m.rowsOut()).append('\t').append(m.rowsRejected()).append('\t').append(m.rowsFiltered())
                        .append('\n');
            }
            for (RuleResult r : rules) {
                sb.append("R\t").append(clean(r.step())).append('\t').append(clean(r.rule())).append('\t').append(clean(r.kind())) //$NON-NLS-1$
                        .append('\t').append(clean(r.column())).append('\t').append(clean(r.severity())).append('\t')
                        .append(r.checked()).append('\t').append(r.failed()).append('\n');
            }
            return sb.toString();
        }

        void add(String counts) {
            for (String line : counts.split("\n")) { //$NON-NLS-1$
                String[] f = line.split("\t"); //$NON-NLS-1$
                if (f[0].equals("S") && f.length == 7) { //$NON-NLS-1$
                    kinds.putIfAbsent(f[1], f[2]);
                    long[] a = steps.computeIfAbsent(f[1], k -> new long[4]);
                    for (int i = 0; i < 4; i++) {
                        a[i] += Long.parseLong(f[3 + i]);
                    }
                } else if (f[0].equals("R") && f.length == 8) { //$NON-NLS-1$
                    String key = f[1] + "\t" + f[2]; //$NON-NLS-1$
                    ruleInfo.putIfAbsent(key, new String[] {f[1], f[2], f[3], f[4].equals("-") ? null : f[4], f[5]}); //$NON-NLS-1$
                    long[] a = rules.computeIfAbsent(key, k -> new long[2]);
                    a[0] += Long.parseLong(f[6]);
                    a[1] += Long.parseLong(f[7]);
                }
            }
        }

        void samples(List<RuleResult> results) {
            for (RuleResult r : results) {
                List<String> l = samples.computeIfAbsent(r.step() + "\t" + r.rule(), k -> new ArrayList<>()); //$NON-NLS-1$
                for (String s : r.samples()) {
                    if (l.size() < io.sluice.runtime.internal.quality.RuleStats.MAX_SAMPLES) {
                        l.add(s);
                    }
                }
            }
        }

        /** Step metrics in the model's step order (hidden steps left out). */
        List<StepMetrics> steps(Pipeline p) {
            List<StepMetrics> l = new ArrayList<>();
            for (Step s : p.getSteps()) {
                long[] a = steps.get(s.getId());
                if (a != null) {
                    l.add(new StepMetrics(s.getId(), kinds.get(s.getId()), StepState.DONE, a[0], a[1], a[2], 0, 0, 0, 0, -1, a[2],
                            0, null, a[3]));
                }
            }
            return l;
        }

        List<RuleResult> rules() {
            List<RuleResult> l = new ArrayList<>();
            rules.forEach((k, a) -> {
                String[] i = ruleInfo.get(k);
                l.add(new RuleResult(i[0], i[1], i[2], i[3], i[4], a[0], a[1], samples.getOrDefault(k, List.of()), null));
            });
            return l;
        }
    }
}
