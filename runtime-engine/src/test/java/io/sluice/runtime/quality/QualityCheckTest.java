package io.sluice.runtime.quality;

import io.sluice.runtime.internal.types.Types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.QualityCheck;
import io.sluice.model.QualityRule;
import io.sluice.model.QualityRuleKind;
import io.sluice.model.QualitySeverity;
import io.sluice.runtime.RowAccounting;
import io.sluice.runtime.RuleResult;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;
import io.sluice.runtime.cli.ExitCodes;
import io.sluice.runtime.cli.SluiceCli;
import io.sluice.runtime.history.RunHistory;
import io.sluice.runtime.internal.csv.CsvOptions;
import io.sluice.runtime.internal.exec.CollectSink;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.exec.ExecOptions;
import io.sluice.runtime.internal.exec.Harness;
import io.sluice.runtime.internal.quality.QualityCheckOperator;
import io.sluice.runtime.internal.quality.QualityCheckOperator.Severity;
import io.sluice.runtime.internal.quality.RowRule;
import io.sluice.expression.types.DataType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The quality step on real files: every rule kind and severity, results in the run, the history and the CLI. */
@Timeout(60)
public class QualityCheckTest {
    @TempDir
    Path dir;

    public static QualityRule rule(QualityCheck q, String name, QualityRuleKind kind, String column, QualitySeverity sev) {
        return TestPipelines.rule(q, name, kind, column, sev);
    }

    /** 10 rows: 2 with a NULL email, 1 bad email, 1 duplicate id, 1 negative amount, 1 unknown country. */
    Path input() throws Exception {
        String now = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        return Files.writeString(dir.resolve("in.csv"), """
                id,email,amount,country,ts
                1,a@x.io,10.5,DE,2024-01-01T00:00:00Z
                2,,20,FR,2024-01-02T00:00:00Z
                3,c@x.io,-4,US,2024-01-03T00:00:00Z
                4,d@x.io,30,XX,2024-01-04T00:00:00Z
                2,e@x.io,40,DE,2024-01-05T00:00:00Z
                5,not-an-email,50,,2024-01-06T00:00:00Z
                6,f@x.io,600,FR,2024-01-07T00:00:00Z
                7,,70,DE,2024-01-08T00:00:00Z
                8,h@x.io,80,FR,%s
                1,i@x.io,90,,2024-01-09T00:00:00Z
                """.formatted(now));
    }

    TestPipelines pipeline(QualitySeverity rangeSeverity) throws Exception {
        TestPipelines t = new TestPipelines("quality");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(input().toString());
        TestPipelines.columns(src, "id:INT64", "email:STRING", "amount:FLOAT64", "country:STRING", "ts:TIMESTAMP");
        QualityCheck q = t.add(TestPipelines.P.getQualityCheck(), "check");
        rule(q, "email present", QualityRuleKind.NOT_NULL, "email", QualitySeverity.QUARANTINE);
        rule(q, "email shape", QualityRuleKind.REGEX, "email", QualitySeverity.QUARANTINE).setPattern("[^@]+@[^@]+");
        QualityRule range = rule(q, "amount range", QualityRuleKind.RANGE, "amount", rangeSeverity);
        range.setMin("0");
        range.setMax("1000");
        rule(q, null, QualityRuleKind.UNIQUE, "id", QualitySeverity.QUARANTINE);
        QualityRule allowed = rule(q, "known country", QualityRuleKind.ALLOWED_VALUES, "country", QualitySeverity.WARN);
        allowed.getAllowedValues().addAll(List.of("DE", "FR", "US"));
        rule(q, "short country", QualityRuleKind.MAX_LENGTH, "country", QualitySeverity.WARN).setMaxLength(2);
        rule(q, "big only in US", QualityRuleKind.EXPRESSION, null, QualitySeverity.WARN).setExpression("amount < 500 OR country = 'US'");
        QualityRule count = rule(q, "enough rows", QualityRuleKind.ROW_COUNT, null, QualitySeverity.FAIL);
        count.setMin("5");
        count.setMax("100");
        rule(q, "country mostly set", QualityRuleKind.NULL_RATE, "country", QualitySeverity.WARN).setMaxNullRate(0.1);
        rule(q, "fresh", QualityRuleKind.FRESHNESS, "ts", QualitySeverity.WARN).setMaxAge("1d");
        CsvSink good = t.add(TestPipelines.P.getCsvSink(), "good");
        good.setPath(dir.resolve("good.csv").toString());
        CsvSink bad = t.add(TestPipelines.P.getCsvSink(), "quarantine");
        bad.setPath(dir.resolve("quarantine.csv").toString());
        t.link(src, q).link(q, good).link(q, "rejects", bad, "in");
        return t;
    }

    static RuleResult result(RunResult r, String rule) {
        return r.quality().stream().filter(q -> q.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + rule + " in " + r.quality()));
    }

    @Test
    void everyRuleKindAndSeverity() throws Exception {
        Path file = pipeline(QualitySeverity.QUARANTINE).save(dir.resolve("q.sluice"));
        Path history = dir.resolve("history");
        RunResult r = new SluiceEngine(history, 1L << 30).run(RunRequest.of(file).withThreads(2));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
        RowAccounting a = r.accounting();
        assertTrue(a.ok(), a.mismatches().toString());
        // quarantined: lines 2 and 8 (NULL email), 6 (bad email), 3 (amount -4) and 10 (id 1 again); line 5 has id 2
        // too, but line 2 (the first id 2) was quarantined, so line 5 is the first id 2 that passes
        List<String> good = Files.readAllLines(dir.resolve("good.csv"));
        assertEquals(6, good.size(), good.toString());
        assertTrue(good.get(1).startsWith("1,a@x.io,10.5,DE,2024-01-01"), good.toString());
        assertTrue(good.get(3).startsWith("2,e@x.io,40.0,DE,"), good.toString());
        List<String> rejected = Files.readAllLines(dir.resolve("quarantine.csv"));
        assertEquals("id,email,amount,country,ts,_rule,_reason,_step,_run_id", rejected.get(0));
        assertEquals(5, rejected.size() - 1, rejected.toString());
        assertTrue(rejected.contains("2,,20.0,FR,2024-01-02 00:00:00,email present,email is NULL,check," + r.runId()),
                rejected.toString());
        assertTrue(rejected.contains("3,c@x.io,-4.0,US,2024-01-03 00:00:00,amount range,amount = -4.0 is not between 0 and 1000,check,"
                + r.runId()), rejected.toString());
        assertTrue(rejected.contains("1,i@x.io,90.0,,2024-01-09 00:00:00,UNIQUE(id),id = 1 is a duplicate,check," + r.runId()),
                rejected.toString());
        // the 5 rejected rows reach the rejects sink: counted there, once
        assertEquals("read 10 = to sinks 10 + filtered 0 + quarantined 0 + folded 0; lost 0", a.summary());
        assertEquals(5, a.rejected());

        assertEquals(2, result(r, "email present").failed());
        assertEquals(List.of("NULL", "NULL"), result(r, "email present").samples());
        assertEquals(1, result(r, "email shape").failed());
        assertEquals(List.of("not-an-email"), result(r, "email shape").samples());
        assertEquals(1, result(r, "amount range").failed());
        assertEquals(10, result(r, "amount range").checked());
        RuleResult unique = result(r, "UNIQUE(id)");
        assertEquals(6, unique.checked()); // the rows no other rule quarantined
        assertEquals(1, unique.failed());
        assertEquals(List.of("1"), unique.samples());
        assertEquals(1, result(r, "known country").failed()); // XX; NULL passes
        assertEquals(0, result(r, "short country").failed());
        assertEquals(1, result(r, "big only in US").failed());
        RuleResult count = result(r, "enough rows");
        assertTrue(count.passed());
        assertEquals("row count 10", count.message());
        RuleResult nulls = result(r, "country mostly set");
        assertEquals(1, nulls.failed(), nulls.message());
        assertTrue(nulls.message().contains("(2 of 10)"), nulls.message());
        RuleResult fresh = result(r, "fresh");
        assertTrue(fresh.passed(), fresh.message());

        RunHistory h = RunHistory.open(history);
        assertEquals(7, h.schemaVersion());
        assertEquals(r.quality(), h.rules(r.runId()));
        assertEquals(a.summary(), h.find(r.runId()).accounting());

        StringWriter out = new StringWriter();
        CommandLine cl = SluiceCli.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(ExitCodes.OK, cl.execute("runs", "--history", history.toString(), "--detail", r.runId()));
        String text = out.toString();
        assertTrue(text.contains(a.summary()), text);
        assertTrue(text.contains("email present"), text);
        assertTrue(text.contains("e.g. not-an-email"), text);
        assertTrue(text.contains("null rate of country 0.2000 (2 of 10) is above 0.1"), text);
    }

    @Test
    void aFailRuleStopsTheRunNamingStepRuleRowAndValue() throws Exception {
        Path file = pipeline(QualitySeverity.FAIL).save(dir.resolve("q.sluice"));
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(file).withHistory(false).withThreads(1));
        assertEquals(RunStatus.FAILED, r.status());
        assertTrue(r.error().contains("step 'check'"), r.error());
        assertTrue(r.error().contains("rule 'amount range' (RANGE on amount, severity FAIL) failed at row 3 of the step's input: amount = -4.0"),
                r.error());
        assertFalse(Files.exists(dir.resolve("good.csv")));
        assertEquals(1, result(r, "amount range").failed());
    }

    @Test
    void aFailingTableRuleStopsTheRun() throws Exception {
        TestPipelines t = pipeline(QualitySeverity.WARN);
        QualityCheck q = (QualityCheck) t.pipeline().findStep("check");
        q.getRules().stream().filter(x -> "enough rows".equals(x.getName())).findFirst().get().setMin("11");
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(t.save(dir.resolve("q.sluice"))).withHistory(false));
        assertEquals(RunStatus.FAILED, r.status());
        assertTrue(r.error().contains("rule 'enough rows' (ROW_COUNT, severity FAIL) failed: row count 10 is below the minimum 11"),
                r.error());
    }

    /** UNIQUE across parallel workers: exactly one row per key passes, however the chunks interleave. */
    @Test
    void uniqueIsExactAcrossWorkers() throws Exception {
        StringBuilder sb = new StringBuilder("k\n");
        int n = 40_000;
        Set<Long> distinct = new HashSet<>();
        for (int i = 0; i < n; i++) {
            long k = (i * 7919L) % 25_013;
            distinct.add(k);
            sb.append(k).append('\n');
        }
        Path csv = Files.writeString(dir.resolve("keys.csv"), sb);
        Schema s = new Schema(List.of(Types.field(DataType.INT64, "k", false)));
        List<Field> rej = new ArrayList<>(List.of(Types.field(DataType.STRING, "k", true), Types.field(DataType.STRING, "_rule", true),
                Types.field(DataType.STRING, "_reason", false), Types.field(DataType.STRING, "_step", false), Types.field(DataType.STRING, "_run_id", false)));
        for (Severity sev : List.of(Severity.WARN, Severity.QUARANTINE)) {
            try (Harness h = new Harness()) {
                ExecGraph g = new ExecGraph();
                var src = g.source("read", "csv", new io.sluice.runtime.internal.csv.CsvReader(csv, s,
                        CsvOptions.defaults().withSplitBytes(4096)));
                QualityCheckOperator op = new QualityCheckOperator(s, new Schema(rej),
                        List.of(new RowRule.Unique(0, "check", "unique k", sev, 0, "k")), List.of());
                var q = g.operator("check", "quality", op, src.out(), Map.of("rejects", new Schema(rej)));
                CollectSink kept = new CollectSink(s, Long.MAX_VALUE);
                CollectSink bad = new CollectSink(new Schema(rej), Long.MAX_VALUE);
                g.sink("good", "collect", kept, q.out());
                g.sink("bad", "collect", bad, q.port("rejects"));
                h.run(g, ExecOptions.defaults().withThreads(2).withBatchRows(500));
                RuleResult res = h.last.quality().results().get(0);
                assertEquals(n, res.checked(), kept.rows().size() + " kept, counters " + h.step("check").snapshot());
                assertEquals(n - distinct.size(), res.failed(), sev.name());
                if (sev == Severity.WARN) {
                    assertEquals(n, kept.rows().size());
                } else {
                    assertEquals(distinct.size(), kept.rows().size());
                    assertEquals(n - distinct.size(), bad.rows().size());
                    Set<Object> keys = new HashSet<>();
                    for (List<Object> row : kept.rows()) {
                        assertTrue(keys.add(row.get(0)), "a key passed twice: " + row);
                    }
                }
                assertNotNull(res.samples());
            }
        }
    }
}
