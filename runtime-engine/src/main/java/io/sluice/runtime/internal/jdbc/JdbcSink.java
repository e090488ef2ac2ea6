package io.sluice.runtime.internal.jdbc;

import io.sluice.expression.types.DataType;
import io.sluice.runtime.internal.exec.BatchOperator;
import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.runtime.internal.types.Types;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes rows into a table in one transaction, committed at the end of the run (a failed run rolls back and
 * leaves the table as it was). The table is created when missing ({@code CREATE TABLE IF NOT EXISTS}, column
 * names quoted, the table name used as written). INSERT appends; UPSERT updates the row with the same key or
 * inserts it — H2's {@code MERGE INTO t (…) KEY (…) VALUES (…)}, elsewhere the standard
 * {@code MERGE INTO t USING (VALUES …) s ON … WHEN MATCHED … WHEN NOT MATCHED …} — so re-running a run gives the
 * same table. Workers share the one connection (statements are batched under a lock).
 */
public final class JdbcSink implements BatchSink<JdbcSink.Global, AutoCloseable> {
    static final int BATCH = 1000;

    private final Jdbc.Target target;
    private final String table;
    private final Schema schema;
    private final List<String> keys;
    private final DataType[] types;

    /** {@code keys} empty for INSERT, the key columns for UPSERT. */
    public JdbcSink(Jdbc.Target target, String table, Schema schema, List<String> keys) {
        this.target = target;
        this.table = table;
        this.schema = schema;
        this.keys = List.copyOf(keys);
        types = new DataType[schema.getFields().size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = Types.sluice(schema.getFields().get(i)).type();
        }
    }

    String createSql() {
        StringBuilder sb = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table).append(" ("); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < types.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Jdbc.quote(schema.getFields().get(i).getName())).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
                    .append(Jdbc.sqlType(types[i]));
            if (keys.contains(schema.getFields().get(i).getName())) {
                sb.append(" NOT NULL"); //$NON-NLS-1$
            }
        }
        if (!keys.isEmpty()) {
            sb.append(", PRIMARY KEY (").append(String.join(", ", keys.stream().map(Jdbc::quote).toList())).append(')'); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return sb.append(')').toString();
    }

    String writeSql() {
        List<String> cols = schema.getFields().stream().map(f -> Jdbc.quote(f.getName())).toList();
        String names = String.join(", ", cols); //$NON-NLS-1$
        String marks = String.join(", ", cols.stream().map(c -> "?").toList()); //$NON-NLS-1$ //$NON-NLS-2$
        if (keys.isEmpty()) {
            return "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        List<String> k = keys.stream().map(Jdbc::quote).toList();
        if (target.isH2()) {
            return "MERGE INTO " + table + " (" + names + ") KEY (" + String.join(", ", k) + ") VALUES (" + marks + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        }
        List<String> on = new ArrayList<>();
        for (String c : k) {
            on.add("t." + c + " = s." + c); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<String> set = new ArrayList<>();
        List<String> vals = new ArrayList<>();
        for (String c : cols) {
            if (!k.contains(c)) {
                set.add(c + " = s." + c); //$NON-NLS-1$
            }
            vals.add("s." + c); //$NON-NLS-1$
        }
        return "MERGE INTO " + table + " t USING (VALUES (" + marks + ")) s (" + names + ") ON " + String.join(" AND ", on) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + (set.isEmpty() ? "" : " WHEN MATCHED THEN UPDATE SET " + String.join(", ", set)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES (" + String.join(", ", vals) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    public final class Global implements AutoCloseable {
        final Connection connection;
        final PreparedStatement write;
        int pending;
        boolean committed;

        Global() throws SQLException {
            connection = target.connect();
            try {
                connection.setAutoCommit(false);
                try (Statement st = connection.createStatement()) {
                    st.execute(createSql());
                }
                write = connection.prepareStatement(writeSql());
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        @Override
        public synchronized void close() throws SQLException {
            try {
                if (!committed) {
                    connection.rollback();
                }
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
        return new Global();
    }

    @Override
    public AutoCloseable createLocal(Global global, WorkerState ws) {
        return BatchOperator.NO_STATE;
    }

    @Override
    public void accept(VectorSchemaRoot in, Global g, AutoCloseable local, WorkerState ws) throws SQLException {
        int n = in.getRowCount();
        List<FieldVector> cols = in.getFieldVectors();
        synchronized (g) {
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < cols.size(); c++) {
                    bind(g.write, c + 1, cols.get(c), r, types[c]);
                }
                g.write.addBatch();
                if (++g.pending >= BATCH) {
                    g.write.executeBatch();
                    g.pending = 0;
                }
            }
        }
    }

    static void bind(PreparedStatement ps, int i, FieldVector v, int r, DataType t) throws SQLException {
        if (v.isNull(r)) {
            ps.setNull(i, Jdbc.jdbcType(t));
            return;
        }
        switch (v) {
            case BigIntVector b -> ps.setLong(i, b.get(r));
            case IntVector x -> ps.setInt(i, x.get(r));
            case Float8Vector f -> ps.setDouble(i, f.get(r));
            case BitVector b -> ps.setBoolean(i, b.get(r) != 0);
            case VarCharVector s -> ps.setString(i, new String(s.get(r), java.nio.charset.StandardCharsets.UTF_8));
            case DateDayVector d -> ps.setObject(i, LocalDate.ofEpochDay(d.get(r)));
            case TimeStampVector ts -> {
                long us = ts.get(r);
                ps.setObject(i, LocalDateTime.ofEpochSecond(Math.floorDiv(us, 1_000_000L),
                        (int) Math.floorMod(us, 1_000_000L) * 1000, ZoneOffset.UTC));
            }
            default -> ps.setObject(i, v.getObject(r));
        }
    }

    @Override
    public void combine(Global global, AutoCloseable local, WorkerState ws) {
    }

    @Override
    public void finish(Global g, StepContext step) throws SQLException {
        synchronized (g) {
            if (g.pending > 0) {
                g.write.executeBatch();
                g.pending = 0;
            }
        }
    }

    @Override
    public void commit(Global g) throws SQLException {
        synchronized (g) {
            g.connection.commit();
            g.committed = true;
        }
    }
}
