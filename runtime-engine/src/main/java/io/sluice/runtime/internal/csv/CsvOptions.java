package io.sluice.runtime.internal.csv;

/**
 * Options of CSV reading and writing (RFC 4180, UTF-8).
 *
 * @param delimiter  field separator (a single ASCII character)
 * @param quote      quote character (a single ASCII character)
 * @param header     the first record is a header
 * @param nullValue  unquoted text read as NULL (besides the empty unquoted field), written for NULL; may be ""
 * @param splitBytes target size of the chunks parsed in parallel
 */
public record CsvOptions(char delimiter, char quote, boolean header, String nullValue, int splitBytes) {
    public CsvOptions {
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
        return new CsvOptions(d, quote, header, nullValue, splitBytes);
    }

    public CsvOptions withHeader(boolean h) {
        return new CsvOptions(delimiter, quote, h, nullValue, splitBytes);
    }

    public CsvOptions withSplitBytes(int n) {
        return new CsvOptions(delimiter, quote, header, nullValue, n);
    }

    public CsvOptions withNullValue(String n) {
        return new CsvOptions(delimiter, quote, header, n, splitBytes);
    }
}
