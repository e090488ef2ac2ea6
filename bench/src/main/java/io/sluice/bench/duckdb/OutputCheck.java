package io.sluice.bench.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.sluice.bench.Workload;

/**
 * Compares two engines' Parquet outputs, reading both back with DuckDB. {@code aggregate} is compared row by
 * row in file order (so the sort is checked too), with a relative tolerance for the floating-point sum and
 * average, whose last bits depend on the order of addition; {@code join} has no defined row order and is
 * compared as multisets ({@code EXCEPT ALL} both ways) on all columns.
 */
public final class OutputCheck {
    /** Relative tolerance of SUM and AVG. */
    public static final double TOLERANCE = 1e-9;
    private static final int MAX_REPORTED = 10;

    private OutputCheck() {
    }

    /** Rows in a Parquet file, or -1 when it cannot be read. */
    public static long countRows(Path parquet) {
        if (parquet.toString().endsWith(".csv")) { //$NON-NLS-1$
            try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(parquet)) {
                return lines.count() - 1;
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                return -1;
            }
        }
        try (Connection c = DuckDbRunner.open(1); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet(" + Workload.sqlString(parquet.toAbsolutePath().toString()) + ")")) { //$NON-NLS-1$ //$NON-NLS-2$
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    /** The differences between {@code actual} and {@code expected} (empty when they agree), at most ten. */
    public static List<String> compare(Workload w, Path actual, Path expected) throws SQLException {
        return switch (w) {
            case AGGREGATE -> compareAggregate(actual, expected);
            case JOIN -> compareJoin(actual, expected);
            case DECIMAL, NESTED, NESTED_PARQUET -> compareText(actual, expected);
        };
    }

    /** DECIMAL: the two CSV outputs are the same text, line by line (exact sums: no tolerance). */
    static List<String> compareText(Path actual, Path expected) {
        List<String> diffs = new ArrayList<>();
        try {
            List<String> a = java.nio.file.Files.readAllLines(actual);
            List<String> e = java.nio.file.Files.readAllLines(expected);
            if (a.size() != e.size()) {
                diffs.add("row count: " + (a.size() - 1) + " vs expected " + (e.size() - 1)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            for (int i = 0; i < Math.min(a.size(), e.size()) && diffs.size() < MAX_REPORTED; i++) {
                if (!a.get(i).equals(e.get(i))) {
                    diffs.add("line " + (i + 1) + ": " + a.get(i) + " vs expected " + e.get(i)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
        } catch (java.io.IOException ex) {
            diffs.add("cannot read the outputs: " + ex); //$NON-NLS-1$
        }
        return diffs;
    }

    private static String scan(Path p) {
        return "read_parquet(" + Workload.sqlString(p.toAbsolutePath().toString()) + ", file_row_number = true)"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    static List<String> compareAggregate(Path actual, Path expected) throws SQLException {
        String cols = "CAST(country AS VARCHAR), CAST(day AS DATE), CAST(revenue AS DOUBLE), CAST(orders AS BIGINT), " //$NON-NLS-1$
                + "CAST(avg_amount AS DOUBLE)"; //$NON-NLS-1$
        List<Object[]> a;
        List<Object[]> e;
        try (Connection c = DuckDbRunner.open(2)) {
            a = rows(c, "SELECT " + cols + " FROM " + scan(actual) + " ORDER BY file_row_number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            e = rows(c, "SELECT " + cols + " FROM " + scan(expected) + " ORDER BY file_row_number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        List<String> diffs = new ArrayList<>();
        if (a.size() != e.size()) {
            diffs.add("row count: " + a.size() + " vs expected " + e.size()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (int i = 0; i < Math.min(a.size(), e.size()) && diffs.size() < MAX_REPORTED; i++) {
            Object[] x = a.get(i);
            Object[] y = e.get(i);
            boolean same = Objects.equals(x[0], y[0]) && Objects.equals(x[1], y[1]) && close(x[2], y[2])
                    && Objects.equals(x[3], y[3]) && close(x[4], y[4]);
            if (!same) {
                diffs.add("row " + i + ": " + show(x) + " vs expected " + show(y)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        return diffs;
    }

    static List<String> compareJoin(Path actual, Path expected) throws SQLException {
        String cols = "order_id, customer_id, country, CAST(order_ts AS TIMESTAMP) AS order_ts, amount, quantity, " //$NON-NLS-1$
                + "status, email, customer_id_right, name, country_right, segment, CAST(signup_date AS DATE) AS signup_date"; //$NON-NLS-1$
        String a = "SELECT " + cols + " FROM " + scan(actual); //$NON-NLS-1$ //$NON-NLS-2$
        String e = "SELECT " + cols + " FROM " + scan(expected); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> diffs = new ArrayList<>();
        try (Connection c = DuckDbRunner.open(2)) {
            long na = rows(c, "SELECT count(*) FROM (" + a + ")").get(0)[0] instanceof Number n ? n.longValue() : -1; //$NON-NLS-1$ //$NON-NLS-2$
            long ne = rows(c, "SELECT count(*) FROM (" + e + ")").get(0)[0] instanceof Number n ? n.longValue() : -1; //$NON-NLS-1$ //$NON-NLS-2$
            if (na != ne) {
                diffs.add("row count: " + na + " vs expected " + ne); //$NON-NLS-1$ //$NON-NLS-2$
            }
            for (Object[] r : rows(c, "(" + a + ") EXCEPT ALL (" + e + ") LIMIT 5")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                diffs.add("unexpected row " + show(r)); //$NON-NLS-1$
            }
            for (Object[] r : rows(c, "(" + e + ") EXCEPT ALL (" + a + ") LIMIT 5")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                diffs.add("missing row " + show(r)); //$NON-NLS-1$
            }
        }
        return diffs;
    }

    private static List<Object[]> rows(Connection c, String sql) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object v = rs.getObject(i + 1);
                    row[i] = v == null ? null : v instanceof Number || v instanceof String ? v : v.toString();
                }
                out.add(row);
            }
        }
        return out;
    }

    static boolean close(Object x, Object y) {
        if (x == null || y == null) {
            return x == y;
        }
        double a = ((Number) x).doubleValue();
        double b = ((Number) y).doubleValue();
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static String show(Object[] row) {
        StringBuilder b = new StringBuilder("("); //$NON-NLS-1$
        for (int i = 0; i < row.length; i++) {
            b.append(i == 0 ? "" : ", ").append(row[i]); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return b.append(')').toString();
    }
}
