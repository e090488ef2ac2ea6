package io.sluice.runtime.internal.parquet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The Parquet conformance set, generated into a folder: DuckDB and parquet-java writing every type × encoding ×
 * codec × page version, nested and empty cases, and deliberately damaged copies of good files.
 */
final class ParquetCorpus {
    /**
     * One file of the set; {@code damaged} files were broken on purpose. {@code twin} (or null) holds the same values
     * in a layout DuckDB reads, for the valid files DuckDB cannot read itself (BYTE_STREAM_SPLIT on integers, Hadoop
     * LZ4, DELTA_BYTE_ARRAY on fixed-length columns, its own JSON with v2 pages).
     */
    record Case(String name, Path file, boolean damaged, Path twin) {
        Case(String name, Path file, boolean damaged) {
            this(name, file, damaged, null);
        }
    }

    static final int ROWS = 1200;

    private final Path dir;
    final List<Case> cases = new ArrayList<>();

    ParquetCorpus(Path dir) {
        this.dir = dir;
    }

    // ---------------------------------------------------------------- DuckDB

    /** Column expressions over {@code i} (0 ≤ i < ROWS); every 7th row is NULL. */
    static final Map<String, String> DUCK_TYPES = Map.ofEntries(
            Map.entry("bool", "i % 3 = 0"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("int8", "(i % 256 - 128)::TINYINT"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("int16", "(i * 37 % 65536 - 32768)::SMALLINT"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("int32", "(i * 7919 - 1000000)::INTEGER"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("int64", "(i * 1234567891011 - 99)::BIGINT"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("uint8", "(i % 256)::UTINYINT"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("uint16", "(i * 37 % 65536)::USMALLINT"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("uint32", "(4294967295 - i * 3)::UINTEGER"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("uint64", "(18446744073709551615 - i)::UBIGINT"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("float", "CASE i % 50 WHEN 1 THEN 'nan'::FLOAT WHEN 2 THEN '-inf'::FLOAT WHEN 3 THEN -0.0::FLOAT ELSE (i / 7.0)::FLOAT END"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("double", "CASE i % 50 WHEN 1 THEN 'nan'::DOUBLE WHEN 2 THEN 'inf'::DOUBLE ELSE i / 7.0 - 40 END"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("decimal4", "(i / 10.0 - 5)::DECIMAL(4,1)"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("decimal9", "(i * 1.37 - 300)::DECIMAL(9,2)"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("decimal18", "(i * 123456.789 - 1)::DECIMAL(18,3)"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("decimal38", "(i::DECIMAL(38,10) * 1234567890123.0123456789::DECIMAL(38,10))::DECIMAL(38,10)"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("varchar", "'s' || i || CASE WHEN i % 5 = 0 THEN ' é✓' ELSE '' END"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("varchar_dict", "CASE WHEN i % 11 = 0 THEN '' ELSE 'key' || (i % 10) END"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("blob", "'\\xFF\\xFF\\x01\\x02'::BLOB || (i::VARCHAR)::BLOB"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("date", "DATE '1970-01-01' + (i * 37 - 20000)::INTEGER"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("time", "TIME '00:00:00' + INTERVAL (i * 71) SECOND"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("timestamp", "TIMESTAMP '1960-01-01' + INTERVAL (i * 12345678901) MICROSECOND"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("timestamp_ms", "(TIMESTAMP '2001-01-01' + INTERVAL (i * 1234567) MILLISECOND)::TIMESTAMP_MS"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("timestamp_ns", "(TIMESTAMP '2001-01-01' + INTERVAL (i * 1234567) MICROSECOND)::TIMESTAMP_NS"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("timestamptz", "(TIMESTAMP '2020-03-01' + INTERVAL (i) HOUR)::TIMESTAMPTZ"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("uuid", "md5(i::VARCHAR)::UUID"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("interval", "INTERVAL (i) DAY"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("json", "json_object('a', i, 'b', [i::VARCHAR, 'x'])"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("list", "[i, i + 1, NULL]"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("struct", "{'a': i, 'b': 's' || i}"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("map", "MAP {'k' || (i % 3): i}")); //$NON-NLS-1$ //$NON-NLS-2$

    /** The flat types every codec is tried with, in one file. */
    static final List<String> DUCK_FLAT = List.of("bool", "int32", "int64", "double", "varchar", "varchar_dict", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "date", "timestamp", "float", "uuid"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    static final List<String> DUCK_CODECS = List.of("uncompressed", "snappy", "gzip", "zstd", "brotli", "lz4", "lz4_raw"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    void duckdb(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            for (String version : List.of("v1", "v2")) { //$NON-NLS-1$ //$NON-NLS-2$
                // every type alone (one unsupported type does not hide the others), two codecs
                for (Map.Entry<String, String> t : DUCK_TYPES.entrySet()) {
                    String codec = version.equals("v1") ? "snappy" : "zstd"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    duckCopy(s, "duck-" + t.getKey() + "-" + version + "-" + codec, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            select(List.of(t.getKey()), ROWS), codec, version, 500);
                    if (version.equals("v2")) { //$NON-NLS-1$
                        Case last = cases.removeLast();
                        cases.add(new Case(last.name(), last.file(), false, dir.resolve("duck-" + t.getKey() + "-v1-snappy.parquet"))); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
                // every codec, the common flat types together
                for (String codec : DUCK_CODECS) {
                    duckCopy(s, "duck-flat-" + version + "-" + codec, select(DUCK_FLAT, ROWS), codec, version, 100_000); //$NON-NLS-1$ //$NON-NLS-2$
                }
                // empty: no rows at all; all values NULL
                duckCopy(s, "duck-empty-" + version, select(DUCK_FLAT, 0), "snappy", version, 100_000); //$NON-NLS-1$ //$NON-NLS-2$
                duckCopy(s, "duck-allnull-" + version, //$NON-NLS-1$
                        "SELECT NULL::INTEGER AS a, NULL::VARCHAR AS b, NULL::DOUBLE AS c FROM range(0, 300)", "snappy", version, 100_000); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    static String select(List<String> types, int rows) {
        StringBuilder sb = new StringBuilder("SELECT "); //$NON-NLS-1$
        for (int k = 0; k < types.size(); k++) {
            String name = types.get(k);
            sb.append(k == 0 ? "" : ", ").append("CASE WHEN i % 7 = 3 THEN NULL ELSE ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(DUCK_TYPES.get(name)).append(" END AS \"").append(name).append('"'); //$NON-NLS-1$
        }
        return sb.append(" FROM range(0, ").append(rows).append(") t(i)").toString(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void duckCopy(Statement s, String name, String select, String codec, String version, int rowGroup)
            throws Exception {
        Path f = dir.resolve(name + ".parquet"); //$NON-NLS-1$
        s.execute("COPY (" + select + ") TO '" + f + "' (FORMAT parquet, COMPRESSION " + codec //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ", PARQUET_VERSION " + version + ", ROW_GROUP_SIZE " + rowGroup + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        cases.add(new Case(name, f, false));
    }

    // ---------------------------------------------------------------- parquet-java

    /** A flat parquet-java column: its type and the value of row {@code i} (null for NULL). */
    record Col(PrimitiveType type, IntFunction<Object> value) {
    }

    static Col col(PrimitiveTypeName p, LogicalTypeAnnotation a, int length, String name, IntFunction<Object> value) {
        Types.PrimitiveBuilder<PrimitiveType> b = Types.primitive(p, Type.Repetition.OPTIONAL);
        if (length > 0) {
            b = b.length(length);
        }
        if (a != null) {
            b = b.as(a);
        }
        return new Col(b.named(name), i -> i % 7 == 3 ? null : value.apply(i));
    }

    static Binary bin(byte[] b) {
        return Binary.fromConstantByteArray(b);
    }

    static Binary fixed(BigInteger v, int length) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[length];
        byte pad = (byte) (v.signum() < 0 ? 0xFF : 0);
        Arrays.fill(out, pad);
        System.arraycopy(raw, Math.max(0, raw.length - length), out, Math.max(0, length - raw.length), Math.min(length, raw.length));
        return bin(out);
    }

    static Binary int96(long epochMicros) {
        long day = Math.floorDiv(epochMicros, 86_400_000_000L);
        long nanos = Math.floorMod(epochMicros, 86_400_000_000L) * 1000;
        return bin(ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putLong(nanos).putInt((int) (day + 2_440_588)).array());
    }

    /** Every flat physical type × logical annotation parquet-java writes. */
    static List<Col> javaTypes() {
        List<Col> t = new ArrayList<>();
        LogicalTypeAnnotation none = null;
        t.add(col(PrimitiveTypeName.BOOLEAN, none, 0, "boolean", i -> i % 3 == 0)); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.INT32, none, 0, "int32", i -> i * 7919 - 1_000_000 + (i == 5 ? Integer.MIN_VALUE + 1_000_000 : 0))); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.INT32, LogicalTypeAnnotation.intType(8, true), 0, "int8", i -> i % 256 - 128)); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.INT32, LogicalTypeAnnotation.intType(16, true), 0, "int16", i -> i * 37 % 65536 - 32768)); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.INT32, LogicalTypeAnnotation.intType(8, false), 0, "uint8", i -> i % 256)); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.INT32, LogicalTypeAnnotation.intType(16, false), 0, "uint16", i -> i * 37 % 65536)); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.INT32, LogicalTypeAnnotation.intType(32, false), 0, "uint32", i -> -1 - i * 3)); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.INT64, none, 0, "int64", i -> i * 1234567891011L - (i == 9 ? Long.MAX_VALUE : 0))); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.INT64, LogicalTypeAnnotation.intType(64, false), 0, "uint64", i -> -1L - i)); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.FLOAT, none, 0, "float", //$NON-NLS-1$
                i -> switch (i % 50) { case 1 -> Float.NaN; case 2 -> Float.NEGATIVE_INFINITY; case 4 -> -0.0f; default -> i / 7f; }));
        t.add(col(PrimitiveTypeName.DOUBLE, none, 0, "double", //$NON-NLS-1$
                i -> switch (i % 50) { case 1 -> Double.NaN; case 2 -> Double.POSITIVE_INFINITY; case 4 -> Double.MIN_VALUE; default -> i / 7.0 - 40; }));
        t.add(col(PrimitiveTypeName.BINARY, LogicalTypeAnnotation.stringType(), 0, "string", //$NON-NLS-1$
                i -> Binary.fromString(i % 5 == 0 ? "é✓ " + i : i % 13 == 0 ? "" : "s" + (i % 40)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        t.add(col(PrimitiveTypeName.BINARY, LogicalTypeAnnotation.enumType(), 0, "enum", i -> Binary.fromString("E" + (i % 4)))); //$NON-NLS-1$ //$NON-NLS-2$
        t.add(col(PrimitiveTypeName.BINARY, LogicalTypeAnnotation.jsonType(), 0, "json", i -> Binary.fromString("{\"a\":" + i + "}"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        t.add(col(PrimitiveTypeName.BINARY, LogicalTypeAnnotation.bsonType(), 0, "bson", //$NON-NLS-1$
                i -> bin(new byte[] { 5, 0, 0, 0, 0 })));
        t.add(col(PrimitiveTypeName.BINARY, none, 0, "binary", i -> bin(new byte[] { (byte) 0xFF, (byte) 0xFF, 1, 2, (byte) i }))); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.INT32, LogicalTypeAnnotation.dateType(), 0, "date", i -> i * 37 - 20000)); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.INT32, LogicalTypeAnnotation.timeType(true, LogicalTypeAnnotation.TimeUnit.MILLIS), 0, "time_ms", i -> i * 71_000)); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.INT64, LogicalTypeAnnotation.timeType(true, LogicalTypeAnnotation.TimeUnit.MICROS), 0, "time_us", i -> i * 71_000_001L)); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.INT64, LogicalTypeAnnotation.timeType(false, LogicalTypeAnnotation.TimeUnit.NANOS), 0, "time_ns", i -> i * 71_000_000_001L)); //$NON-NLS-1$
        for (LogicalTypeAnnotation.TimeUnit u : LogicalTypeAnnotation.TimeUnit.values()) {
            for (boolean utc : new boolean[] { true, false }) {
                long scale = switch (u) { case MILLIS -> 1; case MICROS -> 1000; case NANOS -> 1_000_000; };
                t.add(col(PrimitiveTypeName.INT64, LogicalTypeAnnotation.timestampType(utc, u), 0,
                        "ts_" + u.name().toLowerCase() + (utc ? "_utc" : "_local"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        i -> (i * 1_234_567_891L - 400_000_000_000L) * scale));
            }
        }
        t.add(col(PrimitiveTypeName.INT96, none, 0, "int96", i -> int96((i * 1_234_567_891L - 400_000_000_000L) * 1000 + i))); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, LogicalTypeAnnotation.float16Type(), 2, "float16", //$NON-NLS-1$
                i -> bin(ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN)
                        .putShort(i % 50 == 1 ? (short) 0x7E00 : i % 50 == 2 ? (short) 0xFC00 : i % 50 == 4 ? (short) 0x0001
                                : Float.floatToFloat16(i / 8f - 60)).array())));
        t.add(col(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, LogicalTypeAnnotation.uuidType(), 16, "uuid", //$NON-NLS-1$
                i -> {
                    UUID u = UUID.nameUUIDFromBytes(("u" + i).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
                    return bin(ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array());
                }));
        t.add(col(PrimitiveTypeName.INT32, LogicalTypeAnnotation.decimalType(2, 9), 0, "decimal_int32", i -> i * 1371 - 300_000)); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.INT64, LogicalTypeAnnotation.decimalType(4, 18), 0, "decimal_int64", i -> i * 123_456_789_011L - 7)); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, LogicalTypeAnnotation.decimalType(10, 38), 16, "decimal_fixed", //$NON-NLS-1$
                i -> fixed(new BigDecimal("12345678901234567890.0123456789").multiply(BigDecimal.valueOf(i - 600)).unscaledValue(), 16))); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.BINARY, LogicalTypeAnnotation.decimalType(3, 20), 0, "decimal_binary", //$NON-NLS-1$
                i -> bin(BigInteger.valueOf(i * 1_000_003L - 600_000).toByteArray())));
        t.add(col(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, none, 5, "fixed5", i -> bin(new byte[] { (byte) 0xFF, 0, 1, 2, (byte) i }))); //$NON-NLS-1$
        t.add(col(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, LogicalTypeAnnotation.IntervalLogicalTypeAnnotation.getInstance(), 12, "interval", //$NON-NLS-1$
                i -> bin(ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(i % 12).putInt(i).putInt(i * 1000).array())));
        return t;
    }

    /** Writer settings: page version × dictionary × BYTE_STREAM_SPLIT. */
    enum Encoding {
        V1_DICT, V1_PLAIN, V2_DICT, V2_DELTA, V1_BYTE_STREAM_SPLIT;

        ParquetProperties props() {
            ParquetProperties.Builder b = ParquetProperties.builder().withPageSize(4096).withDictionaryPageSize(8192)
                    .withPageRowCountLimit(500);
            return switch (this) {
                case V1_DICT -> b.withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0).build();
                case V1_PLAIN -> b.withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0).withDictionaryEncoding(false).build();
                case V2_DICT -> b.withWriterVersion(ParquetProperties.WriterVersion.PARQUET_2_0).build();
                case V2_DELTA -> b.withWriterVersion(ParquetProperties.WriterVersion.PARQUET_2_0).withDictionaryEncoding(false).build();
                case V1_BYTE_STREAM_SPLIT -> b.withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
                        .withDictionaryEncoding(false).withByteStreamSplitEncoding(true).withExtendedByteStreamSplitEncoding(true).build();
            };
        }
    }

    /** Writes the rows of one row group into the column writers; returns how many rows it wrote. */
    interface Fill {
        long write(ColumnWriteStore store, ColumnWriter[] w);
    }

    static void writeJava(Path f, MessageType schema, ParquetProperties props, CompressionCodecName codec, Fill... groups)
            throws IOException {
        ParquetFileWriter writer = new ParquetFileWriter(new LocalOutputFile(f), schema, ParquetFileWriter.Mode.OVERWRITE,
                128L << 20, 0, ParquetProperties.DEFAULT_COLUMN_INDEX_TRUNCATE_LENGTH,
                ParquetProperties.DEFAULT_STATISTICS_TRUNCATE_LENGTH, false);
        writer.start();
        for (Fill g : groups) {
            ColumnChunkPageWriteStore pages = new ColumnChunkPageWriteStore(Codecs.INSTANCE.getCompressor(codec), schema,
                    new HeapByteBufferAllocator(), ParquetProperties.DEFAULT_COLUMN_INDEX_TRUNCATE_LENGTH);
            ColumnWriteStore store = props.newColumnWriteStore(schema, pages, pages);
            List<ColumnDescriptor> cols = schema.getColumns();
            ColumnWriter[] w = new ColumnWriter[cols.size()];
            for (int c = 0; c < w.length; c++) {
                w[c] = store.getColumnWriter(cols.get(c));
            }
            long rows = g.write(store, w);
            store.flush();
            writer.startBlock(rows);
            pages.flushToFileWriter(writer);
            writer.endBlock();
            store.close();
        }
        writer.end(Map.of());
    }

    static Fill flat(List<Col> cols, int from, int to) {
        return (store, w) -> {
            for (int i = from; i < to; i++) {
                for (int c = 0; c < cols.size(); c++) {
                    Object v = cols.get(c).value().apply(i);
                    if (v == null) {
                        w[c].writeNull(0, 0);
                    } else {
                        switch (v) {
                            case Boolean b -> w[c].write(b, 0, 1);
                            case Integer n -> w[c].write(n, 0, 1);
                            case Long n -> w[c].write(n, 0, 1);
                            case Float n -> w[c].write(n, 0, 1);
                            case Double n -> w[c].write(n, 0, 1);
                            case Binary b -> w[c].write(b, 0, 1);
                            default -> throw new IllegalArgumentException(v.getClass().getName());
                        }
                    }
                }
                store.endRecord();
            }
            return to - from;
        };
    }

    static MessageType schema(List<Col> cols) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        cols.forEach(c -> b.addField(c.type()));
        return b.named("conformance"); //$NON-NLS-1$
    }

    void parquetJava() throws IOException {
        List<Col> types = javaTypes();
        // DuckDB reads no BSON column: its twin holds the same bytes unannotated
        Col bson = types.stream().filter(c -> c.type().getName().equals("bson")).findFirst().orElseThrow(); //$NON-NLS-1$
        Path bsonTwin = dir.resolve("twin-bson.parquet"); //$NON-NLS-1$
        Col raw = new Col(Types.optional(PrimitiveTypeName.BINARY).named("bson"), bson.value()); //$NON-NLS-1$
        writeJava(bsonTwin, schema(List.of(raw)), Encoding.V1_PLAIN.props(), CompressionCodecName.SNAPPY, flat(List.of(raw), 0, ROWS));
        for (Encoding e : Encoding.values()) {
            for (Col c : types) {
                String name = "java-" + c.type().getName() + "-" + e.name().toLowerCase(); //$NON-NLS-1$ //$NON-NLS-2$
                Path f = dir.resolve(name + ".parquet"); //$NON-NLS-1$
                writeJava(f, schema(List.of(c)), e.props(), CompressionCodecName.SNAPPY, flat(List.of(c), 0, ROWS));
                cases.add(new Case(name, f, false, c == bson ? bsonTwin : e == Encoding.V1_PLAIN ? null
                        : dir.resolve("java-" + c.type().getName() + "-v1_plain.parquet"))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        // every codec parquet-java writes through Sluice's codecs, v1 and v2 pages, several columns and row groups
        List<Col> common = types.stream().filter(c -> List.of("boolean", "int32", "int64", "double", "string", "date", "ts_micros_utc") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                .contains(c.type().getName())).toList();
        for (CompressionCodecName codec : List.of(CompressionCodecName.UNCOMPRESSED, CompressionCodecName.SNAPPY,
                CompressionCodecName.GZIP, CompressionCodecName.ZSTD, CompressionCodecName.LZ4, CompressionCodecName.LZ4_RAW)) {
            for (Encoding e : List.of(Encoding.V1_DICT, Encoding.V2_DELTA)) {
                String name = "java-codec-" + codec.name().toLowerCase() + "-" + e.name().toLowerCase(); //$NON-NLS-1$ //$NON-NLS-2$
                Path f = dir.resolve(name + ".parquet"); //$NON-NLS-1$
                writeJava(f, schema(common), e.props(), codec, flat(common, 0, 700), flat(common, 700, ROWS));
                cases.add(new Case(name, f, false, codec == CompressionCodecName.UNCOMPRESSED ? null
                        : dir.resolve("java-codec-uncompressed-" + e.name().toLowerCase() + ".parquet"))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        // empty row groups (first, between, last; parquet-java will not write one, so the footer gets them)
        for (Encoding e : List.of(Encoding.V1_DICT, Encoding.V2_DELTA)) {
            String name = "java-empty-rowgroups-" + e.name().toLowerCase(); //$NON-NLS-1$
            Path f = dir.resolve(name + ".parquet"); //$NON-NLS-1$
            writeJava(f, schema(common), e.props(), CompressionCodecName.SNAPPY, flat(common, 0, 300), flat(common, 300, 600));
            Files.write(f, rewriteFooter(Files.readAllBytes(f), m -> {
                var groups = m.getRow_groups();
                var empty = groups.get(0).deepCopy();
                empty.setNum_rows(0);
                empty.setTotal_byte_size(0);
                empty.setTotal_compressed_size(0);
                empty.getColumns().forEach(c -> {
                    c.getMeta_data().setNum_values(0);
                    c.getMeta_data().setTotal_compressed_size(0);
                    c.getMeta_data().setTotal_uncompressed_size(0);
                    c.getMeta_data().unsetStatistics();
                });
                groups.add(0, empty.deepCopy());
                groups.add(2, empty.deepCopy());
                groups.add(empty);
            }));
            cases.add(new Case(name, f, false));
        }
        Path none = dir.resolve("java-no-rowgroups.parquet"); //$NON-NLS-1$
        writeJava(none, schema(common), Encoding.V1_DICT.props(), CompressionCodecName.SNAPPY);
        cases.add(new Case("java-no-rowgroups", none, false)); //$NON-NLS-1$
        nested();
    }

    private void nested() throws IOException {
        // legacy two-level list: repeated primitive directly inside the LIST group
        MessageType twoLevel = Types.buildMessage().optionalGroup().as(LogicalTypeAnnotation.listType())
                .repeated(PrimitiveTypeName.INT32).named("array").named("legacy_list").named("m"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        nestedFile("java-list-two-level", twoLevel, (store, w) -> { //$NON-NLS-1$
            for (int i = 0; i < 300; i++) {
                if (i % 7 == 3) {
                    w[0].writeNull(0, 0);
                } else if (i % 7 == 4) {
                    w[0].writeNull(0, 1); // an empty list
                } else {
                    for (int k = 0; k <= i % 3; k++) {
                        w[0].write(i + k, k == 0 ? 0 : 1, 2);
                    }
                }
                store.endRecord();
            }
            return 300;
        });
        MessageType threeLevel = Types.buildMessage().optionalGroup().as(LogicalTypeAnnotation.listType())
                .repeatedGroup().optional(PrimitiveTypeName.INT64).named("element").named("list").named("items").named("m"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        nestedFile("java-list-three-level", threeLevel, (store, w) -> { //$NON-NLS-1$
            for (int i = 0; i < 300; i++) {
                if (i % 7 == 3) {
                    w[0].writeNull(0, 0);
                } else {
                    for (int k = 0; k <= i % 3; k++) {
                        if (k == 1 && i % 2 == 0) {
                            w[0].writeNull(k == 0 ? 0 : 1, 2);
                        } else {
                            w[0].write((long) i * k, k == 0 ? 0 : 1, 3);
                        }
                    }
                }
                store.endRecord();
            }
            return 300;
        });
        MessageType struct = Types.buildMessage().optionalGroup().optional(PrimitiveTypeName.INT32).named("a") //$NON-NLS-1$
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("b").named("s").named("m"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        nestedFile("java-struct", struct, (store, w) -> { //$NON-NLS-1$
            for (int i = 0; i < 300; i++) {
                if (i % 7 == 3) {
                    w[0].writeNull(0, 0);
                    w[1].writeNull(0, 0);
                } else {
                    w[0].write(i, 0, 2);
                    w[1].write(Binary.fromString("b" + i), 0, 2); //$NON-NLS-1$
                }
                store.endRecord();
            }
            return 300;
        });
        MessageType map = Types.buildMessage().optionalGroup().as(LogicalTypeAnnotation.mapType()).repeatedGroup()
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("key") //$NON-NLS-1$
                .optional(PrimitiveTypeName.INT32).named("value").named("key_value").named("tags").named("m"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        nestedFile("java-map", map, (store, w) -> { //$NON-NLS-1$
            for (int i = 0; i < 300; i++) {
                if (i % 7 == 3) {
                    w[0].writeNull(0, 0);
                    w[1].writeNull(0, 0);
                } else {
                    w[0].write(Binary.fromString("k" + i), 0, 2); //$NON-NLS-1$
                    w[1].write(i, 0, 3);
                }
                store.endRecord();
            }
            return 300;
        });
    }

    private void nestedFile(String name, MessageType schema, Fill fill) throws IOException {
        for (Encoding e : List.of(Encoding.V1_DICT, Encoding.V2_DELTA)) {
            String n = name + "-" + e.name().toLowerCase(); //$NON-NLS-1$
            Path f = dir.resolve(n + ".parquet"); //$NON-NLS-1$
            writeJava(f, schema, e.props(), CompressionCodecName.SNAPPY, fill);
            cases.add(new Case(n, f, false));
        }
    }

    // ---------------------------------------------------------------- damaged files

    /** Damaged copies of good files: each breaks one thing a reader must notice. */
    void damaged() throws IOException {
        List<Col> cols = javaTypes().stream().filter(c -> List.of("int64", "string").contains(c.type().getName())).toList(); //$NON-NLS-1$ //$NON-NLS-2$
        Path plain = dir.resolve("base-plain.parquet"); //$NON-NLS-1$
        writeJava(plain, schema(cols), Encoding.V1_PLAIN.props(), CompressionCodecName.UNCOMPRESSED, flat(cols, 0, ROWS));
        Path snappy = dir.resolve("base-snappy.parquet"); //$NON-NLS-1$
        writeJava(snappy, schema(cols), Encoding.V2_DICT.props(), CompressionCodecName.SNAPPY, flat(cols, 0, ROWS));
        byte[] p = Files.readAllBytes(plain);
        byte[] s = Files.readAllBytes(snappy);
        int footer = footerLength(p);

        bad("bad-empty", new byte[0]); //$NON-NLS-1$
        bad("bad-magic-only", "PAR1".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$ //$NON-NLS-2$
        bad("bad-truncated-half", Arrays.copyOf(p, p.length / 2)); //$NON-NLS-1$
        bad("bad-truncated-footer", Arrays.copyOf(p, p.length - 9)); //$NON-NLS-1$
        bad("bad-footer-cut-inside", cutFooter(p, footer)); //$NON-NLS-1$
        byte[] head = p.clone();
        head[0] = 'X';
        bad("bad-magic-head", head); //$NON-NLS-1$
        byte[] tail = p.clone();
        tail[tail.length - 1] = 'X';
        bad("bad-magic-tail", tail); //$NON-NLS-1$
        bad("bad-footer-length-huge", footerLength(p, 0x7FFF_FFF0)); //$NON-NLS-1$
        bad("bad-footer-length-zero", footerLength(p, 0)); //$NON-NLS-1$
        bad("bad-footer-length-negative", footerLength(p, -5)); //$NON-NLS-1$
        byte[] flippedFooter = p.clone();
        for (int i = p.length - 8 - footer + 10; i < p.length - 8 - footer / 2; i++) {
            flippedFooter[i] ^= (byte) 0x5A;
        }
        bad("bad-footer-flipped", flippedFooter); //$NON-NLS-1$
        bad("bad-page-compressed-size-huge", rewriteFirstPage(p, h -> h.setCompressed_page_size(0x7FFF_FFF0))); //$NON-NLS-1$
        bad("bad-page-uncompressed-size-huge", rewriteFirstPage(s, h -> h.setUncompressed_page_size(0x7FFF_FFF0))); //$NON-NLS-1$
        bad("bad-page-sizes-negative", rewriteFirstPage(s, h -> { //$NON-NLS-1$
            h.setUncompressed_page_size(-77);
            h.setCompressed_page_size(-3);
        }));
        bad("bad-page-value-count-huge", rewriteFirstPage(p, h -> h.getData_page_header().setNum_values(Integer.MAX_VALUE))); //$NON-NLS-1$
        bad("bad-rowgroup-rows-lying", rewriteFooter(p, m -> { //$NON-NLS-1$
            m.getRow_groups().get(0).setNum_rows(ROWS * 5L);
            m.setNum_rows(ROWS * 5L);
        }));
        bad("bad-chunk-size-huge", rewriteFooter(p, m -> m.getRow_groups().get(0).getColumns().get(0).getMeta_data() //$NON-NLS-1$
                .setTotal_compressed_size(1L << 40)));
        bad("bad-chunk-offset-past-end", rewriteFooter(p, m -> m.getRow_groups().get(0).getColumns().get(1).getMeta_data() //$NON-NLS-1$
                .setData_page_offset(p.length * 3L)));
        byte[] flippedPage = s.clone(); // inside the snappy data of the first column's pages
        for (int i = 40; i < 400; i += 3) {
            flippedPage[i] ^= (byte) 0xA5;
        }
        bad("bad-page-bytes-flipped-snappy", flippedPage); //$NON-NLS-1$
        byte[] garbage = new byte[4096];
        new java.util.Random(11).nextBytes(garbage);
        System.arraycopy("PAR1".getBytes(StandardCharsets.US_ASCII), 0, garbage, 0, 4); //$NON-NLS-1$
        System.arraycopy("PAR1".getBytes(StandardCharsets.US_ASCII), 0, garbage, garbage.length - 4, 4); //$NON-NLS-1$
        bad("bad-random-between-magic", garbage); //$NON-NLS-1$
        bad("bad-dictionary-index", dictionaryIndexPastEnd()); //$NON-NLS-1$
    }

    private void bad(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name + ".parquet"); //$NON-NLS-1$
        Files.write(f, bytes);
        cases.add(new Case(name, f, true));
    }

    static int footerLength(byte[] file) {
        return ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    static byte[] footerLength(byte[] file, int length) {
        byte[] b = file.clone();
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(b.length - 8, length);
        return b;
    }

    static byte[] cutFooter(byte[] file, int footer) {
        // drop the second half of the footer's bytes but keep length and magic
        int start = file.length - 8 - footer;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(file, 0, start + footer / 2);
        out.write(file, file.length - 8, 8);
        return out.toByteArray();
    }

    interface Edit<T> {
        void apply(T t) throws IOException;
    }

    static byte[] rewriteFooter(byte[] file, Edit<FileMetaData> edit) throws IOException {
        int footer = footerLength(file);
        int start = file.length - 8 - footer;
        FileMetaData m = Util.readFileMetaData(new ByteArrayInputStream(file, start, footer));
        edit.apply(m);
        ByteArrayOutputStream meta = new ByteArrayOutputStream();
        Util.writeFileMetaData(m, meta);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(file, 0, start);
        meta.writeTo(out);
        out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(meta.size()).array());
        out.write(file, file.length - 4, 4);
        return out.toByteArray();
    }

    /** Rewrites the page header at offset 4 (the first page of the first column) and keeps everything after it. */
    static byte[] rewriteFirstPage(byte[] file, Edit<PageHeader> edit) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(file, 4, file.length - 4);
        PageHeader h = Util.readPageHeader(in);
        int after = file.length - in.available();
        edit.apply(h);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(file, 0, 4);
        Util.writePageHeader(h, out);
        int shift = out.size() - after;
        out.write(file, after, file.length - after);
        byte[] b = out.toByteArray();
        return shift == 0 ? b : rewriteFooter(b, m -> m.getRow_groups().forEach(g -> g.getColumns().forEach(c -> {
            var md = c.getMeta_data();
            if (md.getData_page_offset() > 4) {
                md.setData_page_offset(md.getData_page_offset() + shift);
            }
            if (md.isSetDictionary_page_offset() && md.getDictionary_page_offset() > 4) {
                md.setDictionary_page_offset(md.getDictionary_page_offset() + shift);
            }
            md.setTotal_compressed_size(md.getTotal_compressed_size() + (md.getData_page_offset() <= 4 + shift ? shift : 0));
        })));
    }

    /**
     * An uncompressed, dictionary-encoded REQUIRED column whose first data page says its indices are 12 bits wide:
     * the dictionary holds 4 values, the indices now point far past it.
     */
    private byte[] dictionaryIndexPastEnd() throws IOException {
        MessageType m = Types.buildMessage().required(PrimitiveTypeName.INT64).named("k").named("m"); //$NON-NLS-1$ //$NON-NLS-2$
        Path f = dir.resolve("base-dict.parquet"); //$NON-NLS-1$
        writeJava(f, m, Encoding.V1_DICT.props(), CompressionCodecName.UNCOMPRESSED, (store, w) -> {
            for (int i = 0; i < 400; i++) {
                w[0].write((long) (i % 4) * 1000, 0, 0);
                store.endRecord();
            }
            return 400;
        });
        byte[] b = Files.readAllBytes(f);
        ByteArrayInputStream in = new ByteArrayInputStream(b, 4, b.length - 4);
        PageHeader dict = Util.readPageHeader(in);
        if (dict.getDictionary_page_header() == null) {
            throw new IllegalStateException("expected a dictionary page first"); //$NON-NLS-1$
        }
        in.skip(dict.getCompressed_page_size());
        PageHeader data = Util.readPageHeader(in);
        if (data.getData_page_header() == null) {
            throw new IllegalStateException("expected a data page"); //$NON-NLS-1$
        }
        int body = b.length - in.available();
        b[body] = 12; // the bit width of the dictionary indices
        return b;
    }
}
