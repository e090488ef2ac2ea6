package io.sluice.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.Source;
import io.sluice.runtime.PreviewResult;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a preview hands the designer for each type: DECIMAL exact, times at their precision (an instant with its
 * {@code Z}), bytes as hex, and LIST / STRUCT / MAP values as the JSON text the sinks write — a map as an object,
 * bytes and times inside as hex and ISO text — never Arrow's Java lists (a map as key/value entries, bytes as
 * {@code [B@…}).
 */
class PreviewValuesTest {
    @TempDir
    Path dir;

    @Test
    void previewValuesReadAsTheyAreWritten() throws Exception {
        Files.writeString(dir.resolve("in.jsonl"),
                "{\"amount\":1234.50,\"local_ts\":\"2024-03-01T10:15:30.123456789\",\"instant_ts\":\"2024-03-01T10:15:30.123456789Z\","
                        + "\"at\":\"10:15:30.5\",\"hash\":\"ff0001\",\"ids\":[1,null,3],\"address\":{\"city\":\"Oslo\",\"zip\":150,"
                        + "\"key\":\"0a0b\"},\"tags\":{\"a\":1,\"b\":2}}\n"
                        + "{}\n");
        TestPipelines t = new TestPipelines("preview");
        Source src = t.add(TestPipelines.P.getJsonLinesSource(), "read");
        src.eSet(TestPipelines.P.getFileSource_Path(), dir.resolve("in.jsonl").toString());
        TestPipelines.columns(src, "amount:DECIMAL(12,2)", "local_ts:TIMESTAMP_NTZ(ns)", "instant_ts:TIMESTAMP(ns)", "at:TIME",
                "hash:BINARY", "ids:LIST<INT64>", "address:STRUCT<city: STRING, zip: INT32, key: BINARY>",
                "tags:MAP<STRING, INT64>");
        Path file = t.save(dir.resolve("preview.sluice"));
        PreviewResult p = new SluiceEngine(null, 1L << 30).preview(RunRequest.of(file), "read", 10);
        assertTrue(p.ok(), () -> p.error() + p.problems());
        assertEquals(List.of("1234.50", "2024-03-01T10:15:30.123456789", "2024-03-01T10:15:30.123456789Z", "10:15:30.500",
                "FF0001", "[1,null,3]", "{\"city\":\"Oslo\",\"zip\":150,\"key\":\"0A0B\"}", "{\"a\":1,\"b\":2}"),
                p.rows().get(0).stream().map(String::valueOf).toList());
        assertEquals(Arrays.asList(null, null, null, null, null, null, null, null), p.rows().get(1));
    }
}
