package io.sluice.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TimePrecision;
import io.sluice.model.Source;
import io.sluice.runtime.Display;
import io.sluice.runtime.TestPipelines;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sluice preview} prints each value as the designer's Preview view shows it (both use {@link Display#of}): the
 * cells of the designer's {@code NewTypesInTheDesignerTest}, for the same JSON lines, through the CLI entry.
 */
class PreviewDisplayTest {
    @TempDir
    Path dir;

    @Test
    void theCliPreviewPrintsWhatTheDesignerShows() throws Exception {
        Files.writeString(dir.resolve("events.jsonl"),
                "{\"amount\":1234.50,\"local_ts\":\"2024-03-01T10:15:30.123456789\",\"instant_ts\":\"2024-03-01T10:15:30.123456789Z\"," //$NON-NLS-1$
                        + "\"at\":\"10:15:30.5\",\"hash\":\"ff0001\",\"ids\":[1,2,3],\"address\":{\"city\":\"Oslo\",\"zip\":150}," //$NON-NLS-1$
                        + "\"tags\":{\"a\":1,\"b\":2},\"day\":\"2024-02-29\",\"tiny\":0.00000001}\n" //$NON-NLS-1$
                        + "{}\n"); //$NON-NLS-1$
        TestPipelines t = new TestPipelines("types"); //$NON-NLS-1$
        Source src = t.add(TestPipelines.P.getJsonLinesSource(), "events"); //$NON-NLS-1$
        src.eSet(TestPipelines.P.getFileSource_Path(), dir.resolve("events.jsonl").toString()); //$NON-NLS-1$
        TestPipelines.columns(src, "amount:DECIMAL(12,2)", "local_ts:TIMESTAMP_NTZ(ns)", "instant_ts:TIMESTAMP(ns)", "at:TIME", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "hash:BINARY", "ids:LIST<INT64>", "address:STRUCT<city: STRING, zip: INT32>", "tags:MAP<STRING, INT64>", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "day:DATE", "tiny:DECIMAL(12,8)"); //$NON-NLS-1$ //$NON-NLS-2$
        Path file = t.save(dir.resolve("types.sluice")); //$NON-NLS-1$

        CliCommandsTest.Out o = CliCommandsTest.run("preview", file.toString(), "events"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCodes.OK, o.code(), o.err());
        String[] lines = o.out().split("\n"); //$NON-NLS-1$
        assertEquals(List.of("DECIMAL(12,2)", "TIMESTAMP_NTZ(ns)", "TIMESTAMP(ns)", "TIME", "BINARY", "LIST<INT64>", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "STRUCT<city: STRING, zip: INT32>", "MAP<STRING, INT64>", "DATE", "DECIMAL(12,8)"), cells(lines[1])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // the designer's cells (NewTypesInTheDesignerTest), then a DATE and a DECIMAL that BigDecimal.toString writes as 1E-8
        assertEquals(List.of("1234.50", "2024-03-01 10:15:30.123456789", "2024-03-01 10:15:30.123456789Z", "10:15:30.5", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "FF0001", "[1,2,3]", "{\"city\":\"Oslo\",\"zip\":150}", "{\"a\":1,\"b\":2}", "2024-02-29", "0.00000001"), cells(lines[3])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(Arrays.asList(Display.NULL, Display.NULL, Display.NULL, Display.NULL, Display.NULL, Display.NULL, Display.NULL,
                Display.NULL, Display.NULL, Display.NULL), cells(lines[4]));
        assertEquals("(2 rows)", lines[5]); //$NON-NLS-1$
    }

    @Test
    void storedNumbersOfDatesAndTimesReadAsTheirValues() {
        assertEquals("2024-03-01 10:15:30.5Z", Display.of(1_709_288_130_500_000L, DataType.TIMESTAMP)); //$NON-NLS-1$
        assertEquals("2024-03-01 10:15:30.123", Display.of(1_709_288_130_123L, DataType.timestamp(TimePrecision.MILLI, false))); //$NON-NLS-1$
        assertEquals("2024-02-29", Display.of(19_782, DataType.DATE)); //$NON-NLS-1$
        assertEquals("10:15:30.5", Display.of(36_930_500_000L, DataType.TIME)); //$NON-NLS-1$
        assertEquals("0A0B", Display.of(new byte[] { 10, 11 }, DataType.BINARY)); //$NON-NLS-1$
        assertEquals("1E-8", new BigDecimal("0.00000001").toString()); //$NON-NLS-1$ //$NON-NLS-2$ what the CLI printed
        assertEquals("0.00000001", Display.of(new BigDecimal("0.00000001"), DataType.decimal(12, 8))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("1.5", Display.of(1.5d, DataType.FLOAT64)); //$NON-NLS-1$
        assertEquals(Display.NULL, Display.of(null, DataType.STRING));
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split(" \\| ", -1)).map(String::strip).toList(); //$NON-NLS-1$
    }
}
