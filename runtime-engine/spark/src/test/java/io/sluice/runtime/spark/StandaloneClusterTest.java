package io.sluice.runtime.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.cli.ExportSparkCommand;

/**
 * A real standalone Spark cluster on loopback, started from the Maven Central jars: a SPARK_HOME whose
 * {@code jars/} holds Spark's closure (and nothing of Sluice), a Master and a Worker on free ports, then
 * {@code SparkSubmit} with the thin application jar {@code sluice export-spark} writes. The Worker launches the
 * executor JVM that runs the tasks; the output must equal the embedded engine's. Master and Worker (and the
 * executors they started) are stopped by process id.
 */
class StandaloneClusterTest {
    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopCluster() throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process p = started.get(i);
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The JVM options Spark's launcher adds on Java 17+ (surefire passes them to this JVM too). */
    static List<String> jvmOptions() {
        List<String> opts = new ArrayList<>();
        for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-opens") || a.startsWith("--add-modules") || a.startsWith("--enable-native-access")
                    || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty") || a.startsWith("-XX:+IgnoreUnrecognized")) {
                opts.add(a);
            }
        }
        return opts;
    }

    Process start(Path sparkHome, String name, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions());
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(sparkHome.resolve("jars") + "/*");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", sparkHome.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        started.add(p);
        return p;
    }

    /** Waits until something listens on the port (or the process died). */
    static void awaitPort(Process p, int port, Path log) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (!p.isAlive()) {
                throw new AssertionError("exited with " + p.exitValue() + ":\n" + Files.readString(log));
            }
            try (Socket s = new Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("nothing listens on " + port + " after 2 minutes:\n" + Files.readString(log));
    }

    /** Waits until the log has the line (the Worker registered with the Master). */
    static void awaitLog(Process p, Path log, String text) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            if (!p.isAlive()) {
                throw new AssertionError("exited with " + p.exitValue() + ":\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + text + "' after 2 minutes:\n" + Files.readString(log));
    }

    @Test
    void aPipelineSubmittedToARealMasterAndWorkerWritesTheEmbeddedEnginesOutput() throws Exception {
        // SPARK_HOME beside the build output (its jars/ links into the local Maven repository), made afresh
        Path sparkHome = Path.of("target", "spark-home").toAbsolutePath();
        if (Files.exists(sparkHome)) {
            try (var old = Files.walk(sparkHome)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            if (name.endsWith(".jar") && Files.isRegularFile(p) && ExportSparkCommand.APP_JARS.stream().noneMatch(name::startsWith)
                    && !Files.exists(jars.resolve(name))) {
                Files.createSymbolicLink(jars.resolve(name), p.toAbsolutePath());
            }
        }
        Path app = dir.resolve("sluice-spark-app.jar");
        ExportSparkCommand.writeAppJar(app);

        int masterPort = freePort();
        Process master = start(sparkHome, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                String.valueOf(masterPort), "--webui-port", String.valueOf(freePort()));
        awaitPort(master, masterPort, dir.resolve("master.log"));
        String url = "spark://127.0.0.1:" + masterPort;
        Process worker = start(sparkHome, "worker", "org.apache.spark.deploy.worker.Worker", url, "--host", "127.0.0.1", "--port",
                String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()), "--cores", "1", "--memory", "1g",
                "--work-dir", Files.createDirectories(dir.resolve("work")).toString());
        awaitLog(worker, dir.resolve("worker.log"), "Successfully registered with master");

        Path repo = SparkEquivalenceTest.repo();
        Path input = repo.resolve("examples/data/orders-sample.csv");
        Path out = dir.resolve("cluster.parquet");
        Process submit = start(sparkHome, "submit", "org.apache.spark.deploy.SparkSubmit", "--master", url, "--class",
                SparkApp.class.getName(), "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.cores.max=1",
                "--conf", "spark.executor.memory=512m", app.toString(), repo.resolve("examples/orders.sluice").toString(),
                "-p", "input=" + input, "-p", "output=" + out, "--no-history");
        assertTrue(submit.waitFor(10, TimeUnit.MINUTES), "spark-submit did not end in 10 minutes");
        String log = Files.readString(dir.resolve("submit.log"), StandardCharsets.UTF_8);
        assertEquals(0, submit.exitValue(), log);
        assertTrue(log.contains("lost 0"), log);
        // the tasks ran on an executor the Worker launched, not in the driver
        try (var s = Files.walk(dir.resolve("work"))) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().equals("stderr")), "no executor ran on the worker");
        }

        Path embedded = dir.resolve("embedded.parquet");
        RunResult e = new SluiceEngine(null, 1L << 30).run(RunRequest.of(repo.resolve("examples/orders.sluice"))
                .withParameter("input", input.toString()).withParameter("output", embedded.toString()).withHistory(false));
        assertTrue(e.succeeded(), String.valueOf(e.error()));
        try (SparkSession local = SparkEngine.session("local[1]")) {
            assertEquals(Engines.rows(local, embedded), Engines.rows(local, out));
        }
    }
}
