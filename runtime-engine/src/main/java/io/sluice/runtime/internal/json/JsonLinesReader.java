package io.sluice.runtime.internal.json;

import io.sluice.runtime.internal.types.Types;
import io.sluice.runtime.internal.types.VectorValues;
import io.sluice.runtime.internal.files.AbstractFileReader;
import io.sluice.runtime.internal.exec.RejectsBuffer;
import io.sluice.runtime.internal.exec.Retry;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;
import io.sluice.runtime.internal.files.ByteRange;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * JSON lines: one object per line, typed by the step's schema. Fields are matched by name (others ignored); a
 * missing field or JSON null is NULL. Integers must be JSON integers (in range for INT32), FLOAT64 takes any
 * number, BOOLEAN true/false, STRING any scalar (its text), DATE and TIMESTAMP strings in the CSV source's
 * formats. A line that is not an object, does not parse, or has a value that does not fit (or a NULL in a NOT
 * NULL column) goes whole to {@code rejects} with file, line, raw text, column and reason — never dropped. Blank
 * lines are skipped. A UTF-8 BOM is skipped. One worker (lines are read in order).
 */
public final class JsonLinesReader extends AbstractFileReader<JsonLinesReader.Global, JsonLinesReader.Local> {
    private static final JsonFactory JSON = new JsonFactory();

    private final DataType[] types;
    private final Map<String, Integer> index = new HashMap<>();
    private final ByteRange range;

    public JsonLinesReader(Path file, Schema schema) {
        this(file, schema, null);
    }

    /** Reads only {@code range} of the file ({@code null}: all of it), as {@link #ranges} cuts it. */
    public JsonLinesReader(Path file, Schema schema, ByteRange range) {
        super(file, schema);
        this.range = range;
        List<Field> fs = schema.getFields();
        types = new DataType[fs.size()];
        for (int i = 0; i < fs.size(); i++) {
            types[i] = Types.of(fs.get(i));
            index.put(fs.get(i).getName(), i);
        }
    }

    public static final class Global implements AutoCloseable {
        final StepContext step;
        /** The file, unbuffered: {@link #chunk} is the buffer, scanned for line ends in bulk. */
        final InputStream in;
        final String fileName;
        long line;
        boolean eof;
        /** Bytes of the range not yet read into {@link #chunk} (the whole file: unlimited). */
        long remaining = Long.MAX_VALUE;
        private final byte[] chunk = new byte[1 << 16];
        /** The unread bytes of {@link #chunk} are {@code [pos, limit)}. */
        private int pos;
        private int limit;

        Global(StepContext step, Path file, ByteRange range) throws IOException {
            this.step = step;
            FileChannel channel = Retry.openForRead(file);
            if (range != null) {
                channel.position(range.start());
                remaining = range.end() - range.start();
                line = range.firstLine() - 1;
            }
            this.in = Channels.newInputStream(channel);
            this.fileName = file.toString();
            if (range == null || range.start() == 0) {
                while (limit < 3 && fill()) {
                    // a UTF-8 byte order mark is 3 bytes; a short read may deliver fewer
                }
                if (utf8Bom(chunk, limit)) {
                    pos = 3;
                }
            }
        }

        /** Appends the next bytes of the range to {@link #chunk} (compacting it first when full); false at the end. */
        private boolean fill() throws IOException {
            if (remaining <= 0) {
                return false;
            }
            if (limit == chunk.length) {
                System.arraycopy(chunk, pos, chunk, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            int n = in.read(chunk, limit, (int) Math.min(chunk.length - limit, remaining));
            if (n < 0) {
                remaining = 0;
                return false;
            }
            limit += n;
            remaining -= n;
            return true;
        }

        /**
         * The next line without its terminator (LF or CRLF), or null at the end. A line within the buffer is copied
         * once, straight out of it; {@code buf} gathers only a line longer than what the buffer holds.
         */
        byte[] readLine(ByteArrayOutputStream buf) throws IOException {
            if (eof) {
                return null;
            }
            buf.reset();
            int scanned = pos;
            while (true) {
                while (scanned < limit && chunk[scanned] != '\n') {
                    scanned++;
                }
                if (scanned < limit) {
                    byte[] l = take(buf, scanned);
                    pos = scanned + 1;
                    line++;
                    return withoutCr(l);
                }
                if (pos == 0 && limit == chunk.length) { // a line longer than the buffer: move what we have aside
                    buf.write(chunk, 0, limit);
                    pos = limit;
                }
                int before = limit - pos;
                if (!fill()) {
                    break;
                }
                scanned = pos + before;
            }
            eof = true; // the end of the file (or of the range read)
            byte[] l = take(buf, limit);
            pos = limit;
            if (l.length == 0) {
                return null;
            }
            line++;
            return withoutCr(l);
        }

        /** What {@code buf} gathered followed by {@code chunk[pos, end)}. */
        private byte[] take(ByteArrayOutputStream buf, int end) {
            if (buf.size() == 0) {
                return Arrays.copyOfRange(chunk, pos, end);
            }
            buf.write(chunk, pos, end - pos);
            return buf.toByteArray();
        }

        private static byte[] withoutCr(byte[] l) {
            int n = l.length;
            return n > 0 && l[n - 1] == '\r' ? Arrays.copyOf(l, n - 1) : l;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * Cuts the file into ranges of about {@code bytes} bytes that end just after a newline (a JSON line has no raw
     * newline inside it), each knowing its first line number; reads the whole file once, without parsing.
     */
    public static List<ByteRange> ranges(Path file, long bytes) throws IOException {
        List<ByteRange> out = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            long pos = 0;
            long start = 0;
            long line = 1;
            long startLine = 1;
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        line++;
                        long end = pos + i + 1;
                        if (end - start >= bytes) {
                            out.add(new ByteRange(start, end, startLine));
                            start = end;
                            startLine = line;
                        }
                    }
                }
                pos += n;
            }
            if (pos > start) {
                out.add(new ByteRange(start, pos, startLine));
            }
        }
        return out;
    }

    public static final class Local implements AutoCloseable {
        final RejectsBuffer rejects;
        final ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
        final Object[] row;

        Local(Global g, WorkerState ws, int columns) {
            rejects = new RejectsBuffer(g.step, ws);
            row = new Object[columns];
        }

        @Override
        public void close() {
            rejects.close();
        }
    }

    @Override
    public Global createGlobal(StepContext step) throws IOException {
        return new Global(step, file, range);
    }

    @Override
    public Local createLocal(Global global, WorkerState ws) {
        return new Local(global, ws, types.length);
    }

    /** A value that does not fit: the column and why. */
    static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;
        final String column;

        Bad(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    @Override
    public boolean next(Global g, Local l, VectorSchemaRoot out, WorkerState ws) throws Exception {
        int max = ws.run().options().batchRows();
        for (FieldVector v : out.getFieldVectors()) {
            v.clear();
            v.setInitialCapacity(Math.min(max, 1024));
            v.allocateNew();
        }
        int rows = 0;
        boolean any = false;
        while (rows < max) {
            byte[] line = g.readLine(l.buf);
            if (line == null) {
                break;
            }
            any = true;
            if (isBlank(line)) {
                continue;
            }
            try {
                parse(line, l.row);
            } catch (Bad b) {
                l.rejects.add(g.fileName, g.line, line, 0, line.length, b.column, b.getMessage());
                continue;
            }
            for (int c = 0; c < types.length; c++) {
                VectorValues.set(out.getVector(c), rows, l.row[c]);
            }
            rows++;
        }
        for (FieldVector v : out.getFieldVectors()) {
            v.setValueCount(rows);
        }
        out.setRowCount(rows);
        if (!any) {
            l.rejects.flush();
            return false;
        }
        if (g.eof) {
            l.rejects.flush();
        }
        return true;
    }

    static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\t' && x != '\r') {
                return false;
            }
        }
        return true;
    }

    void parse(byte[] line, Object[] row) throws Bad {
        Arrays.fill(row, null);
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Bad(null, "not a JSON object"); //$NON-NLS-1$
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                Integer c = index.get(name);
                if (c == null) {
                    p.skipChildren();
                    continue;
                }
                row[c] = value(p, v, types[c], name);
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new Bad(null, "text after the JSON object"); //$NON-NLS-1$
            }
        } catch (JsonProcessingException e) {
            throw new Bad(null, "bad JSON: " + e.getOriginalMessage()); //$NON-NLS-1$
        } catch (IOException e) {
            throw new Bad(null, "bad JSON: " + e.getMessage()); //$NON-NLS-1$
        }
        for (int c = 0; c < row.length; c++) {
            if (row[c] == null && !schema.getFields().get(c).isNullable()) {
                throw new Bad(schema.getFields().get(c).getName(), "NULL in NOT NULL column " + schema.getFields().get(c).getName()); //$NON-NLS-1$
            }
        }
    }

    static Object value(JsonParser p, JsonToken v, DataType type, String col) throws IOException, Bad {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (type.isNested()) {
            return nested(p, v, type, col);
        }
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
            if (type == DataType.STRING) {
                return rawJson(p); // an object or array in a text column: its JSON text, as DuckDB's JSON type keeps it
            }
            throw new Bad(col, "nested JSON value in " + type + " column " + col); //$NON-NLS-1$ //$NON-NLS-2$
        }
        switch (type.id()) {
            case INT32, INT64 -> {
                if (v != JsonToken.VALUE_NUMBER_INT) {
                    throw new Bad(col, "expected an integer for " + col + ", got " + p.getText()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                if (type == DataType.INT32) {
                    long x = p.getLongValue();
                    if (x != (int) x) {
                        throw new Bad(col, p.getText() + " is out of range for INT32 column " + col); //$NON-NLS-1$
                    }
                    return (int) x;
                }
                try {
                    return p.getLongValue();
                } catch (com.fasterxml.jackson.core.exc.InputCoercionException e) {
                    throw new Bad(col, p.getText() + " is out of range for INT64 column " + col); //$NON-NLS-1$
                }
            }
            case INT8, INT16 -> {
                if (v != JsonToken.VALUE_NUMBER_INT) {
                    throw new Bad(col, "expected an integer for " + col + ", got " + p.getText()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                long x = p.getLongValue();
                if (!io.sluice.expression.semantics.Rules.inRange(x, type)) {
                    throw new Bad(col, p.getText() + " is out of range for " + type + " column " + col); //$NON-NLS-1$ //$NON-NLS-2$
                }
                return x;
            }
            case DECIMAL -> {
                // a JSON number (read exactly, never through a double) or a string holding one
                if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT && v != JsonToken.VALUE_STRING) {
                    throw new Bad(col, "expected a number for " + col + ", got " + p.getText()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                try {
                    return io.sluice.expression.semantics.Decimals.parse(p.getText(), type);
                } catch (io.sluice.expression.EvaluationException e) {
                    throw new Bad(col, e.getMessage() + " for column " + col); //$NON-NLS-1$
                }
            }
            case FLOAT64, FLOAT32 -> {
                if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw new Bad(col, "expected a number for " + col + ", got " + p.getText()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                return p.getDoubleValue();
            }
            case BOOLEAN -> {
                if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE) {
                    throw new Bad(col, "expected true or false for " + col + ", got " + p.getText()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                return v == JsonToken.VALUE_TRUE;
            }
            case STRING -> {
                return p.getText().getBytes(StandardCharsets.UTF_8);
            }
            case DATE -> {
                if (v != JsonToken.VALUE_STRING) {
                    throw new Bad(col, "expected a " + type + " string for " + col + ", got " + p.getText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                byte[] b = p.getText().getBytes(StandardCharsets.UTF_8);
                long x = TemporalValues.parseDate(b, 0, b.length);
                if (x == TemporalValues.INVALID) {
                    throw new Bad(col, "'" + p.getText() + "' is not a " + type + " for " + col); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                return x;
            }
            default -> {
                return JsonScalars.value(p, v, type, col);
            }
        }
    }

    /** A LIST from a JSON array, a STRUCT from an object (fields by name; others ignored), a MAP from an object. */
    private static Object nested(JsonParser p, JsonToken v, DataType type, String col) throws IOException, Bad {
        switch (type.id()) {
            case LIST -> {
                if (v != JsonToken.START_ARRAY) {
                    throw new Bad(col, "expected a JSON array for " + type + " column " + col + ", got " + p.getText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                java.util.List<Object> out = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    Object e = value(p, t, type.element(), col);
                    if (e == null && !type.children().get(0).nullable()) {
                        throw new Bad(col, "NULL element in " + type + " column " + col); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                    out.add(e);
                }
                return out;
            }
            case STRUCT, MAP -> {
                if (v != JsonToken.START_OBJECT) {
                    throw new Bad(col, "expected a JSON object for " + type + " column " + col + ", got " + p.getText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                java.util.Map<Object, Object> out = new java.util.LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken t = p.nextToken();
                    if (type.id() == io.sluice.expression.types.TypeId.MAP) {
                        out.put(mapKey(name, type.key(), col), value(p, t, type.value(), col));
                        continue;
                    }
                    java.util.Optional<io.sluice.expression.types.Field> f = type.field(name);
                    if (f.isEmpty()) {
                        p.skipChildren();
                        continue;
                    }
                    out.put(name, value(p, t, f.get().type(), col + "." + name)); //$NON-NLS-1$
                }
                if (type.id() == io.sluice.expression.types.TypeId.STRUCT) {
                    for (io.sluice.expression.types.Field f : type.children()) {
                        if (!f.nullable() && out.get(f.name()) == null) {
                            throw new Bad(col, "NULL in NOT NULL field " + col + "." + f.name()); //$NON-NLS-1$ //$NON-NLS-2$
                        }
                    }
                }
                return out;
            }
            default -> throw new IllegalStateException(type.toString());
        }
    }

    /** A MAP key from a JSON object's field name: text, or an integer's text for integer keys. */
    private static Object mapKey(String name, DataType key, String col) throws Bad {
        if (key == DataType.STRING) {
            return name.getBytes(StandardCharsets.UTF_8);
        }
        if (key.isInteger()) {
            try {
                long x = Long.parseLong(name.strip());
                return key == DataType.INT32 ? Integer.valueOf(Math.toIntExact(x)) : Long.valueOf(x);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new Bad(col, "key '" + name + "' is not a " + key + " for column " + col); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        throw new Bad(col, "a JSON object's keys are text: a MAP with " + key + " keys cannot be read from JSON, column " + col); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static byte[] rawJson(JsonParser p) throws IOException {
        java.io.StringWriter w = new java.io.StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator g = JSON.createGenerator(w)) {
            g.copyCurrentStructure(p);
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }
}
