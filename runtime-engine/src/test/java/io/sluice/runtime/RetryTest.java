package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

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
import java.nio.file.attribute.PosixFilePermissions;
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

    @Test
    void anUnreadableFileIsRetriedUntilItIsReadable() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads files whatever their permissions");
        Path in = Files.writeString(dir.resolve("in.csv"), "id,name\n1,a\n");
        Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("---------"));
        Retries seen = new Retries(1);
        CompletableFuture<RunResult> f = new SluiceEngine(null, 1L << 30)
                .start(RunRequest.of(csvPipeline(in)).withHistory(false).withRetry(FAST).withListener(seen)).result();
        seen.await();
        Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("rw-r--r--"));
        RunResult r = f.get(30, TimeUnit.SECONDS);
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
        assertFalse(r.retries().isEmpty());
    }

    @Test
    void aMissingFileFailsFastNamingStepAndFile() throws Exception {
        long t0 = System.nanoTime();
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(csvPipeline(dir.resolve("nowhere.csv")))
                .withHistory(false).withRetry(FAST));
        assertEquals(RunStatus.FAILED, r.status());
        assertTrue(r.error().contains("step 'read'") && r.error().contains("nowhere.csv"), r.error());
        assertTrue(r.retries().isEmpty(), r.retries().toString());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
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
