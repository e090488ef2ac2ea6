package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.ParquetSink;
import io.sluice.model.ParquetSource;
import io.sluice.runtime.internal.files.HivePartitions;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TimePrecision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Columns at millisecond and nanosecond precision, local date-times, times of day and bytes through a whole run:
 * declared CSV → Parquet partitioned by a nanosecond timestamp → read back from the folders → CSV, and the preview
 * of each; no value loses digits or turns into microseconds on the way.
 */
class PrecisionTypesEndToEndTest {
    @TempDir
    Path dir;

    private static final String[] COLUMNS = { "id:INT64", "at:TIMESTAMP(ns)", "local:TIMESTAMP_NTZ(ms)", "t:TIME(ns)", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        "hash:FIXED_BINARY(2)" }; //$NON-NLS-1$

    @Test
    void nanosecondsMillisecondsLocalTimesAndBytesSurviveFoldersAndPreview() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), """
                id,at,local,t,hash
                1,2024-01-02 03:04:05.123456789Z,2024-01-02 03:04:05.5,23:59:59.999999999,00ff
                2,2024-01-02 03:04:05.123456789Z,1969-12-31 23:59:59.999,00:00:00.000000001,FF00
                3,1970-01-01 00:00:00.000000001+00:00,2024-01-02 03:04:05,12:00,0102
                """);
        Path folders = dir.resolve("parts"); //$NON-NLS-1$
        TestPipelines t = new TestPipelines("write"); //$NON-NLS-1$
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read"); //$NON-NLS-1$
        src.setPath(in.toString());
        TestPipelines.columns(src, COLUMNS);
        ParquetSink sink = t.add(TestPipelines.P.getParquetSink(), "write"); //$NON-NLS-1$
        sink.setPath(folders.toString());
        sink.getPartitionBy().add("at"); //$NON-NLS-1$
        t.link(src, sink);
        SluiceEngine engine = new SluiceEngine(null, 1L << 30);
        RunResult r = engine.run(RunRequest.of(t.pipeline(), null, dir).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        try (Stream<Path> s = Files.list(folders)) {
            assertEquals(List.of("at=1970-01-01 00%3A00%3A00.000000001", "at=2024-01-02 03%3A04%3A05.123456789"), //$NON-NLS-1$ //$NON-NLS-2$
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }

        TestPipelines back = new TestPipelines("back"); //$NON-NLS-1$
        ParquetSource all = back.add(TestPipelines.P.getParquetSource(), "all"); //$NON-NLS-1$
        all.setPath(folders.toString());
        TestPipelines.columns(all, COLUMNS);
        CsvSink csv = back.add(TestPipelines.P.getCsvSink(), "csv"); //$NON-NLS-1$
        csv.setPath(dir.resolve("back.csv").toString()); //$NON-NLS-1$
        back.link(all, csv);
        r = engine.run(RunRequest.of(back.pipeline(), null, dir).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        assertEquals(List.of(
                "1,2024-01-02 03:04:05.123456789Z,2024-01-02 03:04:05.5,23:59:59.999999999,00FF", //$NON-NLS-1$
                "2,2024-01-02 03:04:05.123456789Z,1969-12-31 23:59:59.999,00:00:00.000000001,FF00", //$NON-NLS-1$
                "3,1970-01-01 00:00:00.000000001Z,2024-01-02 03:04:05,12:00:00,0102"), //$NON-NLS-1$
                Files.readAllLines(dir.resolve("back.csv")).stream().skip(1).sorted().toList()); //$NON-NLS-1$

        PreviewResult p = engine.preview(RunRequest.of(back.pipeline(), null, dir).withThreads(1), "all", 10); //$NON-NLS-1$
        assertTrue(p.ok(), p.error() + p.problems());
        List<Object> row = p.rows().stream().filter(x -> x.get(0).equals(3L)).findFirst().orElseThrow();
        assertEquals(List.of(3L, Instant.ofEpochSecond(0, 1), LocalDateTime.of(2024, 1, 2, 3, 4, 5), LocalTime.NOON, "0102"), row); //$NON-NLS-1$
        assertEquals(DataType.timestamp(TimePrecision.NANO, true), p.schema().fields().get(1).type());
    }

    @Test
    void partitionValuesFollowTheColumnsPrecision() {
        DataType ms = DataType.timestamp(TimePrecision.MILLI, false);
        assertEquals(1_500L, HivePartitions.parse("1970-01-01 00:00:01.5", ms)); //$NON-NLS-1$
        assertEquals(1_000_000_001L, HivePartitions.parse("1970-01-01T00:00:01.000000001", DataType.timestamp(TimePrecision.NANO, true))); //$NON-NLS-1$
        assertEquals("partition value '1970-01-01 00:00:01Z' is not a TIMESTAMP_NTZ(ms)", //$NON-NLS-1$
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> HivePartitions.parse("1970-01-01 00:00:01Z", ms)).getMessage()); //$NON-NLS-1$
    }
}
