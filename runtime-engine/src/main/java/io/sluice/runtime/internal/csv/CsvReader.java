package io.sluice.runtime.internal.csv;

import io.sluice.runtime.internal.types.Types;
import io.sluice.runtime.internal.files.AbstractFileReader;
import io.sluice.runtime.internal.exec.RejectsBuffer;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.expression.types.DataType;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Reads a UTF-8 CSV file (RFC 4180) into typed batches. The file is cut into chunks on record boundaries
 * ({@link CsvSplitter}); workers parse chunks in parallel, each straight into its vectors. A record that does
 * not parse (bad value, wrong field count, unterminated quote) goes to the {@code rejects} output with file,
 * line, raw text and reason; it is never dropped. A quoted field is bounded ({@link CsvOptions#maxQuotedLines()},
 * {@link CsvOptions#maxQuotedBytes()}): an unterminated quote, or a structurally malformed record continued over
 * several lines by a quoted field, costs only the line the quote opened on, and reading resumes on the next line.
 * Blank lines are skipped and counted as the source's filtered rows ("skipped" in the run's accounting).
 */
public final class CsvReader extends AbstractFileReader<CsvReader.Global, CsvReader.Local> {
    private final CsvOptions options;
    private final io.sluice.runtime.internal.files.ByteRange range;

    /** Columns are taken by position; with a header the header record is skipped. */
    public CsvReader(Path file, Schema schema, CsvOptions options) {
        this(file, schema, options, null);
    }

    /** Reads only {@code range} of the file ({@code null}: all of it); the header is still the file's first record. */
    public CsvReader(Path file, Schema schema, CsvOptions options, io.sluice.runtime.internal.files.ByteRange range) {
        super(file, schema);
        this.options = options;
        this.range = range;
        for (Field f : schema.getFields()) {
            Types.of(f); // validate early
        }
    }

    /** Shared: the open file and the splitter handing out chunks in order. */
    public static final class Global implements AutoCloseable {
        final FileChannel channel;
        final CsvSplitter splitter;
        final long size;
        final String fileName;
        final List<String> header;
        final StepContext step;

        Global(Path file, CsvOptions options, StepContext step, io.sluice.runtime.internal.files.ByteRange range) throws IOException {
            this.step = step;
            this.fileName = file.toString();
            this.channel = io.sluice.runtime.internal.exec.Retry.openForRead(file);
            try {
                this.size = channel.size();
                long start = 0;
                ByteBuffer bom = ByteBuffer.allocate(3);
                channel.read(bom, 0);
                if (utf8Bom(bom.array(), bom.position())) {
                    start = 3;
                }
                CsvSplitter s = new CsvSplitter(channel, size, start, 1, options);
                List<String> h = List.of();
                if (options.header() && start < size) {
                    long end = s.scan(start, start);
                    ByteBuffer hb = ByteBuffer.allocate((int) Math.min(end - start, 1 << 20));
                    channel.read(hb, start);
                    h = headerNames(hb.array(), hb.position(), options);
                    s = new CsvSplitter(channel, size, end, 2, options);
                }
                this.header = h;
                this.splitter = range == null ? s : new CsvSplitter(channel, range.end(), range.start(), range.firstLine(), options);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        synchronized CsvSplitter.Split nextSplit() throws IOException {
            return splitter.next();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /**
     * Cuts the file into ranges of about {@code bytes} bytes on record boundaries, with the quote state machine the
     * reader itself runs (a newline inside a quoted field never ends a range), after the BOM and the header; reads
     * the whole file once, without parsing.
     */
    public static List<io.sluice.runtime.internal.files.ByteRange> ranges(Path file, CsvOptions options, int bytes) throws IOException {
        CsvOptions o = new CsvOptions(options.delimiter(), options.quote(), options.header(), options.nullValue(), bytes,
                options.maxQuotedLines(), options.maxQuotedBytes());
        try (Global g = new Global(file, o, null, null)) {
            List<io.sluice.runtime.internal.files.ByteRange> out = new java.util.ArrayList<>();
            for (CsvSplitter.Split s = g.nextSplit(); s != null; s = g.nextSplit()) {
                out.add(new io.sluice.runtime.internal.files.ByteRange(s.start(), s.end(), s.firstLine()));
            }
            return out;
        }
    }

    static List<String> headerNames(byte[] b, int len, CsvOptions o) {
        String text = new String(b, 0, len, StandardCharsets.UTF_8).replaceAll("\r?\n$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (q) {
                if (c == o.quote()) {
                    if (i + 1 < text.length() && text.charAt(i + 1) == o.quote()) {
                        cur.append(c);
                        i++;
                    } else {
                        q = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == o.quote()) {
                q = true;
            } else if (c == o.delimiter()) {
                names.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        names.add(cur.toString());
        return names;
    }

    @Override
    public Global createGlobal(StepContext step) throws IOException {
        return new Global(file, options, step, range);
    }

    @Override
    public int maxThreads(Global global) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, global.size / options.splitBytes() + 1));
    }

    @Override
    public Local createLocal(Global global, WorkerState ws) {
        return new Local(global, ws);
    }

    @Override
    public boolean next(Global global, Local local, VectorSchemaRoot out, WorkerState ws) throws Exception {
        return local.next(out);
    }

    /** Per worker: the current chunk's bytes and the record parser. */
    public final class Local implements AutoCloseable {
        private final Global global;
        private final WorkerState ws;
        private final RejectsBuffer rejects;
        private final FieldWriter[] writers;
        private final byte delim = (byte) options.delimiter();
        private final byte quote = (byte) options.quote();
        private final byte[] nullBytes = options.nullValue().getBytes(StandardCharsets.UTF_8);
        private byte[] buf = new byte[0];
        private int pos;
        private int end;
        private long line;
        private byte[] scratch = new byte[256];
        private boolean inSplit;
        private long skipped;

        Local(Global global, WorkerState ws) {
            this.global = global;
            this.ws = ws;
            this.rejects = new RejectsBuffer(global.step, ws);
            List<Field> fields = schema.getFields();
            this.writers = new FieldWriter[fields.size()];
            for (int i = 0; i < writers.length; i++) {
                Field f = fields.get(i);
                writers[i] = FieldWriter.of(f.getName(), Types.of(f), f.isNullable());
            }
        }

        private boolean loadSplit() throws IOException {
            CsvSplitter.Split s = global.nextSplit();
            if (s == null) {
                return false;
            }
            ws.morsel(s.index());
            long len = s.end() - s.start();
            if (len > Integer.MAX_VALUE - 16) {
                throw new IOException(global.fileName + ": a record starting at line " + s.firstLine() //$NON-NLS-1$
                        + " is longer than 2 GiB (unterminated quote?)"); //$NON-NLS-1$
            }
            if (buf.length < len) {
                buf = new byte[(int) Math.max(len, Math.min(Integer.MAX_VALUE - 16, buf.length * 2L))];
            }
            ByteBuffer bb = ByteBuffer.wrap(buf, 0, (int) len);
            long p = s.start();
            while (bb.hasRemaining()) {
                int n = global.channel.read(bb, p + bb.position());
                if (n < 0) {
                    throw new IOException(global.fileName + ": file shrank while reading"); //$NON-NLS-1$
                }
            }
            pos = 0;
            end = (int) len;
            line = s.firstLine();
            inSplit = true;
            return true;
        }

        boolean next(VectorSchemaRoot out) throws Exception {
            while (!inSplit || pos >= end) {
                inSplit = false;
                rejects.flush();
                if (!loadSplit()) {
                    return false;
                }
            }
            int batchRows = ws.run().options().batchRows();
            List<FieldVector> vectors = out.getFieldVectors();
            for (int i = 0; i < writers.length; i++) {
                FieldVector v = vectors.get(i);
                if (v instanceof BaseVariableWidthVector vw) {
                    vw.allocateNew(batchRows * 16L, batchRows);
                } else if (v instanceof BaseFixedWidthVector fw) {
                    fw.allocateNew(batchRows);
                } else {
                    v.allocateNew();
                }
                writers[i].bind(v);
            }
            int row = 0;
            while (row < batchRows && pos < end) {
                if (parseRecord(row)) {
                    row++;
                }
            }
            for (FieldVector v : vectors) {
                v.setValueCount(row);
            }
            out.setRowCount(row);
            if (skipped > 0) {
                global.step.counters().rowsFiltered.add(skipped);
                skipped = 0;
            }
            if (pos >= end) {
                rejects.flush();
            }
            return true;
        }

        /** Parses the record at pos; returns true if it was written as row {@code row}. */
        private boolean parseRecord(int row) throws Exception {
            byte[] b = buf;
            int recStart = pos;
            long recLine = line;
            // blank line: not a record, counted as skipped
            if (b[pos] == '\n' || (b[pos] == '\r' && pos + 1 < end && b[pos + 1] == '\n')) {
                pos += b[pos] == '\n' ? 1 : 2;
                line++;
                skipped++;
                return false;
            }
            int col = 0;
            String error = null;
            String errorColumn = null;
            int p = pos;
            boolean recordEnd = false;
            // the first newline inside a quoted field of this record, and the line it ends: where reading resumes
            // when the record turns out malformed (an unterminated quote costs its own line only)
            int resyncNewline = -1;
            long resyncLine = 0;
            boolean unterminated = false;
            while (!recordEnd) {
                int fs;
                int fe;
                boolean quoted = false;
                boolean escapes = false;
                if (p < end && b[p] == quote) {
                    quoted = true;
                    int quoteAt = p;
                    long quoteLine = line;
                    int fieldLines = 0;
                    p++;
                    fs = p;
                    while (true) {
                        if (p >= end) {
                            fe = p;
                            unterminated = true;
                            if (error == null) {
                                error = "unterminated quoted field starting at line " + quoteLine; //$NON-NLS-1$
                            }
                            recordEnd = true;
                            break;
                        }
                        byte c = b[p];
                        if (c == quote) {
                            if (p + 1 < end && b[p + 1] == quote) {
                                escapes = true;
                                p += 2;
                                continue;
                            }
                            fe = p;
                            p++;
                            break;
                        }
                        if (c == '\n') {
                            if (resyncNewline < 0) {
                                resyncNewline = p;
                                resyncLine = quoteLine;
                            }
                            line++;
                            if (++fieldLines > options.maxQuotedLines() || p - quoteAt > options.maxQuotedBytes()) {
                                fe = p;
                                unterminated = true;
                                if (error == null) {
                                    error = "unterminated quoted field starting at line " + quoteLine + " (a quoted field " //$NON-NLS-1$ //$NON-NLS-2$
                                            + "may span at most " + options.maxQuotedLines() + " lines and " //$NON-NLS-1$ //$NON-NLS-2$
                                            + options.maxQuotedBytes() + " bytes)"; //$NON-NLS-1$
                                }
                                recordEnd = true;
                                break;
                            }
                        }
                        p++;
                    }
                    if (!recordEnd) {
                        // after the closing quote: delimiter, end of line or end of chunk
                        if (p < end && b[p] == '\r' && (p + 1 >= end || b[p + 1] == '\n')) {
                            p++;
                        }
                        if (p < end && b[p] != delim && b[p] != '\n') {
                            if (error == null) {
                                error = "unexpected character after closing quote in field " + (col + 1); //$NON-NLS-1$
                            }
                            while (p < end && b[p] != delim && b[p] != '\n') {
                                p++;
                            }
                        }
                    }
                } else {
                    fs = p;
                    while (p < end && b[p] != delim && b[p] != '\n') {
                        p++;
                    }
                    fe = p;
                    if (p < end && b[p] == '\n' && fe > fs && b[fe - 1] == '\r') {
                        fe--;
                    } else if (p >= end && fe > fs && b[fe - 1] == '\r') {
                        fe--;
                    }
                }
                if (error == null && col < writers.length) {
                    error = writeField(row, col, b, fs, fe, quoted, escapes);
                    if (error != null) {
                        errorColumn = writers[col].column;
                    }
                }
                col++;
                if (recordEnd) {
                    break;
                }
                if (p >= end) {
                    recordEnd = true;
                } else if (b[p] == '\n') {
                    p++;
                    line++;
                    recordEnd = true;
                } else { // delimiter
                    p++;
                    if (p >= end) {
                        // trailing delimiter at end of file: one more empty field
                        if (error == null && col < writers.length) {
                            error = writeField(row, col, b, p, p, false, false);
                        }
                        col++;
                        recordEnd = true;
                    }
                }
            }
            pos = p;
            if (col != writers.length && !unterminated) {
                error = "expected " + writers.length + " fields, found " + col; //$NON-NLS-1$ //$NON-NLS-2$
                errorColumn = null;
            }
            if (error != null && resyncNewline >= 0 && (unterminated || errorColumn == null)) {
                // a malformed record that spans lines through a quoted field costs only the line its quote opened
                // on: the lines after it are read again as records of their own
                pos = resyncNewline + 1;
                line = resyncLine + 1;
                p = resyncNewline;
                if (!unterminated) {
                    error = error + " in a record continued by a quoted field past line " + resyncLine //$NON-NLS-1$
                            + " (stray quote?)"; //$NON-NLS-1$
                }
                errorColumn = null;
            }
            if (error != null) {
                int rawEnd = p;
                while (rawEnd > recStart && (b[rawEnd - 1] == '\n' || b[rawEnd - 1] == '\r')) {
                    rawEnd--;
                }
                rejects.add(global.fileName, recLine, b, recStart, rawEnd - recStart, errorColumn,
                        global.fileName + ":" + recLine + ": " + error); //$NON-NLS-1$ //$NON-NLS-2$
                return false;
            }
            return true;
        }

        private String writeField(int row, int col, byte[] b, int fs, int fe, boolean quoted, boolean escapes) {
            FieldWriter w = writers[col];
            if (!quoted) {
                if (fe == fs || (nullBytes.length > 0 && equals(b, fs, fe, nullBytes))) {
                    return w.nullValue(row);
                }
                return w.parse(row, b, fs, fe);
            }
            if (fe == fs && w.type != DataType.STRING) {
                return w.nullValue(row);
            }
            if (!escapes) {
                return w.parse(row, b, fs, fe);
            }
            int n = fe - fs;
            if (scratch.length < n) {
                scratch = new byte[Math.max(n, scratch.length * 2)];
            }
            int k = 0;
            for (int i = fs; i < fe; i++) {
                scratch[k++] = b[i];
                if (b[i] == quote) {
                    i++; // skip the second quote of the pair
                }
            }
            return w.parse(row, scratch, 0, k);
        }

        private static boolean equals(byte[] b, int s, int e, byte[] x) {
            if (e - s != x.length) {
                return false;
            }
            for (int i = 0; i < x.length; i++) {
                if (b[s + i] != x[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void close() throws Exception {
            try {
                if (!ws.token().isCancelled()) {
                    rejects.flush();
                }
            } finally {
                rejects.close();
            }
        }
    }
}
