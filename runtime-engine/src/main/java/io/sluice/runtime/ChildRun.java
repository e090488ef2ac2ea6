package io.sluice.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.sluice.model.validation.Problem;
import io.sluice.model.validation.Severity;

/**
 * A run in a child process: the command line's own {@code sluice run … --metrics jsonl}, whose snapshots (one JSON
 * object per line on stdout) stream to a {@link RunListener} as an embedded run's do, and whose last line is the
 * result. The designer runs a pipeline on Apache Spark this way, so it never carries Spark's jars: the command line
 * builds and starts the Spark engine on first use.
 */
public final class ChildRun implements RunHandle {
    private final Process process;
    private final CompletableFuture<RunResult> result = new CompletableFuture<>();
    private volatile RunSnapshot latest;
    private volatile String runId;
    private volatile boolean cancelled;

    private ChildRun(Process process) {
        this.process = process;
    }

    /**
     * The command that runs {@code pipeline} on Spark through the {@code sluice} launcher script: {@code master}
     * {@code local[N]} or {@code spark://HOST:PORT}; parameters as {@code -p NAME=VALUE}; metrics as JSON lines.
     */
    public static List<String> sparkCommand(Path sluice, Path pipeline, String master, Map<String, String> parameters,
            boolean failOnParseError) {
        List<String> c = new ArrayList<>(List.of(sluice.toString(), "run", pipeline.toString(), "--engine", "spark", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "--master", master, "--metrics", "jsonl")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        parameters.forEach((k, v) -> {
            c.add("-p"); //$NON-NLS-1$
            c.add(k + "=" + v); //$NON-NLS-1$
        });
        if (failOnParseError) {
            c.add("--fail-on-parse-error"); //$NON-NLS-1$
        }
        return List.copyOf(c);
    }

    /** The Spark master for {@code threads} local cores, or the cluster URL as given. */
    public static String master(String clusterUrl, int threads) {
        return clusterUrl == null || clusterUrl.isBlank() ? "local[" + Math.max(1, threads) + "]" : clusterUrl.strip(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Starts {@code command} in {@code dir}; every snapshot goes to {@code listener}, every other line (stderr, and
     * stdout lines that are not JSON) to {@code log}.
     */
    public static ChildRun start(List<String> command, Path dir, RunListener listener, Consumer<String> log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir == null ? null : dir.toFile());
        Instant started = Instant.now();
        ChildRun run = new ChildRun(pb.start());
        run.process.getOutputStream().close();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread err = new Thread(() -> run.lines(false, line -> {
            errors.add(line);
            log.accept(line);
        }), "sluice-child-stderr"); //$NON-NLS-1$
        err.setDaemon(true);
        err.start();
        Thread out = new Thread(() -> {
            Map<String, Object> last = null;
            List<String> others = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(run.process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    Map<String, Object> o = line.startsWith("{") ? parseObject(line) : null; //$NON-NLS-1$
                    if (o == null || !o.containsKey("steps")) { //$NON-NLS-1$
                        others.add(line);
                        log.accept(line);
                        continue;
                    }
                    last = o;
                    RunSnapshot s = snapshot(o, started);
                    run.latest = s;
                    run.runId = s.runId();
                    if (!s.fin() || !o.containsKey("accounting")) { //$NON-NLS-1$
                        try {
                            listener.progress(s);
                        } catch (RuntimeException e) {
                            log.accept("run listener failed: " + e); //$NON-NLS-1$
                        }
                    }
                }
                int code = run.process.waitFor();
                err.join();
                RunResult res = result(last, code, errors, started);
                if (!res.finalSnapshot().fin()) { // stopped before its end: cancelled from here, or killed
                    res = res.with(run.cancelled ? RunStatus.CANCELLED : RunStatus.FAILED,
                            run.cancelled ? null : "the run's process ended early (exit code " + code + ")", null); //$NON-NLS-1$ //$NON-NLS-2$
                }
                run.result.complete(res);
            } catch (IOException | RuntimeException e) {
                run.result.complete(failed(started, e.toString()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                run.process.destroy();
                run.result.complete(failed(started, "interrupted")); //$NON-NLS-1$
            }
            try {
                listener.finished(run.result.join());
            } catch (RuntimeException e) {
                log.accept("run listener failed: " + e); //$NON-NLS-1$
            }
        }, "sluice-child-stdout"); //$NON-NLS-1$
        out.setDaemon(true);
        out.start();
        return run;
    }

    private void lines(boolean stdout, Consumer<String> each) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stdout ? process.getInputStream() : process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                each.accept(line);
            }
        } catch (IOException e) {
            each.accept(e.toString());
        }
    }

    private static RunResult failed(Instant started, String error) {
        return new RunResult(null, RunStatus.FAILED, started, Instant.now(), List.of(), error,
                new RunSnapshot(null, RunStatus.FAILED, started, 0, List.of(), true));
    }

    /** The result from the last line (the final snapshot plus error and accounting), or a failure naming stderr. */
    static RunResult result(Map<String, Object> last, int exitCode, List<String> stderr, Instant started) {
        if (last == null) {
            return failed(started, "the run printed no result (exit code " + exitCode + ")" //$NON-NLS-1$ //$NON-NLS-2$
                    + (stderr.isEmpty() ? "" : ": " + String.join("\n", stderr))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        RunSnapshot fin = snapshot(last, started);
        List<Problem> problems = new ArrayList<>();
        if (fin.status() == RunStatus.INVALID) {
            for (String line : stderr) {
                problems.add(new Problem(Severity.ERROR, null, null, null, line));
            }
        }
        RowAccounting accounting = null;
        if (last.get("accounting") instanceof Map<?, ?> a) { //$NON-NLS-1$
            accounting = new RowAccounting(num(a, "read"), num(a, "toSinks"), num(a, "skipped"), num(a, "filtered"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    num(a, "quarantined"), num(a, "folded"), num(a, "fanned_out"), num(a, "unconsumed"), num(a, "copied"), num(a, "rejected"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    num(a, "lost"), List.of()); //$NON-NLS-1$
        }
        return new RunResult(fin.runId(), fin.status(), started, Instant.now(), problems, (String) last.get("error"), fin, //$NON-NLS-1$
                accounting);
    }

    private static long num(Map<?, ?> o, String key) {
        return o.get(key) instanceof Number n ? n.longValue() : 0;
    }

    /** A snapshot from one line of {@code sluice run --metrics jsonl}, or null when the line is not one. */
    public static RunSnapshot parseSnapshot(String line, Instant started) {
        Map<String, Object> o = line.startsWith("{") ? parseObject(line) : null; //$NON-NLS-1$
        return o == null || !o.containsKey("steps") ? null : snapshot(o, started); //$NON-NLS-1$
    }

    /** A snapshot from its JSON form ({@code sluice run --metrics jsonl}). */
    static RunSnapshot snapshot(Map<String, Object> o, Instant started) {
        List<StepMetrics> steps = new ArrayList<>();
        if (o.get("steps") instanceof List<?> list) { //$NON-NLS-1$
            for (Object x : list) {
                Map<?, ?> m = (Map<?, ?>) x;
                steps.add(new StepMetrics((String) m.get("step"), (String) m.get("kind"), //$NON-NLS-1$ //$NON-NLS-2$
                        StepState.valueOf((String) m.get("state")), num(m, "rowsIn"), num(m, "rowsOut"), num(m, "rowsRejected"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        num(m, "batchesIn"), num(m, "batchesOut"), num(m, "bytesOut"), dbl(m, "rowsPerSecond"), dbl(m, "queueFill"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                        num(m, "errors"), num(m, "elapsedMillis"), (String) m.get("message"), num(m, "rowsFiltered"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        return new RunSnapshot((String) o.get("runId"), RunStatus.valueOf((String) o.get("status")), started, //$NON-NLS-1$ //$NON-NLS-2$
                num(o, "elapsedMillis"), steps, Boolean.TRUE.equals(o.get("final"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static double dbl(Map<?, ?> o, String key) {
        return o.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** Reads the command line's JSON lines; a line with anything after its object is not one of them. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** One JSON object (the command line's own output: objects, arrays, strings, numbers, booleans, null), or null. */
    static Map<String, Object> parseObject(String text) {
        try {
            return JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            return null; // not JSON, or JSON but not an object
        }
    }

    @Override
    public String runId() {
        return runId;
    }

    @Override
    public CompletableFuture<RunResult> result() {
        return result;
    }

    /** Stops the child process (SIGTERM: the command line cancels its run and records it as cancelled). */
    @Override
    public void cancel() {
        cancelled = true;
        process.destroy();
    }

    @Override
    public RunSnapshot snapshot() {
        return latest;
    }
}
