package io.sluice.runtime.internal.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sluice.runtime.internal.exec.CollectSink;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.exec.ExecOptions;
import io.sluice.runtime.internal.exec.Harness;
import io.sluice.expression.types.DataType;
import io.sluice.runtime.internal.types.Types;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Parquet conformance set ({@link ParquetCorpus}, generated here): every file is read by Sluice — schema from
 * the footer, values through the engine's Parquet source — and compared with DuckDB's reading of the same file,
 * or rejected with a named cause. A test fails on a wrong value, a "corrupt"/damaged verdict for a file DuckDB
 * reads, a reject without a cause, or a hang (the per-file limit is a hang guard, not a performance bound).
 */
class ParquetConformanceTest {
    enum Verdict {
        READ_EQUAL,
        /** A valid file DuckDB cannot read; compared with DuckDB's reading of the same values in another layout. */
        READ_EQUAL_TO_TWIN,
        NAMED_UNSUPPORTED,
        REJECTED_DAMAGED,
        /** Sluice names the feature unsupported and DuckDB cannot read the file either. */
        NEITHER_READS }

    @TempDir
    static Path dir;

    static ParquetCorpus corpus;
    static ParquetNestedCorpus nested;
    static Connection duck;
    static final Map<String, Verdict> VERDICTS = new ConcurrentHashMap<>();
    static final Map<String, String> MESSAGES = new ConcurrentHashMap<>();
    /** Encodings, codecs and page versions of the files read equal: what the set proves Sluice reads. */
    static final java.util.Set<String> COVERED = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void generate() throws Exception {
        duck = DriverManager.getConnection("jdbc:duckdb:"); //$NON-NLS-1$
        corpus = new ParquetCorpus(dir);
        corpus.duckdb(duck);
        corpus.parquetJava();
        corpus.damaged();
        nested = new ParquetNestedCorpus(dir, corpus.cases);
        nested.duckdb(duck);
        nested.parquetJava();
        nested.damaged();
    }

    @AfterAll
    static void summary() throws Exception {
        if (duck != null) {
            duck.close();
        }
        Map<Verdict, Integer> counts = new TreeMap<>();
        VERDICTS.values().forEach(v -> counts.merge(v, 1, Integer::sum));
        StringBuilder sb = new StringBuilder("\nParquet conformance set: " + VERDICTS.size() + " files\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (Verdict v : Verdict.values()) {
            sb.append(String.format("  %-20s %4d%n", v.name().toLowerCase().replace('_', '-'), counts.getOrDefault(v, 0))); //$NON-NLS-1$
        }
        new TreeMap<>(VERDICTS).forEach((name, v) -> {
            if (v != Verdict.READ_EQUAL && v != Verdict.NAMED_UNSUPPORTED) {
                String m = String.valueOf(MESSAGES.get(name)).replace('\n', ' ');
                sb.append(String.format("  %-46s %-18s %s%n", name, v.name().toLowerCase(), //$NON-NLS-1$
                        m.length() > 240 ? m.substring(0, 240) + "…" : m)); //$NON-NLS-1$
            }
        });
        sb.append("  covered: ").append(new java.util.TreeSet<>(COVERED)).append('\n'); //$NON-NLS-1$
        System.out.println(sb);
        if (VERDICTS.size() == corpus.cases.size()) { // the whole set ran: it must have proved every feature
            List<String> missing = MUST_COVER.stream().filter(k -> !COVERED.contains(k)).toList();
            assertTrue(missing.isEmpty(), "the conformance set read no file with " + missing); //$NON-NLS-1$
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFile() {
        return corpus.cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    /** What DuckDB reads: rows as lists of normalised values, or the failure. */
    record DuckRead(List<String> rows, String error) {
    }

    /** What Sluice reads: the same, plus the column types it chose. */
    record SluiceRead(Schema schema, List<List<Object>> rows, String error) {
    }

    private static void check(ParquetCorpus.Case c) throws Exception {
        SluiceRead s = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> sluice(c.file()),
                () -> c.name() + ": Sluice did not finish reading (hang guard)"); //$NON-NLS-1$
        DuckRead d = duck(c.file(), s.schema());
        Verdict equal = Verdict.READ_EQUAL;
        if (s.error() == null && (d.error() != null || nested.duckDiffers.contains(c.name())) && !c.damaged() && c.twin() != null) {
            MESSAGES.put(c.name(), "compared with " + c.twin().getFileName() + "; DuckDB: " //$NON-NLS-1$ //$NON-NLS-2$
                    + (d.error() != null ? d.error() : "reads it otherwise than the specification's compatibility rules")); //$NON-NLS-1$
            d = duck(c.twin(), s.schema());
            equal = Verdict.READ_EQUAL_TO_TWIN;
        }
        if (s.error() != null) {
            MESSAGES.put(c.name(), s.error());
            named(c, s.error());
            if (s.error().contains("unsupported Parquet feature")) { //$NON-NLS-1$
                assertFalse(nested.mustRead.contains(c.name()), c.name() + ": a nested file Sluice must read: " + s.error()); //$NON-NLS-1$
                assertFalse(c.damaged() && d.error() != null && !s.error().contains("compression"), //$NON-NLS-1$
                        c.name() + ": a damaged file called unsupported: " + s.error()); //$NON-NLS-1$
                record(c, d.error() == null ? Verdict.NAMED_UNSUPPORTED : Verdict.NEITHER_READS);
                return;
            }
            if (d.error() == null && !c.damaged()) {
                fail(c.name() + ": DuckDB reads this valid file, Sluice rejects it: " + s.error()); //$NON-NLS-1$
            }
            record(c, Verdict.REJECTED_DAMAGED);
            return;
        }
        if (d.error() != null) {
            MESSAGES.put(c.name(), "DuckDB: " + d.error()); //$NON-NLS-1$
            fail(c.name() + ": Sluice reads a file DuckDB rejects (" + d.error() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<String> mine = new ArrayList<>();
        List<DataType> types = s.schema().getFields().stream().map(Types::of).toList();
        for (List<Object> row : s.rows()) {
            List<Object> values = new ArrayList<>(row.size());
            for (int k = 0; k < row.size(); k++) {
                values.add(sluiceValue(types.get(k), row.get(k)));
            }
            mine.add(normalise(values));
        }
        mine.sort(null);
        assertEquals(d.rows().size(), mine.size(), c.name() + ": row count"); //$NON-NLS-1$
        for (int i = 0; i < mine.size(); i++) {
            if (!mine.get(i).equals(d.rows().get(i))) {
                fail(c.name() + ": first differing row (sorted) " + i + ": Sluice " + mine.get(i) + " DuckDB " + d.rows().get(i)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        record(c, equal);
        covered(c.file());
        // written back by Sluice, the file reads in DuckDB as the original did
        Path copy = dir.resolve("written-" + c.name() + ".parquet"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> write(c.file(), s.schema(), copy),
                () -> c.name() + ": Sluice did not finish writing (hang guard)"); //$NON-NLS-1$
        DuckRead back = duck(copy, s.schema());
        assertEquals(d.rows(), back.rows(), c.name() + ": DuckDB reads Sluice's copy differently (" + back.error() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void write(Path from, Schema schema, Path to) {
        ExecGraph g = new ExecGraph();
        var src = g.source("src", "parquetSource", new ParquetReader(from, schema)); //$NON-NLS-1$ //$NON-NLS-2$
        g.sink("out", "parquetSink", new ParquetWriter(to, schema, //$NON-NLS-1$ //$NON-NLS-2$
                org.apache.parquet.hadoop.metadata.CompressionCodecName.SNAPPY), src.out());
        try (Harness h = new Harness()) {
            h.run(g, ExecOptions.defaults().withThreads(2).withBatchRows(333));
        }
    }

    private static void covered(Path file) throws Exception {
        try (org.apache.parquet.hadoop.ParquetFileReader r = ParquetReader.open(file)) {
            for (var g : r.getRowGroups()) {
                for (var col : g.getColumns()) {
                    COVERED.add("codec " + col.getCodec()); //$NON-NLS-1$
                    col.getEncodings().forEach(e -> COVERED.add("encoding " + e)); //$NON-NLS-1$
                    if (col.getEncodingStats() != null && col.getEncodingStats().usesV2Pages()) {
                        COVERED.add("data page v2"); //$NON-NLS-1$
                    } else if (col.getEncodingStats() != null && col.getEncodingStats().getDataEncodings().size() > 0) {
                        COVERED.add("data page v1"); //$NON-NLS-1$
                    }
                }
            }
        }
    }

    /** What the set must prove read: every encoding, every codec, both data page versions. */
    static final List<String> MUST_COVER = List.of("codec UNCOMPRESSED", "codec SNAPPY", "codec GZIP", "codec ZSTD", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "codec BROTLI", "codec LZ4", "codec LZ4_RAW", "encoding PLAIN", "encoding RLE", "encoding PLAIN_DICTIONARY", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "encoding RLE_DICTIONARY", "encoding DELTA_BINARY_PACKED", "encoding DELTA_LENGTH_BYTE_ARRAY", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "encoding DELTA_BYTE_ARRAY", "encoding BYTE_STREAM_SPLIT", "data page v1", "data page v2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private static void record(ParquetCorpus.Case c, Verdict v) {
        VERDICTS.put(c.name(), v);
    }

    /** A reject names the file and a cause in words — never a bare exception, never "null". */
    private static void named(ParquetCorpus.Case c, String error) {
        assertTrue(error.contains(c.file().getFileName().toString()), c.name() + ": names the file: " + error); //$NON-NLS-1$
        String cause = error.substring(error.indexOf(c.file().getFileName().toString()) + c.file().getFileName().toString().length());
        assertFalse(cause.contains(": null") || cause.endsWith("null") || cause.contains("NullPointerException") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || cause.replaceAll("[^A-Za-z]", "").length() < 12, c.name() + ": names no cause: " + error); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!c.damaged()) {
            assertFalse(error.contains("corrupt") || error.contains("damaged"), c.name() + ": a valid file called damaged: " + error); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static SluiceRead sluice(Path file) {
        Schema schema;
        try {
            schema = ParquetReader.inferSchema(file);
        } catch (Exception e) {
            return new SluiceRead(null, null, e.getMessage());
        }
        ExecGraph g = new ExecGraph();
        var src = g.source("src", "parquetSource", new ParquetReader(file, schema)); //$NON-NLS-1$ //$NON-NLS-2$
        CollectSink rows = new CollectSink(schema, Long.MAX_VALUE);
        g.sink("rows", "collect", rows, src.out()); //$NON-NLS-1$ //$NON-NLS-2$
        try (Harness h = new Harness()) {
            h.run(g, ExecOptions.defaults().withThreads(2).withBatchRows(333));
        } catch (RuntimeException e) {
            String m = e.getMessage();
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getMessage() != null && t.getMessage().contains(file.getFileName().toString())) {
                    m = t.getMessage();
                    break;
                }
            }
            return new SluiceRead(schema, null, String.valueOf(m));
        }
        return new SluiceRead(schema, rows.rows(), null);
    }

    /** DuckDB's reading, each column brought to the representation Sluice's type has. */
    private static DuckRead duck(Path file, Schema sluice) {
        StringBuilder sql = new StringBuilder("SELECT "); //$NON-NLS-1$
        try (Statement st = duck.createStatement()) {
            if (sluice == null) {
                sql.append('*');
            } else if (sluice.getFields().isEmpty()) {
                sql.append("count(*)"); //$NON-NLS-1$
            } else {
                for (int k = 0; k < sluice.getFields().size(); k++) {
                    Field f = sluice.getFields().get(k);
                    String q = '"' + f.getName().replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
                    sql.append(k == 0 ? "" : ", ").append(duckExpression(Types.of(f), q)); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            sql.append(" FROM read_parquet('").append(file.toString().replace("'", "''")).append("')"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(sql.toString())) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    if (sluice != null && sluice.getFields().isEmpty()) {
                        break;
                    }
                    List<Object> row = new ArrayList<>(n);
                    for (int k = 1; k <= n; k++) {
                        row.add(rs.getObject(k));
                    }
                    rows.add(normalise(row));
                }
            }
            rows.sort(null);
            return new DuckRead(rows, null);
        } catch (Exception e) {
            return new DuckRead(null, String.valueOf(e.getMessage()));
        }
    }

    /** DuckDB's value of a column brought to what {@link #sluiceValue} makes of Sluice's value of that type. */
    static String duckExpression(DataType t, String q) {
        return switch (t.id()) {
            case DATE -> "(" + q + " - DATE '1970-01-01')::BIGINT"; //$NON-NLS-1$ //$NON-NLS-2$
            case TIMESTAMP -> switch (t.timePrecision()) {
                case MILLI -> "epoch_ms(" + q + ")"; //$NON-NLS-1$ //$NON-NLS-2$
                case MICRO -> "epoch_us(" + q + ")"; //$NON-NLS-1$ //$NON-NLS-2$
                case NANO -> "epoch_ns(" + q + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            };
            case TIME -> "epoch_us(DATE '1970-01-01' + " + q + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            case STRING, DECIMAL -> q + "::VARCHAR"; //$NON-NLS-1$
            case BINARY, FIXED_BINARY -> "hex(" + q + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            case FLOAT32, FLOAT64 -> q + "::DOUBLE"; //$NON-NLS-1$
            case INT8, INT16, INT32, INT64 -> q + "::BIGINT"; //$NON-NLS-1$
            case LIST, STRUCT, MAP -> "to_json(" + q + ")::VARCHAR"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> q;
        };
    }

    /** Sluice's value as {@link #duckExpression} has DuckDB give it: TIME in µs, decimals as text, bytes in hex. */
    static Object sluiceValue(DataType t, Object v) {
        if (v == null) {
            return null;
        }
        return switch (t.id()) {
            case TIME -> switch (t.timePrecision()) {
                case MILLI -> ((Number) v).longValue() * 1000;
                case MICRO -> ((Number) v).longValue();
                case NANO -> Math.floorDiv(((Number) v).longValue(), 1000L);
            };
            case DECIMAL -> ((java.math.BigDecimal) v).toPlainString();
            case BINARY, FIXED_BINARY -> java.util.HexFormat.of().withUpperCase().formatHex((byte[]) v);
            case LIST, STRUCT, MAP -> json(new StringBuilder(), t, v).toString();
            default -> v;
        };
    }

    /**
     * A nested value (as Arrow's {@code getObject} gives it: lists, maps of the set fields, a MAP as a list of
     * key/value maps) as DuckDB's {@code to_json} writes it; written here independently of Sluice's JSON writer.
     */
    static StringBuilder json(StringBuilder sb, DataType t, Object v) {
        if (v == null) {
            return sb.append("null"); //$NON-NLS-1$
        }
        switch (t.id()) {
            case LIST -> {
                sb.append('[');
                List<?> l = (List<?>) v;
                for (int i = 0; i < l.size(); i++) {
                    json(sb.append(i == 0 ? "" : ","), t.element(), l.get(i)); //$NON-NLS-1$ //$NON-NLS-2$
                }
                sb.append(']');
            }
            case STRUCT -> {
                sb.append('{');
                Map<?, ?> m = (Map<?, ?>) v;
                for (int i = 0; i < t.children().size(); i++) {
                    io.sluice.expression.types.Field f = t.children().get(i);
                    json(sb.append(i == 0 ? "" : ",").append('"').append(f.name()).append("\":"), f.type(), m.get(f.name())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                sb.append('}');
            }
            case MAP -> {
                sb.append('{');
                List<?> l = (List<?>) v;
                for (int i = 0; i < l.size(); i++) {
                    Map<?, ?> e = (Map<?, ?>) l.get(i);
                    String key = json(new StringBuilder(), t.key(), e.get("key")).toString(); //$NON-NLS-1$
                    sb.append(i == 0 ? "" : ",").append(key.startsWith("\"") ? key : '"' + key + '"').append(':'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    json(sb, t.value(), e.get("value")); //$NON-NLS-1$
                }
                sb.append('}');
            }
            case STRING -> {
                sb.append('"');
                for (char ch : v.toString().toCharArray()) {
                    switch (ch) {
                        case '"' -> sb.append("\\\""); //$NON-NLS-1$
                        case '\\' -> sb.append("\\\\"); //$NON-NLS-1$
                        default -> sb.append(ch);
                    }
                }
                sb.append('"');
            }
            default -> sb.append(v);
        }
        return sb;
    }

    /** One row as text both readers agree on: integers as longs, floating point by its bits' meaning. */
    static String normalise(List<Object> row) {
        StringBuilder sb = new StringBuilder();
        for (Object v : row) {
            sb.append('|');
            switch (v) {
                case null -> sb.append("∅"); //$NON-NLS-1$
                case Double d -> sb.append(d.isNaN() ? "NaN" : Double.toString(d)); //$NON-NLS-1$
                case Float f -> sb.append(f.isNaN() ? "NaN" : Double.toString(f)); //$NON-NLS-1$
                case Byte b -> sb.append(b.longValue());
                case Short b -> sb.append(b.longValue());
                case Integer b -> sb.append(b.longValue());
                case Long b -> sb.append(b.longValue());
                case java.math.BigInteger b -> sb.append(b);
                default -> sb.append(Objects.toString(v));
            }
        }
        return sb.toString();
    }
}
