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
    public synchronized void record(RunRecord r) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement del = c.prepareStatement("DELETE FROM runs WHERE run_id = ?")) { //$NON-NLS-1$
                    del.setString(1, r.runId());
                    del.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                    ps.setString(1, r.runId());
                    ps.setString(2, r.pipelineName());
                    ps.setString(3, r.pipelineFile());
                    ps.setString(4, r.contentHash());
                    ps.setObject(5, r.startedAt().atOffset(java.time.ZoneOffset.UTC));
                    ps.setObject(6, r.endedAt() == null ? null : r.endedAt().atOffset(java.time.ZoneOffset.UTC));
                    ps.setString(7, r.status());
                    ps.setString(8, r.error());
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
                        "INSERT INTO run_steps VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
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
            String sql = "SELECT run_id, pipeline_name, pipeline_file, content_hash, started_at, ended_at, status, error " //$NON-NLS-1$
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
                                steps(c, id)));
                    }
                }
            }
        }
        return result;
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
                + "batches_out, bytes_out, errors, elapsed_ms, message FROM run_steps WHERE run_id = ? ORDER BY position")) { //$NON-NLS-1$
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(new StepRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getString(11)));
                }
            }
        }
        return l;
    }

}
