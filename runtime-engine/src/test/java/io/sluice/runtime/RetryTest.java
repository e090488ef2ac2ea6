package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.JdbcSink;
import io.sluice.model.JdbcSource;
import io.sluice.runtime.cli.ExitCodes;
import io.sluice.runtime.cli.SluiceCli;
import io.sluice.runtime.history.RunHistory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * Transient failures are retried with backoff and logged in the history; permanent ones fail fast. A real H2 TCP
 * server on loopback goes away and comes back; a CSV file is locked by a writer, then released.
 */
@Timeout(60)
class RetryTest {
    @TempDir
    Path dir;

    static final RetryPolicy FAST = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(800));

    /** Hears retries; {@link #await} returns once {@code n} happened. */
    static final class Retries implements RunListener {
        final java.util.concurrent.CountDownLatch latch;

        Retries(int n) {
            latch = new java.util.concurrent.CountDownLatch(n);
        }

        @Override
        public void retried(RetryEvent e) {
            latch.countDown();
        }

        void await() throws InterruptedException {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "no retry happened");
        }
    }

    Path csvPipeline(Path input) throws Exception {
        TestPipelines t = new TestPipelines("retry");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(input.toString());
        TestPipelines.columns(src, "id:INT64", "name:STRING");
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "write");
        out.setPath(dir.resolve("out.csv").toString());
        t.link(src, out);
        return t.save(dir.resolve("retry.sluice"));
    }

    @Test
    void aLockedFileIsRetriedUntilTheWriterLetsGo() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), "id,name\n1,a\n2,b\n3,c\n");
        Path history = dir.resolve("history");
        RunResult r;
        try (FileChannel ch = FileChannel.open(in, StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            Retries seen = new Retries(2);
            CompletableFuture<RunResult> f = new SluiceEngine(history, 1L << 30)
                    .start(RunRequest.of(csvPipeline(in)).withRetry(FAST).withListener(seen)).result();
            seen.await();
            assertFalse(f.isDone(), "the run should wait for the lock");
            lock.release();
            r = f.get(30, TimeUnit.SECONDS);
        }
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
        assertTrue(r.retries().size() >= 2, r.retries().toString());
        RetryEvent first = r.retries().get(0);
        assertEquals("read", first.step());
        assertEquals(1, first.attempt());
        assertEquals(100, first.delayMillis());
        assertEquals(200, r.retries().get(1).delayMillis());
        assertTrue(first.cause().contains("locked by another process"), first.cause());
        assertTrue(first.operation().contains("in.csv"), first.operation());
        assertEquals(4, Files.readAllLines(dir.resolve("out.csv")).size());
        assertEquals(r.retries(), RunHistory.open(history).retries(r.runId()));
        StringWriter out = new StringWriter();
        CommandLine cl = SluiceCli.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(ExitCodes.OK, cl.execute("runs", "--history", history.toString(), "--detail", r.runId()));
        assertTrue(out.toString().contains("retries:"), out.toString());
        assertTrue(out.toString().contains("attempt 1 failed, retried after 100 ms"), out.toString());
    }

    /**
     * A writer in another process holds an exclusive lock on the input (real for root too, unlike file permissions):
     * the run retries until that process lets go.
     */
    @Test
    void aFileLockedByAnotherProcessIsRetriedUntilItLetsGo() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), "id,name\n1,a\n2,b\n");
        Path locker = Files.writeString(dir.resolve("Locker.java"), """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Locker {
                    public static void main(String[] a) throws Exception {
                        try (FileChannel ch = FileChannel.open(Path.of(a[0]), StandardOpenOption.WRITE); var l = ch.lock()) {
                            System.out.println("locked");
                            System.out.flush();
                            System.in.read(); // holds the lock until its stdin closes
                        }
                    }
                }
                """);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), locker.toString(),
                in.toString()).redirectErrorStream(true).start();
        try {
            java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
            assertEquals("locked", r.readLine());
            Retries seen = new Retries(2);
            CompletableFuture<RunResult> f = new SluiceEngine(null, 1L << 30)
                    .start(RunRequest.of(csvPipeline(in)).withHistory(false).withRetry(FAST).withListener(seen)).result();
            seen.await();
            assertFalse(f.isDone(), "the run waits for the other process's lock");
            p.getOutputStream().close(); // the other process ends and its lock goes with it
            assertEquals(0, p.waitFor());
            RunResult res = f.get(60, TimeUnit.SECONDS);
            assertEquals(RunStatus.SUCCEEDED, res.status(), res.error());
            assertTrue(res.retries().size() >= 2, res.retries().toString());
            assertTrue(res.retries().get(0).cause().contains("locked by another process"), res.retries().toString());
            assertEquals(3, Files.readAllLines(dir.resolve("out.csv")).size());
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aMissingFileFailsWithoutRetryNamingStepAndCause() throws Exception {
        Path nowhere = dir.resolve("nowhere.csv");
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(csvPipeline(nowhere))
                .withHistory(false).withRetry(FAST));
        assertEquals(RunStatus.FAILED, r.status());
        assertEquals("step 'read': file not found: " + nowhere, r.error());
        assertTrue(r.retries().isEmpty(), r.retries().toString());
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static Server server(Path base, int port) throws Exception {
        return Server.createTcpServer("-tcpPort", Integer.toString(port), "-baseDir", base.toString(), "-ifNotExists").start();
    }

    Path jdbcPipeline(String url, String query) throws Exception {
        TestPipelines t = new TestPipelines("jdbc");
        JdbcSource src = t.add(TestPipelines.P.getJdbcSource(), "read");
        src.setUrl(url);
        src.setUser("sa");
        src.setPassword("");
        src.setQuery(query);
        TestPipelines.columns(src, "id:INT64", "name:STRING");
        JdbcSink out = t.add(TestPipelines.P.getJdbcSink(), "write");
        out.setUrl(url);
        out.setUser("sa");
        out.setPassword("");
        out.setTable("copy");
        t.link(src, out);
        return t.save(dir.resolve("jdbc.sluice"));
    }

    /** The database server is down when the run starts and comes back: source and sink connect on a retry. */
    @Test
    void aLostDatabaseConnectionIsRetried() throws Exception {
        int port = freePort();
        String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/./db";
        Server server = server(dir, port);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE src (id BIGINT, name VARCHAR)");
            st.execute("INSERT INTO src SELECT X, 'n' || X FROM SYSTEM_RANGE(1, 500)");
        }
        server.stop();
        Retries seen = new Retries(2);
        CompletableFuture<RunResult> f = new SluiceEngine(dir.resolve("history"), 1L << 30)
                .start(RunRequest.of(jdbcPipeline(url, "SELECT id, name FROM src ORDER BY id")).withRetry(FAST)
                        .withListener(seen)).result();
        seen.await();
        server = server(dir, port);
        try {
            RunResult r = f.get(30, TimeUnit.SECONDS);
            assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
            assertTrue(r.retries().stream().anyMatch(e -> e.step().equals("read")), r.retries().toString());
            assertTrue(r.retries().stream().allMatch(e -> e.operation().startsWith("open connection to jdbc:h2:tcp://127.0.0.1")),
                    r.retries().toString());
            assertTrue(r.accounting().ok());
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*), SUM(id) FROM copy")) {
                rs.next();
                assertEquals(500, rs.getLong(1));
                assertEquals(500 * 501 / 2, rs.getLong(2));
            }
            assertEquals(r.retries(), RunHistory.open(dir.resolve("history")).retries(r.runId()));

            // bad SQL is permanent: no retry
            RunResult bad = new SluiceEngine(null, 1L << 30).run(RunRequest.of(jdbcPipeline(url, "SELEKT nonsense"))
                    .withHistory(false).withRetry(FAST));
            assertEquals(RunStatus.INVALID == bad.status() ? RunStatus.INVALID : RunStatus.FAILED, bad.status());
            assertTrue(bad.retries().isEmpty(), bad.retries().toString());
        } finally {
            server.stop();
        }
    }
}
