package io.sluice.runtime.internal.kernel;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

import io.sluice.expression.EvaluationException;
import io.sluice.expression.Evaluator;
import io.sluice.expression.TypedExpr;

/**
 * What the differential tests against DuckDB share: an in-memory DuckDB whose table {@code t (rid INTEGER, …)} holds
 * the rows the test evaluates (row {@code rid} of the list), a query's values per row (a row that fails: its
 * exception), the interpreter's values on the same rows, and the rows where the two differ.
 */
final class DuckDbHarness implements AutoCloseable {
    private final Connection duck;
    private final List<List<Object>> rows;

    /**
     * @param columns the table's columns after {@code rid} as DDL ({@code "a DECIMAL(12,2), b …"})
     * @param toJdbc  a row value as the JDBC driver takes it
     * @param setup   statements run first ({@code SET TimeZone = 'UTC'})
     */
    DuckDbHarness(String columns, List<List<Object>> rows, UnaryOperator<Object> toJdbc, String... setup) throws SQLException {
        this.rows = rows;
        this.duck = DriverManager.getConnection("jdbc:duckdb:");
        try {
            try (Statement st = duck.createStatement()) {
                for (String s : setup) {
                    st.execute(s);
                }
                st.execute("CREATE TABLE t (rid INTEGER, " + columns + ")");
            }
            int cols = rows.isEmpty() ? 0 : rows.get(0).size();
            try (PreparedStatement ps = duck.prepareStatement("INSERT INTO t VALUES (?" + ", ?".repeat(cols) + ")")) {
                for (int r = 0; r < rows.size(); r++) {
                    ps.setInt(1, r);
                    for (int c = 0; c < cols; c++) {
                        ps.setObject(c + 2, toJdbc.apply(rows.get(r).get(c)));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException | RuntimeException e) {
            duck.close();
            throw e;
        }
    }

    /** DuckDB's value of {@code sql} on every row, in row order; on a row where it fails, the exception. */
    List<Object> values(String sql) throws SQLException {
        List<Object> out = new ArrayList<>();
        try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery("SELECT " + sql + " FROM t ORDER BY rid")) {
            while (rs.next()) {
                out.add(rs.getObject(1));
            }
            return out;
        } catch (SQLException whole) {
            out.clear(); // some row fails: row by row
        }
        for (int r = 0; r < rows.size(); r++) {
            try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery("SELECT " + sql + " FROM t WHERE rid = " + r)) {
                rs.next();
                out.add(rs.getObject(1));
            } catch (SQLException ex) {
                out.add(ex);
            }
        }
        return out;
    }

    /** The interpreter's value of {@code e} on every row; on a row where it fails, the exception. */
    List<Object> evaluate(TypedExpr e) {
        List<Object> ours = new ArrayList<>();
        for (List<Object> row : rows) {
            try {
                ours.add(Evaluator.evaluate(e, row, ExprKernelTest.RUN));
            } catch (EvaluationException ex) {
                ours.add(ex);
            }
        }
        return ours;
    }

    /** One line per row where {@code same} says our value and DuckDB's differ. */
    List<String> diffs(List<Object> ours, List<Object> theirs, BiPredicate<Object, Object> same) {
        List<String> diffs = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (!same.test(ours.get(r), theirs.get(r))) {
                diffs.add("row " + r + " " + rows.get(r) + ": sluice " + show(ours.get(r)) + " duckdb " + show(theirs.get(r)));
            }
        }
        return diffs;
    }

    static String show(Object o) {
        return o instanceof Exception e ? "error(" + e.getMessage().lines().findFirst().orElse("") + ")" : String.valueOf(o);
    }

    @Override
    public void close() throws SQLException {
        duck.close();
    }
}
