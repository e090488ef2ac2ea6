package io.sluice.runtime.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.h2.jdbcx.JdbcDataSource;

/**
 * The run history: an H2 database file, created and migrated by the engine ({@code schema_version} holds the version;
 * each migration runs once, in order). Default location {@code ~/.sluice/history}, overridable with the system
 * property {@code sluice.history.dir} or explicitly.
 *
 * <p>Any number of processes (command-line runs, the designer) share one history through H2's automatic mixed mode:
 * the first process that opens the file serves it to the others on loopback, and another takes over when it ends.
 * Every write is committed and synced to disk before it returns. A run is recorded RUNNING, with its process id and
 * start instant, before it reads its first row; a RUNNING run whose process is gone reads back as {@link #CRASHED}.
 */
public final class RunHistory {
    /** System property naming the history directory. */
    public static final String DIR_PROPERTY = "sluice.history.dir"; //$NON-NLS-1$

    private static final String[] MIGRATIONS = {
        // v1
        "CREATE TABLE IF NOT EXISTS runs (run_id VARCHAR(64) PRIMARY KEY, pipeline_name VARCHAR(1000), pipeline_file VARCHAR(4000), " //$NON-NLS-1$
                + "content_hash VARCHAR(64), started_at TIMESTAMP WITH TIME ZONE NOT NULL, ended_at TIMESTAMP WITH TIME ZONE, " //$NON-NLS-1$
                + "status VARCHAR(16) NOT NULL, error CLOB);" //$NON-NLS-1$
                + "CREATE INDEX IF NOT EXISTS runs_by_file ON runs(pipeline_file, started_at);" //$NON-NLS-1$
                + "CREATE TABLE IF NOT EXISTS run_params (run_id VARCHAR(64) NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE, " //$NON-NLS-1$
                + "name VARCHAR(1000) NOT NULL, val CLOB, PRIMARY KEY (run_id, name));" //$NON-NLS-1$
                + "CREATE TABLE IF NOT EXISTS run_steps (run_id VARCHAR(64) NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE, " //$NON-NLS-1$
                + "position INT NOT NULL, step VARCHAR(1000) NOT NULL, kind VARCHAR(100), state VARCHAR(16), rows_in BIGINT, " //$NON-NLS-1$
                + "rows_out BIGINT, rows_rejected BIGINT, batches_out BIGINT, bytes_out BIGINT, errors BIGINT, " //$NON-NLS-1$
                + "elapsed_ms BIGINT, message CLOB, PRIMARY KEY (run_id, position))", //$NON-NLS-1$
        // v2: issue 6 — row accounting line, filtered rows per step, quality rule results
        "ALTER TABLE runs ADD COLUMN IF NOT EXISTS accounting VARCHAR(1000);" //$NON-NLS-1$
                + "ALTER TABLE run_steps ADD COLUMN IF NOT EXISTS rows_filtered BIGINT DEFAULT 0 NOT NULL;" //$NON-NLS-1$
                + "CREATE TABLE IF NOT EXISTS run_rules (run_id VARCHAR(64) NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE, " //$NON-NLS-1$
                + "position INT NOT NULL, step VARCHAR(1000) NOT NULL, rule VARCHAR(1000) NOT NULL, kind VARCHAR(32) NOT NULL, " //$NON-NLS-1$
                + "column_name VARCHAR(1000), severity VARCHAR(16) NOT NULL, checked BIGINT NOT NULL, failed BIGINT NOT NULL, " //$NON-NLS-1$
                + "samples CLOB, message CLOB, PRIMARY KEY (run_id, position))", //$NON-NLS-1$
        // v3: retries of transient failures
        "CREATE TABLE IF NOT EXISTS run_retries (run_id VARCHAR(64) NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE, " //$NON-NLS-1$
                + "seq INT NOT NULL, step VARCHAR(1000) NOT NULL, operation CLOB, attempt INT NOT NULL, delay_ms BIGINT NOT NULL, " //$NON-NLS-1$
                + "failed_at TIMESTAMP WITH TIME ZONE NOT NULL, cause CLOB, PRIMARY KEY (run_id, seq))", //$NON-NLS-1$
        // v4: checkpoints of runs over directories of input files (no foreign key: a killed run has no runs row
        // until it ends, and recording the run replaces that row)
        "CREATE TABLE IF NOT EXISTS run_files (run_id VARCHAR(64) NOT NULL, step VARCHAR(1000) NOT NULL, seq INT NOT NULL, " //$NON-NLS-1$
                + "file VARCHAR(4000) NOT NULL, file_size BIGINT, committed_at TIMESTAMP WITH TIME ZONE NOT NULL, counts CLOB, " //$NON-NLS-1$
                + "PRIMARY KEY (run_id, step, seq))", //$NON-NLS-1$
        // v5: issue 9 — the process that owns a run (a RUNNING run whose process is gone is CRASHED), and the content
        // hash of each committed input file (a same-size edit must refuse a resume)
        "ALTER TABLE runs ADD COLUMN IF NOT EXISTS owner_pid BIGINT;" //$NON-NLS-1$
                + "ALTER TABLE runs ADD COLUMN IF NOT EXISTS owner_started TIMESTAMP WITH TIME ZONE;" //$NON-NLS-1$
                + "ALTER TABLE runs ADD COLUMN IF NOT EXISTS owner_host VARCHAR(255);" //$NON-NLS-1$
                + "ALTER TABLE run_files ADD COLUMN IF NOT EXISTS file_hash VARCHAR(64)", //$NON-NLS-1$
        // v6: issue 12 — high-water marks of incremental sources (per pipeline and step, advanced when a run commits)
        // and the schema drift each source met
        "CREATE TABLE IF NOT EXISTS source_marks (pipeline VARCHAR(4000) NOT NULL, step VARCHAR(1000) NOT NULL, mark CLOB NOT NULL, " //$NON-NLS-1$
                + "run_id VARCHAR(64) NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (pipeline, step));" //$NON-NLS-1$
                + "CREATE TABLE IF NOT EXISTS run_drift (run_id VARCHAR(64) NOT NULL, seq INT NOT NULL, step VARCHAR(1000) NOT NULL, " //$NON-NLS-1$
                + "policy VARCHAR(16) NOT NULL, description CLOB NOT NULL, PRIMARY KEY (run_id, seq))", //$NON-NLS-1$
        // v7: issue 15 — the Git commit the pipeline was run at, and whether its file differed from that commit
        "ALTER TABLE runs ADD COLUMN IF NOT EXISTS revision VARCHAR(64);" //$NON-NLS-1$
                + "ALTER TABLE runs ADD COLUMN IF NOT EXISTS revision_dirty BOOLEAN", //$NON-NLS-1$
    };

    /** Status of a run whose process ended without recording an outcome (computed, then stored, when read). */
    public static final String CRASHED = "CRASHED"; //$NON-NLS-1$

    /**
     * H2's automatic mixed mode: the first process that opens the file serves it to the others over loopback, and a
     * client takes over when that process ends (even by {@code kill -9}). No compaction when a process closes the file
     * (a kill in the middle must not cost the last commits). H2 closes the file at JVM shutdown ({@code AUTO_SERVER}
     * needs that); a run recorded during shutdown (SIGTERM) reopens it, which H2 allows once its own hook has run.
     *
     * <p>{@code FILE_LOCK=SOCKET}: the owner of the file holds a socket on loopback and names it in the lock file,
     * which nobody else writes while the owner lives; a process that finds the lock file checks that socket, and goes
     * to the server the file names. With the default {@code FILE} method every process that wants the file instead
     * writes its own id into the lock file, sleeps two seconds and reads it back, while the owner's watchdog rewrites
     * it: with several processes at once on a loaded machine the file mostly holds another contender's id (without
     * the server's address) when a process reads it, so that process is refused ("Locked by another process", 90020)
     * instead of being sent to the server, tries again, and keeps the others refused — for more than a minute: a run
     * then exited 0 without its outcome in the history. A dead owner's socket refuses at once, so a {@code kill -9}
     * is also taken over without the file method's waits.
     */
    private static final String URL_OPTIONS = ";AUTO_SERVER=TRUE;FILE_LOCK=SOCKET;MAX_COMPACT_TIME=0"; //$NON-NLS-1$

    static {
        // the automatic server listens on loopback only (set before H2's system properties are first read)
        if (System.getProperty("h2.bindAddress") == null) { //$NON-NLS-1$
            System.setProperty("h2.bindAddress", "127.0.0.1"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private final String url;

    private RunHistory(Path dir) {
        this.url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("runs") + URL_OPTIONS; //$NON-NLS-1$
    }

    /** {@code sluice.history.dir}, else {@code ~/.sluice/history}. */
    public static Path defaultLocation() {
        String p = System.getProperty(DIR_PROPERTY);
        return p != null && !p.isBlank() ? Path.of(p) : Path.of(System.getProperty("user.home"), ".sluice", "history"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Opens (creating and migrating) the history in {@code dir}. */
    public static RunHistory open(Path dir) throws SQLException {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create history directory " + dir + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        RunHistory h = new RunHistory(dir);
        h.migrate();
        return h;
    }

    private Connection connect() throws SQLException {
        // H2's own data source, not DriverManager: inside OSGi, DriverManager cannot see drivers of other bundles.
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sluice"); //$NON-NLS-1$
        source.setPassword(""); //$NON-NLS-1$
        return source.getConnection();
    }

    /**
     * Keeps the history open in this process until the returned handle is closed (a run holds it from its start to its
     * record): the many short transactions of a run then reuse the open file instead of opening and closing it each
     * time. Durability does not depend on it: every write is synced when it commits.
     */
    public AutoCloseable hold() throws SQLException {
        long deadline = System.nanoTime() + RETRY_NANOS;
        for (int attempt = 0;; attempt++) {
            try {
                Connection c = connect();
                return c::close;
            } catch (SQLException e) {
                if (!isTransient(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                pause(attempt, e);
            }
        }
    }

    /** Waits before the next attempt: 25 ms, doubled each time, at most a second. */
    private static void pause(int attempt, SQLException cause) throws SQLException {
        try {
            Thread.sleep(Math.min(1000, 25L << Math.min(attempt, 6)));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    /** Work on one connection, in one transaction. */
    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    /**
     * How long a transaction is retried while the file changes hands between processes or another process holds a
     * lock ({@link #isTransient}): generous, because on a loaded machine handing over the file takes seconds.
     */
    private static final long RETRY_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);

    /**
     * Runs {@code work} in a transaction and commits it; a write is then written to the file ({@code CHECKPOINT}), so
     * that a {@code kill -9} of this or of the serving process right after cannot lose it (H2 otherwise keeps commits in
     * memory for up to its write delay), and a run's start and end are also synced to the disk. Retried when the
     * serving process went away or another process holds a lock (H2 reconnects on its own).
     */
    private <T> T transact(Durability durability, Work<T> work) throws SQLException {
        return transact(durability, RunHistory::isTransient, work);
    }

    /**
     * What a transaction does after its commit: nothing (a read), write it to the file (it then survives a
     * {@code kill -9} of any process), or also sync the file to the disk (it then survives the machine's crash).
     */
    private enum Durability {
        READ(null), FLUSH("CHECKPOINT"), SYNC("CHECKPOINT SYNC"); //$NON-NLS-1$ //$NON-NLS-2$

        final String statement;

        Durability(String statement) {
            this.statement = statement;
        }
    }

    /** {@link #transact(Durability, Work)}, retried on the failures {@code retry} accepts. */
    private <T> T transact(Durability durability, java.util.function.Predicate<SQLException> retry, Work<T> work)
            throws SQLException {
        long deadline = System.nanoTime() + RETRY_NANOS;
        for (int attempt = 0;; attempt++) {
            try (Connection c = connect()) {
                c.setAutoCommit(false);
                try {
                    T result = work.on(c);
                    c.commit();
                    if (durability.statement != null) {
                        try (Statement st = c.createStatement()) {
                            st.execute(durability.statement);
                        }
                    }
                    return result;
                } catch (SQLException e) {
                    try {
                        c.rollback();
                    } catch (SQLException r) {
                        e.addSuppressed(r);
                    }
                    throw e;
                }
            } catch (SQLException e) {
                if (!retry.test(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                pause(attempt, e);
            }
        }
    }

    /**
     * Connection lost or refused, database in use or closing (also by H2 at JVM shutdown), lock timeout, concurrent
     * update, deadlock, database in exclusive mode (another process migrating it).
     */
    static boolean isTransient(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                int code = s.getErrorCode();
                if (state != null && state.startsWith("08") || code == 90067 || code == 90020 || code == 90098 //$NON-NLS-1$
                        || code == 90121 || code == 50200 || code == 40001 || code == 90131 || code == 90028 || code == 90108
                        || code == 8000 || code == 90135) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The schema version after migration. */
    public int schemaVersion() throws SQLException {
        return transact(Durability.READ, c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) { //$NON-NLS-1$
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** History folders already migrated by this process. */
    private static final java.util.Set<String> MIGRATED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Brings the schema up to date. Several processes may open a new history at once, and DDL in H2 is neither
     * transactional nor isolated: an {@code ALTER TABLE} copies the table, and another process writing a run at that
     * moment fails against the copy ("Referential integrity constraint violation: RUNS_COPY_…"). So a history that is
     * already current gets no DDL at all, and an outdated one is migrated with the database in exclusive mode (other
     * sessions wait, new ones are refused and retry), after reading its version again: a process passes this method
     * only once the whole schema is there, so no run is written while another process migrates.
     */
    private void migrate() throws SQLException {
        if (MIGRATED.contains(url)) {
            return;
        }
        // a failure other than a newer schema is most likely another process migrating at the same moment: look again
        transact(Durability.FLUSH, e -> !"SLUICE".equals(e.getSQLState()), c -> { //$NON-NLS-1$
            try (Statement st = c.createStatement()) {
                if (version(st) == MIGRATIONS.length) {
                    return null;
                }
                st.execute("SET EXCLUSIVE 1"); //$NON-NLS-1$
                SQLException failed = null;
                try {
                    st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, applied_at TIMESTAMP WITH TIME ZONE)"); //$NON-NLS-1$
                    int current = version(st);
                    for (int v = current + 1; v <= MIGRATIONS.length; v++) {
                        for (String sql : MIGRATIONS[v - 1].split(";")) { //$NON-NLS-1$
                            st.execute(sql);
                        }
                        st.execute("MERGE INTO schema_version KEY (version) VALUES (" + v + ", CURRENT_TIMESTAMP)"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                } catch (SQLException e) {
                    failed = e;
                } finally {
                    try {
                        st.execute("SET EXCLUSIVE 0"); //$NON-NLS-1$
                    } catch (SQLException e) {
                        // the connection is gone, and its exclusive mode with it
                        if (failed != null) {
                            failed.addSuppressed(e);
                        }
                    }
                }
                if (failed != null) {
                    throw failed;
                }
            }
            return null;
        });
        MIGRATED.add(url);
    }

    /** The schema version (0 for a new history); refuses one newer than this Sluice knows. */
    private static int version(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' " //$NON-NLS-1$
                + "AND TABLE_NAME = 'SCHEMA_VERSION'")) { //$NON-NLS-1$
            rs.next();
            if (rs.getInt(1) == 0) {
                return 0;
            }
        }
        int current;
        try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) { //$NON-NLS-1$
            rs.next();
            current = rs.getInt(1);
        }
        if (current > MIGRATIONS.length) {
            throw new SQLException("the run history has schema version " + current //$NON-NLS-1$
                    + ", newer than this Sluice knows (" + MIGRATIONS.length + ")", "SLUICE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return current;
    }

    /** Records a finished run (replacing an earlier record of the same id). */
    public void record(RunRecord r) throws SQLException {
        record(r, List.of(), List.of());
    }

    /** Records a finished run with its quality rule results and retries (replacing an earlier record of the id). */
    public void record(RunRecord r, List<io.sluice.runtime.RuleResult> rules,
            List<io.sluice.runtime.RetryEvent> retries) throws SQLException {
        write(r, rules, retries, null);
    }

    /**
     * Records that a run started (status RUNNING, replacing an earlier record of the id), owned by this process, and
     * syncs it to disk before returning: the engine calls this before the run reads its first row, so that a run
     * killed at any instant is in the history ({@link #CRASHED} once its process is gone) and can be resumed or
     * restarted with {@code sluice run --resume}.
     */
    public void started(RunRecord r) throws SQLException {
        write(r, List.of(), List.of(), Owner.current());
    }

    private void write(RunRecord r, List<io.sluice.runtime.RuleResult> rules, List<io.sluice.runtime.RetryEvent> retries,
            Owner owner) throws SQLException {
        transact(Durability.SYNC, c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM runs WHERE run_id = ?")) { //$NON-NLS-1$
                del.setString(1, r.runId());
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs (run_id, pipeline_name, pipeline_file, " //$NON-NLS-1$
                    + "content_hash, started_at, ended_at, status, error, accounting, revision, revision_dirty) " //$NON-NLS-1$
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                ps.setString(1, r.runId());
                ps.setString(2, r.pipelineName());
                ps.setString(3, r.pipelineFile());
                ps.setString(4, r.contentHash());
                ps.setObject(5, r.startedAt().atOffset(java.time.ZoneOffset.UTC));
                ps.setObject(6, r.endedAt() == null ? null : r.endedAt().atOffset(java.time.ZoneOffset.UTC));
                ps.setString(7, r.status());
                ps.setString(8, r.error());
                ps.setString(9, r.accounting());
                ps.setString(10, r.revision() == null ? null : r.revision().commit());
                ps.setObject(11, r.revision() == null ? null : r.revision().workingCopyDiffers());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_params VALUES (?, ?, ?)")) { //$NON-NLS-1$
                for (Map.Entry<String, String> e : r.parameters().entrySet()) {
                    ps.setString(1, r.runId());
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO run_steps (run_id, position, step, kind, state, rows_in, rows_out, rows_rejected, " //$NON-NLS-1$
                            + "batches_out, bytes_out, errors, elapsed_ms, message, rows_filtered) " //$NON-NLS-1$
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                int pos = 0;
                for (StepRecord s : r.steps()) {
                    ps.setString(1, r.runId());
                    ps.setInt(2, pos++);
                    ps.setString(3, s.step());
                    ps.setString(4, s.kind());
                    ps.setString(5, s.state());
                    ps.setLong(6, s.rowsIn());
                    ps.setLong(7, s.rowsOut());
                    ps.setLong(8, s.rowsRejected());
                    ps.setLong(9, s.batchesOut());
                    ps.setLong(10, s.bytesOut());
                    ps.setLong(11, s.errors());
                    ps.setLong(12, s.elapsedMillis());
                    ps.setString(13, s.message());
                    ps.setLong(14, s.rowsFiltered());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO run_rules VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                int pos = 0;
                for (io.sluice.runtime.RuleResult q : rules) {
                    ps.setString(1, r.runId());
                    ps.setInt(2, pos++);
                    ps.setString(3, q.step());
                    ps.setString(4, q.rule());
                    ps.setString(5, q.kind());
                    ps.setString(6, q.column());
                    ps.setString(7, q.severity());
                    ps.setLong(8, q.checked());
                    ps.setLong(9, q.failed());
                    ps.setString(10, joinSamples(q.samples()));
                    ps.setString(11, q.message());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_retries VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                int seq = 0;
                for (io.sluice.runtime.RetryEvent e : retries) {
                    ps.setString(1, r.runId());
                    ps.setInt(2, seq++);
                    ps.setString(3, e.step());
                    ps.setString(4, e.operation());
                    ps.setInt(5, e.attempt());
                    ps.setLong(6, e.delayMillis());
                    ps.setObject(7, e.at().atOffset(java.time.ZoneOffset.UTC));
                    ps.setString(8, e.cause());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (owner != null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE runs SET owner_pid = ?, owner_started = ?, owner_host = ? WHERE run_id = ?")) { //$NON-NLS-1$
                    ps.setLong(1, owner.pid());
                    ps.setObject(2, owner.started() == null ? null : owner.started().atOffset(java.time.ZoneOffset.UTC));
                    ps.setString(3, owner.host());
                    ps.setString(4, r.runId());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The process that runs a run: its id, start instant (tells a reused pid apart) and host. */
    record Owner(long pid, Instant started, String host) {
        static Owner current() {
            ProcessHandle p = ProcessHandle.current();
            return new Owner(p.pid(), p.info().startInstant().orElse(null), HOST);
        }

        /** False when the process is known to be gone: same host, and no such process or one started at another time. */
        boolean alive() {
            if (!HOST.equals(host)) {
                return true; // cannot tell from here
            }
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            if (p.isEmpty() || !p.get().isAlive()) {
                return false;
            }
            Optional<Instant> s = p.get().info().startInstant();
            return started == null || s.isEmpty() || Math.abs(Duration.between(started, s.get()).toMillis()) < 1000;
        }
    }

    private static final String HOST = hostName();

    private static String hostName() {
        try {
            String h = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip(); //$NON-NLS-1$
            if (!h.isEmpty()) {
                return h;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux
        }
        String h = System.getenv("HOSTNAME"); //$NON-NLS-1$
        if (h == null || h.isBlank()) {
            h = System.getenv("COMPUTERNAME"); //$NON-NLS-1$
        }
        return h == null || h.isBlank() ? "localhost" : h; //$NON-NLS-1$
    }

    private static final String RUN_COLUMNS = "run_id, pipeline_name, pipeline_file, content_hash, started_at, ended_at, status, " //$NON-NLS-1$
            + "error, accounting, owner_pid, owner_started, owner_host, revision, revision_dirty"; //$NON-NLS-1$

    /**
     * A run read from the current row of {@code rs} (selected with {@link #RUN_COLUMNS}). A RUNNING run whose process
     * is gone comes back {@link #CRASHED}, and is stored so (that is also the moment a resume may take it over).
     */
    private static RunRecord readRun(Connection c, ResultSet rs, List<String> crashed) throws SQLException {
        String id = rs.getString(1);
        java.time.OffsetDateTime s = rs.getObject(5, java.time.OffsetDateTime.class);
        java.time.OffsetDateTime e = rs.getObject(6, java.time.OffsetDateTime.class);
        String status = rs.getString(7);
        String error = rs.getString(8);
        if (io.sluice.runtime.RunStatus.RUNNING.name().equals(status)) {
            long pid = rs.getLong(10);
            boolean known = !rs.wasNull();
            java.time.OffsetDateTime os = rs.getObject(11, java.time.OffsetDateTime.class);
            Owner owner = known ? new Owner(pid, os == null ? null : os.toInstant(), rs.getString(12)) : null;
            if (owner == null || !owner.alive()) {
                status = CRASHED;
                error = owner == null ? "the run's process ended without recording an outcome" //$NON-NLS-1$
                        : "the run's process (pid " + owner.pid() + " on " + owner.host() //$NON-NLS-1$ //$NON-NLS-2$
                                + ") ended without recording an outcome; sluice run --resume " + id + " finishes it"; //$NON-NLS-1$ //$NON-NLS-2$
                crashed.add(id);
                crashed.add(error);
            }
        }
        return new RunRecord(id, rs.getString(2), rs.getString(3), rs.getString(4), params(c, id), s.toInstant(),
                e == null ? null : e.toInstant(), status, error, steps(c, id), rs.getString(9), revision(rs));
    }

    /** Columns 13 and 14 of {@link #RUN_COLUMNS}. */
    private static GitRevision revision(ResultSet rs) throws SQLException {
        String commit = rs.getString(13);
        return commit == null ? null : new GitRevision(commit, rs.getBoolean(14));
    }

    /** Stores the CRASHED status found while reading (only over a RUNNING row: a resume may have taken it meanwhile). */
    private void storeCrashed(List<String> crashed) throws SQLException {
        if (crashed.isEmpty()) {
            return;
        }
        transact(Durability.FLUSH, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET status = ?, error = ? WHERE run_id = ? AND status = ?")) { //$NON-NLS-1$
                for (int i = 0; i < crashed.size(); i += 2) {
                    ps.setString(1, CRASHED);
                    ps.setString(2, crashed.get(i + 1));
                    ps.setString(3, crashed.get(i));
                    ps.setString(4, io.sluice.runtime.RunStatus.RUNNING.name());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The last {@code last} runs, newest first, optionally only of one pipeline file (absolute path). */
    public List<RunRecord> list(String pipelineFile, int last) throws SQLException {
        List<String> crashed = new ArrayList<>();
        List<RunRecord> runs = transact(Durability.READ, c -> {
            crashed.clear();
            List<RunRecord> result = new ArrayList<>();
            String sql = "SELECT " + RUN_COLUMNS + " FROM runs" + (pipelineFile == null ? "" : " WHERE pipeline_file = ?") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + " ORDER BY started_at DESC, run_id DESC LIMIT ?"; //$NON-NLS-1$
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (pipelineFile != null) {
                    ps.setString(i++, pipelineFile);
                }
                ps.setInt(i, Math.max(0, last));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(readRun(c, rs, crashed));
                    }
                }
            }
            return result;
        });
        storeCrashed(crashed);
        return runs;
    }

    private static Map<String, String> params(Connection c, String id) throws SQLException {
        Map<String, String> m = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, val FROM run_params WHERE run_id = ? ORDER BY name")) { //$NON-NLS-1$
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return m;
    }

    private static List<StepRecord> steps(Connection c, String id) throws SQLException {
        List<StepRecord> l = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT step, kind, state, rows_in, rows_out, rows_rejected, " //$NON-NLS-1$
                + "batches_out, bytes_out, errors, elapsed_ms, message, rows_filtered FROM run_steps WHERE run_id = ? ORDER BY position")) { //$NON-NLS-1$
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(new StepRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getString(11),
                            rs.getLong(12)));
                }
            }
        }
        return l;
    }

    /** The run of that id, or null; a RUNNING run whose process is gone comes back {@link #CRASHED}. */
    public RunRecord find(String runId) throws SQLException {
        List<String> crashed = new ArrayList<>();
        RunRecord run = transact(Durability.READ, c -> {
            crashed.clear();
            RunRecord r;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM runs WHERE run_id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
                ps.setString(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    r = rs.next() ? readRun(c, rs, crashed) : null;
                }
            }
            return r;
        });
        storeCrashed(crashed);
        return run;
    }

    /** The quality rule results of a run, in step and rule order. */
    public List<io.sluice.runtime.RuleResult> rules(String runId) throws SQLException {
        return transact(Durability.READ, c -> {
            List<io.sluice.runtime.RuleResult> l = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT step, rule, kind, column_name, severity, " //$NON-NLS-1$
                    + "checked, failed, samples, message FROM run_rules WHERE run_id = ? ORDER BY position")) { //$NON-NLS-1$
                ps.setString(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        l.add(new io.sluice.runtime.RuleResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getLong(6), rs.getLong(7), splitSamples(rs.getString(8)), rs.getString(9)));
                    }
                }
            }
            return l;
        });
    }

    /** The retries of a run, in order. */
    public List<io.sluice.runtime.RetryEvent> retries(String runId) throws SQLException {
        return transact(Durability.READ, c -> {
            List<io.sluice.runtime.RetryEvent> l = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT step, operation, attempt, delay_ms, " //$NON-NLS-1$
                    + "failed_at, cause FROM run_retries WHERE run_id = ? ORDER BY seq")) { //$NON-NLS-1$
                ps.setString(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        l.add(new io.sluice.runtime.RetryEvent(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                                rs.getObject(5, java.time.OffsetDateTime.class).toInstant(), rs.getString(6)));
                    }
                }
            }
            return l;
        });
    }

    /** Samples one per line; a backslash escapes line breaks and itself. */
    static String joinSamples(List<String> samples) {
        if (samples.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String s : samples) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        }
        return sb.toString();
    }

    static List<String> splitSamples(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> l = new ArrayList<>();
        for (String line : text.split("\n", -1)) { //$NON-NLS-1$
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '\\' && i + 1 < line.length()) {
                    char nx = line.charAt(++i);
                    sb.append(nx == 'n' ? '\n' : nx == 'r' ? '\r' : nx);
                } else {
                    sb.append(ch);
                }
            }
            l.add(sb.toString());
        }
        return l;
    }

    /** Commits the checkpoint of one input file (replacing an earlier one of the same position). */
    public void commitFile(FileCheckpoint f) throws SQLException {
        transact(Durability.FLUSH, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO run_files (run_id, step, seq, file, file_size, committed_at, counts, file_hash) KEY (run_id, step, seq) " //$NON-NLS-1$
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                ps.setString(1, f.runId());
                ps.setString(2, f.step());
                ps.setInt(3, f.seq());
                ps.setString(4, f.file());
                ps.setLong(5, f.size());
                ps.setObject(6, f.committedAt().atOffset(java.time.ZoneOffset.UTC));
                ps.setString(7, f.counts());
                ps.setString(8, f.hash());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The high-water marks stored for a pipeline ({@code pipeline}: its absolute file, or its name), by step. */
    public Map<String, String> marks(String pipeline) throws SQLException {
        return transact(Durability.READ, c -> {
            Map<String, String> m = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT step, mark FROM source_marks WHERE pipeline = ? ORDER BY step")) { //$NON-NLS-1$
                ps.setString(1, pipeline);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return m;
        });
    }

    /** Stores the marks a committed run reached (one transaction, on the file before it returns). */
    public void saveMarks(String pipeline, String runId, Map<String, String> marks) throws SQLException {
        if (marks.isEmpty()) {
            return;
        }
        transact(Durability.FLUSH, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO source_marks (pipeline, step, mark, run_id, updated_at) KEY (pipeline, step) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) { //$NON-NLS-1$
                for (Map.Entry<String, String> e : marks.entrySet()) {
                    ps.setString(1, pipeline);
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue());
                    ps.setString(4, runId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** One source's schema drift in one run. */
    public record Drift(String step, String policy, String description) {
    }

    /** Records the drift sources met in a run. */
    public void recordDrift(String runId, List<Drift> drift) throws SQLException {
        if (drift.isEmpty()) {
            return;
        }
        transact(Durability.FLUSH, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO run_drift (run_id, seq, step, policy, description) KEY (run_id, seq) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                int seq = 0;
                for (Drift d : drift) {
                    ps.setString(1, runId);
                    ps.setInt(2, seq++);
                    ps.setString(3, d.step());
                    ps.setString(4, d.policy());
                    ps.setString(5, d.description());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The drift recorded for a run, in order. */
    public List<Drift> drift(String runId) throws SQLException {
        return transact(Durability.READ, c -> {
            List<Drift> l = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT step, policy, description FROM run_drift WHERE run_id = ? ORDER BY seq")) { //$NON-NLS-1$
                ps.setString(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        l.add(new Drift(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return l;
        });
    }

    /** Forgets the checkpoints of a run (its parts were swept: a resume then redoes every file). */
    public void forgetFiles(String runId) throws SQLException {
        transact(Durability.FLUSH, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM run_files WHERE run_id = ?")) { //$NON-NLS-1$
                ps.setString(1, runId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The committed input files of a run's source step, in order. */
    public List<FileCheckpoint> committedFiles(String runId, String step) throws SQLException {
        return transact(Durability.READ, c -> {
            List<FileCheckpoint> l = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, file, file_size, committed_at, counts, file_hash " //$NON-NLS-1$
                    + "FROM run_files WHERE run_id = ? AND step = ? ORDER BY seq")) { //$NON-NLS-1$
                ps.setString(1, runId);
                ps.setString(2, step);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        l.add(new FileCheckpoint(runId, step, rs.getInt(1), rs.getString(2), rs.getLong(3),
                                rs.getObject(4, java.time.OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return l;
        });
    }
}
