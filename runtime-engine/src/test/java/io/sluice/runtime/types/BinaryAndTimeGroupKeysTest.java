package io.sluice.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.AggregateFunction;
import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.runtime.ReproducibleAggregateTest;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;

/**
 * BINARY, FIXED_BINARY and TIME values as Aggregate group keys: one group per distinct value (the serialized key once
 * held only their null flag, so every non-null value fell into one group).
 */
class BinaryAndTimeGroupKeysTest {
    @TempDir
    Path dir;

    @Test
    void eachDistinctBytesOrTimeValueIsItsOwnGroup() throws Exception {
        Path csv = Files.writeString(dir.resolve("in.csv"), """
                data,tag,at
                CAFE,AB01,12:00:00
                cafe,AB01,12:00:00
                00,0001,12:00:01
                ,,
                0000,FFFF,23:59:59.5
                """);
        for (String[] key : new String[][] { { "data", "CAFE,2", "00,1", "0000,1", ",1" }, { "tag", "AB01,2", "0001,1", "FFFF,1", ",1" },
            { "at", "12:00:00,2", "12:00:01,1", "23:59:59.5,1", ",1" } }) {
            TestPipelines t = new TestPipelines("keys-" + key[0]);
            CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
            src.setPath(csv.toString());
            TestPipelines.columns(src, "data:BINARY", "tag:FIXED_BINARY(2)", "at:TIME(ms)");
            io.sluice.model.Aggregate agg = t.add(TestPipelines.P.getAggregate(), "groups");
            agg.getGroupKeys().add(key[0]);
            agg.getAggregations().add(ReproducibleAggregateTest.aggregation(AggregateFunction.COUNT_ALL, null, "n"));
            CsvSink out = t.add(TestPipelines.P.getCsvSink(), "write");
            Path result = dir.resolve(key[0] + ".csv");
            out.setPath(result.toString());
            t.link(src, agg).link(agg, out);
            Path p = t.save(dir.resolve(key[0] + ".sluice"));
            RunResult r = new SluiceEngine(null, 1L << 28).run(RunRequest.of(p).withThreads(2).withHistory(false));
            assertEquals(RunStatus.SUCCEEDED, r.status(), () -> r.error() + " " + r.problems());
            List<String> lines = Files.readAllLines(result);
            assertEquals(key[0] + ",n", lines.get(0));
            assertEquals(List.of(key).subList(1, key.length).stream().sorted().toList(),
                    lines.subList(1, lines.size()).stream().sorted().toList(), key[0]);
        }
    }
}
