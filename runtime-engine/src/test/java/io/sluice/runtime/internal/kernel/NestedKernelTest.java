package io.sluice.runtime.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.CheckResult;
import io.sluice.expression.EvaluationException;
import io.sluice.expression.Evaluator;
import io.sluice.expression.Expressions;
import io.sluice.expression.RunContext;
import io.sluice.expression.TypedExpr;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.runtime.internal.types.Types;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Field access, subscripts and the LIST/MAP/STRUCT/BINARY functions over real Arrow columns of those types: the
 * kernels read the vectors, give the reference evaluator's values, and write nested and binary results back into
 * vectors that read back the same.
 */
class NestedKernelTest {
    static final Schema SCHEMA = Schema.of(
            Field.nullable("address", DataType.parse("STRUCT<city: STRING, zip: STRING, geo: STRUCT<lat: FLOAT64>, since: DATE>")),
            Field.nullable("items", DataType.parse("LIST<STRUCT<sku: STRING, qty: INT32, price: DECIMAL(12,2)>>")),
            Field.nullable("tags", DataType.parse("MAP<STRING, STRING>")),
            Field.nullable("codes", DataType.parse("MAP<INT32, TIMESTAMP>")),
            Field.nullable("nums", DataType.parse("LIST<INT16>")),
            Field.nullable("bytes", DataType.BINARY),
            Field.nullable("fixed", DataType.fixedBinary(2)),
            Field.nullable("k", DataType.INT32));

    BufferAllocator allocator;

    @BeforeEach
    void open() {
        allocator = new RootAllocator(64L << 20);
        assertEquals(0, allocator.getAllocatedMemory());
    }

    @AfterEach
    void close() {
        assertEquals(0, allocator.getAllocatedMemory());
        allocator.close();
    }

    static Map<String, Object> struct(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static List<List<Object>> rows() {
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("k", "v");
        tags.put("empty", null);
        Map<Object, Object> codes = new LinkedHashMap<>();
        codes.put(1, Instant.parse("2024-01-31T10:11:12.000001Z"));
        codes.put(-2, null);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(
                struct("city", "Graz", "zip", null, "geo", struct("lat", 47.07), "since", LocalDate.parse("2020-02-29")),
                Arrays.asList(struct("sku", "a", "qty", 2, "price", new BigDecimal("9.99")), null,
                        struct("sku", "b", "qty", null, "price", new BigDecimal("0.50"))),
                tags, codes, Arrays.asList(1, null, -3), new byte[] {(byte) 0xFF, 0, 1}, new byte[] {1, 2}, 1));
        rows.add(Arrays.asList(struct("city", null, "zip", "8010", "geo", null, "since", null), List.of(),
                new LinkedHashMap<>(), new LinkedHashMap<>(), List.of(), new byte[0], new byte[] {(byte) 0xAB, 0}, 3));
        rows.add(Arrays.asList(null, null, null, null, null, null, null, -1));
        return rows;
    }

    VectorSchemaRoot load(List<List<Object>> rows) {
        VectorSchemaRoot root = VectorSchemaRoot.create(Types.arrow(SCHEMA), allocator);
        root.allocateNew();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < SCHEMA.size(); c++) {
                Boxed.write(root.getVector(c), r, rows.get(r).get(c));
            }
        }
        for (FieldVector v : root.getFieldVectors()) {
            v.setValueCount(rows.size());
        }
        root.setRowCount(rows.size());
        return root;
    }

    static TypedExpr typed(String text) {
        CheckResult r = Expressions.compile(text, SCHEMA);
        assertTrue(r.ok(), text + ": " + r.problems());
        return r.typed();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"address", "address.city", "address.zip", "address.geo.lat", "address.since", "items",
        "items[1]", "items[1].sku", "items[2].qty", "items[-1].price", "items[k].qty", "items[k]", "size(items)",
        "tags['k']", "tags['empty']", "tags['nope']", "map_keys(tags)", "map_values(tags)", "size(tags)",
        "codes[1]", "codes[k]", "codes[-2]", "map_keys(codes)", "nums[2]", "nums[k] + 1", "array_contains(nums, 1)",
        "array_contains(nums, k)", "array_contains(nums, CAST(1 AS INT64))", "codes[CAST(1 AS INT64)]", "size(nums)", "hex(bytes)", "length(bytes)", "octet_length(bytes)", "bytes",
        "CAST(bytes AS STRING)", "hex(fixed)", "length(fixed)", "CAST(fixed AS BINARY)", "bytes = unhex('FF0001')",
        "bytes < fixed", "unhex(hex(bytes))", "list_value(address.city, tags['k'])", "split(address.city, 'r')",
        "named_struct('c', address.city, 'n', size(nums))", "map_from_arrays(map_keys(tags), map_values(tags))",
        "CASE WHEN k > 0 THEN items[1] END", "coalesce(nums, list_value(CAST(7 AS INT16)))",
        "array_join(map_keys(tags), ',')", "items[1].price * 2"})
    void kernelsAgreeWithTheEvaluatorOverArrowColumns(String text) {
        TypedExpr e = typed(text);
        List<List<Object>> rows = rows();
        List<Object> expected = new ArrayList<>();
        for (List<Object> row : rows) {
            expected.add(Evaluator.evaluate(e, row, RunContext.NONE));
        }
        try (VectorSchemaRoot root = load(rows)) {
            ExprKernel k = ExprKernel.compile(e);
            List<Object> actual = k.evaluateToObjects(root);
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(ExprKernelTest.comparable(expected.get(i)), ExprKernelTest.comparable(actual.get(i)),
                        text + " row " + i);
            }
            // written into a vector of the result type, read back as the same values
            try (FieldVector out = Types.arrow(new Field("x", e.type(), true)).createVector(allocator)) {
                k.evaluateInto(root, out);
                for (int i = 0; i < rows.size(); i++) {
                    Object back = ExprKernel.toObject(Vals.read(out, e.type(), null, rows.size()), i);
                    assertEquals(ExprKernelTest.comparable(expected.get(i)), ExprKernelTest.comparable(back),
                            text + " row " + i + " through a vector");
                }
            }
        }
    }

    @Test
    void aFailingRowFailsTheBatchWithTheRuleMessage() {
        CheckResult r = Expressions.compile("unhex(address.city)", SCHEMA);
        try (VectorSchemaRoot root = load(rows())) {
            EvaluationException ex = assertThrows(EvaluationException.class,
                    () -> ExprKernel.compile(r.typed()).evaluateToObjects(root));
            assertEquals("unhex: 'Graz' has a character that is not a hex digit at 1 ('G')", ex.getMessage());
        }
    }
}
