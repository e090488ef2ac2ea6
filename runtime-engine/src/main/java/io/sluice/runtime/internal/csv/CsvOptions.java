package io.sluice.runtime.internal.csv;

/**
 * Options of CSV reading and writing (RFC 4180, UTF-8).
 *
 * @param delimiter  field separator (a single ASCII character)
 * @param quote      quote character (a single ASCII character)
 * @param header     the first record is a header
 * @param nullValue  unquoted text read as NULL (besides the empty unquoted field), written for NULL; may be ""
 * @param splitBytes target size of the chunks parsed in parallel
 * @param maxQuotedLines a quoted field may span at most this many lines (default {@value #MAX_QUOTED_LINES})
 * @param maxQuotedBytes a quoted field may hold at most this many bytes (default {@value #MAX_QUOTED_BYTES});
 *                   a field that goes beyond either limit, or never closes, is an unterminated quote: its record
 *                   is rejected as the text up to the end of the line where the quote opened, and reading
 *                   resumes on the next line
 */
public record CsvOptions(char delimiter, char quote, boolean header, String nullValue, int splitBytes, int maxQuotedLines,
        int maxQuotedBytes) {
    public static final int MAX_QUOTED_LINES = 1000;
    public static final int MAX_QUOTED_BYTES = 1 << 20;

    public CsvOptions(char delimiter, char quote, boolean header, String nullValue, int splitBytes) {
        this(delimiter, quote, header, nullValue, splitBytes, MAX_QUOTED_LINES, MAX_QUOTED_BYTES);
    }

    public CsvOptions {
        if (maxQuotedLines < 1 || maxQuotedBytes < 1) {
            throw new IllegalArgumentException("the limits of a quoted field must be positive, were " + maxQuotedLines //$NON-NLS-1$
                    + " lines and " + maxQuotedBytes + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (delimiter > 127 || quote > 127 || delimiter == quote || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("delimiter and quote must be distinct ASCII characters other than CR/LF, were " //$NON-NLS-1$
                    + (int) delimiter + " and " + (int) quote); //$NON-NLS-1$
        }
        if (splitBytes < 1) {
            throw new IllegalArgumentException("splitBytes must be positive, was " + splitBytes); //$NON-NLS-1$
        }
        if (nullValue == null) {
            nullValue = ""; //$NON-NLS-1$
        }
    }

    public static CsvOptions defaults() {
        return new CsvOptions(',', '"', true, "", 8 << 20); //$NON-NLS-1$
    }

    public CsvOptions withDelimiter(char d) {
        return new CsvOptions(d, quote, header, nullValue, splitBytes, maxQuotedLines, maxQuotedBytes);
    }

    public CsvOptions withHeader(boolean h) {
        return new CsvOptions(delimiter, quote, h, nullValue, splitBytes, maxQuotedLines, maxQuotedBytes);
    }

    public CsvOptions withSplitBytes(int n) {
        return new CsvOptions(delimiter, quote, header, nullValue, n, maxQuotedLines, maxQuotedBytes);
    }

    public CsvOptions withQuotedLimits(int lines, int bytes) {
        return new CsvOptions(delimiter, quote, header, nullValue, splitBytes, lines, bytes);
    }

    public CsvOptions withNullValue(String n) {
        return new CsvOptions(delimiter, quote, header, n, splitBytes, maxQuotedLines, maxQuotedBytes);
    }
}
