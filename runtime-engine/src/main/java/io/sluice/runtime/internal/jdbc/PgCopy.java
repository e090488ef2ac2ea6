package io.sluice.runtime.internal.jdbc;

import io.sluice.expression.types.DataType;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.apache.arrow.vector.FieldVector;

/**
 * PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)} through the driver's {@code CopyManager}, reached by reflection
 * in the driver's own class loader (the runtime does not link against any driver). Rows are encoded as CSV in a
 * buffer and sent per batch: NULL is an empty unquoted field, every text, array literal and JSON value is quoted (so
 * an empty text stays empty); values in PostgreSQL's text form ({@link JdbcTypes#appendText}: bytes as {@code \x}
 * hex, instants with {@code Z}, a LIST of scalars as an array literal).
 */
final class PgCopy {
    private final Object manager;
    private final Method copyIn;
    private final Method write;
    private final Method end;
    private final Method cancel;
    private final String sql;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    private final StringBuilder line = new StringBuilder();
    private final StringBuilder cell = new StringBuilder();
    private final DataType[] types;
    private Object operation;

    PgCopy(Connection connection, String sql, DataType[] types) throws SQLException {
        this.sql = sql;
        this.types = types;
        try {
            ClassLoader driver = connection.getClass().getClassLoader();
            Class<?> pg = Class.forName("org.postgresql.PGConnection", false, driver); //$NON-NLS-1$
            manager = pg.getMethod("getCopyAPI").invoke(connection.unwrap(pg)); //$NON-NLS-1$
            copyIn = manager.getClass().getMethod("copyIn", String.class); //$NON-NLS-1$
            Class<?> in = Class.forName("org.postgresql.copy.CopyIn", false, driver); //$NON-NLS-1$
            write = in.getMethod("writeToCopy", byte[].class, int.class, int.class); //$NON-NLS-1$
            end = in.getMethod("endCopy"); //$NON-NLS-1$
            Class<?> op = Class.forName("org.postgresql.copy.CopyOperation", false, driver); //$NON-NLS-1$
            cancel = op.getMethod("cancelCopy"); //$NON-NLS-1$
        } catch (ReflectiveOperationException e) {
            throw new SQLException("the connection's driver has no COPY API (org.postgresql.PGConnection): " + e, e); //$NON-NLS-1$
        }
        start();
    }

    void start() throws SQLException {
        operation = call(copyIn, manager, sql);
    }

    /** Encodes row {@code r} (an SQLException, naming the column, when a value cannot go to PostgreSQL exactly). */
    void row(List<FieldVector> cols, int r) throws SQLException {
        line.setLength(0);
        for (int c = 0; c < cols.size(); c++) {
            if (c > 0) {
                line.append(',');
            }
            FieldVector v = cols.get(c);
            if (v.isNull(r)) {
                continue;
            }
            if (JdbcTypes.needsQuotes(types[c])) {
                cell.setLength(0);
                JdbcTypes.appendText(cell, v, r, types[c]);
                quoted(cell);
            } else {
                JdbcTypes.appendText(line, v, r, types[c]);
            }
        }
        line.append('\n');
        byte[] b = line.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(b, 0, b.length);
    }

    private void quoted(CharSequence s) {
        line.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                line.append('"');
            }
            line.append(ch);
        }
        line.append('"');
    }

    void flush() throws SQLException {
        if (buffer.size() > 0) {
            call(write, operation, buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        }
    }

    void end() throws SQLException {
        flush();
        call(end, operation);
        operation = null;
    }

    void cancel() throws SQLException {
        if (operation != null) {
            Object op = operation;
            operation = null;
            call(cancel, op);
        }
    }

    private static Object call(Method m, Object target, Object... args) throws SQLException {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            throw new SQLException(e.getCause().getMessage(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }
}
