package io.sluice.runtime.internal.parquet;

import io.sluice.runtime.internal.parquet.ParquetCorpus.Case;
import io.sluice.runtime.internal.parquet.ParquetCorpus.Encoding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.GroupWriter;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * The nested part of the Parquet conformance set: DuckDB writing LIST, STRUCT and MAP at any depth (structs in lists
 * in structs, lists of lists, maps with struct values; nulls and empty lists at every level) × codecs × page v1/v2,
 * plus empty and all-null files; parquet-java writing the legacy list and map forms DuckDB does not write (two-level
 * lists, {@code repeated} primitives and groups, {@code _tuple}, {@code MAP_KEY_VALUE}) with and without dictionaries
 * on v1 and v2 pages; and damaged nested files. Every file here is one Sluice must read (or, if damaged, reject with a
 * cause): {@link #mustRead}.
 */
final class ParquetNestedCorpus {
    static final int ROWS = 2500;

    private final Path dir;
    private final List<Case> cases;
    /** The valid files of this set: each must read equal to DuckDB's reading, never "unsupported". */
    final Set<String> mustRead = new HashSet<>();

    ParquetNestedCorpus(Path dir, List<Case> cases) {
        this.dir = dir;
        this.cases = cases;
    }

    /** Nested columns over {@code i}: nulls, empty lists and lists holding only null at every level. */
    static final String DUCK_NESTED = String.join(", ", List.of( //
            "i AS id", //$NON-NLS-1$
            "CASE WHEN i % 11 = 0 THEN NULL WHEN i % 11 = 1 THEN []::INTEGER[] WHEN i % 11 = 2 THEN [NULL]::INTEGER[] " //$NON-NLS-1$
                    + "ELSE list_transform(range(i % 6), x -> CASE WHEN x % 4 = 3 THEN NULL ELSE (i * 10 + x)::INTEGER END) END AS l", //$NON-NLS-1$
            "CASE WHEN i % 13 = 0 THEN NULL ELSE {'a': CASE WHEN i % 3 = 0 THEN NULL ELSE i END, 'b': 'b' || (i % 7), " //$NON-NLS-1$
                    + "'c': CASE WHEN i % 5 = 0 THEN NULL ELSE {'d': i / 4, 'e': i % 2 = 0} END} END AS s", //$NON-NLS-1$
            "CASE WHEN i % 17 = 0 THEN NULL ELSE list_transform(range(i % 4), x -> CASE WHEN x = 2 THEN NULL ELSE " //$NON-NLS-1$
                    + "{'x': x + i, 'y': CASE WHEN (i + x) % 5 = 0 THEN NULL ELSE list_transform(range((i + x) % 3), z -> 'y' || z) END} END) END AS ls", //$NON-NLS-1$
            "CASE WHEN i % 19 = 0 THEN NULL ELSE list_transform(range(i % 3), x -> CASE WHEN x = 1 AND i % 2 = 0 THEN NULL " //$NON-NLS-1$
                    + "ELSE list_transform(range((i + x) % 4), z -> (i * 100 + z)::BIGINT) END) END AS ll", //$NON-NLS-1$
            "CASE WHEN i % 23 = 0 THEN NULL WHEN i % 23 = 1 THEN MAP {}::MAP(VARCHAR, STRUCT(p INTEGER, q VARCHAR)) " //$NON-NLS-1$
                    + "ELSE map_from_entries(list_transform(range(1 + i % 3), k -> {'k': 'k' || k, 'v': CASE WHEN k = 1 THEN NULL " //$NON-NLS-1$
                    + "ELSE {'p': (i + k)::INTEGER, 'q': CASE WHEN i % 2 = 0 THEN NULL ELSE 'q' || i END} END})) END AS m", //$NON-NLS-1$
            "CASE WHEN i % 29 = 0 THEN NULL ELSE {'a': list_transform(range(i % 3), x -> {'b': list_transform(range(x + 1), y -> " //$NON-NLS-1$
                    + "CASE WHEN y = 1 THEN NULL ELSE list_transform(range(y), z -> (x + y + z)::INTEGER) END), " //$NON-NLS-1$
                    + "'c': MAP {x: 'c' || i}})} END AS deep")); //$NON-NLS-1$

    void duckdb(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            String select = "SELECT " + DUCK_NESTED + " FROM range(0, " + ROWS + ") t(i)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (String version : List.of("v1", "v2")) { //$NON-NLS-1$ //$NON-NLS-2$
                for (String codec : List.of("uncompressed", "snappy", "gzip", "zstd", "lz4_raw", "brotli")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                    copy(s, "nested-duck-" + version + "-" + codec, select, codec, version, 1000); //$NON-NLS-1$ //$NON-NLS-2$
                }
                copy(s, "nested-duck-empty-" + version, "SELECT " + DUCK_NESTED + " FROM range(0, 0) t(i)", "snappy", version, 1000); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                copy(s, "nested-duck-allnull-" + version, "SELECT i AS id, NULL::INTEGER[] AS l, NULL::STRUCT(a INTEGER, b VARCHAR[]) AS s, " //$NON-NLS-1$ //$NON-NLS-2$
                        + "NULL::MAP(VARCHAR, INTEGER[]) AS m, NULL::STRUCT(a INTEGER[])[][] AS deep FROM range(0, 700) t(i)", "zstd", version, 300); //$NON-NLS-1$ //$NON-NLS-2$
                // one value repeated: dictionary pages inside lists and maps
                copy(s, "nested-duck-dictionary-" + version, "SELECT i AS id, list_transform(range(i % 5), x -> 'v' || (x % 3)) AS l, " //$NON-NLS-1$ //$NON-NLS-2$
                        + "MAP {'k' || (i % 2): 'same'} AS m FROM range(0, " + ROWS + ") t(i)", "snappy", version, 100_000); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            // one long list per row: a row's values span pages
            copy(s, "nested-duck-long-lists", "SELECT i AS id, list_transform(range(i * 37 % 3000), x -> x::BIGINT) AS l " //$NON-NLS-1$ //$NON-NLS-2$
                    + "FROM range(0, 60) t(i)", "snappy", "v1", 100_000); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private void copy(Statement s, String name, String select, String codec, String version, int rowGroup) throws Exception {
        Path f = dir.resolve(name + ".parquet"); //$NON-NLS-1$
        s.execute("COPY (" + select + ") TO '" + f + "' (FORMAT parquet, COMPRESSION " + codec //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ", PARQUET_VERSION " + version + ", ROW_GROUP_SIZE " + rowGroup + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        add(new Case(name, f, false));
    }

    private void add(Case c) {
        cases.add(c);
        if (!c.damaged()) {
            mustRead.add(c.name());
        }
    }

    // ---------------------------------------------------------------- parquet-java: the legacy forms

    /**
     * A legacy layout: its schema and how row {@code i} fills a record; where DuckDB does not read it as the
     * specification says ({@code duckDiffers}) or not at all, a twin schema and filler hold the same values in the
     * standard layout, and DuckDB's reading of the twin is the reference.
     */
    record Legacy(String name, String schema, Filler fill, String twinSchema, Filler twinFill, boolean duckDiffers) {
        Legacy(String name, String schema, Filler fill) {
            this(name, schema, fill, null, null, false);
        }
    }

    /** Files DuckDB reads, but not as the specification's backward-compatibility rules say: compared with their twin. */
    final Set<String> duckDiffers = new HashSet<>();

    interface Filler {
        void fill(Group g, int i);
    }

    static List<Legacy> legacy() {
        List<Legacy> out = new ArrayList<>();
        out.add(new Legacy("two-level-primitive", //$NON-NLS-1$
                "message m { required int32 id; optional group a (LIST) { repeated int32 array; } }", (g, i) -> { //$NON-NLS-1$
                    if (i % 7 != 3) {
                        Group a = g.addGroup("a"); //$NON-NLS-1$
                        for (int k = 0; k < i % 4; k++) {
                            a.add("array", i + k); //$NON-NLS-1$
                        }
                    }
                }));
        out.add(new Legacy("two-level-array-group", //$NON-NLS-1$
                "message m { required int32 id; optional group b (LIST) { repeated group array { optional binary s (UTF8); " //$NON-NLS-1$
                        + "optional int32 n; } } }", (g, i) -> { //$NON-NLS-1$
                    if (i % 5 != 0) {
                        Group b = g.addGroup("b"); //$NON-NLS-1$
                        for (int k = 0; k < i % 3; k++) {
                            Group e = b.addGroup("array"); //$NON-NLS-1$
                            if (k != 1) {
                                e.add("s", "s" + (i % 4)); //$NON-NLS-1$ //$NON-NLS-2$
                            }
                            e.add("n", i * k); //$NON-NLS-1$
                        }
                    }
                }));
        // the specification: a repeated group named <list>_tuple is the element, a STRUCT (DuckDB reads its one field)
        out.add(new Legacy("two-level-tuple", //$NON-NLS-1$
                "message m { required int32 id; optional group c (LIST) { repeated group c_tuple { required int64 v; } } }", (g, i) -> { //$NON-NLS-1$
                    Group c = g.addGroup("c"); //$NON-NLS-1$
                    for (int k = 0; k < i % 3; k++) {
                        c.addGroup("c_tuple").add("v", (long) i << k); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }, "message m { required int32 id; optional group c (LIST) { repeated group list { required group element { " //$NON-NLS-1$
                        + "required int64 v; } } } }", (g, i) -> { //$NON-NLS-1$
                    Group c = g.addGroup("c"); //$NON-NLS-1$
                    for (int k = 0; k < i % 3; k++) {
                        c.addGroup("list").addGroup("element").add("v", (long) i << k); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    }
                }, true));
        out.add(new Legacy("two-level-several-fields", //$NON-NLS-1$
                "message m { required int32 id; optional group d (LIST) { repeated group pair { required int32 x; " //$NON-NLS-1$
                        + "optional binary y (UTF8); } } }", (g, i) -> { //$NON-NLS-1$
                    if (i % 6 != 1) {
                        Group d = g.addGroup("d"); //$NON-NLS-1$
                        for (int k = 0; k < i % 4; k++) {
                            Group e = d.addGroup("pair").append("x", k); //$NON-NLS-1$ //$NON-NLS-2$
                            if (k % 2 == 0) {
                                e.add("y", "y" + i); //$NON-NLS-1$ //$NON-NLS-2$
                            }
                        }
                    }
                }));
        out.add(new Legacy("repeated-primitive", //$NON-NLS-1$
                "message m { required int32 id; repeated int32 e; }", (g, i) -> { //$NON-NLS-1$
                    for (int k = 0; k < i % 4; k++) {
                        g.add("e", i - k); //$NON-NLS-1$
                    }
                }));
        out.add(new Legacy("repeated-group", //$NON-NLS-1$
                "message m { required int32 id; repeated group f { required int32 x; optional binary y (UTF8); repeated int64 z; } }", //$NON-NLS-1$
                (g, i) -> {
                    for (int k = 0; k < i % 3; k++) {
                        Group f = g.addGroup("f").append("x", i + k); //$NON-NLS-1$ //$NON-NLS-2$
                        if (k == 0) {
                            f.add("y", "f" + i); //$NON-NLS-1$ //$NON-NLS-2$
                        }
                        for (int z = 0; z < (i + k) % 3; z++) {
                            f.add("z", (long) z * i); //$NON-NLS-1$
                        }
                    }
                }));
        for (String form : List.of("outer", "inner")) { //$NON-NLS-1$ //$NON-NLS-2$
            // MAP_KEY_VALUE in place of MAP (DuckDB refuses it), or on the repeated key-value group inside a MAP
            String group = form.equals("outer") ? "optional group g (MAP_KEY_VALUE) { repeated group map {" //$NON-NLS-1$ //$NON-NLS-2$
                    : "optional group g (MAP) { repeated group map (MAP_KEY_VALUE) {"; //$NON-NLS-1$
            out.add(new Legacy("map-key-value-" + form, "message m { required int32 id; " + group //$NON-NLS-1$ //$NON-NLS-2$
                    + " required binary key (UTF8); optional int32 value; } } }", mapFill("map"), //$NON-NLS-1$ //$NON-NLS-2$
                    "message m { required int32 id; optional group g (MAP) { repeated group key_value { " //$NON-NLS-1$
                            + "required binary key (UTF8); optional int32 value; } } }", mapFill("key_value"), false)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.add(new Legacy("three-level-list-of-lists", //$NON-NLS-1$
                "message m { required int32 id; optional group h (LIST) { repeated group list { optional group element (LIST) { " //$NON-NLS-1$
                        + "repeated group list { optional int32 element; } } } } }", (g, i) -> { //$NON-NLS-1$
                    if (i % 8 != 5) {
                        Group h = g.addGroup("h"); //$NON-NLS-1$
                        for (int k = 0; k < i % 3; k++) {
                            Group outer = h.addGroup("list"); //$NON-NLS-1$
                            if (k != 1) {
                                Group inner = outer.addGroup("element"); //$NON-NLS-1$
                                for (int z = 0; z < (i + k) % 3; z++) {
                                    Group e = inner.addGroup("list"); //$NON-NLS-1$
                                    if (z != 1) {
                                        e.add("element", i + z); //$NON-NLS-1$
                                    }
                                }
                            }
                        }
                    }
                }));
        out.add(new Legacy("required-everything", //$NON-NLS-1$
                "message m { required int32 id; required group r { required int32 a; required group l (LIST) { repeated group list { " //$NON-NLS-1$
                        + "required group element { required binary t (UTF8); } } } required group mp (MAP) { repeated group key_value { " //$NON-NLS-1$
                        + "required int32 key; required binary value (UTF8); } } } }", (g, i) -> { //$NON-NLS-1$
                    Group r = g.addGroup("r").append("a", i); //$NON-NLS-1$ //$NON-NLS-2$
                    Group l = r.addGroup("l"); //$NON-NLS-1$
                    for (int k = 0; k < i % 3; k++) {
                        l.addGroup("list").addGroup("element").append("t", "t" + k); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    }
                    Group mp = r.addGroup("mp"); //$NON-NLS-1$
                    for (int k = 0; k < i % 2 + 1; k++) {
                        mp.addGroup("key_value").append("key", k).append("value", "v" + i); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    }
                }));
        return out;
    }

    private static Filler mapFill(String entries) {
        return (g, i) -> {
            if (i % 9 != 4) {
                Group m = g.addGroup("g"); //$NON-NLS-1$
                for (int k = 0; k < i % 3; k++) {
                    Group e = m.addGroup(entries).append("key", "key" + k); //$NON-NLS-1$ //$NON-NLS-2$
                    if (k != 1) {
                        e.add("value", i * k); //$NON-NLS-1$
                    }
                }
            }
        };
    }

    void parquetJava() throws IOException {
        for (Legacy l : legacy()) {
            Path twin = null;
            if (l.twinSchema() != null) {
                twin = dir.resolve("twin-nested-" + l.name() + ".parquet"); //$NON-NLS-1$ //$NON-NLS-2$
                write(twin, MessageTypeParser.parseMessageType(l.twinSchema()), Encoding.V1_PLAIN, CompressionCodecName.SNAPPY,
                        l.twinFill(), 0, ROWS);
            }
            for (Encoding e : List.of(Encoding.V1_DICT, Encoding.V1_PLAIN, Encoding.V2_DICT, Encoding.V2_DELTA)) {
                String name = "nested-java-" + l.name() + "-" + e.name().toLowerCase(); //$NON-NLS-1$ //$NON-NLS-2$
                Path f = dir.resolve(name + ".parquet"); //$NON-NLS-1$
                write(f, MessageTypeParser.parseMessageType(l.schema()), e, CompressionCodecName.SNAPPY, l.fill(), 0, 700, ROWS);
                add(new Case(name, f, false, twin));
                if (l.duckDiffers()) {
                    duckDiffers.add(name);
                }
            }
        }
    }

    /** Writes rows {@code [bounds[k], bounds[k+1])} as row group k, through parquet-java's own record striping. */
    static void write(Path f, MessageType schema, Encoding e, CompressionCodecName codec, Filler fill, int... bounds)
            throws IOException {
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
        ParquetCorpus.Fill[] fills = new ParquetCorpus.Fill[bounds.length - 1];
        for (int k = 0; k + 1 < bounds.length; k++) {
            int from = bounds[k];
            int to = bounds[k + 1];
            fills[k] = (store, w) -> {
                org.apache.parquet.io.api.RecordConsumer rc = io.getRecordWriter(store);
                GroupWriter gw = new GroupWriter(rc, schema);
                for (int i = from; i < to; i++) {
                    Group g = groups.newGroup().append("id", i); //$NON-NLS-1$
                    fill.fill(g, i);
                    gw.write(g);
                }
                rc.flush(); // the nulls it still holds back
                return to - from;
            };
        }
        ParquetCorpus.writeJava(f, schema, e.props(), codec, fills);
    }

    // ---------------------------------------------------------------- damaged nested files

    void damaged() throws IOException {
        Legacy lists = legacy().stream().filter(l -> l.name().equals("three-level-list-of-lists")).findFirst().orElseThrow(); //$NON-NLS-1$
        Path base = dir.resolve("base-nested.parquet"); //$NON-NLS-1$
        write(base, MessageTypeParser.parseMessageType(lists.schema()), Encoding.V1_PLAIN, CompressionCodecName.UNCOMPRESSED,
                lists.fill(), 0, ROWS);
        byte[] b = Files.readAllBytes(base);
        // the nested leaf's chunk says it holds fewer values than its rows need
        bad("bad-nested-value-count-short", ParquetCorpus.rewriteFooter(b, m -> m.getRow_groups().get(0).getColumns().get(1) //$NON-NLS-1$
                .getMeta_data().setNum_values(10)));
        // the footer claims more rows than the nested leaf's levels hold
        bad("bad-nested-rows-lying", ParquetCorpus.rewriteFooter(b, m -> { //$NON-NLS-1$
            m.getRow_groups().get(0).setNum_rows(ROWS * 3L);
            m.setNum_rows(ROWS * 3L);
        }));
        // the leaf's repetition levels garbled in place (uncompressed: no codec notices)
        byte[] levels = b.clone();
        long leafPage = dataPageOffset(b, 1);
        for (int i = 0; i < 64; i++) {
            levels[(int) leafPage + 40 + i] = (byte) 0xFF;
        }
        bad("bad-nested-levels-garbled", levels); //$NON-NLS-1$
        Path snappy = dir.resolve("base-nested-snappy.parquet"); //$NON-NLS-1$
        write(snappy, MessageTypeParser.parseMessageType(lists.schema()), Encoding.V2_DICT, CompressionCodecName.SNAPPY,
                lists.fill(), 0, ROWS);
        byte[] s = Files.readAllBytes(snappy);
        long page = dataPageOffset(s, 1);
        for (int i = 30; i < 300; i += 3) {
            s[(int) page + i] ^= (byte) 0xA5;
        }
        bad("bad-nested-page-flipped-snappy", s); //$NON-NLS-1$
    }

    private static long dataPageOffset(byte[] file, int column) throws IOException {
        long[] at = new long[1];
        ParquetCorpus.rewriteFooter(file, m -> at[0] = m.getRow_groups().get(0).getColumns().get(column).getMeta_data()
                .getData_page_offset());
        return at[0];
    }

    private void bad(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name + ".parquet"); //$NON-NLS-1$
        Files.write(f, bytes);
        add(new Case(name, f, true));
    }
}
