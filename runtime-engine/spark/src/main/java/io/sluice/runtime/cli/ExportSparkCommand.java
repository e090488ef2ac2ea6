package io.sluice.runtime.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;
import io.sluice.model.validation.Problem;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.spark.SparkApp;
import io.sluice.runtime.spark.SparkEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sluice export-spark FILE [--out DIR] [--master URL]}: validates the pipeline for Spark and writes what
 * {@code spark-submit} needs for a cluster the user already has — a thin application jar (Sluice and its few
 * libraries, no Spark: the cluster has it) and the pipeline — then prints the exact command.
 */
@Command(name = "export-spark", description = "Writes a thin Spark application jar and the pipeline, and prints the spark-submit command.", mixinStandardHelpOptions = true) //$NON-NLS-1$ //$NON-NLS-2$
public final class ExportSparkCommand implements Callable<Integer> {
    /**
     * Jars of the class path that go into the application jar: Sluice and the libraries Spark's own closure lacks
     * (ANTLR's runtime, Arrow's vectors and Parquet are part of Spark's closure; they stay with the cluster).
     */
    public static final List<String> APP_JARS = List.of("io.sluice.", "org.eclipse.emf.", "picocli-", "h2-", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "arrow-memory-unsafe-"); //$NON-NLS-1$

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .sluice pipeline") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path file;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/spark-app", description = "where to write (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    Path outDir;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "spark://HOST:7077", description = "the cluster's master URL, for the printed command") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    String master;

    @Option(names = { "-p", "--param" }, paramLabel = "NAME=VALUE", description = "a parameter value for the printed command (repeatable)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadResult loaded = SluiceModel.load(file);
        if (!loaded.ok()) {
            loaded.problems().forEach(p -> err.println(file + ": " + p)); //$NON-NLS-1$
            return ExitCodes.VALIDATION_ERRORS;
        }
        List<Problem> problems = new SparkEngine(null).validate(RunRequest.of(file.toAbsolutePath()).withParameters(params));
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(file + ": " + p)); //$NON-NLS-1$
            err.println("sluice export-spark: " + file + ": " + problems.size() + " problem(s) for the Spark engine"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return ExitCodes.VALIDATION_ERRORS;
        }
        Files.createDirectories(outDir);
        Path jar = outDir.resolve("sluice-spark-app.jar"); //$NON-NLS-1$
        int jars = writeAppJar(jar);
        Path pipeline = outDir.resolve(file.getFileName());
        Files.copy(file, pipeline, StandardCopyOption.REPLACE_EXISTING);
        out.println(command(master, jar.toAbsolutePath(), pipeline.getFileName().toString(), params));
        err.println("sluice export-spark: wrote " + jar + " (" + jars + " jars merged, no Spark) and " + pipeline //$NON-NLS-1$ //$NON-NLS-2$
                + "; run the command from " + outDir.toAbsolutePath() + " with the pipeline's data reachable from every worker"); //$NON-NLS-1$ //$NON-NLS-2$
        return ExitCodes.OK;
    }

    /** The spark-submit command line (the driver runs where it is typed: client mode). */
    public static String command(String master, Path appJar, String pipeline, Map<String, String> params) {
        StringBuilder sb = new StringBuilder("spark-submit --master ").append(master) //$NON-NLS-1$
                .append(" --class ").append(SparkApp.class.getName()) //$NON-NLS-1$
                .append(" --conf spark.sql.session.timeZone=UTC") //$NON-NLS-1$
                .append(' ').append(appJar).append(' ').append(pipeline);
        params.forEach((k, v) -> sb.append(" -p ").append(k).append('=').append(v)); //$NON-NLS-1$
        return sb.toString();
    }

    /** Merges this class path's Sluice jars (and their few non-Spark libraries) into one jar; returns how many. */
    public static int writeAppJar(Path jar) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) { //$NON-NLS-1$
            Path p = Path.of(entry);
            String name = p.getFileName() == null ? "" : p.getFileName().toString(); //$NON-NLS-1$
            if (Files.isDirectory(p) && (entry.contains("io.sluice") || p.toString().contains("/target/classes"))) { //$NON-NLS-1$ //$NON-NLS-2$
                sources.add(p);
            } else if (APP_JARS.stream().anyMatch(name::startsWith)) {
                sources.add(p);
            }
        }
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0"); //$NON-NLS-1$
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, SparkApp.class.getName());
        Set<String> seen = new HashSet<>();
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, mf)) {
            seen.add("META-INF/MANIFEST.MF"); //$NON-NLS-1$
            for (Path src : sources) {
                if (Files.isDirectory(src)) {
                    try (var walk = Files.walk(src)) {
                        for (Path f : walk.filter(Files::isRegularFile).toList()) {
                            String name = src.relativize(f).toString().replace('\\', '/');
                            if (keep(name) && seen.add(name)) {
                                out.putNextEntry(new JarEntry(name));
                                Files.copy(f, out);
                                out.closeEntry();
                            }
                        }
                    }
                } else {
                    try (JarFile jf = new JarFile(src.toFile())) {
                        for (JarEntry e : java.util.Collections.list(jf.entries())) {
                            if (!e.isDirectory() && keep(e.getName()) && seen.add(e.getName())) {
                                out.putNextEntry(new JarEntry(e.getName()));
                                try (InputStream in = jf.getInputStream(e)) {
                                    in.transferTo(out);
                                }
                                out.closeEntry();
                            }
                        }
                    }
                }
            }
        }
        return sources.size();
    }

    private static boolean keep(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return !(upper.equals("META-INF/MANIFEST.MF") || upper.startsWith("META-INF/") && (upper.endsWith(".SF") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")) || name.equals("log4j2.properties")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
