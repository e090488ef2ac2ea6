package io.sluice.runtime.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSource;
import io.sluice.model.ParquetSink;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** File sinks that append: each run adds a part file to the output folder; a source over the folder reads them all. */
@Timeout(120)
class AppendTest {
    @TempDir
    Path dir;

    @Test
    void eachRunAddsAPartThatAFolderSourceReads() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), "id,name\n1,a\n2,b\n3,c\n");
        TestPipelines t = new TestPipelines("append");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(in.toString());
        TestPipelines.columns(src, "id:INT64", "name:STRING");
        ParquetSink out = t.add(TestPipelines.P.getParquetSink(), "write");
        out.setPath(dir.resolve("landing").toString());
        out.setAppend(true);
        t.link(src, out);
        Path file = t.save(dir.resolve("append.sluice"));
        SluiceEngine engine = new SluiceEngine(dir.resolve("history"), 1L << 30);
        for (int run = 1; run <= 2; run++) {
            RunResult r = engine.run(RunRequest.of(file));
            assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        }
        List<Path> parts;
        try (Stream<Path> s = Files.list(dir.resolve("landing"))) {
            parts = s.sorted().toList();
        }
        assertEquals(2, parts.size(), parts.toString());
        assertTrue(parts.stream().allMatch(p -> p.getFileName().toString().matches("part-\\d{8}-\\d{6}-[0-9a-f]{8}\\.parquet")),
                parts.toString());

        TestPipelines back = new TestPipelines("readback");
        io.sluice.model.ParquetSource all = back.add(TestPipelines.P.getParquetSource(), "all");
        all.setPath(dir.resolve("landing").toString());
        TestPipelines.columns(all, "id:INT64", "name:STRING");
        io.sluice.model.CsvSink csv = back.add(TestPipelines.P.getCsvSink(), "csv");
        csv.setPath(dir.resolve("all.csv").toString());
        back.link(all, csv);
        RunResult r = engine.run(RunRequest.of(back.save(dir.resolve("back.sluice"))));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        assertEquals(7, Files.readAllLines(dir.resolve("all.csv")).size(), "header + 2 runs x 3 rows");
    }
}
