package io.sluice.runtime.internal.jdbc;

import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.runtime.connections.DriverRegistry;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Connection details and the small amount of SQL dialect the JDBC steps need. */
public final class Jdbc {
    private Jdbc() {
    }

    /**
     * Where to connect; user and password may be null (password already resolved from its secret); {@code driver}
     * holds Maven coordinates, empty for H2 and well-known databases; {@code drivers} is the registry that loads them
     * (the command line's {@link DriverRegistry#shared()}, the designer's OSGi service).
     */
    public record Target(String url, String user, String password, List<String> driver, DriverRegistry drivers) {
        public Target {
            driver = driver == null ? List.of() : List.copyOf(driver);
            java.util.Objects.requireNonNull(drivers, "drivers"); //$NON-NLS-1$
        }

        /** A connection through the driver registry (the driver's own class loader, never DriverManager). */
        public Connection connect() throws SQLException {
            return drivers.connect(url, user, password, driver);
        }

        public boolean isH2() {
            return url.startsWith("jdbc:h2:"); //$NON-NLS-1$
        }

        public boolean isPostgres() {
            return url.startsWith("jdbc:postgresql:"); //$NON-NLS-1$
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

    /** A column name as a quoted SQL identifier, exactly as written. */
    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * A column name as the database would store it unquoted: a plain name ({@code order_id}, {@code OrderId}) is
     * folded the way the database folds unquoted identifiers (PostgreSQL to lower case, H2 and the standard to upper
     * case) and then quoted — so plain SQL without quotes finds it afterwards, and reserved words still work. Other
     * names (spaces, punctuation) are quoted as written.
     */
    static String identifier(DatabaseMetaData md, String name) throws SQLException {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) { //$NON-NLS-1$
            return quote(name);
        }
        if (md.storesLowerCaseIdentifiers()) {
            return quote(name.toLowerCase(Locale.ROOT));
        }
        if (md.storesUpperCaseIdentifiers()) {
            return quote(name.toUpperCase(Locale.ROOT));
        }
        return quote(name);
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
                fields.add(new Field(md.getColumnLabel(j), JdbcTypes.typeOf(md, j), md.isNullable(j) != ResultSetMetaData.columnNoNulls));
            }
            return new Schema(fields);
        }
    }

    /**
     * The query a source runs: {@code query} as written, or {@code SELECT columns FROM table} (only the wanted columns,
     * folded as the database folds them; {@code *} when none are declared); the filter and the high-water condition
     * ({@code column > ?}) pushed down as its WHERE clause.
     */
    public static String sourceQuery(Connection c, String query, String table, List<String> columns, String filter,
            String highWaterColumn) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String base;
        List<String> where = new ArrayList<>();
        if (filter != null && !filter.isBlank()) {
            where.add("(" + filter + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (highWaterColumn != null && !highWaterColumn.isBlank()) {
            where.add(identifier(md, highWaterColumn) + " > ?"); //$NON-NLS-1$
        }
        if (table != null && !table.isBlank()) {
            List<String> cols = new ArrayList<>();
            for (String name : columns) {
                cols.add(identifier(md, name));
            }
            if (highWaterColumn != null && !highWaterColumn.isBlank() && !columns.isEmpty()
                    && columns.stream().noneMatch(highWaterColumn::equalsIgnoreCase)) {
                cols.add(identifier(md, highWaterColumn));
            }
            base = "SELECT " + (cols.isEmpty() ? "*" : String.join(", ", cols)) + " FROM " + table; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return where.isEmpty() ? base : base + " WHERE " + String.join(" AND ", where); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return where.isEmpty() ? query : "SELECT * FROM (" + query + ") q WHERE " + String.join(" AND ", where); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
