package io.sluice.ui.internal.run;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import io.sluice.runtime.RunRequest;

/**
 * How a pipeline was last run from the designer — parameter values, worker threads, whether a bad record fails the
 * run — kept per pipeline file in the designer's preferences, never in the model file (a value such as a local
 * path is the user's, not the pipeline's). Ctrl+F11 runs with it again.
 *
 * @param values     parameter values given (an empty map: the defaults)
 * @param threads    workers per pipeline (on Spark local: its cores, {@code local[threads]})
 * @param engine     where the pipeline runs
 * @param clusterUrl the Spark master of a cluster run ({@code spark://HOST:PORT})
 */
public record RunConfiguration(Map<String, String> values, int threads, boolean failOnParseError, Engine engine,
        String clusterUrl) {

    /** Where a run runs: in the designer's JVM, or on Apache Spark through the command line (a child process). */
    public enum Engine {
        EMBEDDED, SPARK_LOCAL, SPARK_CLUSTER
    }

    /** Preference qualifier of the designer. */
    public static final String QUALIFIER = "io.sluice.ui"; //$NON-NLS-1$
    /** Preference: worker threads of a pipeline's first run (Window › Preferences › Sluice). */
    public static final String DEFAULT_THREADS = "defaultThreads"; //$NON-NLS-1$
    private static final String NODE = QUALIFIER + "/runConfigurations"; //$NON-NLS-1$

    public RunConfiguration {
        values = Map.copyOf(values);
        threads = Math.max(1, threads);
        engine = engine == null ? Engine.EMBEDDED : engine;
        clusterUrl = clusterUrl == null ? "" : clusterUrl.strip(); //$NON-NLS-1$
    }

    /** An embedded run's configuration. */
    public RunConfiguration(Map<String, String> values, int threads, boolean failOnParseError) {
        this(values, threads, failOnParseError, Engine.EMBEDDED, ""); //$NON-NLS-1$
    }

    /** The Spark master of a Spark run: {@code local[threads]} or the cluster URL. */
    public String sparkMaster() {
        return io.sluice.runtime.ChildRun.master(engine == Engine.SPARK_CLUSTER ? clusterUrl : null, threads);
    }

    /** Defaults: no values given, the preferred number of workers (a worker per core unless set). */
    public static RunConfiguration defaults() {
        return new RunConfiguration(Map.of(), defaultThreads(), false);
    }

    private static int defaultThreads() {
        return InstanceScope.INSTANCE.getNode(QUALIFIER).getInt(DEFAULT_THREADS, Runtime.getRuntime().availableProcessors());
    }

    /** The request with this configuration's values and options. */
    public RunRequest applyTo(RunRequest request) {
        return request.withParameters(values).withThreads(threads).withFailOnParseError(failOnParseError);
    }

    /** The configuration last used for {@code pipelineFile}, or the defaults. */
    public static RunConfiguration of(Path pipelineFile) {
        String stored = node().get(key(pipelineFile), null);
        if (stored == null) {
            return defaults();
        }
        Map<String, String> values = new LinkedHashMap<>();
        int threads = defaultThreads();
        boolean fail = false;
        Engine engine = Engine.EMBEDDED;
        String cluster = ""; //$NON-NLS-1$
        for (String line : stored.split("\n")) { //$NON-NLS-1$
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String k = line.substring(0, eq);
            String v = line.substring(eq + 1).replace("\\n", "\n").replace("\\\\", "\\"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            if (k.equals("threads")) { //$NON-NLS-1$
                try {
                    threads = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    // keep the default
                }
            } else if (k.equals("failOnParseError")) { //$NON-NLS-1$
                fail = Boolean.parseBoolean(v);
            } else if (k.equals("engine")) { //$NON-NLS-1$
                try {
                    engine = Engine.valueOf(v);
                } catch (IllegalArgumentException e) {
                    // keep the default
                }
            } else if (k.equals("clusterUrl")) { //$NON-NLS-1$
                cluster = v;
            } else if (k.startsWith("p.")) { //$NON-NLS-1$
                values.put(k.substring(2), v);
            }
        }
        return new RunConfiguration(values, threads, fail, engine, cluster);
    }

    /** Remembers this configuration for {@code pipelineFile}. */
    public void saveFor(Path pipelineFile) {
        StringBuilder text = new StringBuilder();
        text.append("threads=").append(threads).append('\n'); //$NON-NLS-1$
        text.append("failOnParseError=").append(failOnParseError).append('\n'); //$NON-NLS-1$
        text.append("engine=").append(engine.name()).append('\n'); //$NON-NLS-1$
        text.append("clusterUrl=").append(clusterUrl.replace("\\", "\\\\").replace("\n", "\\n")).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        values.forEach((k, v) -> text.append("p.").append(k).append('=') //$NON-NLS-1$
                .append(v.replace("\\", "\\\\").replace("\n", "\\n")).append('\n')); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        IEclipsePreferences node = node();
        node.put(key(pipelineFile), text.toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(RunConfiguration.class).log(Status.warning(e.getMessage(), e));
        }
    }

    private static String key(Path pipelineFile) {
        return URLEncoder.encode(pipelineFile.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8);
    }

    private static IEclipsePreferences node() {
        return (IEclipsePreferences) InstanceScope.INSTANCE.getNode(NODE);
    }
}
