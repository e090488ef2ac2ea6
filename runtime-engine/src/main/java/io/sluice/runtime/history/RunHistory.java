package io.sluice.runtime.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;

/**
 * The run history: an embedded H2 database file, created and migrated by the engine ({@code schema_version}
 * holds the version; each migration runs once, in order, in a transaction). Default location
 * {@code ~/.sluice/history}, overridable with the system property {@code sluice.history.dir} or explicitly.
 */
public final class RunHistory {
    /** System property naming the history directory. */
    public static final String DIR_PROPERTY = "sluice.history.dir"; //$NON-NLS-1$

    private static final String[] MIGRATIONS = {
        // v1
        "CREATE TABLE runs (run_id VARCHAR(64) PRIMARY KEY, pipeline_name VARCHAR(1000), pipeline_file VARCHAR(4000), " //$NON-NLS-1$
                + "content_hash VARCHAR(64), started_at TIMESTAMP WITH TIME ZONE NOT NULL, ended_at TIMESTAMP WITH TIME ZONE, " //$NON-NLS-1$
                + "status VARCHAR(16) NOT NULL, error CLOB);" //$NON-NLS-1$
                + "CREATE INDEX runs_by_file ON runs(pipeline_file, started_at);" //$NON-NLS-1$
                + "CREATE TABLE run_params (run_id VARCHAR(64) NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE, " //$NON-NLS-1$
                + "name VARCHAR(1000) NOT NULL, val CLOB, PRIMARY KEY (run_id, name));" //$NON-NLS-1$
                + "CREATE TABLE run_steps (run_id VARCHAR(64) NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE, " //$NON-NLS-1$
                + "position INT NOT NULL, step VARCHAR(1000) NOT NULL, kind VARCHAR(100), state VARCHAR(16), rows_in BIGINT, " //$NON-NLS-1$
                + "rows_out BIGINT, rows_rejected BIGINT, batches_out BIGINT, bytes_out BIGINT, errors BIGINT, " //$NON-NLS-1$
                + "elapsed_ms BIGINT, message CLOB, PRIMARY KEY (run_id, position))", //$NON-NLS-1$
        // v2: issue 6 — row accounting line, filtered rows per step, quality rule results
        "ALTER TABLE runs ADD COLUMN accounting VARCHAR(1000);" //$NON-NLS-1$
                + "ALTER TABLE run_steps ADD COLUMN rows_filtered BIGINT DEFAULT 0 NOT NULL;" //$NON-NLS-1$
                + "CREATE TABLE run_rules (run_id VARCHAR(64) NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE, " //$NON-NLS-1$
                + "position INT NOT NULL, step VARCHAR(1000) NOT NULL, rule VARCHAR(1000) NOT NULL, kind VARCHAR(32) NOT NULL, " //$NON-NLS-1$
                + "column_name VARCHAR(1000), severity VARCHAR(16) NOT NULL, checked BIGINT NOT NULL, failed BIGINT NOT NULL, " //$NON-NLS-1$
                + "samples CLOB, message CLOB, PRIMARY KEY (run_id, position))", //$NON-NLS-1$
        // v3: retries of transient failures
        "CREATE TABLE run_retries (run_id VARCHAR(64) NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE, " //$NON-NLS-1$
                + "seq INT NOT NULL, step VARCHAR(1000) NOT NULL, operation CLOB, attempt INT NOT NULL, delay_ms BIGINT NOT NULL, " //$NON-NLS-1$
                + "failed_at TIMESTAMP WITH TIME ZONE NOT NULL, cause CLOB, PRIMARY KEY (run_id, seq))", //$NON-NLS-1$
        // v4: checkpoints of runs over directories of input files (no foreign key: a killed run has no runs row
        // until it ends, and recording the run replaces that row)
        "CREATE TABLE run_files (run_id VARCHAR(64) NOT NULL, step VARCHAR(1000) NOT NULL, seq INT NOT NULL, " //$NON-NLS-1$
                + "file VARCHAR(4000) NOT NULL, file_size BIGINT, committed_at TIMESTAMP WITH TIME ZONE NOT NULL, counts CLOB, " //$NON-NLS-1$
                + "PRIMARY KEY (run_id, step, seq))", //$NON-NLS-1$
        // v5: issue 15 — the Git commit the pipeline was run at, and whether its file differed from that commit
        "ALTER TABLE runs ADD COLUMN revision VARCHAR(64);" //$NON-NLS-1$
                + "ALTER TABLE runs ADD COLUMN revision_dirty BOOLEAN", //$NON-NLS-1$
    };

    private final String url;

    private RunHistory(Path dir) {
        this.url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("runs") + ";DB_CLOSE_DELAY=0"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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

    /** The schema version after migration. */
    public int schemaVersion() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) { //$NON-NLS-1$
            rs.next();
            return rs.getInt(1);
        }
    }

    private synchronized void migrate() throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, applied_at TIMESTAMP WITH TIME ZONE)"); //$NON-NLS-1$
                int current;
                try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) { //$NON-NLS-1$
                    rs.next();
                    current = rs.getInt(1);
                }
                if (current > MIGRATIONS.length) {
                    throw new SQLException("the run history has schema version " + current //$NON-NLS-1$
                            + ", newer than this Sluice knows (" + MIGRATIONS.length + ")"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                for (int v = current + 1; v <= MIGRATIONS.length; v++) {
                    for (String sql : MIGRATIONS[v - 1].split(";")) { //$NON-NLS-1$
                        st.execute(sql);
                    }
                    st.execute("INSERT INTO schema_version VALUES (" + v + ", CURRENT_TIMESTAMP)"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Records a finished run (replacing an earlier record of the same id). */
    public void record(RunRecord r) throws SQLException {
        record(r, List.of(), List.of());
    }

    /** Records a finished run with its quality rule results and retries (replacing an earlier record of the id). */
    public synchronized void record(RunRecord r, List<io.sluice.runtime.RuleResult> rules,
            List<io.sluice.runtime.RetryEvent> retries) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
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
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The last {@code last} runs, newest first, optionally only of one pipeline file (absolute path). */
    public List<RunRecord> list(String pipelineFile, int last) throws SQLException {
        List<RunRecord> result = new ArrayList<>();
        try (Connection c = connect()) {
            String sql = "SELECT run_id, pipeline_name, pipeline_file, content_hash, started_at, ended_at, status, error, accounting, " //$NON-NLS-1$
                    + "revision, revision_dirty " //$NON-NLS-1$
                    + "FROM runs" + (pipelineFile == null ? "" : " WHERE pipeline_file = ?") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " ORDER BY started_at DESC, run_id DESC LIMIT ?"; //$NON-NLS-1$
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (pipelineFile != null) {
                    ps.setString(i++, pipelineFile);
                }
                ps.setInt(i, Math.max(0, last));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        java.time.OffsetDateTime s = rs.getObject(5, java.time.OffsetDateTime.class);
                        java.time.OffsetDateTime e = rs.getObject(6, java.time.OffsetDateTime.class);
                        result.add(new RunRecord(id, rs.getString(2), rs.getString(3), rs.getString(4), params(c, id),
                                s.toInstant(), e == null ? null : e.toInstant(), rs.getString(7), rs.getString(8),
                                steps(c, id), rs.getString(9), revision(rs)));
                    }
                }
            }
        }
        return result;
    }

    /** Columns 10 and 11 of a runs query. */
    private static GitRevision revision(ResultSet rs) throws SQLException {
        String commit = rs.getString(10);
        return commit == null ? null : new GitRevision(commit, rs.getBoolean(11));
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


    /** The run of that id, or null. */
    public RunRecord find(String runId) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT run_id, pipeline_name, pipeline_file, " //$NON-NLS-1$
                + "content_hash, started_at, ended_at, status, error, accounting, revision, revision_dirty FROM runs WHERE run_id = ?")) { //$NON-NLS-1$
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                java.time.OffsetDateTime s = rs.getObject(5, java.time.OffsetDateTime.class);
                java.time.OffsetDateTime e = rs.getObject(6, java.time.OffsetDateTime.class);
                return new RunRecord(runId, rs.getString(2), rs.getString(3), rs.getString(4), params(c, runId), s.toInstant(),
                        e == null ? null : e.toInstant(), rs.getString(7), rs.getString(8), steps(c, runId), rs.getString(9),
                        revision(rs));
            }
        }
    }

    /** The quality rule results of a run, in step and rule order. */
    public List<io.sluice.runtime.RuleResult> rules(String runId) throws SQLException {
        List<io.sluice.runtime.RuleResult> l = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT step, rule, kind, column_name, severity, " //$NON-NLS-1$
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
    }

    /** The retries of a run, in order. */
    public List<io.sluice.runtime.RetryEvent> retries(String runId) throws SQLException {
        List<io.sluice.runtime.RetryEvent> l = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT step, operation, attempt, delay_ms, " //$NON-NLS-1$
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

    /**
     * Records that a run over input files started (status RUNNING, replacing an earlier record of the id), so that
     * {@code sluice run --resume} finds its pipeline and parameters after a crash.
     */
    public void started(RunRecord r) throws SQLException {
        record(r, List.of(), List.of());
    }

    /** Commits the checkpoint of one input file (replacing an earlier one of the same position). */
    public synchronized void commitFile(FileCheckpoint f) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "MERGE INTO run_files (run_id, step, seq, file, file_size, committed_at, counts) KEY (run_id, step, seq) " //$NON-NLS-1$
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            ps.setString(1, f.runId());
            ps.setString(2, f.step());
            ps.setInt(3, f.seq());
            ps.setString(4, f.file());
            ps.setLong(5, f.size());
            ps.setObject(6, f.committedAt().atOffset(java.time.ZoneOffset.UTC));
            ps.setString(7, f.counts());
            ps.executeUpdate();
        }
    }

    /** The committed input files of a run's source step, in order. */
    public List<FileCheckpoint> committedFiles(String runId, String step) throws SQLException {
        List<FileCheckpoint> l = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT seq, file, file_size, committed_at, counts " //$NON-NLS-1$
                + "FROM run_files WHERE run_id = ? AND step = ? ORDER BY seq")) { //$NON-NLS-1$
            ps.setString(1, runId);
            ps.setString(2, step);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(new FileCheckpoint(runId, step, rs.getInt(1), rs.getString(2), rs.getLong(3),
                            rs.getObject(4, java.time.OffsetDateTime.class).toInstant(), rs.getString(5)));
                }
            }
        }
        return l;
    }
}
