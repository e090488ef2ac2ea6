package io.sluice.runtime.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TimePrecision;
import io.sluice.runtime.internal.exec.CollectSink;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.exec.ExecOptions;
import io.sluice.runtime.internal.exec.Harness;
import io.sluice.runtime.internal.types.Rejects;
import io.sluice.runtime.internal.types.Types;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON lines read every scalar type; a value its column's type cannot hold is a reject, naming why. */
class JsonLinesScalarsTest {
    @TempDir
    Path dir;

    static final Schema SCHEMA = new Schema(List.of(
            Types.field(DataType.INT8, "i8", true), //$NON-NLS-1$
            Types.field(DataType.INT16, "i16", true), //$NON-NLS-1$
            Types.field(DataType.FLOAT32, "f32", true), //$NON-NLS-1$
            Types.field(DataType.decimal(12, 2), "money", true), //$NON-NLS-1$
            Types.field(DataType.BINARY, "bytes", true), //$NON-NLS-1$
            Types.field(DataType.fixedBinary(2), "pair", true), //$NON-NLS-1$
            Types.field(DataType.time(TimePrecision.MILLI), "t_ms", true), //$NON-NLS-1$
            Types.field(DataType.time(TimePrecision.NANO), "t_ns", true), //$NON-NLS-1$
            Types.field(DataType.timestamp(TimePrecision.NANO, true), "at_ns", true), //$NON-NLS-1$
            Types.field(DataType.timestamp(TimePrecision.MILLI, false), "local_ms", true))); //$NON-NLS-1$

    @Test
    void everyScalarTypeReadsExactlyAndWhatDoesNotFitIsRejected() throws Exception {
        Path f = Files.writeString(dir.resolve("scalars.jsonl"), String.join("\n", //$NON-NLS-1$ //$NON-NLS-2$
                "{\"i8\":-128,\"i16\":32767,\"f32\":0.1,\"money\":12345678.90,\"bytes\":\"FFFF0102\",\"pair\":\"00ff\"," //$NON-NLS-1$
                        + "\"t_ms\":\"23:59:59.999\",\"t_ns\":\"00:00:00.000000001\",\"at_ns\":\"2024-01-02T03:04:05.123456789+01:00\"," //$NON-NLS-1$
                        + "\"local_ms\":\"1969-12-31 23:59:59.5\"}", //$NON-NLS-1$
                "{\"money\":\"-0.05\"}", //$NON-NLS-1$
                "{\"i8\":128}", //$NON-NLS-1$
                "{\"money\":1.005}", //$NON-NLS-1$
                "{\"money\":12345678901}", //$NON-NLS-1$
                "{\"pair\":\"00\"}", //$NON-NLS-1$
                "{\"bytes\":\"xyz\"}", //$NON-NLS-1$
                "{\"local_ms\":\"2024-01-01 00:00:00.0001\"}", //$NON-NLS-1$
                "{\"t_ms\":\"25:00:00\"}") + "\n"); //$NON-NLS-1$
        ExecGraph g = new ExecGraph();
        var src = g.source("src", "jsonLinesSource", new JsonLinesReader(f, SCHEMA), Map.of("rejects", Rejects.SCHEMA)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        CollectSink rows = new CollectSink(SCHEMA, Long.MAX_VALUE);
        CollectSink rejects = new CollectSink(Rejects.SCHEMA, Long.MAX_VALUE);
        g.sink("rows", "collect", rows, src.out()); //$NON-NLS-1$ //$NON-NLS-2$
        g.sink("rejects", "collect", rejects, src.port("rejects")); //$NON-NLS-1$ //$NON-NLS-2$
        try (Harness h = new Harness()) {
            h.run(g, ExecOptions.defaults().withThreads(1).withBatchRows(100));
        }
        assertEquals(3, rows.rows().size(), rows.rows() + " / " + rejects.rows()); //$NON-NLS-1$
        List<Object> first = rows.rows().get(0);
        assertEquals((byte) -128, first.get(0));
        assertEquals((short) 32767, first.get(1));
        assertEquals(0.1f, first.get(2));
        assertEquals(new BigDecimal("12345678.90"), first.get(3)); //$NON-NLS-1$
        assertTrue(Arrays.equals(new byte[] { (byte) 0xFF, (byte) 0xFF, 1, 2 }, (byte[]) first.get(4)));
        assertTrue(Arrays.equals(new byte[] { 0, (byte) 0xFF }, (byte[]) first.get(5)));
        assertEquals(86_399_999, first.get(6));
        assertEquals(1L, first.get(7));
        assertEquals(1_704_161_045_123_456_789L, first.get(8));
        assertEquals(-500L, first.get(9));
        assertEquals(new BigDecimal("-0.05"), rows.rows().get(1).get(3)); //$NON-NLS-1$
        // more decimals than the scale round half away from zero (the DECIMAL reading rule of every source)
        assertEquals(new BigDecimal("1.01"), rows.rows().get(2).get(3)); //$NON-NLS-1$
        assertEquals(6, rejects.rows().size(), rejects.rows().toString());
        String all = rejects.rows().toString();
        for (String why : List.of("out of range for INT8", "12345678901", //$NON-NLS-1$ //$NON-NLS-2$
                "has 1 bytes", "hex string", "is not a TIMESTAMP_NTZ(ms)", "is not a TIME(ms)")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            assertTrue(all.contains(why), why + " in " + all); //$NON-NLS-1$
        }
    }
}
