package io.sluice.runtime.internal.jdbc;

import io.sluice.runtime.internal.types.Types;
import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.exec.RejectsBuffer;
import io.sluice.runtime.internal.exec.Retry;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.expression.types.DataType;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Runs a query over any JDBC URL and streams the result in batches (fetch size = the step's fetch size or the batch
 * rows, inside a read-only transaction with autocommit off so that drivers such as PostgreSQL's really stream). With
 * a table instead of a query only the step's columns are selected; the filter and, for incremental reads, the
 * high-water condition ({@code column > mark}) are pushed down as the WHERE clause. The greatest high-water value
 * read is handed to the run ({@link io.sluice.runtime.internal.exec.ExecContext#mark}), which stores it only when
 * the run commits. Result columns are matched to the step's columns by name, ignoring case. A value that does not
 * convert (or a NULL in a NOT NULL column) sends the row to {@code rejects} with the row number as {@code _line},
 * the row's values as {@code _raw}, the column and the reason. Type mapping and value conversion in
 * {@link JdbcTypes}. One worker.
 * <p>
 * A connection lost (refused, terminated by the server) before the source handed on any row — no batch returned, no
 * row rejected — is retried with the run's retry policy: a new connection runs the query again from its start (for
 * an incremental source: from the last committed high-water mark, as before). Once rows were handed on, a restart
 * would read them twice, so the run fails and its sinks commit nothing.
 */
public final class JdbcReader implements BatchSource<JdbcReader.Global, JdbcReader.Local> {
    /** What to read: a query, or a table (then only the step's columns); an optional filter and high-water mark. */
    public record Read(String query, String table, String filter, String highWaterColumn, String mark, int fetchSize) {
        public static Read query(String query) {
            return new Read(query, null, null, null, null, 0);
        }
    }

    private final Jdbc.Target target;
    private final Read read;
    private final Schema schema;
    private final DataType[] types;

    public JdbcReader(Jdbc.Target target, String query, Schema schema) {
        this(target, Read.query(query), schema);
    }

    public JdbcReader(Jdbc.Target target, Read read, Schema schema) {
        this.target = target;
        this.read = read;
        this.schema = schema;
        types = new DataType[schema.getFields().size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = Types.of(schema.getFields().get(i));
        }
    }

    @Override
    public String describe() {
        return "connection to " + target; //$NON-NLS-1$
    }

    @Override
    public Schema schema() {
        return schema;
    }

    public final class Global implements AutoCloseable {
        final StepContext step;
        Connection connection;
        PreparedStatement statement;
        ResultSet rows;
        final String sql;
        final boolean incremental;
        final int[] columnOf;
        long rowNumber;
        boolean done;
        /** Rows handed on (in batches returned, or as rejects): once there are any, a restart would repeat them. */
        long delivered;
        int restarts;

        final JdbcTypes.Reader[] readers;
        final int highWater;
        final JdbcTypes.Reader highWaterReader;
        Comparable<?> maxMark;

        Global(StepContext step) throws SQLException {
            this.step = step;
            connection = target.connect();
            try {
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                List<String> names = schema.getFields().stream().map(Field::getName).toList();
                incremental = read.highWaterColumn() != null && !read.highWaterColumn().isBlank();
                // the first run has no mark yet: every row qualifies
                sql = Jdbc.sourceQuery(connection, read.query(), read.table(), names, read.filter(),
                        incremental && read.mark() != null ? read.highWaterColumn() : null);
                execute();
                ResultSetMetaData md = rows.getMetaData();
                List<Field> fs = schema.getFields();
                columnOf = new int[fs.size()];
                readers = new JdbcTypes.Reader[fs.size()];
                for (int c = 0; c < fs.size(); c++) {
                    columnOf[c] = find(md, fs.get(c).getName());
                    if (columnOf[c] < 0) {
                        throw new SQLException("the query returns no column '" + fs.get(c).getName() + "'; it returns " //$NON-NLS-1$ //$NON-NLS-2$
                                + Jdbc.labels(md));
                    }
                    readers[c] = JdbcTypes.Reader.of(md, columnOf[c]);
                }
                highWater = incremental ? find(md, read.highWaterColumn()) : -1;
                highWaterReader = highWater > 0 ? JdbcTypes.Reader.of(md, highWater) : JdbcTypes.Reader.PLAIN;
                if (incremental && highWater < 0) {
                    throw new SQLException("the query returns no high-water column '" + read.highWaterColumn() //$NON-NLS-1$
                            + "'; it returns " + Jdbc.labels(md)); //$NON-NLS-1$
                }
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        /** Runs the query on the current connection, streaming (autocommit off, fetch size). */
        private void execute() throws SQLException {
            statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(read.fetchSize() > 0 ? read.fetchSize() : step.run().options().batchRows());
            binaryTransfer(statement);
            if (incremental && read.mark() != null) {
                HighWaterMark.bind(statement, 1, read.mark()); // the same mark: the restart reads the same rows
            }
            rows = statement.executeQuery();
        }

        /**
         * After a lost connection: when nothing was handed on yet and the failure is transient (with the run's retries
         * and backoff, each retry logged), reconnects and runs the query again from its start — for an incremental
         * source that is the last committed high-water mark, as in the first attempt. False when that is not safe.
         */
        boolean restart(SQLException e) throws InterruptedException {
            if (delivered > 0 || !Retry.again(step.run(), step.name(), "read " + describe(), ++restarts, e)) { //$NON-NLS-1$
                return false;
            }
            while (true) {
                try {
                    try {
                        connection.close();
                    } catch (SQLException gone) {
                        // it is lost anyway
                    }
                    connection = target.connect();
                    connection.setAutoCommit(false);
                    connection.setReadOnly(true);
                    execute();
                    rowNumber = 0;
                    maxMark = null;
                    return true;
                } catch (SQLException again) {
                    if (!Retry.again(step.run(), step.name(), "read " + describe(), ++restarts, again)) { //$NON-NLS-1$
                        return false;
                    }
                }
            }
        }

        private static int find(ResultSetMetaData md, String name) throws SQLException {
            for (int j = 1; j <= md.getColumnCount(); j++) {
                if (md.getColumnLabel(j).equalsIgnoreCase(name)) {
                    return j;
                }
            }
            return -1;
        }

        @Override
        public void close() throws SQLException {
            try {
                connection.rollback();
            } finally {
                connection.close();
            }
        }
    }

    public static final class Local implements AutoCloseable {
        final RejectsBuffer rejects;

        Local(RejectsBuffer rejects) {
            this.rejects = rejects;
        }

        @Override
        public void close() {
            rejects.close();
        }
    }

    @Override
    public Global createGlobal(StepContext step) throws SQLException {
        return new Global(step);
    }

    @Override
    public Local createLocal(Global global, WorkerState ws) {
        return new Local(new RejectsBuffer(global.step, ws));
    }

    @Override
    public boolean next(Global g, Local l, VectorSchemaRoot out, WorkerState ws) throws Exception {
        if (g.done) {
            l.rejects.flush();
            return false;
        }
        int max = ws.run().options().batchRows();
        for (FieldVector v : out.getFieldVectors()) {
            v.clear();
            v.setInitialCapacity(Math.min(max, 1024));
            v.allocateNew();
        }
        int n = 0;
        while (n < max) {
            boolean more;
            try {
                more = g.rows.next();
            } catch (SQLException e) {
                if (!g.restart(e)) {
                    if (g.delivered > 0 && Retry.isTransient(e)) {
                        throw new SQLException("the connection was lost after " + g.delivered //$NON-NLS-1$
                                + " rows were read; not retried, the run would read them twice: " + e.getMessage(), //$NON-NLS-1$
                                e.getSQLState(), e);
                    }
                    throw e;
                }
                n = 0; // the rows of this batch so far come again
                continue;
            }
            if (!more) {
                g.done = true;
                break;
            }
            g.rowNumber++;
            String badColumn = null;
            String reason = null;
            for (int c = 0; c < types.length && reason == null; c++) {
                try {
                    // straight into the vector: a rejected row's cells at n are overwritten by the next row
                    if (JdbcTypes.fetch(g.rows, g.columnOf[c], types[c], g.readers[c], out.getVector(c), n)
                            && !schema.getFields().get(c).isNullable()) {
                        reason = "NULL in NOT NULL column " + schema.getFields().get(c).getName(); //$NON-NLS-1$
                    }
                } catch (SQLException | RuntimeException e) {
                    reason = "cannot read " + schema.getFields().get(c).getName() + " as " + types[c] + ": " + e.getMessage(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                if (reason != null) {
                    badColumn = schema.getFields().get(c).getName();
                }
            }
            if (g.highWater > 0) {
                g.maxMark = HighWaterMark.max(g.maxMark, HighWaterMark.read(g.rows, g.highWater, g.highWaterReader));
            }
            if (reason != null) {
                byte[] raw = rawRow(g.rows).getBytes(StandardCharsets.UTF_8);
                l.rejects.add(null, g.rowNumber, raw, 0, raw.length, badColumn, reason);
                g.delivered++;
                continue;
            }
            n++;
        }
        for (FieldVector v : out.getFieldVectors()) {
            v.setValueCount(n);
        }
        out.setRowCount(n);
        g.delivered += n;
        if (g.done) {
            l.rejects.flush();
            if (g.maxMark != null) {
                g.step.run().mark(g.step.name(), HighWaterMark.encode(g.maxMark));
            }
        }
        return n > 0 || !g.done;
    }

    /**
     * PostgreSQL's driver sends results as text unless a statement is server-prepared, which it does only from the fifth
     * execution on; a source runs its query once, so it asks for binary results from the first (no parsing of numbers
     * and timestamps). Reflection: the driver lives in its own class loader.
     */
    static void binaryTransfer(PreparedStatement statement) {
        if (!statement.getClass().getName().startsWith("org.postgresql.")) { //$NON-NLS-1$
            return;
        }
        try {
            statement.getClass().getMethod("setPrepareThreshold", int.class).invoke(statement, -1); //$NON-NLS-1$
        } catch (ReflectiveOperationException | RuntimeException e) {
            // an older driver: text results, as before
        }
    }

    static String rawRow(ResultSet rs) {
        StringBuilder sb = new StringBuilder();
        try {
            int n = rs.getMetaData().getColumnCount();
            for (int j = 1; j <= n; j++) {
                sb.append(j == 1 ? "" : ", ").append(rs.getMetaData().getColumnLabel(j)).append('=').append(rs.getString(j)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } catch (SQLException e) {
            sb.append("(row not readable: ").append(e.getMessage()).append(')'); //$NON-NLS-1$
        }
        return sb.toString();
    }
}
