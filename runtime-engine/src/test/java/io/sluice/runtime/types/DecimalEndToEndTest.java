package io.sluice.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.AggregateFunction;
import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.Derivation;
import io.sluice.model.Derive;
import io.sluice.model.Filter;
import io.sluice.runtime.ReproducibleAggregateTest;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DECIMAL end to end: a CSV read by declared DECIMAL(12,2), exact arithmetic in a Derive, exact SUM/AVG/MIN/MAX in
 * an Aggregate, written back as canonical text, compared value by value with DuckDB reading the same file; a value
 * that overflows its type goes to rejects with the reason, never a wrong number.
 */
class DecimalEndToEndTest {
    @TempDir
    Path dir;

    private Path orders(int n) throws Exception {
        Random r = new Random(11);
        StringBuilder sb = new StringBuilder("id,k,amount,qty\n");
        String[] edges = { "9999999999.99", "-9999999999.99", "0.01", "-0.01", "0", "0.10", "1234.5", "7" };
        for (int i = 0; i < n; i++) {
            String amount = i < edges.length ? edges[i]
                    : BigDecimal.valueOf(r.nextLong() % 100_000_000_00L, 2).toPlainString();
            sb.append(i).append(",g").append(i % 7).append(',').append(amount).append(',').append(1 + r.nextInt(50))
                    .append('\n');
        }
        return Files.writeString(dir.resolve("orders.csv"), sb);
    }

    @Test
    void sumsAndArithmeticAreExactAndAgreeWithDuckDb() throws Exception {
        Path csv = orders(20_000);
        TestPipelines t = new TestPipelines("decimal");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(csv.toString());
        TestPipelines.columns(src, "id:INT64", "k:STRING", "amount:DECIMAL(12,2)", "qty:INT32");
        Derive d = t.add(TestPipelines.P.getDerive(), "calc");
        for (String[] def : new String[][] { { "total", "amount * qty" }, { "net", "amount - DECIMAL '0.10'" },
            { "share", "amount / qty" } }) {
            Derivation dv = TestPipelines.F.createDerivation();
            dv.setName(def[0]);
            dv.setExpression(def[1]);
            d.getDerivations().add(dv);
        }
        io.sluice.model.Aggregate agg = t.add(TestPipelines.P.getAggregate(), "per_k");
        agg.getGroupKeys().add("k");
        agg.getAggregations().add(ReproducibleAggregateTest.aggregation(AggregateFunction.SUM, "amount", "sum_amount"));
        agg.getAggregations().add(ReproducibleAggregateTest.aggregation(AggregateFunction.AVG, "amount", "avg_amount"));
        agg.getAggregations().add(ReproducibleAggregateTest.aggregation(AggregateFunction.MIN, "amount", "min_amount"));
        agg.getAggregations().add(ReproducibleAggregateTest.aggregation(AggregateFunction.MAX, "net", "max_net"));
        agg.getAggregations().add(ReproducibleAggregateTest.aggregation(AggregateFunction.SUM, "total", "sum_total"));
        agg.getAggregations().add(ReproducibleAggregateTest.aggregation(AggregateFunction.SUM, "share", "sum_share"));
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "write");
        Path result = dir.resolve("out.csv");
        out.setPath(result.toString());
        t.link(src, d).link(d, agg).link(agg, out);
        Path p = t.save(dir.resolve("decimal.sluice"));

        RunResult res = new SluiceEngine(null, 1L << 30).run(RunRequest.of(p).withThreads(3).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, res.status(), () -> res.error() + " " + res.problems());
        Map<String, List<String>> ours = new TreeMap<>();
        List<String> lines = Files.readAllLines(result);
        assertEquals("k,sum_amount,avg_amount,min_amount,max_net,sum_total,sum_share", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = List.of(line.split(","));
            ours.put(f.get(0), f.subList(1, f.size()));
        }
        Map<String, List<String>> theirs = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT k, sum(amount), count(amount), min(amount), max(amount - 0.10),"
                        // DuckDB divides DECIMALs as DOUBLE: the exact quotient at scale 13, rounded half away from
                        // zero, in HUGEINT integer arithmetic instead
                        + " sum(amount * qty), sum(sign(amount) * ((abs(amount * 100)::HUGEINT * 200000000000 + qty)"
                        + " // (2 * qty)))::VARCHAR"
                        + " FROM read_csv('" + csv + "', header = true, columns = {'id': 'BIGINT', 'k': 'VARCHAR',"
                        + " 'amount': 'DECIMAL(12,2)', 'qty': 'INTEGER'}) GROUP BY k")) {
            while (rs.next()) {
                BigDecimal sum = rs.getBigDecimal(2);
                long count = rs.getLong(3);
                theirs.put(rs.getString(1), List.of(sum.toPlainString(),
                        sum.divide(BigDecimal.valueOf(count), 6, RoundingMode.HALF_UP).toPlainString(),
                        rs.getBigDecimal(4).toPlainString(), rs.getBigDecimal(5).setScale(2).toPlainString(),
                        rs.getBigDecimal(6).toPlainString(),
                        new BigDecimal(new java.math.BigInteger(rs.getString(7)), 13).toPlainString()));
            }
        }
        assertEquals(theirs, ours);
    }

    @Test
    void overflowAndBadTextGoToRejectsWithTheReason() throws Exception {
        Path csv = Files.writeString(dir.resolve("in.csv"), "id,amount\n1,12.50\n2,99999.99\n3,12.3.4\n4,0.005\n");
        TestPipelines t = new TestPipelines("decimal-rejects");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(csv.toString());
        TestPipelines.columns(src, "id:INT64", "amount:DECIMAL(7,2)");
        Filter f = t.add(TestPipelines.P.getFilter(), "small");
        f.setCondition("CAST(amount AS DECIMAL(5,2)) > 0");
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "write");
        out.setPath(dir.resolve("out.csv").toString());
        CsvSink rej = t.add(TestPipelines.P.getCsvSink(), "quarantine");
        rej.setPath(dir.resolve("rejects.csv").toString());
        CsvSink bad = t.add(TestPipelines.P.getCsvSink(), "bad");
        bad.setPath(dir.resolve("bad.csv").toString());
        t.link(src, f).link(f, out).link(f, "rejects", rej, "in").link(src, "rejects", bad, "in");
        Path p = t.save(dir.resolve("r.sluice"));
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(p).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), () -> r.error() + " " + r.problems());
        assertEquals(List.of("id,amount", "1,12.50", "4,0.01"), Files.readAllLines(dir.resolve("out.csv")));
        List<String> rejects = Files.readAllLines(dir.resolve("rejects.csv"));
        assertEquals(2, rejects.size(), rejects.toString());
        assertTrue(rejects.get(1).startsWith("2,99999.99,") && rejects.get(1).contains("cannot cast 99999.99 to DECIMAL(5,2)"),
                rejects.toString());
        List<String> badRows = Files.readAllLines(dir.resolve("bad.csv"));
        assertEquals(2, badRows.size(), badRows.toString());
        assertTrue(badRows.get(1).contains("cannot read '12.3.4' as DECIMAL(7,2)"), badRows.toString());
        assertTrue(r.accounting().ok(), r.accounting().mismatches().toString());
        List<String> none = new ArrayList<>();
        assertEquals(List.of(), none);
    }
}
