package io.sluice.runtime.spark.internal;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.spark.sql.Row;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.expression.types.TemporalValues;

/**
 * Spark rows into Arrow batches of the runtime's vectors, for the embedded readers and writers that run on the
 * executors; the Java values are those Spark gives with its java.time API on.
 */
public final class ArrowRows {
    /** Rows per batch handed to an embedded writer. */
    public static final int BATCH = 4096;

    private ArrowRows() {
    }

    /** A Sluice schema in a form a Spark closure can carry to the executors. */
    public record Spec(String[] names, DataType[] types, boolean[] nullable) implements Serializable {
        public static Spec of(Schema s) {
            int n = s.fields().size();
            String[] names = new String[n];
            DataType[] types = new DataType[n];
            boolean[] nullable = new boolean[n];
            for (int i = 0; i < n; i++) {
                Field f = s.fields().get(i);
                names[i] = f.name();
                types[i] = f.type();
                nullable[i] = f.nullable();
            }
            return new Spec(names, types, nullable);
        }

        public Schema sluice() {
            List<Field> fields = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                fields.add(new Field(names[i], types[i], nullable[i]));
            }
            return new Schema(fields);
        }

        public org.apache.arrow.vector.types.pojo.Schema arrow() {
            return io.sluice.runtime.internal.types.Types.arrow(sluice());
        }
    }

    /**
     * The next batch of at most {@link #BATCH} rows in a new root (the caller closes it), or null when {@code rows}
     * has no more. A fresh root per batch: a batch unloaded from it may still be queued when the next is filled.
     */
    public static VectorSchemaRoot next(Iterator<Row> rows, org.apache.arrow.vector.types.pojo.Schema schema, BufferAllocator allocator) {
        if (!rows.hasNext()) {
            return null;
        }
        VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
        try {
            root.allocateNew();
            List<FieldVector> vs = root.getFieldVectors();
            int n = 0;
            while (n < BATCH && rows.hasNext()) {
                Row r = rows.next();
                for (int c = 0; c < vs.size(); c++) {
                    set(vs.get(c), n, r.get(c));
                }
                n++;
            }
            for (FieldVector v : vs) {
                v.setValueCount(n);
            }
            root.setRowCount(n);
            return root;
        } catch (RuntimeException e) {
            root.close();
            throw e;
        }
    }

    /** Sets one cell from Spark's Java value (null, Long, Integer, Short, Byte, Double, Float, BigDecimal, Boolean, String, byte[], LocalDate, Instant, LocalDateTime). */
    static void set(org.apache.arrow.vector.ValueVector v, int r, Object x) {
        if (x == null) {
            if (v instanceof org.apache.arrow.vector.BaseFixedWidthVector f) {
                f.setNull(r);
            } else if (v instanceof org.apache.arrow.vector.BaseVariableWidthVector s) {
                s.setNull(r);
            } else if (v instanceof org.apache.arrow.vector.complex.ListVector l) {
                l.setNull(r);
            } else if (v instanceof org.apache.arrow.vector.complex.StructVector st) {
                st.setNull(r);
            } else {
                throw new IllegalArgumentException("cannot set NULL in a " + v.getClass().getSimpleName()); //$NON-NLS-1$
            }
            return;
        }
        switch (v) {
            case org.apache.arrow.vector.complex.MapVector m -> {
                java.util.Map<?, ?> entries = x instanceof scala.collection.Map<?, ?> sm ? scala.jdk.javaapi.CollectionConverters.asJava(sm)
                        : (java.util.Map<?, ?>) x;
                org.apache.arrow.vector.complex.StructVector kv = (org.apache.arrow.vector.complex.StructVector) m.getDataVector();
                int start = m.startNewValue(r);
                int i = 0;
                for (java.util.Map.Entry<?, ?> e : entries.entrySet()) {
                    kv.setIndexDefined(start + i);
                    set(kv.getChildByOrdinal(0), start + i, e.getKey());
                    set(kv.getChildByOrdinal(1), start + i, e.getValue());
                    i++;
                }
                m.endValue(r, i);
            }
            case org.apache.arrow.vector.complex.ListVector l -> {
                List<?> xs = x instanceof scala.collection.Seq<?> seq ? scala.jdk.javaapi.CollectionConverters.asJava(seq) : (List<?>) x;
                int start = l.startNewValue(r);
                for (int i = 0; i < xs.size(); i++) {
                    set(l.getDataVector(), start + i, xs.get(i));
                }
                l.endValue(r, xs.size());
            }
            case org.apache.arrow.vector.complex.StructVector st -> {
                Row row = (Row) x;
                st.setIndexDefined(r);
                for (int k = 0; k < st.size(); k++) {
                    set(st.getChildByOrdinal(k), r, row.get(k));
                }
            }
            case BigIntVector b -> b.setSafe(r, ((Number) x).longValue());
            case IntVector i -> i.setSafe(r, ((Number) x).intValue());
            case org.apache.arrow.vector.SmallIntVector i -> i.setSafe(r, ((Number) x).shortValue());
            case org.apache.arrow.vector.TinyIntVector i -> i.setSafe(r, ((Number) x).byteValue());
            case Float8Vector f -> f.setSafe(r, ((Number) x).doubleValue());
            case org.apache.arrow.vector.Float4Vector f -> f.setSafe(r, ((Number) x).floatValue());
            // Spark's value of a DecimalType(p,s) column is at scale s already: setScale never rounds here
            case org.apache.arrow.vector.DecimalVector d -> d.setSafe(r, ((java.math.BigDecimal) x).setScale(d.getScale()));
            case BitVector b -> b.setSafe(r, ((Boolean) x) ? 1 : 0);
            case VarCharVector s -> s.setSafe(r, x.toString().getBytes(StandardCharsets.UTF_8));
            case org.apache.arrow.vector.VarBinaryVector b -> b.setSafe(r, (byte[]) x);
            // TIME: Spark's long of the column's unit since midnight
            case org.apache.arrow.vector.TimeMilliVector t -> t.setSafe(r, Math.toIntExact(((Number) x).longValue()));
            case org.apache.arrow.vector.TimeMicroVector t -> t.setSafe(r, ((Number) x).longValue());
            case org.apache.arrow.vector.TimeNanoVector t -> t.setSafe(r, ((Number) x).longValue());
            case org.apache.arrow.vector.FixedSizeBinaryVector b -> {
                byte[] bytes = (byte[]) x;
                if (bytes.length != b.getByteWidth()) { // a FIXED_BINARY(n) column holds n bytes a value, as the type says
                    throw new IllegalArgumentException(bytes.length + " bytes for a column of FIXED_BINARY(" + b.getByteWidth() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                b.setSafe(r, bytes);
            }
            case DateDayVector d -> d.setSafe(r, x instanceof java.time.LocalDate ld ? TemporalValues.toDays(ld)
                    : TemporalValues.toDays(((java.sql.Date) x).toLocalDate()));
            // Spark's µs instant (Instant) or local date-time (LocalDateTime) in the column's declared unit, exact for ms and µs
            case TimeStampVector ts -> ts.setSafe(r, TemporalValues.toStored(x instanceof java.sql.Timestamp t ? t.toInstant() : x,
                    io.sluice.runtime.internal.types.Types.of(ts.getField().getType())));
            default -> throw new IllegalArgumentException("no Spark value for a " + v.getClass().getSimpleName()); //$NON-NLS-1$
        }
    }
}
