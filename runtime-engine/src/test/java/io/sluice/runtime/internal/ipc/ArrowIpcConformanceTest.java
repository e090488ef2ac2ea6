package io.sluice.runtime.internal.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.runtime.internal.exec.CollectSink;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.exec.ExecOptions;
import io.sluice.runtime.internal.exec.Harness;
import io.sluice.expression.types.DataType;
import io.sluice.runtime.internal.types.Types;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float2Vector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.LargeVarCharVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.UInt1Vector;
import org.apache.arrow.vector.UInt2Vector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.ArrowWriter;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arrow IPC read in both formats (file and stream), written by Arrow Java with every Arrow type Sluice holds
 * exactly, compared value by value with what was written; nullability wider in the file than declared; types
 * Sluice does not hold and damaged data refused with a named cause.
 */
class ArrowIpcConformanceTest {
    static final int ROWS = 2500;
    static final int BATCH = 700;

    @TempDir
    Path dir;

    /** A column: its Arrow type, how row i is written, and the value Sluice must read back (null: NULL). */
    record Col(String name, ArrowType type, Setter set, IntFunction<Object> expected) {
    }

    interface Setter {
        void set(FieldVector v, int row, int i);
    }

    static List<Col> columns() {
        List<Col> c = new ArrayList<>();
        c.add(new Col("b", ArrowType.Bool.INSTANCE, (v, r, i) -> ((BitVector) v).set(r, i % 3 == 0 ? 1 : 0), i -> i % 3 == 0)); //$NON-NLS-1$
        c.add(new Col("i8", new ArrowType.Int(8, true), (v, r, i) -> ((TinyIntVector) v).set(r, (byte) (i % 256 - 128)), i -> (byte) (i % 256 - 128))); //$NON-NLS-1$
        c.add(new Col("i16", new ArrowType.Int(16, true), (v, r, i) -> ((SmallIntVector) v).set(r, (short) (i * 37)), i -> (short) (i * 37))); //$NON-NLS-1$
        c.add(new Col("i32", new ArrowType.Int(32, true), (v, r, i) -> ((IntVector) v).set(r, i * 7919 - 1), i -> i * 7919 - 1)); //$NON-NLS-1$
        c.add(new Col("i64", new ArrowType.Int(64, true), (v, r, i) -> ((BigIntVector) v).set(r, i * 1234567891011L), i -> i * 1234567891011L)); //$NON-NLS-1$
        c.add(new Col("u8", new ArrowType.Int(8, false), (v, r, i) -> ((UInt1Vector) v).set(r, (byte) i), i -> (short) (i & 0xFF))); //$NON-NLS-1$
        c.add(new Col("u16", new ArrowType.Int(16, false), (v, r, i) -> ((UInt2Vector) v).set(r, (char) (i * 37)), i -> (i * 37) & 0xFFFF)); //$NON-NLS-1$
        c.add(new Col("u32", new ArrowType.Int(32, false), (v, r, i) -> ((UInt4Vector) v).set(r, -1 - i * 3), i -> Integer.toUnsignedLong(-1 - i * 3))); //$NON-NLS-1$
        c.add(new Col("f16", new ArrowType.FloatingPoint(FloatingPointPrecision.HALF), //$NON-NLS-1$
                (v, r, i) -> ((Float2Vector) v).set(r, Float.floatToFloat16(i / 8f - 100)), i -> Float.float16ToFloat(Float.floatToFloat16(i / 8f - 100))));
        c.add(new Col("f32", new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE), //$NON-NLS-1$
                (v, r, i) -> ((Float4Vector) v).set(r, i % 50 == 1 ? Float.NaN : i / 7f), i -> i % 50 == 1 ? Float.NaN : i / 7f));
        c.add(new Col("f64", new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE), (v, r, i) -> ((Float8Vector) v).set(r, i / 7.0), i -> i / 7.0)); //$NON-NLS-1$
        c.add(new Col("s", ArrowType.Utf8.INSTANCE, //$NON-NLS-1$
                (v, r, i) -> ((VarCharVector) v).setSafe(r, ("s" + i + "é✓").getBytes(StandardCharsets.UTF_8)), i -> "s" + i + "é✓")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        c.add(new Col("ls", ArrowType.LargeUtf8.INSTANCE, //$NON-NLS-1$
                (v, r, i) -> ((LargeVarCharVector) v).setSafe(r, ("L" + i).getBytes(StandardCharsets.UTF_8)), i -> "L" + i)); //$NON-NLS-1$ //$NON-NLS-2$
        c.add(new Col("d", new ArrowType.Date(DateUnit.DAY), (v, r, i) -> ((DateDayVector) v).set(r, i - 500), i -> i - 500)); //$NON-NLS-1$
        c.add(new Col("dm", new ArrowType.Date(DateUnit.MILLISECOND), //$NON-NLS-1$
                (v, r, i) -> ((DateMilliVector) v).set(r, (i - 500) * 86_400_000L), i -> i - 500));
        for (TimeUnit u : TimeUnit.values()) {
            for (String zone : Arrays.asList("UTC", null)) { //$NON-NLS-1$
                long read = u == TimeUnit.SECOND ? 1000 : 1; // seconds are read as milliseconds, other units as they are
                c.add(new Col("ts_" + u.name().toLowerCase() + (zone == null ? "" : "_utc"), new ArrowType.Timestamp(u, zone), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        (v, r, i) -> ((TimeStampVector) v).set(r, i * 1_234_567L - 900_000_000L),
                        i -> (i * 1_234_567L - 900_000_000L) * read));
            }
        }
        return c;
    }

    /** Writes ROWS rows in batches of BATCH, every 7th value NULL, in the file or the stream format. */
    static void write(Path f, List<Col> cols, boolean fileFormat, boolean nullable, BufferAllocator a) throws IOException {
        List<Field> fields = cols.stream().map(c -> new Field(c.name(), new FieldType(nullable, c.type(), null), null)).toList();
        try (VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(fields), a);
                FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                ArrowWriter w = fileFormat ? new ArrowFileWriter(root, null, ch) : new ArrowStreamWriter(root, null, Channels.newOutputStream(ch))) {
            w.start();
            for (int from = 0; from < ROWS; from += BATCH) {
                int n = Math.min(BATCH, ROWS - from);
                for (int c = 0; c < cols.size(); c++) {
                    FieldVector v = root.getVector(c);
                    v.setInitialCapacity(n);
                    v.allocateNew();
                    for (int r = 0; r < n; r++) {
                        if (nullable && (from + r) % 7 == 3) {
                            v.setNull(r);
                        } else {
                            cols.get(c).set().set(v, r, from + r);
                        }
                    }
                    v.setValueCount(n);
                }
                root.setRowCount(n);
                w.writeBatch();
            }
            w.end();
        }
    }

    static List<List<Object>> read(Path f, Schema schema) {
        ExecGraph g = new ExecGraph();
        var src = g.source("src", "arrowIpcSource", new ArrowIpcReader(f, schema)); //$NON-NLS-1$ //$NON-NLS-2$
        CollectSink rows = new CollectSink(schema, Long.MAX_VALUE);
        g.sink("rows", "collect", rows, src.out()); //$NON-NLS-1$ //$NON-NLS-2$
        try (Harness h = new Harness()) {
            h.run(g, ExecOptions.defaults().withThreads(2).withBatchRows(1000));
        }
        return rows.rows();
    }

    static Schema infer(Path f) throws IOException {
        try (RootAllocator a = new RootAllocator(64L << 20)) {
            return ArrowIpcReader.inferSchema(f, a);
        }
    }

    static List<List<Object>> expected(List<Col> cols, boolean nullable) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            List<Object> row = new ArrayList<>();
            for (Col c : cols) {
                row.add(nullable && i % 7 == 3 ? null : c.expected().apply(i));
            }
            rows.add(row);
        }
        return rows;
    }

    static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> s = new ArrayList<>(rows);
        s.sort(Comparator.comparing(Object::toString));
        return s;
    }

    @Test
    void everyTypeSluiceHoldsReadsExactlyFromBothFormats() throws Exception {
        List<Col> cols = columns();
        try (RootAllocator a = new RootAllocator(256L << 20)) {
            for (boolean fileFormat : new boolean[] { true, false }) {
                Path f = dir.resolve(fileFormat ? "all.arrow" : "all.arrows"); //$NON-NLS-1$ //$NON-NLS-2$
                write(f, cols, fileFormat, true, a);
                Schema s = infer(f);
                for (int c = 0; c < cols.size(); c++) {
                    Field got = s.getFields().get(c);
                    assertEquals(cols.get(c).name(), got.getName());
                    assertTrue(got.isNullable());
                    Types.of(got); // one of Sluice's types
                }
                List<List<Object>> rows = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> read(f, s));
                assertEquals(sorted(expected(cols, true)), sorted(rows), f.getFileName().toString());
            }
        }
    }

    @Test
    void nullabilityWiderInTheFileThanDeclaredIsAccepted() throws Exception {
        List<Col> cols = columns().subList(3, 5); // i32, i64
        try (RootAllocator a = new RootAllocator(64L << 20)) {
            Path f = dir.resolve("nullable-no-nulls.arrow"); //$NON-NLS-1$
            write(f, cols, true, false, a); // written NOT NULL: fine for a nullable declaration
            Path g = dir.resolve("nullable-file.arrows"); //$NON-NLS-1$
            write(g, cols, false, true, a);
            Schema notNull = new Schema(List.of(Types.field(DataType.INT32, "i32", false), Types.field(DataType.INT64, "i64", false))); //$NON-NLS-1$ //$NON-NLS-2$
            Schema nullable = new Schema(List.of(Types.field(DataType.INT64, "i64", true), Types.field(DataType.INT32, "i32", true))); //$NON-NLS-1$ //$NON-NLS-2$
            // declared NOT NULL, file nullable without NULLs: read (a file written nullable by another tool)
            Path h = dir.resolve("nullable-without-nulls.arrow"); //$NON-NLS-1$
            writeNullableWithoutNulls(h, cols, a);
            assertEquals(ROWS, read(h, notNull).size());
            // declared nullable, file NOT NULL; and columns matched by name, in the declared order
            List<List<Object>> rows = read(f, nullable);
            assertEquals(ROWS, rows.size());
            assertTrue(rows.contains(List.of(4 * 1234567891011L, 4 * 7919 - 1)), rows.get(0).toString());
            // declared NOT NULL, and a NULL arrives: a named error
            RuntimeException e = assertThrows(RuntimeException.class, () -> read(g, notNull));
            assertTrue(String.valueOf(messages(e)).contains("holds NULL") && messages(e).contains("nullable-file.arrows"), messages(e)); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static void writeNullableWithoutNulls(Path f, List<Col> cols, BufferAllocator a) throws IOException {
        List<Field> fields = cols.stream().map(c -> new Field(c.name(), new FieldType(true, c.type(), null), null)).toList();
        try (VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(fields), a);
                FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                ArrowFileWriter w = new ArrowFileWriter(root, null, ch)) {
            w.start();
            for (int c = 0; c < cols.size(); c++) {
                FieldVector v = root.getVector(c);
                v.allocateNew();
                for (int r = 0; r < ROWS; r++) {
                    cols.get(c).set().set(v, r, r);
                }
                v.setValueCount(ROWS);
            }
            root.setRowCount(ROWS);
            w.writeBatch();
            w.end();
        }
    }

    static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append(" / "); //$NON-NLS-1$
        }
        return sb.toString();
    }

    @Test
    void typesSluiceDoesNotHoldAreNamedAndUnsigned64BitIsExact() throws Exception {
        try (RootAllocator a = new RootAllocator(64L << 20)) {
            Path f = dir.resolve("unsupported.arrow"); //$NON-NLS-1$
            Field bin = new Field("payload", FieldType.nullable(new ArrowType.Interval(org.apache.arrow.vector.types.IntervalUnit.DAY_TIME)), null); //$NON-NLS-1$
            try (VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(List.of(bin)), a);
                    OutputStream out = Files.newOutputStream(f);
                    ArrowFileWriter w = new ArrowFileWriter(root, null, Channels.newChannel(out))) {
                w.start();
                ((org.apache.arrow.vector.IntervalDayVector) root.getVector(0)).setSafe(0, 1, 2);
                root.setRowCount(1);
                w.writeBatch();
                w.end();
            }
            IOException e = assertThrows(IOException.class, () -> infer(f));
            assertTrue(e.getMessage().contains("unsupported Arrow IPC feature") && e.getMessage().contains("payload"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
            Path u = dir.resolve("uint64.arrows"); // read exactly, as DECIMAL(20,0) //$NON-NLS-1$
            Field big = new Field("n", FieldType.nullable(new ArrowType.Int(64, false)), null); //$NON-NLS-1$
            try (VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(List.of(big)), a);
                    OutputStream out = Files.newOutputStream(u);
                    ArrowStreamWriter w = new ArrowStreamWriter(root, null, out)) {
                w.start();
                ((UInt8Vector) root.getVector(0)).setSafe(0, -1L);
                root.setRowCount(1);
                w.writeBatch();
                w.end();
            }
            Schema s = infer(u);
            assertEquals(DataType.UINT64_AS_DECIMAL, Types.of(s.getFields().get(0)));
            assertEquals(List.of(List.of(new java.math.BigDecimal("18446744073709551615"))), read(u, s)); //$NON-NLS-1$
        }
    }

    @Test
    void damagedDataIsRejectedWithItsCauseAndNeverHangs() throws Exception {
        List<Col> cols = columns().subList(0, 12);
        try (RootAllocator a = new RootAllocator(256L << 20)) {
            for (boolean fileFormat : new boolean[] { true, false }) {
                Path good = dir.resolve(fileFormat ? "good.arrow" : "good.arrows"); //$NON-NLS-1$ //$NON-NLS-2$
                write(good, cols, fileFormat, true, a);
                byte[] b = Files.readAllBytes(good);
                List<byte[]> bad = new ArrayList<>();
                bad.add(Arrays.copyOf(b, b.length / 2));
                bad.add(Arrays.copyOf(b, b.length - 3));
                bad.add(Arrays.copyOf(b, 7));
                bad.add(new byte[0]);
                byte[] flipped = b.clone();
                for (int i = 8; i < 200 && i < flipped.length; i++) {
                    flipped[i] ^= (byte) 0x5A; // the schema message
                }
                bad.add(flipped);
                byte[] lying = b.clone(); // a message length that claims far more than the file holds
                java.nio.ByteBuffer.wrap(lying).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(fileFormat ? 12 : 4, 0x7FFF_FFF0);
                bad.add(lying);
                for (int k = 0; k < bad.size(); k++) {
                    Path f = dir.resolve("bad-" + k + (fileFormat ? ".arrow" : ".arrows")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    Files.write(f, bad.get(k));
                    Throwable e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                        try {
                            read(f, infer(f));
                            return null;
                        } catch (IOException | RuntimeException x) {
                            return x;
                        }
                    });
                    if (e == null) {
                        continue; // the damage fell where it changes no value Sluice reads (e.g. past the last batch)
                    }
                    String m = messages(e);
                    assertTrue(m.contains(f.getFileName().toString()), m);
                    assertTrue(!m.contains("NullPointerException") && !m.contains(": null /"), m); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
    }
}
