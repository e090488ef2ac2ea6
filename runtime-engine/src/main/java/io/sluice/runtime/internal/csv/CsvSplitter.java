package io.sluice.runtime.internal.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Cuts a CSV file into chunks that begin and end on record boundaries, for parallel parsing. It runs the
 * same quote state machine as the parser over the bytes (but does no other work), so a newline inside a
 * quoted field never ends a chunk, wherever the nominal cut point falls. Chunks are handed out in file
 * order, one at a time, under the caller's lock; scanning is cheap compared with parsing.
 */
final class CsvSplitter {
    /** A chunk of the file: bytes [start, end); {@code firstLine} is the 1-based physical line at start. */
    record Split(int index, long start, long end, long firstLine) {
    }

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private final FileChannel channel;
    private final long size;
    private final byte delim;
    private final byte quote;
    private final int splitBytes;
    private final int maxQuotedLines;
    private final int maxQuotedBytes;
    private final ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    private long pos;
    private long line = 1;
    private int index;

    CsvSplitter(FileChannel channel, long size, long start, long startLine, CsvOptions options) {
        this.channel = channel;
        this.size = size;
        this.pos = start;
        this.line = startLine;
        this.delim = (byte) options.delimiter();
        this.quote = (byte) options.quote();
        this.splitBytes = options.splitBytes();
        this.maxQuotedLines = options.maxQuotedLines();
        this.maxQuotedBytes = options.maxQuotedBytes();
    }

    /** The next chunk, or null at the end of the file. */
    Split next() throws IOException {
        if (pos >= size) {
            return null;
        }
        long start = pos;
        long startLine = line;
        long target = Math.min(size, start + splitBytes);
        long end = scan(start, target);
        pos = end;
        return new Split(index++, start, end, startLine);
    }

    /**
     * Scans from {@code from} (a record start) and returns the position just after the first record end at
     * or beyond {@code atLeast}, or the file size. Counts newlines on the way. A quoted field that spans more
     * than {@link CsvOptions#maxQuotedLines()} lines or {@link CsvOptions#maxQuotedBytes()} bytes, or is still
     * open at the end of the file, is an unterminated quote: its record ends at the end of the line where the
     * quote opened (the parser rejects it the same way) and scanning resumes on the next line.
     */
    long scan(long from, long atLeast) throws IOException {
        int state = FIELD_START;
        long p = from;
        long quoteAt = -1; // where the open quoted field started
        long quoteLine = 0; // its line
        long firstNewline = -1; // the first newline inside it
        long quoteLines = 0;
        rescan:
        while (p < size) {
            buf.clear();
            int n = channel.read(buf, p);
            if (n <= 0) {
                throw new IOException("unexpected end of file at byte " + p + " of " + size); //$NON-NLS-1$ //$NON-NLS-2$
            }
            byte[] a = buf.array();
            for (int i = 0; i < n; i++) {
                byte b = a[i];
                if (state == QUOTED && b == '\n') {
                    line++;
                    quoteLines++;
                    if (firstNewline < 0) {
                        firstNewline = p + i;
                    }
                    if ((quoteLines > maxQuotedLines || p + i - quoteAt > maxQuotedBytes) && firstNewline >= 0) {
                        // unterminated: the record ends with the quote's first line
                        state = FIELD_START;
                        line = quoteLine + 1;
                        p = firstNewline + 1;
                        quoteAt = -1;
                        if (p >= atLeast) {
                            return p;
                        }
                        continue rescan;
                    }
                    continue;
                }
                if (b == '\n') {
                    line++;
                    state = FIELD_START;
                    if (p + i + 1 >= atLeast) {
                        return p + i + 1;
                    }
                    continue;
                }
                switch (state) {
                    case FIELD_START:
                        if (b == quote) {
                            state = QUOTED;
                            quoteAt = p + i;
                            quoteLine = line;
                            firstNewline = -1;
                            quoteLines = 0;
                        } else {
                            state = b == delim ? FIELD_START : UNQUOTED;
                        }
                        break;
                    case UNQUOTED:
                        if (b == delim) {
                            state = FIELD_START;
                        }
                        break;
                    case QUOTED:
                        if (b == quote) {
                            state = QUOTE_IN_QUOTED;
                        }
                        break;
                    default: // QUOTE_IN_QUOTED
                        state = b == quote ? QUOTED : b == delim ? FIELD_START : UNQUOTED;
                        break;
                }
            }
            p += n;
            if (p >= size && state == QUOTED && firstNewline >= 0) {
                // still open at the end of the file: the same as too long
                state = FIELD_START;
                line = quoteLine + 1;
                p = firstNewline + 1;
                quoteAt = -1;
                if (p >= atLeast) {
                    return p;
                }
            }
        }
        return size;
    }
}
