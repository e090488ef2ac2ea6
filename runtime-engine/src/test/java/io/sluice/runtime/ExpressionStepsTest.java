package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.Derivation;
import io.sluice.model.Derive;
import io.sluice.model.Filter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Row errors of a Filter go to its rejects port (the run continues); run-context functions stamp rows. */
class ExpressionStepsTest {
    @TempDir
    Path dir;

    Path filterPipeline() throws Exception {
        Path csv = Files.writeString(dir.resolve("in.csv"), "i,j\n6,3\n7,0\n8,2\n9,4\n");
        TestPipelines t = new TestPipelines("filter-rejects");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(csv.toString());
        TestPipelines.columns(src, "i:INT64", "j:INT64");
        Filter f = t.add(TestPipelines.P.getFilter(), "divisible");
        f.setCondition("i % j = 0");
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "write");
        out.setPath(dir.resolve("out.csv").toString());
        CsvSink rej = t.add(TestPipelines.P.getCsvSink(), "quarantine");
        rej.setPath(dir.resolve("rejects.csv").toString());
        t.link(src, f).link(f, out).link(f, "rejects", rej, "in");
        return t.save(dir.resolve("f.sluice"));
    }

    @Test
    void aRowErrorInAFilterGoesToItsRejectsAndTheRunContinues() throws Exception {
        for (boolean history : List.of(false, true)) {
            SluiceEngine engine = new SluiceEngine(history ? dir.resolve("history") : null, 1L << 30);
            RunResult r = engine.run(RunRequest.of(filterPipeline()).withHistory(history).withThreads(2));
            assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
            assertEquals(List.of("i,j", "6,3", "8,2"), Files.readAllLines(dir.resolve("out.csv")));
            List<String> rejects = Files.readAllLines(dir.resolve("rejects.csv"));
            assertEquals(2, rejects.size(), rejects.toString());
            assertTrue(rejects.get(1).startsWith("7,0,condition 'i % j = 0',division by zero,divisible,"),
                    rejects.toString());
            assertTrue(r.accounting().ok(), r.accounting().mismatches().toString());
            assertTrue(r.accounting().summary().contains("filtered 1"), r.accounting().summary());
        }
    }

    @Test
    void runContextFunctionsAreFixedForTheRun() throws Exception {
        Path csv = Files.writeString(dir.resolve("in.csv"), "id\n1\n2\n3\n");
        TestPipelines t = new TestPipelines("stamp");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(csv.toString());
        TestPipelines.columns(src, "id:INT64");
        Derive d = t.add(TestPipelines.P.getDerive(), "stamp");
        for (String[] def : new String[][] { { "run", "run_id()" }, { "started", "run_start_time()" },
            { "region", "param('region')" }, { "r", "random(id)" } }) {
            Derivation dv = TestPipelines.F.createDerivation();
            dv.setName(def[0]);
            dv.setExpression(def[1]);
            d.getDerivations().add(dv);
        }
        for (String name : List.of("region", "random_seed")) {
            io.sluice.model.Parameter param = TestPipelines.F.createParameter();
            param.setName(name);
            t.pipeline().getParameters().add(param);
        }
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "write");
        out.setPath(dir.resolve("stamped.csv").toString());
        t.link(src, d).link(d, out);
        Path p = t.save(dir.resolve("s.sluice"));
        List<List<String>> seen = new java.util.ArrayList<>();
        for (int run = 0; run < 2; run++) {
            RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(p).withHistory(false)
                    .withParameters(Map.of("region", "north", "random_seed", "11")));
            assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems());
            List<String> lines = Files.readAllLines(dir.resolve("stamped.csv"));
            assertEquals(4, lines.size(), lines.toString());
            String started = null;
            List<String> randoms = new java.util.ArrayList<>();
            for (String line : lines.subList(1, 4)) {
                String[] f = line.split(",");
                assertEquals(r.runId(), f[1], line);
                started = started == null ? f[2] : started;
                assertEquals(started, f[2], "one start time for the whole run");
                assertEquals("north", f[3]);
                randoms.add(f[4]);
            }
            seen.add(randoms);
        }
        assertEquals(seen.get(0), seen.get(1), "the same seed gives the same random numbers in a rerun");
    }
}
