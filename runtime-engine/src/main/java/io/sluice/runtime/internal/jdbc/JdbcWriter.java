package io.sluice.runtime.internal.jdbc;

import io.sluice.expression.types.DataType;
import io.sluice.runtime.internal.exec.Retry;
import io.sluice.runtime.internal.exec.StatelessSink;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.runtime.internal.types.Types;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes rows into a table. The table is created when missing ({@code CREATE TABLE IF NOT EXISTS}, the table name
 * used as written, column names folded the way the database folds unquoted names — see {@link Jdbc#identifier} — so
 * plain SQL finds them afterwards). INSERT appends; UPSERT updates the row with the same key or inserts it
 * (PostgreSQL's {@code INSERT … ON CONFLICT (…) DO UPDATE}, H2's {@code MERGE INTO t (…) KEY (…)}, elsewhere the
 * standard {@code MERGE INTO t USING (VALUES …)}), so re-running a run gives the same table. Rows go in batched
 * statements, or (PostgreSQL, INSERT) through {@code COPY … FROM STDIN} by the driver's own {@code CopyManager}.
 * By default the whole run is one transaction, committed at the end (a failed run rolls back and leaves the table as
 * it was, even a table it created); with {@code commitEvery} N it commits every N rows (a failure then leaves the
 * committed batches). Workers share the one connection (writes are serialised under a lock). SQL errors are thrown
 * as the database reported them.
 * <p>
 * A lost connection: with per-batch commits the sink keeps the rows since the last commit, and a transient failure
 * while sending them (with the run's retries) reconnects and sends exactly those again — the server rolled the lost
 * transaction back, so the table gets every row once. A commit whose answer was lost may or may not have happened:
 * an UPSERT is sent again (idempotent), an INSERT fails saying so. With one transaction the run fails and the table
 * stays as it was (rows already handed on cannot be fetched again).
 */
public final class JdbcWriter implements StatelessSink<JdbcWriter.Global> {
    static final int BATCH = 1000;

    /** How rows are written and committed. */
    public record Load(boolean copy, long commitEvery) {
        public static final Load BATCHED = new Load(false, 0);
    }

    private final Jdbc.Target target;
    private final String table;
    private final Schema schema;
    private final List<String> keys;
    private final DataType[] types;
    private final Load load;

    /** {@code keys} empty for INSERT, the key columns for UPSERT. */
    public JdbcWriter(Jdbc.Target target, String table, Schema schema, List<String> keys) {
        this(target, table, schema, keys, Load.BATCHED);
    }

    public JdbcWriter(Jdbc.Target target, String table, Schema schema, List<String> keys, Load load) {
        this.target = target;
        this.table = table;
        this.schema = schema;
        this.keys = List.copyOf(keys);
        this.load = load;
        if (load.copy() && !keys.isEmpty()) {
            throw new IllegalArgumentException("COPY loads only INSERT; UPSERT of " + table + " needs BATCH"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (load.copy() && !target.isPostgres()) {
            throw new IllegalArgumentException("COPY is PostgreSQL's; " + target.url().split(":")[1] + " loads with BATCH"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        types = new DataType[schema.getFields().size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = Types.sluice(schema.getFields().get(i)).type();
        }
    }

    private List<String> columns(DatabaseMetaData md) throws SQLException {
        List<String> cols = new ArrayList<>();
        for (org.apache.arrow.vector.types.pojo.Field f : schema.getFields()) {
            cols.add(Jdbc.identifier(md, f.getName()));
        }
        return cols;
    }

    private List<String> keyColumns(DatabaseMetaData md) throws SQLException {
        List<String> k = new ArrayList<>();
        for (String key : keys) {
            k.add(Jdbc.identifier(md, key));
        }
        return k;
    }

    String createSql(DatabaseMetaData md) throws SQLException {
        List<String> cols = columns(md);
        StringBuilder sb = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table).append(" ("); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < types.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(cols.get(i)).append(' ').append(JdbcTypes.sqlType(types[i], target.isPostgres())); //$NON-NLS-1$ //$NON-NLS-2$
            if (keys.contains(schema.getFields().get(i).getName())) {
                sb.append(" NOT NULL"); //$NON-NLS-1$
            }
        }
        if (!keys.isEmpty()) {
            sb.append(", PRIMARY KEY (").append(String.join(", ", keyColumns(md))).append(')'); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return sb.append(')').toString();
    }

    String writeSql(DatabaseMetaData md) throws SQLException {
        List<String> cols = columns(md);
        String names = String.join(", ", cols); //$NON-NLS-1$
        String marks = String.join(", ", cols.stream().map(c -> "?").toList()); //$NON-NLS-1$ //$NON-NLS-2$
        if (keys.isEmpty()) {
            return "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        List<String> k = keyColumns(md);
        if (target.isH2()) {
            return "MERGE INTO " + table + " (" + names + ") KEY (" + String.join(", ", k) + ") VALUES (" + marks + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        }
        List<String> set = new ArrayList<>();
        for (String c : cols) {
            if (!k.contains(c)) {
                set.add(c + " = " + (target.isPostgres() ? "EXCLUDED." : "s.") + c); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        if (target.isPostgres()) {
            return "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON CONFLICT (" + String.join(", ", k) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    + ") DO " + (set.isEmpty() ? "NOTHING" : "UPDATE SET " + String.join(", ", set)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        List<String> on = new ArrayList<>();
        for (String c : k) {
            on.add("t." + c + " = s." + c); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<String> vals = new ArrayList<>();
        for (String c : cols) {
            vals.add("s." + c); //$NON-NLS-1$
        }
        return "MERGE INTO " + table + " t USING (VALUES (" + marks + ")) s (" + names + ") ON " + String.join(" AND ", on) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + (set.isEmpty() ? "" : " WHEN MATCHED THEN UPDATE SET " + String.join(", ", set)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES (" + String.join(", ", vals) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    String copySql(DatabaseMetaData md) throws SQLException {
        return "COPY " + table + " (" + String.join(", ", columns(md)) + ") FROM STDIN (FORMAT csv)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    public final class Global implements AutoCloseable {
        final StepContext step;
        Connection connection;
        PreparedStatement write;
        PgCopy copy;
        int pending;
        long uncommitted;
        boolean committed;
        /**
         * With {@code commitEvery}: copies of the input since the last commit ({@code keptFrom} is the first uncommitted
         * row of the first), so that a batch lost with its connection can be sent again.
         */
        final List<VectorSchemaRoot> kept = new ArrayList<>();
        int keptFrom;
        /** The last row of the last kept copy written so far (its later rows are not written yet). */
        int keptTo = -1;
        int recoveries;

        Global(StepContext step) throws SQLException {
            this.step = step;
            open();
        }

        /** Connects, creates the table when missing, prepares the INSERT / UPSERT statement or the COPY. */
        private void open() throws SQLException {
            connection = target.connect();
            try {
                connection.setAutoCommit(false);
                DatabaseMetaData md = connection.getMetaData();
                try (Statement st = connection.createStatement()) {
                    st.execute(createSql(md));
                }
                if (load.copy()) {
                    write = null;
                    copy = new PgCopy(connection, copySql(md), types);
                } else {
                    write = connection.prepareStatement(writeSql(md));
                    copy = null;
                }
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        /** True when a lost connection may cost only the uncommitted batch: per-batch commits. */
        boolean retriesBatches() {
            return load.commitEvery() > 0;
        }

        /** Keeps a copy of {@code in} for a resend; returns the copy, which the rows are then written from. */
        VectorSchemaRoot keep(VectorSchemaRoot in) {
            VectorSchemaRoot c = VectorSchemaRoot.create(in.getSchema(), step.allocator());
            for (int i = 0; i < in.getFieldVectors().size(); i++) {
                FieldVector from = in.getVector(i);
                FieldVector to = c.getVector(i);
                to.allocateNew();
                for (int r = 0; r < in.getRowCount(); r++) {
                    to.copyFromSafe(r, r, from);
                }
                to.setValueCount(in.getRowCount());
            }
            c.setRowCount(in.getRowCount());
            kept.add(c);
            keptTo = -1;
            return c;
        }

        void row(List<FieldVector> cols, int r) throws SQLException {
            if (copy != null) {
                copy.row(cols, r);
            } else {
                for (int c = 0; c < cols.size(); c++) {
                    JdbcTypes.bind(write, c + 1, cols.get(c), r, types[c], target.isPostgres());
                }
                write.addBatch();
            }
            pending++;
        }

        /**
         * Sends what is pending; commits when {@code commitEvery} rows are uncommitted ({@code current} and {@code r}:
         * the kept batch and row just written, which a commit makes the last committed one).
         */
        void flush(VectorSchemaRoot current, int r) throws Exception {
            send();
            if (retriesBatches() && uncommitted >= load.commitEvery()) {
                commitBatch();
                for (VectorSchemaRoot k : kept) {
                    if (k != current) {
                        k.close();
                    }
                }
                kept.removeIf(k -> k != current);
                keptFrom = r + 1;
            }
        }

        private void commitBatch() throws Exception {
            while (true) {
                try {
                    if (copy != null) {
                        copy.end(); // the end of the COPY's data; the transaction is still open
                    }
                } catch (SQLException e) {
                    if (!recover(e)) {
                        throw e;
                    }
                    continue;
                }
                try {
                    connection.commit();
                } catch (SQLException e) {
                    // a commit whose answer was lost may have happened: sending again is safe only for an upsert
                    if (keys.isEmpty() || !recover(e)) {
                        throw unknownCommit(e);
                    }
                    continue;
                }
                uncommitted = 0;
                if (copy != null) {
                    copy.start();
                }
                return;
            }
        }

        private SQLException unknownCommit(SQLException e) {
            if (!keys.isEmpty() || !Retry.isTransient(e)) {
                return e;
            }
            return new SQLException("the connection was lost while committing, so whether the batch was committed is unknown;" //$NON-NLS-1$
                    + " not retried (an INSERT could write it twice; an UPSERT is retried): " + e.getMessage(), e.getSQLState(), e); //$NON-NLS-1$
        }

        private void send() throws Exception {
            try {
                sendPending();
            } catch (SQLException e) {
                if (!recover(e)) {
                    throw e;
                }
            }
        }

        private void sendPending() throws SQLException {
            if (copy != null) {
                copy.flush();
            } else if (pending > 0) {
                write.executeBatch();
            }
            uncommitted += pending;
            pending = 0;
        }

        /**
         * After a failure: with per-batch commits and a transient failure (with the run's retries, each logged), a new
         * connection and every uncommitted row sent again; false when that is not safe or the retries ran out. The
         * server rolled the lost transaction back, so nothing is written twice.
         */
        private boolean recover(SQLException e) throws Exception {
            if (!retriesBatches()) {
                return false;
            }
            while (true) {
                if (!Retry.again(step.run(), step.name(), "write " + describe(), ++recoveries, e)) { //$NON-NLS-1$
                    return false;
                }
                try {
                    closeQuietly();
                    open();
                    pending = 0;
                    uncommitted = 0;
                    for (int k = 0; k < kept.size(); k++) {
                        VectorSchemaRoot root = kept.get(k);
                        int last = k == kept.size() - 1 ? keptTo : root.getRowCount() - 1;
                        for (int r = k == 0 ? keptFrom : 0; r <= last; r++) {
                            row(root.getFieldVectors(), r);
                        }
                    }
                    sendPending();
                    return true;
                } catch (SQLException again) {
                    e = again;
                }
            }
        }

        private void closeQuietly() {
            try {
                connection.close();
            } catch (SQLException gone) {
                // it is lost anyway
            }
        }

        /** The end of the input: everything sent (a COPY ended), nothing committed yet (the run's check comes first). */
        void prepare() throws Exception {
            send();
            while (true) {
                try {
                    if (copy != null) {
                        copy.end();
                    }
                    return;
                } catch (SQLException e) {
                    if (!recover(e)) {
                        throw e;
                    }
                }
            }
        }

        /** Commits what {@link #prepare()} sent. */
        void commit() throws Exception {
            while (true) {
                try {
                    connection.commit();
                    break;
                } catch (SQLException e) {
                    if (keys.isEmpty() || !recover(e)) { // an upsert (no COPY) is sent again and committed
                        throw unknownCommit(e);
                    }
                }
            }
            uncommitted = 0;
            committed = true;
        }

        @Override
        public synchronized void close() throws SQLException {
            kept.forEach(VectorSchemaRoot::close);
            kept.clear();
            try {
                if (!committed && !connection.isClosed()) {
                    if (copy != null) {
                        copy.cancel();
                    }
                    connection.rollback();
                }
            } catch (SQLException e) {
                // the connection is gone (lost mid-write): the server rolled the transaction back
            } finally {
                connection.close();
            }
        }
    }

    @Override
    public String describe() {
        return "connection to " + target; //$NON-NLS-1$
    }

    @Override
    public Global createGlobal(StepContext step) throws SQLException {
        return new Global(step);
    }

    @Override
    public void accept(VectorSchemaRoot in, Global g, AutoCloseable local, WorkerState ws) throws Exception {
        synchronized (g) {
            VectorSchemaRoot rows = g.retriesBatches() ? g.keep(in) : in;
            List<FieldVector> cols = rows.getFieldVectors();
            for (int r = 0; r < rows.getRowCount(); r++) {
                g.row(cols, r);
                g.keptTo = r;
                if (g.pending >= BATCH) {
                    g.flush(rows, r);
                }
            }
        }
    }

    @Override
    public void finish(Global g, StepContext step) throws Exception {
        synchronized (g) {
            g.prepare();
        }
    }

    @Override
    public void commit(Global g) throws Exception {
        synchronized (g) {
            g.commit();
        }
    }
}
