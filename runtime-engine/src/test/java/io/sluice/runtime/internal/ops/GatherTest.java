package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.types.Types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.types.DataType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Gather by index vector, as the join's output uses it: negative indexes give nulls, source nulls stay null. */
class GatherTest {
    static final Schema SCHEMA = new Schema(List.of(Types.field(DataType.INT64, "l", true), Types.field(DataType.INT32, "i", true),
            Types.field(DataType.FLOAT64, "d", true), Types.field(DataType.STRING, "s", true), Types.field(DataType.BOOLEAN, "b", true)));

    BufferAllocator allocator;

    @BeforeEach
    void open() {
        allocator = new RootAllocator(16 << 20);
        assertEquals(0, allocator.getAllocatedMemory());
    }

    @AfterEach
    void close() {
        allocator.close();
    }

    @Test
    void negativeIndexesGiveNullsAndNullsStayNull() {
        try (VectorSchemaRoot in = VectorSchemaRoot.create(SCHEMA, allocator);
                VectorSchemaRoot out = VectorSchemaRoot.create(SCHEMA, allocator)) {
            in.allocateNew();
            BigIntVector l = (BigIntVector) in.getVector(0);
            IntVector i = (IntVector) in.getVector(1);
            Float8Vector d = (Float8Vector) in.getVector(2);
            VarCharVector s = (VarCharVector) in.getVector(3);
            BitVector b = (BitVector) in.getVector(4);
            l.setSafe(0, 10);
            l.setNull(1);
            l.setSafe(2, -3);
            i.setSafe(0, 7);
            i.setNull(1);
            i.setSafe(2, 9);
            d.setSafe(0, Double.NaN);
            d.setNull(1);
            d.setSafe(2, -0.0);
            s.setSafe(0, "αβγ".getBytes(StandardCharsets.UTF_8));
            s.setNull(1);
            s.setSafe(2, "".getBytes(StandardCharsets.UTF_8));
            b.setSafe(0, 1);
            b.setNull(1);
            b.setSafe(2, 0);
            in.setRowCount(3);
            int[] sel = { 2, -1, 1, 0, 0, -1 };
            Gather.rows(in, sel, sel.length, out);
            assertEquals(6, out.getRowCount());
            for (int c = 0; c < SCHEMA.getFields().size(); c++) {
                for (int r = 0; r < sel.length; r++) {
                    if (sel[r] < 0) {
                        assertTrue(out.getVector(c).isNull(r), c + "/" + r);
                    } else {
                        assertEquals(in.getVector(c).getObject(sel[r]), out.getVector(c).getObject(r), c + "/" + r);
                    }
                }
            }
            Gather.nulls(out.getVector(3), 4);
            assertEquals(4, out.getVector(3).getValueCount());
            assertEquals(4, out.getVector(3).getNullCount());
        }
    }
}
