package io.sluice.runtime.internal.csv;

import io.sluice.runtime.internal.files.TempStream;
import io.sluice.runtime.internal.types.Types;
import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes RFC 4180 CSV (UTF-8, CRLF-free: LF line ends, quotes only where needed). Workers format their batches
 * into local buffers; appending to the file is serialized. Written under a temporary name, renamed at the end.
 */
public final class CsvWriter implements BatchSink<CsvWriter.Global, CsvWriter.Local> {
    private final Path file;
    private final Schema schema;
    private final CsvOptions options;

    public CsvWriter(Path file, Schema schema, CsvOptions options) {
        this.file = file.toAbsolutePath();
        this.schema = schema;
        this.options = options;
    }

    /** The open output. */
    public final class Global extends TempStream {
        Global(StepContext step) throws IOException {
            super(file, step);
            if (options.header()) {
                try {
                    out().write(headerLine());
                } catch (IOException | RuntimeException e) {
                    close(); // not handed out: nobody else closes it
                    throw e;
                }
            }
        }
    }

    /** A worker's formatting buffer. */
    public static final class Local implements AutoCloseable {
        final StringBuilder sb = new StringBuilder(1 << 16);

        @Override
        public void close() {
        }
    }

    /** The header record this sink writes (with its line end), whether or not its options ask for one. */
    public byte[] headerLine() {
        StringBuilder sb = new StringBuilder();
        List<Field> fs = schema.getFields();
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) {
                sb.append(options.delimiter());
            }
            appendText(sb, fs.get(i).getName());
        }
        sb.append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    void appendText(StringBuilder sb, String s) {
        boolean quote = s.isEmpty() && !options.nullValue().isEmpty() ? false : s.isEmpty();
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == options.delimiter() || c == options.quote() || c == '\n' || c == '\r';
        }
        quote |= !options.nullValue().isEmpty() && s.equals(options.nullValue());
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append(options.quote());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == options.quote()) {
                sb.append(c);
            }
            sb.append(c);
        }
        sb.append(options.quote());
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
    public Local createLocal(Global global, WorkerState ws) {
        return new Local();
    }

    @Override
    public void accept(VectorSchemaRoot in, Global global, Local local, WorkerState ws) throws IOException {
        StringBuilder sb = local.sb;
        sb.setLength(0);
        List<FieldVector> vs = in.getFieldVectors();
        DataType[] types = new DataType[vs.size()];
        for (int c = 0; c < types.length; c++) {
            types[c] = Types.of(schema.getFields().get(c));
        }
        for (int r = 0; r < in.getRowCount(); r++) {
            for (int c = 0; c < vs.size(); c++) {
                if (c > 0) {
                    sb.append(options.delimiter());
                }
                FieldVector v = vs.get(c);
                if (v.isNull(r)) {
                    sb.append(options.nullValue());
                    continue;
                }
                switch ((types[c]).id()) {
                    case BOOLEAN -> sb.append(((BitVector) v).get(r) != 0);
                    case INT32 -> sb.append(((IntVector) v).get(r));
                    case INT64 -> sb.append(((BigIntVector) v).get(r));
                    case FLOAT64 -> sb.append(((Float8Vector) v).get(r));
                    case DATE -> TemporalValues.appendDate(sb, ((DateDayVector) v).get(r));
                    case TIMESTAMP -> TemporalValues.appendTimestamp(sb, ((TimeStampVector) v).get(r), types[c]);
                    case TIME -> TemporalValues.appendTime(sb, io.sluice.runtime.internal.types.Types.timeValue(v, r), types[c].timePrecision());
                    case BINARY, FIXED_BINARY -> Types.HEX.formatHex(sb, (byte[]) v.getObject(r));
                    case STRING -> appendText(sb, new String(((VarCharVector) v).get(r), StandardCharsets.UTF_8));
                    case INT8, INT16 -> sb.append(((BaseIntVector) v).getValueAsLong(r));
                    case FLOAT32 -> sb.append(((Float4Vector) v).get(r));
                    case DECIMAL -> sb.append(((DecimalVector) v).getObject(r).toPlainString());
                    case LIST, STRUCT, MAP -> appendText(sb, io.sluice.runtime.internal.json.NestedJson.text(v, r)); // nested values as JSON text
                    default -> throw new IllegalArgumentException("CSV cannot write column '" //$NON-NLS-1$
                            + schema.getFields().get(c).getName() + "' of type " + types[c]); //$NON-NLS-1$
                }
            }
            sb.append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        synchronized (global) {
            global.out().write(bytes);
        }
    }

    @Override
    public boolean keepsInputOrder() {
        return true;
    }

    @Override
    public void finish(Global global, StepContext step) throws IOException {
        global.finish();
    }

    @Override
    public void commit(Global global) throws IOException {
        global.commit();
    }

}
