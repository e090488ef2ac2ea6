package io.sluice.runtime.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.AggregateFunction;
import io.sluice.model.CsvSource;
import io.sluice.model.ParquetSink;
import io.sluice.model.Pivot;
import io.sluice.model.Unpivot;
import io.sluice.runtime.RowAccounting;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pivot and Unpivot planned from real models over CSV files, run with one-row and large batches under a fresh
 * limited allocator, and compared with DuckDB's PIVOT / UNPIVOT on the same file: NULL keys, NULL pivot values,
 * NULL measures, values that are not declared, groups without a row for a value, and column types that widen.
 */
class PivotUnpivotTest {
    @TempDir
    Path dir;

    static final String DATA = "k,p,region,v,w\n"
            + "a,x,1,1,10\n"
            + "a,y,1,2,20\n"
            + "a,x,2,3,\n"
            + "b,x,1,,40\n"
            + "b,z,2,5,50\n"
            + ",x,1,7,70\n"
            + "c,,2,8,80\n"
            + "d,y,2,9,90\n"
            + "b,x,1,11,110\n"
            + "é,y,1,12,120\n";
    static final String TYPES = "{'k':'VARCHAR','p':'VARCHAR','region':'INTEGER','v':'INTEGER','w':'BIGINT'}";

    private final ModelOperatorsTest base = new ModelOperatorsTest();

    private CsvSource source(TestPipelines t) throws Exception {
        base.dir = dir;
        return base.source(t, "read", base.csv("in.csv", DATA), "k:STRING", "p:STRING", "region:INT32", "v:INT32", "w:INT64");
    }

    private static String duckFunction(AggregateFunction fn) {
        return switch (fn) {
            case COUNT_ALL -> "count(*)";
            case COUNT_DISTINCT -> "count(DISTINCT v)";
            default -> fn.getLiteral().toLowerCase(java.util.Locale.ROOT) + "(v)";
        };
    }

    @ParameterizedTest
    @EnumSource(AggregateFunction.class)
    void pivotMatchesDuckDb(AggregateFunction fn) throws Exception {
        for (int batchRows : new int[] { 1, 1000 }) {
            TestPipelines t = new TestPipelines("pivot");
            CsvSource src = source(t);
            Pivot p = t.add(TestPipelines.P.getPivot(), "pivot");
            p.getGroupKeys().add("k");
            p.setPivotColumn("p");
            p.getValues().addAll(java.util.List.of("x", "y", "w"));
            p.setFunction(fn);
            p.setValueColumn("v");
            t.link(src, p);
            Path out = base.sink(t, p);
            base.run(t, batchRows);
            ModelOperatorsTest.sameRows("PIVOT (" + ModelOperatorsTest.csvQ(dir.resolve("in.csv"), TYPES) + ") ON p IN ('x', 'y', 'w') USING "
                    + duckFunction(fn) + " GROUP BY k", "SELECT * FROM read_parquet('" + out + "')");
            assertEquals("k,x,y,w", names(out));
        }
    }

    @Test
    void pivotOnANumberColumnWithTwoGroupKeys() throws Exception {
        TestPipelines t = new TestPipelines("pivot");
        CsvSource src = source(t);
        Pivot p = t.add(TestPipelines.P.getPivot(), "pivot");
        p.getGroupKeys().addAll(java.util.List.of("k", "p"));
        p.setPivotColumn("region");
        p.getValues().addAll(java.util.List.of("1", "2"));
        p.setFunction(AggregateFunction.SUM);
        p.setValueColumn("w");
        t.link(src, p);
        Path out = base.sink(t, p);
        base.run(t, 2);
        ModelOperatorsTest.sameRows("PIVOT (" + ModelOperatorsTest.csvQ(dir.resolve("in.csv"), TYPES) + ") ON region IN (1, 2) USING sum(w) GROUP BY k, p",
                "SELECT * FROM read_parquet('" + out + "')");
        assertEquals("k,p,1,2", names(out));
    }

    @Test
    void unpivotMatchesDuckDbWithAndWithoutNulls() throws Exception {
        for (boolean includeNulls : new boolean[] { false, true }) {
            for (int batchRows : new int[] { 1, 3, 1000 }) {
                TestPipelines t = new TestPipelines("unpivot");
                CsvSource src = source(t);
                Unpivot u = t.add(TestPipelines.P.getUnpivot(), "unpivot");
                u.getColumns().addAll(java.util.List.of("v", "w")); // INT32 and INT64: the values widen to INT64
                u.setNameColumn("measure");
                u.setValueColumn("amount");
                u.setIncludeNulls(includeNulls);
                t.link(src, u);
                Path out = base.sink(t, u);
                base.run(t, batchRows);
                // the SQL-standard form, the one DuckDB takes INCLUDE NULLS in
                ModelOperatorsTest.sameRows("SELECT k, p, region, measure, amount FROM (" + ModelOperatorsTest.csvQ(dir.resolve("in.csv"), TYPES)
                        + ") UNPIVOT " + (includeNulls ? "INCLUDE NULLS " : "") + "(amount FOR measure IN (v, w))",
                        "SELECT * FROM read_parquet('" + out + "')");
                assertEquals("k,p,region,measure,amount", names(out));
            }
        }
    }

    @Test
    void aRunThroughPivotAndUnpivotAccountsForEveryRow() throws Exception {
        TestPipelines t = new TestPipelines("both");
        CsvSource src = source(t);
        Unpivot u = t.add(TestPipelines.P.getUnpivot(), "unpivot");
        u.getColumns().addAll(java.util.List.of("v", "w"));
        Pivot p = t.add(TestPipelines.P.getPivot(), "pivot");
        p.getGroupKeys().add("k");
        p.setPivotColumn("name");
        p.getValues().addAll(java.util.List.of("v", "w"));
        p.setFunction(AggregateFunction.MAX);
        p.setValueColumn("value");
        ParquetSink sink = t.add(TestPipelines.P.getParquetSink(), "write");
        Path out = dir.resolve("both.parquet");
        sink.setPath(out.toString());
        t.link(src, u).link(u, p).link(p, sink);
        Path file = t.save(dir.resolve("both.sluice"));
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(file).withHistory(false).withThreads(2));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
        RowAccounting a = r.accounting();
        assertTrue(a.ok(), a.mismatches().toString());
        assertEquals(10, r.finalSnapshot().step("unpivot").rowsIn());
        assertEquals(18, r.finalSnapshot().step("unpivot").rowsOut()); // 10 rows x 2 columns; one NULL v and one NULL w give no row
        ModelOperatorsTest.sameRows("SELECT k, max(v) AS v, max(w) AS w FROM (" + ModelOperatorsTest.csvQ(dir.resolve("in.csv"), TYPES)
                + ") GROUP BY k", "SELECT * FROM read_parquet('" + out + "')");
    }

    private static String names(Path parquet) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT string_agg(column_name, ',') FROM (DESCRIBE SELECT * FROM read_parquet('"
                        + parquet + "'))")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
