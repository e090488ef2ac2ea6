package io.sluice.bench.duckdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs one statement in a fresh in-memory DuckDB database with a given thread count. The timed part is the
 * whole call: open, {@code SET threads}, the statement, close — the same end-to-end scope as a Sluice run.
 */
public final class DuckDbRunner {
    private DuckDbRunner() {
    }

    /** A new in-memory database with {@code threads} threads and UTC as its time zone. */
    public static Connection open(int threads) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:"); //$NON-NLS-1$
        try (Statement s = c.createStatement()) {
            s.execute("SET threads = " + threads); //$NON-NLS-1$
            s.execute("SET TimeZone = 'UTC'"); //$NON-NLS-1$
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Executes {@code sql}; returns the elapsed nanoseconds. */
    public static long run(String sql, int threads) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = open(threads); Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return System.nanoTime() - start;
    }
}
