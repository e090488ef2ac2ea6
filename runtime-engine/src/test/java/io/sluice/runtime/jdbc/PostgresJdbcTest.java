package io.sluice.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.JdbcSink;
import io.sluice.model.JdbcSource;
import io.sluice.model.LoadMethod;
import io.sluice.model.WriteMode;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;
import io.sluice.runtime.history.RunHistory;
import io.sluice.testsupport.PostgresServer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** JDBC source and sink against a real PostgreSQL server (started by {@link PostgresServer}). */
class PostgresJdbcTest extends PostgresTestBase {

    RunResult run(TestPipelines t, String name) throws Exception {
        return new SluiceEngine(dir.resolve("history"), 1L << 30).run(RunRequest.of(t.save(dir.resolve(name + ".sluice"))));
    }

    JdbcSource source(TestPipelines t, String table) {
        JdbcSource src = t.add(TestPipelines.P.getJdbcSource(), "read");
        src.setUrl(url);
        src.setUser(db.user());
        src.setTable(table);
        return src;
    }

    JdbcSink sink(TestPipelines t, String table, LoadMethod method) {
        JdbcSink out = t.add(TestPipelines.P.getJdbcSink(), "write");
        out.setUrl(url);
        out.setUser(db.user());
        out.setTable(table);
        out.setLoadMethod(method);
        return out;
    }

    static final String TYPES = "CREATE TABLE types (id INT PRIMARY KEY, s SMALLINT, i INT, b BIGINT, n NUMERIC(14,4), n0 NUMERIC(12,0), "
            + "r REAL, d DOUBLE PRECISION, ok BOOLEAN, t TEXT, v VARCHAR(20), day DATE, ts TIMESTAMP, tz TIMESTAMPTZ, ia INT[], "
            + "ta TEXT[], j JSONB, bin BYTEA, u UUID)";

    /** Every mapped type reads exactly and writes back, by batched INSERT and by COPY. */
    @ParameterizedTest
    @EnumSource(LoadMethod.class)
    void everyMappedTypeRoundTrips(LoadMethod method) throws Exception {
        db.execute(TYPES, "INSERT INTO types VALUES "
                + "(1, -32768, 2147483647, 9223372036854775807, 1234567890.1234, 999999999999, 1.5, 2.718281828459045, true, "
                + "'日本 \"quoted\", comma', 'v', '2026-02-28', '2026-02-28 13:14:15.123456', '2026-02-28 13:14:15.654321+05:30', "
                + "'{1,2,NULL}', '{\"a b\",c}', '{\"k\": [1, 2]}', '\\xdeadbeef', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),"
                + "(2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
                + "(3, 0, 0, 0, -0.0001, 0, 'NaN', '-Infinity', false, '', '', '1969-12-31', '1969-12-31 23:59:59.999999', "
                + "'1969-12-31 23:59:59.999999Z', '{}', '{}', 'null', '', '00000000-0000-0000-0000-000000000000')");
        TestPipelines t = new TestPipelines("types");
        JdbcSource src = source(t, "types");
        t.link(src, sink(t, "copied", method));
        RunResult r = run(t, "types");
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems());
        assertEquals(3, db.count("SELECT count(*) FROM copied"));
        // plain unquoted SQL finds every column the sink created; each value equals the original under the stated mapping
        String same = "SELECT count(*) FROM types o JOIN copied c ON o.id = c.id WHERE "
                + "c.s IS NOT DISTINCT FROM o.s AND c.i IS NOT DISTINCT FROM o.i AND c.b IS NOT DISTINCT FROM o.b "
                + "AND c.n IS NOT DISTINCT FROM o.n AND c.n0 IS NOT DISTINCT FROM o.n0 "
                + "AND c.r IS NOT DISTINCT FROM o.r AND c.d IS NOT DISTINCT FROM o.d AND c.ok IS NOT DISTINCT FROM o.ok "
                + "AND c.t IS NOT DISTINCT FROM o.t AND c.v IS NOT DISTINCT FROM o.v AND c.day IS NOT DISTINCT FROM o.day "
                + "AND c.ts IS NOT DISTINCT FROM o.ts AND c.tz IS NOT DISTINCT FROM o.tz "
                + "AND c.ia IS NOT DISTINCT FROM o.ia AND c.ta IS NOT DISTINCT FROM o.ta "
                + "AND c.j::jsonb IS NOT DISTINCT FROM o.j AND c.bin IS NOT DISTINCT FROM o.bin "
                + "AND c.u IS NOT DISTINCT FROM o.u::text";
        assertEquals(3, db.count(same));
        assertEquals(1, db.count("SELECT count(*) FROM copied WHERE t = '' AND id = 3"), "an empty text stays empty, not NULL");
        assertEquals(1, db.count("SELECT count(*) FROM information_schema.columns WHERE table_name = 'copied' AND column_name = 'tz' "
                + "AND data_type = 'timestamp with time zone'"));
        assertEquals(1, db.count("SELECT count(*) FROM information_schema.columns WHERE table_name = 'copied' AND column_name = 'ts' "
                + "AND data_type = 'timestamp without time zone'"), "a local TIMESTAMP stays local");
        assertEquals(1, db.count("SELECT count(*) FROM information_schema.columns WHERE table_name = 'copied' AND column_name = 'n' "
                + "AND data_type = 'numeric' AND numeric_precision = 14 AND numeric_scale = 4"),
                "NUMERIC(14,4) reads as DECIMAL(14,4) and is written back as NUMERIC(14,4), exact");
    }

    /** UPSERT through ON CONFLICT: a second run updates rows instead of duplicating them; names fold as PostgreSQL folds. */
    @Test
    void upsertUpdatesByKeyAndNamesFold() throws Exception {
        db.execute("CREATE TABLE src (OrderId BIGINT, Amount INT)", "INSERT INTO src SELECT g, g FROM generate_series(1, 2500) g");
        TestPipelines t = new TestPipelines("upsert");
        JdbcSource src = t.add(TestPipelines.P.getJdbcSource(), "read");
        src.setUrl(url);
        src.setUser(db.user());
        src.setQuery("SELECT orderid AS \"OrderId\", amount AS \"Amount\" FROM src");
        JdbcSink out = sink(t, "Target", LoadMethod.BATCH);
        out.setMode(WriteMode.UPSERT);
        out.getKeyColumns().add("OrderId");
        t.link(src, out);
        assertEquals(RunStatus.SUCCEEDED, run(t, "upsert").status());
        db.execute("UPDATE src SET amount = amount * 10 WHERE orderid <= 100");
        RunResult second = run(t, "upsert");
        assertEquals(RunStatus.SUCCEEDED, second.status(), second.error());
        assertEquals(2500, db.count("SELECT count(*) FROM target"));
        assertEquals(100, db.count("SELECT count(*) FROM target WHERE amount = orderid * 10"));
        assertEquals(1, db.count("SELECT count(*) FROM pg_indexes WHERE tablename = 'target' AND indexdef LIKE '%(orderid)%'"));
    }

    /** Columns and filter go to the database; only the declared columns are selected. */
    @Test
    void columnsAndFilterArePushedDown() throws Exception {
        db.execute("CREATE TABLE wide (id BIGINT, keep TEXT, blob BYTEA)",
                "INSERT INTO wide SELECT g, 'k' || g, NULL FROM generate_series(1, 1000) g");
        TestPipelines t = new TestPipelines("pushdown");
        JdbcSource src = source(t, "wide");
        TestPipelines.columns(src, "id:INT64", "keep:STRING");
        src.setFilter("id % 10 = 0");
        t.link(src, sink(t, "narrow", LoadMethod.COPY));
        RunResult r = run(t, "pushdown");
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
        assertEquals(100, r.finalSnapshot().steps().stream().filter(s -> s.step().equals("read")).findFirst().get().rowsOut());
        assertEquals(100, db.count("SELECT count(*) FROM narrow WHERE id % 10 = 0 AND keep = 'k' || id"));
        assertEquals(0, db.count("SELECT count(*) FROM information_schema.columns WHERE table_name = 'narrow' AND column_name = 'blob'"));
    }

    /** A SQL error reaches the user as PostgreSQL reported it, not as "columns neither declared nor inferable". */
    @Test
    void sqlErrorsAreShownAsTheDatabaseReportedThem() throws Exception {
        TestPipelines t = new TestPipelines("bad");
        JdbcSource src = t.add(TestPipelines.P.getJdbcSource(), "read");
        src.setUrl(url);
        src.setUser(db.user());
        src.setQuery("SELECT order_id FROM no_such_table");
        t.link(src, sink(t, "x", LoadMethod.BATCH));
        RunResult r = run(t, "bad");
        assertEquals(RunStatus.INVALID, r.status());
        String all = r.problems().toString();
        assertTrue(all.contains("relation \"no_such_table\" does not exist"), all);
        assertFalse(all.contains("neither declared nor inferable"), all);
    }

    /**
     * Table big (ids 1..rows) read into table landed, 500 rows a fetch; rows past {@code free} need advisory lock 42, so
     * while the test holds it the read stops there, mid-stream.
     */
    private TestPipelines lockedRead(String name, int rows, int free) throws SQLException {
        db.execute("CREATE TABLE big AS SELECT g AS id FROM generate_series(1, " + rows + ") g");
        TestPipelines t = new TestPipelines(name);
        JdbcSource src = t.add(TestPipelines.P.getJdbcSource(), "read");
        src.setUrl(url);
        src.setUser(db.user());
        src.setFetchSize(500);
        // no ORDER BY: a sort would evaluate the condition for every row before the first one is sent
        src.setQuery("SELECT id FROM big WHERE id <= " + free + " OR pg_advisory_lock_shared(42) IS NOT NULL");
        TestPipelines.columns(src, "id:INT32");
        t.link(src, sink(t, "landed", LoadMethod.BATCH));
        return t;
    }

    /**
     * The source's connection is killed (pg_terminate_backend) after it delivered rows (a whole batch of 32,768 went
     * to the sink): a restart would read them twice, so the run fails cleanly, and the one-transaction sink leaves the
     * target table as it was (not even created).
     */
    @Test
    void lostConnectionMidReadFailsCleanly() throws Exception {
        TestPipelines t = lockedRead("midread", 50000, 40000);
        try (Connection lock = db.connect(); Statement st = lock.createStatement()) { // advisory locks are per database
            st.execute("SELECT pg_advisory_lock(42)");
            CompletableFuture<RunResult> f = new SluiceEngine(dir.resolve("history"), 1L << 30)
                    .start(RunRequest.of(t.save(dir.resolve("midread.sluice")))).result();
            int pid = waitForLockWaiter(st, f);
            st.execute("SELECT pg_terminate_backend(" + pid + ")");
            RunResult r = f.get(120, TimeUnit.SECONDS);
            assertEquals(RunStatus.FAILED, r.status());
            assertTrue(r.error().contains("terminat"), r.error());
            assertTrue(r.error().contains("not retried"), r.error());
        }
        assertEquals(0, db.count("SELECT count(*) FROM information_schema.tables WHERE table_name = 'landed'"),
                "nothing half-written");
    }

    /**
     * The source's connection is killed before it handed on any row (the first 3,000 rows were fetched, the batch was
     * not full yet): the read is retried on a new connection from the start, and every row lands exactly once.
     */
    @Test
    void lostConnectionBeforeAnyRowWasHandedOnIsRetried() throws Exception {
        TestPipelines t = lockedRead("retryread", 20000, 3000);
        try (Connection lock = db.connect(); Statement st = lock.createStatement()) {
            st.execute("SELECT pg_advisory_lock(42)");
            CompletableFuture<RunResult> f = new SluiceEngine(dir.resolve("history"), 1L << 30)
                    .start(RunRequest.of(t.save(dir.resolve("retryread.sluice")))).result();
            int first = waitForLockWaiter(st, f);
            st.execute("SELECT pg_terminate_backend(" + first + ")");
            int second = waitForLockWaiter(st, f, first); // the retry, on a new connection, waits at the same row
            assertTrue(second != first);
            st.execute("SELECT pg_advisory_unlock(42)");
            RunResult r = f.get(120, TimeUnit.SECONDS);
            assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
            assertEquals(1, r.retries().size(), r.retries().toString());
            assertTrue(r.retries().get(0).operation().startsWith("read "), r.retries().toString());
        }
        assertEquals(20000, db.count("SELECT count(*) FROM landed"));
        assertEquals(20000, db.count("SELECT count(DISTINCT id) FROM landed"));
    }

    /** A pipeline from table src (ids 1..10000) into dst, whose trigger waits for advisory lock 43 at id 5500. */
    private TestPipelines midWrite(LoadMethod method, int commitEvery) throws SQLException {
        db.execute("CREATE TABLE src AS SELECT g AS id FROM generate_series(1, 10000) g", "CREATE TABLE dst (id INT)",
                "CREATE FUNCTION hold() RETURNS trigger AS $$ BEGIN IF NEW.id = 5500 THEN PERFORM pg_advisory_lock_shared(43); END IF; "
                        + "RETURN NEW; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER hold BEFORE INSERT ON dst FOR EACH ROW EXECUTE FUNCTION hold()");
        TestPipelines t = new TestPipelines("midwrite");
        JdbcSource src = t.add(TestPipelines.P.getJdbcSource(), "read");
        src.setUrl(url);
        src.setUser(db.user());
        src.setQuery("SELECT id FROM src ORDER BY id");
        TestPipelines.columns(src, "id:INT32");
        JdbcSink out = sink(t, "dst", method);
        out.setCommitEvery(commitEvery);
        t.link(src, out);
        return t;
    }

    /** The sink's connection is killed mid-write in one transaction: the run fails and the table stays as it was. */
    @ParameterizedTest
    @EnumSource(LoadMethod.class)
    void lostConnectionMidWriteInOneTransactionFailsCleanly(LoadMethod method) throws Exception {
        TestPipelines t = midWrite(method, 0);
        try (Connection lock = db.connect(); Statement st = lock.createStatement()) { // advisory locks are per database
            st.execute("SELECT pg_advisory_lock(43)");
            CompletableFuture<RunResult> f = new SluiceEngine(dir.resolve("history"), 1L << 30)
                    .start(RunRequest.of(t.save(dir.resolve("midwrite.sluice"))).withThreads(1)).result();
            int pid = waitForLockWaiter(st, f);
            st.execute("SELECT pg_terminate_backend(" + pid + ")");
            RunResult r = f.get(120, TimeUnit.SECONDS);
            assertEquals(RunStatus.FAILED, r.status());
            assertNotNull(r.error());
            assertEquals(List.of(), r.retries(), "one transaction: nothing to send again");
        }
        assertEquals(0, db.count("SELECT count(*) FROM dst"));
    }

    /**
     * With per-batch commits the sink's connection is killed mid-batch: the batches committed before stay, the lost
     * batch is sent again on a new connection (it waits at the same row until the lock is released), and the table
     * ends with every row exactly once.
     */
    @ParameterizedTest
    @EnumSource(LoadMethod.class)
    void lostConnectionMidWriteResendsTheUncommittedBatch(LoadMethod method) throws Exception {
        TestPipelines t = midWrite(method, 1000);
        try (Connection lock = db.connect(); Statement st = lock.createStatement()) {
            st.execute("SELECT pg_advisory_lock(43)");
            CompletableFuture<RunResult> f = new SluiceEngine(dir.resolve("history"), 1L << 30)
                    .start(RunRequest.of(t.save(dir.resolve("midwrite.sluice"))).withThreads(1)).result();
            int first = waitForLockWaiter(st, f);
            assertEquals(5000, db.count("SELECT count(*) FROM dst"), "the batches before the lost one are committed");
            st.execute("SELECT pg_terminate_backend(" + first + ")");
            waitForLockWaiter(st, f, first); // the resent batch reaches row 5500 again
            st.execute("SELECT pg_advisory_unlock(43)");
            RunResult r = f.get(120, TimeUnit.SECONDS);
            assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
            assertEquals(1, r.retries().size(), r.retries().toString());
            assertTrue(r.retries().get(0).operation().startsWith("write "), r.retries().toString());
        }
        assertEquals(10000, db.count("SELECT count(*) FROM dst"));
        assertEquals(10000, db.count("SELECT count(DISTINCT id) FROM dst"));
    }

    private int waitForLockWaiter(Statement st, CompletableFuture<RunResult> run) throws Exception {
        return waitForLockWaiter(st, run, -1);
    }

    /**
     * The pid of the backend (of this test's database, other than {@code not}) waiting for an advisory lock; waits
     * until there is one.
     */
    private int waitForLockWaiter(Statement st, CompletableFuture<RunResult> run, int not) throws Exception {
        String db = url.substring(url.lastIndexOf('/') + 1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (run.isDone()) {
                throw new AssertionError("the run ended before it waited for the lock: " + run.get().status() + " "
                        + run.get().error() + " " + run.get().problems());
            }
            try (ResultSet rs = st.executeQuery("SELECT a.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                    + "WHERE l.locktype = 'advisory' AND NOT l.granted AND a.datname = '" + db + "' AND a.pid <> " + not)) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no backend waited for the advisory lock");
    }

    /**
     * Incremental loads over three runs with a failure in the middle: the mark advances only when a run commits, so
     * the run after the failure reads the failed run's rows again; every row lands exactly once.
     */
    @Test
    void incrementalLoadRereadsAfterAFailure() throws Exception {
        db.execute("CREATE TABLE events (id BIGINT, updated_at TIMESTAMPTZ, v INT)",
                "INSERT INTO events SELECT g, TIMESTAMPTZ '2026-01-01' + g * INTERVAL '1 minute', g FROM generate_series(1, 100) g",
                "CREATE TABLE loaded (id BIGINT, updated_at TIMESTAMPTZ, v INT CHECK (v <> 150))");
        TestPipelines t = new TestPipelines("incremental");
        JdbcSource src = source(t, "events");
        TestPipelines.columns(src, "id:INT64", "updated_at:TIMESTAMP", "v:INT32");
        src.setHighWaterColumn("updated_at");
        t.link(src, sink(t, "loaded", LoadMethod.BATCH));
        Path file = t.save(dir.resolve("incremental.sluice"));
        SluiceEngine engine = new SluiceEngine(dir.resolve("history"), 1L << 30);

        RunResult first = engine.run(RunRequest.of(file));
        assertEquals(RunStatus.SUCCEEDED, first.status(), first.error());
        assertEquals(100, db.count("SELECT count(*) FROM loaded"));
        String key = file.toAbsolutePath().normalize().toString();
        assertEquals("Z:2026-01-01T01:40:00Z", RunHistory.open(dir.resolve("history")).marks(key).get("read"));

        db.execute("INSERT INTO events SELECT g, TIMESTAMPTZ '2026-01-01' + g * INTERVAL '1 minute', g FROM generate_series(101, 200) g");
        RunResult second = engine.run(RunRequest.of(file)); // row 150 breaks the target's CHECK: the run fails
        assertEquals(RunStatus.FAILED, second.status());
        assertTrue(second.error().contains("loaded_v_check"), second.error());
        assertEquals(100, db.count("SELECT count(*) FROM loaded"));
        assertEquals("Z:2026-01-01T01:40:00Z", RunHistory.open(dir.resolve("history")).marks(key).get("read"),
                "a failed run does not advance the mark");

        db.execute("ALTER TABLE loaded DROP CONSTRAINT loaded_v_check");
        RunResult third = engine.run(RunRequest.of(file));
        assertEquals(RunStatus.SUCCEEDED, third.status(), third.error());
        assertEquals(100, third.finalSnapshot().steps().stream().filter(s -> s.step().equals("read")).findFirst().get().rowsOut());
        assertEquals(200, db.count("SELECT count(*) FROM loaded"));
        assertEquals(200, db.count("SELECT count(DISTINCT id) FROM loaded"));
        assertEquals("Z:2026-01-01T03:20:00Z", RunHistory.open(dir.resolve("history")).marks(key).get("read"));
    }

    /** The driver is loaded in a class loader of its own, from its Maven coordinates — not from the class path. */
    @Test
    void theDriverComesFromItsCoordinatesNotTheClassPath() throws Exception {
        java.sql.Driver d = io.sluice.runtime.connections.DriverRegistry.shared().driverFor(url,
                java.util.List.of("org.postgresql:postgresql:42.7.13"));
        assertEquals("org.postgresql.Driver", d.getClass().getName());
        assertTrue(d.getClass().getClassLoader() instanceof java.net.URLClassLoader, d.getClass().getClassLoader().toString());
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.postgresql.Driver"));
    }
}
