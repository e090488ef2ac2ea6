package io.sluice.runtime.internal.json;

import io.sluice.runtime.internal.files.TempStream;
import io.sluice.runtime.internal.exec.StatelessSink;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.expression.types.TemporalValues;
import io.sluice.runtime.internal.types.Types;
import io.sluice.expression.types.TimePrecision;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes one JSON object per row and line ({@code \n}), keys in column order, NULL as {@code null}, DATE, TIME and
 * TIMESTAMP as ISO strings at the column's precision (an instant with {@code Z}, a local date-time without), BINARY
 * and FIXED_BINARY as hex strings, non-finite FLOAT64 as the strings "NaN", "Infinity", "-Infinity". Workers format
 * their batches in parallel and append whole batches under a lock; the file is written to a temporary name and
 * renamed at the end (a failed run leaves no output).
 */
public final class JsonLinesWriter implements StatelessSink<JsonLinesWriter.Global> {
    private final Path file;
    private final Schema schema;
    private final byte[][] keys;

    public JsonLinesWriter(Path file, Schema schema) {
        this.file = file;
        this.schema = schema;
        List<org.apache.arrow.vector.types.pojo.Field> fs = schema.getFields();
        keys = new byte[fs.size()][];
        for (int i = 0; i < keys.length; i++) {
            StringBuilder sb = new StringBuilder(i == 0 ? "{" : ","); //$NON-NLS-1$ //$NON-NLS-2$
            quote(sb, fs.get(i).getName());
            keys[i] = sb.append(':').toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    public Schema schema() {
        return schema;
    }

    public final class Global extends TempStream {
        Global(StepContext step) throws IOException {
            super(file, step);
        }
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public Global createGlobal(StepContext step) throws IOException {
        return new Global(step);
    }

    @Override
    public void accept(VectorSchemaRoot in, Global global, AutoCloseable local, WorkerState ws) throws IOException {
        int n = in.getRowCount();
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(n * 64 + 16);
        StringBuilder sb = new StringBuilder();
        List<FieldVector> cols = in.getFieldVectors();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < cols.size(); c++) {
                buf.write(keys[c]);
                sb.setLength(0);
                value(sb, cols.get(c), r);
                buf.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            buf.write(cols.isEmpty() ? "{}\n".getBytes(StandardCharsets.US_ASCII) : "}\n".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        synchronized (global) {
            buf.writeTo(global.out());
        }
    }

    static void value(StringBuilder sb, FieldVector v, int r) {
        if (NestedJson.append(sb, v, r)) {
            return;
        }
        if (v.isNull(r)) {
            sb.append("null"); //$NON-NLS-1$
            return;
        }
        switch (v) {
            case VarCharVector s -> quote(sb, new String(s.get(r), StandardCharsets.UTF_8));
            case BigIntVector b -> sb.append(b.get(r));
            case IntVector i -> sb.append(i.get(r));
            case org.apache.arrow.vector.TinyIntVector i -> sb.append(i.get(r));
            case org.apache.arrow.vector.SmallIntVector i -> sb.append(i.get(r));
            case org.apache.arrow.vector.DecimalVector d -> sb.append(d.getObject(r).toPlainString()); // an exact JSON number
            case org.apache.arrow.vector.Float4Vector f -> sb.append(f.get(r));
            case Float8Vector f -> {
                double d = f.get(r);
                if (Double.isFinite(d)) {
                    sb.append(d);
                } else {
                    quote(sb, Double.toString(d));
                }
            }
            case BitVector b -> sb.append(b.get(r) != 0);
            case DateDayVector d -> quote(sb, TemporalValues.formatDate(d.get(r)));
            case TimeStampVector t -> quote(sb, TemporalValues.appendTimestamp(new StringBuilder(32), t.get(r), Types.of(t.getField())).toString());
            case org.apache.arrow.vector.TimeMilliVector t -> quote(sb, TemporalValues.appendTime(new StringBuilder(12), t.get(r), TimePrecision.MILLI).toString());
            case org.apache.arrow.vector.TimeMicroVector t -> quote(sb, TemporalValues.appendTime(new StringBuilder(15), t.get(r), TimePrecision.MICRO).toString());
            case org.apache.arrow.vector.TimeNanoVector t -> quote(sb, TemporalValues.appendTime(new StringBuilder(18), t.get(r), TimePrecision.NANO).toString());
            case org.apache.arrow.vector.VarBinaryVector b -> quote(sb, Types.HEX.formatHex(b.get(r)));
            case org.apache.arrow.vector.FixedSizeBinaryVector b -> quote(sb, Types.HEX.formatHex(b.get(r)));
            default -> quote(sb, String.valueOf(v.getObject(r)));
        }
    }

    /** Appends {@code s} as a JSON string literal. */
    public static void quote(StringBuilder sb, String s) {
        io.sluice.model.resource.Json.quote(sb, s);
    }

    @Override
    public boolean keepsInputOrder() {
        return true;
    }

    @Override
    public void finish(Global global, StepContext step) throws IOException {
        synchronized (global) {
            global.finish();
        }
    }

    @Override
    public void commit(Global global) throws IOException {
        synchronized (global) {
            global.commit();
        }
    }
}
