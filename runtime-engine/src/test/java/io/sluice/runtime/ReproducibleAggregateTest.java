package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.AggregateFunction;
import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical aggregate output, whatever the thread timing: floating-point SUM and AVG
 * partials are combined in morsel order (here: one morsel per input file), not in the order workers finish, and the
 * groups come out in the same order. Several runs with several threads, outputs compared byte for byte.
 */
public class ReproducibleAggregateTest {
    @TempDir
    Path dir;

    public static io.sluice.model.Aggregation aggregation(AggregateFunction fn, String column, String out) {
        io.sluice.model.Aggregation a = TestPipelines.F.createAggregation();
        a.setFunction(fn);
        a.setColumn(column);
        a.setOutputName(out);
        return a;
    }

    @Test
    @Timeout(120)
    void floatingPointSumsAreByteIdenticalAcrossRunsAndThreadCounts() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Random r = new Random(3);
        for (int f = 0; f < 16; f++) {
            StringBuilder sb = new StringBuilder("id,k,v\n");
            for (int i = 0; i < 400; i++) {
                // magnitudes from 1e-4 to 1e8: every order of addition rounds differently
                double v = (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(13) - 4);
                sb.append(f * 1000 + i).append(",g").append(r.nextInt(5)).append(',').append(v).append('\n');
            }
            Files.writeString(in.resolve(String.format(Locale.ROOT, "f-%02d.csv", f)), sb);
        }
        TestPipelines t = new TestPipelines("sums");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(in.toString());
        TestPipelines.columns(src, "id:INT64", "k:STRING", "v:FLOAT64");
        io.sluice.model.Aggregate agg = t.add(TestPipelines.P.getAggregate(), "per_k");
        agg.getGroupKeys().add("k");
        agg.getAggregations().add(aggregation(AggregateFunction.SUM, "v", "total"));
        agg.getAggregations().add(aggregation(AggregateFunction.AVG, "v", "mean"));
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "write");
        Path result = dir.resolve("out.csv");
        out.setPath(result.toString());
        t.link(src, agg).link(agg, out);
        Path pipeline = t.save(dir.resolve("sums.sluice"));

        SluiceEngine engine = new SluiceEngine(null, 1L << 30);
        String first = null;
        int[] threads = { 4, 3, 4, 2, 4, 1 };
        for (int run = 0; run < threads.length; run++) {
            RunResult res = engine.run(RunRequest.of(pipeline).withThreads(threads[run]).withHistory(false));
            assertEquals(RunStatus.SUCCEEDED, res.status(), () -> res.error() + " " + res.problems());
            String bytes = Files.readString(result);
            if (first == null) {
                first = bytes;
                assertTrue(first.lines().count() == 6, first);
            } else {
                assertEquals(first, bytes, "run " + run + " with " + threads[run] + " threads");
            }
        }
    }
}
