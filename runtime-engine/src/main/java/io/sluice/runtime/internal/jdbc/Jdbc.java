package io.sluice.runtime.internal.jdbc;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Connection details and the small amount of SQL dialect the JDBC steps need. */
public final class Jdbc {
    private Jdbc() {
    }

    /** Where to connect; user and password may be null (password already resolved from its secret). */
    public record Target(String url, String user, String password) {
        public Connection connect() throws SQLException {
            try {
                return user == null || user.isBlank() ? DriverManager.getConnection(url)
                        : DriverManager.getConnection(url, user, password);
            } catch (SQLException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) { //$NON-NLS-1$
                    // permanent, not a lost connection (DriverManager says SQL state 08001): never retried
                    throw new NoDriverException(url);
                }
                throw e;
            }
        }

        public boolean isH2() {
            return url.startsWith("jdbc:h2:"); //$NON-NLS-1$
        }

        @Override
        public String toString() { // never the password (nor one written into the URL)
            return io.sluice.runtime.Redaction.redact(url) + (user == null ? "" : " as " + user); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    static List<String> labels(ResultSetMetaData md) throws SQLException {
        List<String> l = new ArrayList<>();
        for (int j = 1; j <= md.getColumnCount(); j++) {
            l.add(md.getColumnLabel(j));
        }
        return l;
    }

    /** A column name as a quoted SQL identifier. */
    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String sqlType(DataType t) {
        return switch (t) {
            case BOOLEAN -> "BOOLEAN"; //$NON-NLS-1$
            case INT32 -> "INTEGER"; //$NON-NLS-1$
            case INT64 -> "BIGINT"; //$NON-NLS-1$
            case FLOAT64 -> "DOUBLE PRECISION"; //$NON-NLS-1$
            case DATE -> "DATE"; //$NON-NLS-1$
            case TIMESTAMP -> "TIMESTAMP"; //$NON-NLS-1$
            default -> "VARCHAR"; //$NON-NLS-1$
        };
    }

    static int jdbcType(DataType t) {
        return switch (t) {
            case BOOLEAN -> Types.BOOLEAN;
            case INT32 -> Types.INTEGER;
            case INT64 -> Types.BIGINT;
            case FLOAT64 -> Types.DOUBLE;
            case DATE -> Types.DATE;
            case TIMESTAMP -> Types.TIMESTAMP;
            default -> Types.VARCHAR;
        };
    }

    /** The columns a query returns, typed (prepared, not run); for sources without declared columns. */
    public static Schema describe(Target target, String query) throws SQLException {
        try (Connection c = target.connect(); var ps = c.prepareStatement(query)) {
            ResultSetMetaData md = ps.getMetaData();
            if (md == null) {
                throw new SQLException("the driver cannot describe the query without running it; declare the columns"); //$NON-NLS-1$
            }
            List<Field> fields = new ArrayList<>();
            for (int j = 1; j <= md.getColumnCount(); j++) {
                DataType t = switch (md.getColumnType(j)) {
                    case Types.BOOLEAN, Types.BIT -> DataType.BOOLEAN;
                    case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> DataType.INT32;
                    case Types.BIGINT -> DataType.INT64;
                    case Types.FLOAT, Types.REAL, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL -> DataType.FLOAT64;
                    case Types.DATE -> DataType.DATE;
                    case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> DataType.TIMESTAMP;
                    default -> DataType.STRING;
                };
                fields.add(new Field(md.getColumnLabel(j), t, md.isNullable(j) != ResultSetMetaData.columnNoNulls));
            }
            return new Schema(fields);
        }
    }

    /** No JDBC driver on the class path accepts the URL: a permanent failure, named as such. */
    public static final class NoDriverException extends SQLException {
        private static final long serialVersionUID = 1L;

        NoDriverException(String url) {
            super("no JDBC driver for " + io.sluice.runtime.Redaction.redact(url) //$NON-NLS-1$
                    + " (put the driver's jar on the class path, or check the URL's jdbc:<kind>: prefix)"); //$NON-NLS-1$
        }
    }
}
