package io.sluice.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.types.DataType;
import io.sluice.model.AggregateFunction;
import io.sluice.model.Aggregation;
import io.sluice.model.ArrowIpcSink;
import io.sluice.model.ArrowIpcSource;
import io.sluice.model.Step;
import io.sluice.model.kind.StepKind;
import io.sluice.model.kind.StepKinds;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;
import io.sluice.runtime.internal.types.NestedVectors;
import io.sluice.runtime.internal.types.Types;
import io.sluice.runtime.quality.QualityCheckTest;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A LIST, a MAP and a STRUCT column (nulls at every level) arrive unchanged through every transform kind of the
 * registry: each kind is configured here, and a kind without a configuration fails naming itself, so a new kind is
 * covered when it is added. Folding kinds (Aggregate, Window, Pivot) carry no payload by design: they run with the
 * nested columns in their input and emit only keys and aggregates.
 */
class NestedThroughStepsTest {
    @TempDir
    Path dir;

    static final int ROWS = 60;
    static final DataType ITEMS = DataType.parse("LIST<STRUCT<sku: STRING, qty: INT32>>");
    static final DataType TAGS = DataType.parse("MAP<STRING, INT64>");
    static final DataType ADDR = DataType.parse("STRUCT<city: STRING, zips: LIST<INT32>>");
    static final List<String> NESTED = List.of("items", "tags", "addr");

    /**
     * How a kind is set up between the source {@code in} and the sink; the step is linked to the sink. A nested
     * column renamed to "" is consumed by the step (unnested, flattened) and not compared.
     */
    record Setup(Step step, Map<String, String> renamed, boolean payload) {
    }

    static final Map<String, BiFunction<TestPipelines, Step, Setup>> SETUPS = new HashMap<>();

    static {
        SETUPS.put("Filter", (t, in) -> {
            io.sluice.model.Filter f = t.add(TestPipelines.P.getFilter(), "step");
            f.setCondition("amount > 20");
            t.link(in, f);
            return new Setup(f, Map.of(), true);
        });
        SETUPS.put("Select", (t, in) -> {
            io.sluice.model.Select s = t.add(TestPipelines.P.getSelect(), "step");
            for (String c : List.of("id", "items", "tags", "addr")) {
                io.sluice.model.SelectColumn sc = TestPipelines.F.createSelectColumn();
                sc.setColumn(c);
                if (c.equals("addr")) {
                    sc.setRename("address");
                }
                s.getColumns().add(sc);
            }
            t.link(in, s);
            return new Setup(s, Map.of("addr", "address"), true);
        });
        SETUPS.put("Derive", (t, in) -> {
            io.sluice.model.Derive d = t.add(TestPipelines.P.getDerive(), "step");
            io.sluice.model.Derivation dv = TestPipelines.F.createDerivation();
            dv.setName("twice");
            dv.setExpression("amount * 2");
            d.getDerivations().add(dv);
            t.link(in, d);
            return new Setup(d, Map.of(), true);
        });
        SETUPS.put("Join", (t, in) -> {
            io.sluice.model.Join j = t.add(TestPipelines.P.getJoin(), "step");
            j.getLeftKeys().add("cust");
            j.getRightKeys().add("c");
            Step right = t.pipeline().getSteps().stream().filter(s -> s.getId().equals("custs")).findFirst().orElseThrow();
            t.link(in, "out", j, "left").link(right, "out", j, "right");
            return new Setup(j, Map.of(), true);
        });
        SETUPS.put("Aggregate", (t, in) -> {
            io.sluice.model.Aggregate a = t.add(TestPipelines.P.getAggregate(), "step");
            a.getGroupKeys().add("cust");
            a.getAggregations().add(agg(AggregateFunction.COUNT, "items"));
            t.link(in, a);
            return new Setup(a, Map.of(), false);
        });
        SETUPS.put("Sort", (t, in) -> {
            io.sluice.model.Sort s = t.add(TestPipelines.P.getSort(), "step");
            io.sluice.model.SortKey k = TestPipelines.F.createSortKey();
            k.setColumn("amount");
            k.setDirection(io.sluice.model.SortDirection.DESC);
            s.getKeys().add(k);
            t.link(in, s);
            return new Setup(s, Map.of(), true);
        });
        SETUPS.put("Deduplicate", (t, in) -> {
            io.sluice.model.Deduplicate d = t.add(TestPipelines.P.getDeduplicate(), "step");
            d.getKeys().add("cust");
            t.link(in, d);
            return new Setup(d, Map.of(), true);
        });
        SETUPS.put("Union", (t, in) -> {
            io.sluice.model.Union u = t.add(TestPipelines.P.getUnion(), "step");
            t.link(in, u);
            Step again = t.pipeline().getSteps().stream().filter(s -> s.getId().equals("again")).findFirst().orElseThrow();
            t.link(again, u);
            return new Setup(u, Map.of(), true);
        });
        SETUPS.put("Window", (t, in) -> {
            io.sluice.model.Window w = t.add(TestPipelines.P.getWindow(), "step");
            w.setEventTimeColumn("ts");
            w.setSize("1h");
            w.getAggregations().add(agg(AggregateFunction.COUNT, "tags"));
            t.link(in, w);
            return new Setup(w, Map.of(), false);
        });
        SETUPS.put("QualityCheck", (t, in) -> {
            io.sluice.model.QualityCheck q = t.add(TestPipelines.P.getQualityCheck(), "step");
            QualityCheckTest.rule(q, "has items", io.sluice.model.QualityRuleKind.NOT_NULL, "items",
                    io.sluice.model.QualitySeverity.WARN);
            t.link(in, q);
            return new Setup(q, Map.of(), true);
        });
        SETUPS.put("Mask", (t, in) -> {
            io.sluice.model.Mask m = t.add(TestPipelines.P.getMask(), "step");
            m.setMethod(io.sluice.model.MaskMethod.REDACT);
            m.getColumns().add("name");
            t.link(in, m);
            return new Setup(m, Map.of(), true);
        });
        SETUPS.put("Pivot", (t, in) -> {
            io.sluice.model.Pivot p = t.add(TestPipelines.P.getPivot(), "step");
            p.getGroupKeys().add("cust");
            p.setPivotColumn("name");
            p.getValues().addAll(List.of("n0", "n1"));
            p.setFunction(AggregateFunction.COUNT);
            p.setValueColumn("amount");
            t.link(in, p);
            return new Setup(p, Map.of(), false);
        });
        SETUPS.put("Unnest", (t, in) -> {
            io.sluice.model.Unnest u = t.add(TestPipelines.P.getUnnest(), "step");
            u.setColumn("items");
            u.setKeepEmpty(true);
            t.link(in, u);
            return new Setup(u, Map.of("items", ""), true);
        });
        SETUPS.put("Flatten", (t, in) -> {
            io.sluice.model.Flatten f = t.add(TestPipelines.P.getFlatten(), "step");
            f.setColumn("addr");
            t.link(in, f);
            return new Setup(f, Map.of("addr", ""), true);
        });
        SETUPS.put("Unpivot", (t, in) -> {
            io.sluice.model.Unpivot u = t.add(TestPipelines.P.getUnpivot(), "step");
            u.getColumns().addAll(List.of("cust", "n2"));
            u.setNameColumn("which");
            u.setValueColumn("what");
            t.link(in, u);
            return new Setup(u, Map.of(), true);
        });
    }

    static Aggregation agg(AggregateFunction fn, String column) {
        Aggregation a = TestPipelines.F.createAggregation();
        a.setFunction(fn);
        a.setColumn(column);
        return a;
    }

    static Stream<Arguments> transforms() {
        List<Arguments> out = new ArrayList<>();
        for (StepKind<?> k : StepKinds.all()) {
            EClass e = k.eClass();
            if (TestPipelines.P.getTransform().isSuperTypeOf(e) && !e.isAbstract()) {
                for (int batch : new int[] {3, 32 * 1024}) {
                    out.add(Arguments.of(e.getName(), batch));
                }
            }
        }
        return out.stream();
    }

    /** The Java value of row {@code i}'s nested columns (nulls at every level, some rows entirely null). */
    static Object items(int i) {
        if (i % 7 == 3) {
            return null;
        }
        List<Object> l = new ArrayList<>();
        for (int k = 0; k < i % 4; k++) {
            l.add(k == 1 && i % 5 == 0 ? null : struct("sku", i % 3 == 0 && k == 0 ? null : "sku-" + i + "-" + k, "qty", k == 2 ? null : i * 10 + k));
        }
        return l;
    }

    static Object tags(int i) {
        if (i % 6 == 5) {
            return null;
        }
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < i % 3; k++) {
            m.put("t" + k + "\u00e9", k == 1 ? null : (long) i * k);
        }
        return m;
    }

    static Object addr(int i) {
        if (i % 8 == 7) {
            return null;
        }
        return struct("city", i % 4 == 1 ? null : "city " + (i % 5), "zips", i % 3 == 2 ? null : List.of(1000 + i, 2000 + i));
    }

    static Map<String, Object> struct(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < kv.length; k += 2) {
            m.put((String) kv[k], kv[k + 1]);
        }
        return m;
    }

    static void leaf(FieldVector v, int row, Object x) {
        switch (v) {
            case VarCharVector s -> s.setSafe(row, x.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case IntVector n -> n.setSafe(row, (Integer) x);
            case BigIntVector n -> n.setSafe(row, ((Number) x).longValue());
            case Float8Vector n -> n.setSafe(row, (Double) x);
            case TimeStampVector n -> n.setSafe(row, (Long) x);
            default -> throw new IllegalStateException(v.getClass().getName());
        }
    }

    Path input() throws Exception {
        io.sluice.expression.types.Schema s = io.sluice.expression.types.Schema.of(
                io.sluice.expression.types.Field.required("id", DataType.INT64),
                io.sluice.expression.types.Field.nullable("cust", DataType.INT64),
                io.sluice.expression.types.Field.nullable("n2", DataType.INT64),
                io.sluice.expression.types.Field.nullable("amount", DataType.FLOAT64),
                io.sluice.expression.types.Field.nullable("name", DataType.STRING),
                io.sluice.expression.types.Field.nullable("ts", DataType.TIMESTAMP),
                io.sluice.expression.types.Field.nullable("items", ITEMS),
                io.sluice.expression.types.Field.nullable("tags", TAGS),
                io.sluice.expression.types.Field.nullable("addr", ADDR));
        Path file = dir.resolve("in.arrow");
        try (BufferAllocator a = new RootAllocator(); VectorSchemaRoot root = VectorSchemaRoot.create(Types.arrow(s), a);
                FileOutputStream out = new FileOutputStream(file.toFile());
                ArrowFileWriter w = new ArrowFileWriter(root, null, out.getChannel())) {
            w.start();
            for (FieldVector v : root.getFieldVectors()) {
                v.allocateNew();
            }
            for (int i = 0; i < ROWS; i++) {
                Object[] row = {(long) i, (long) (i % 5), (long) i * 10, (double) i, "n" + (i % 2),
                        1_700_000_000_000_000L + i * 600_000_000L, items(i), tags(i), addr(i)};
                for (int c = 0; c < row.length; c++) {
                    NestedVectors.set(root.getVector(c), i, row[c], NestedThroughStepsTest::leaf);
                }
            }
            root.setRowCount(ROWS);
            w.writeBatch();
            w.end();
        }
        return file;
    }

    @ParameterizedTest(name = "{0}, batch {1}")
    @MethodSource("transforms")
    void nestedColumnsArriveUnchanged(String kind, int batch) throws Exception {
        BiFunction<TestPipelines, Step, Setup> setup = SETUPS.get(kind);
        assertTrue(setup != null, "no nested pass-through setup for step kind " + kind + ": add one to SETUPS");
        TestPipelines t = new TestPipelines("nested");
        Path in = input();
        ArrowIpcSource src = t.add(TestPipelines.P.getArrowIpcSource(), "src");
        src.setPath(in.toString());
        ArrowIpcSource again = t.add(TestPipelines.P.getArrowIpcSource(), "again");
        again.setPath(in.toString());
        io.sluice.model.CsvSource custs = t.add(TestPipelines.P.getCsvSource(), "custs");
        custs.setPath(java.nio.file.Files.writeString(dir.resolve("custs.csv"), "c,label\n0,zero\n1,one\n2,two\n3,three\n").toString());
        TestPipelines.columns(custs, "c:INT64", "label:STRING");
        Setup s = setup.apply(t, src);
        for (Step unused : List.of(again, custs)) {
            if (t.pipeline().getLinks().stream().noneMatch(l -> l.getSource() == unused)) {
                t.pipeline().getSteps().remove(unused);
            }
        }
        ArrowIpcSink sink = t.add(TestPipelines.P.getArrowIpcSink(), "sink");
        Path out = dir.resolve("out.arrow");
        sink.setPath(out.toString());
        t.link(s.step(), sink);

        RunResult r = new SluiceEngine(null, 256L << 20).withBatchRows(batch)
                .run(RunRequest.of(t.pipeline(), null, dir).withHistory(false).withThreads(2));
        assertEquals(RunStatus.SUCCEEDED, r.status(), kind + ": " + r.error() + " " + r.problems());
        assertTrue(r.accounting().ok(), r.accounting().mismatches().toString());

        int seen = 0;
        try (BufferAllocator a = new RootAllocator(); FileInputStream f = new FileInputStream(out.toFile());
                ArrowFileReader reader = new ArrowFileReader(f.getChannel(), a)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            Set<String> names = new TreeSet<>();
            root.getSchema().getFields().forEach(x -> names.add(x.getName()));
            if (s.payload()) {
                for (String c : NESTED) {
                    String name = s.renamed().getOrDefault(c, c);
                    if (name.isEmpty()) {
                        continue;
                    }
                    assertTrue(names.contains(name), kind + " dropped " + name + ": " + names);
                    DataType want = c.equals("items") ? ITEMS : c.equals("tags") ? TAGS : ADDR;
                    assertEquals(want, Types.of(root.getSchema().findField(name)), kind + ": type of " + name);
                }
            }
            while (reader.loadNextBatch()) {
                for (int row = 0; row < root.getRowCount(); row++) {
                    if (!s.payload()) {
                        seen++;
                        continue;
                    }
                    int id = (int) ((BigIntVector) root.getVector("id")).get(row);
                    for (String c : NESTED) {
                        String name = s.renamed().getOrDefault(c, c);
                        if (!name.isEmpty()) {
                            Object want = c.equals("items") ? items(id) : c.equals("tags") ? tags(id) : addr(id);
                            assertEquals(want, NestedVectors.get(root.getVector(name), row), kind + " " + c + " of " + id);
                        }
                    }
                    seen++;
                }
            }
        }
        assertTrue(seen > 0, kind + " emitted no rows");
        assertFalse(kind.isEmpty());
    }
}
