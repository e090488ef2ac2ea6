package io.sluice.runtime.internal.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.arrow.vector.types.pojo.Schema;

import io.sluice.runtime.internal.exec.BatchSource;

/**
 * The skeleton every reader of one file shares (CSV, JSON lines, Parquet, Arrow IPC): the file and the declared
 * schema, a file's rows in the order a user sees them, and the file named in retry logs and messages. A reader adds
 * how it opens the file ({@link #createGlobal}) and cuts it into morsels.
 *
 * @param <G> the reader's global state (the opened file)
 * @param <L> one worker's local state
 */
public abstract class AbstractFileReader<G extends AutoCloseable, L extends AutoCloseable> implements BatchSource<G, L> {
    /** The file read. */
    protected final Path file;
    /** The declared columns, in the order the batches have them. */
    protected final Schema schema;

    protected AbstractFileReader(Path file, Schema schema) {
        this.file = java.util.Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        this.schema = java.util.Objects.requireNonNull(schema, "schema"); //$NON-NLS-1$
    }

    @Override
    public final boolean ordered() {
        return true;
    }

    @Override
    public final String describe() {
        return file.toString();
    }

    @Override
    public final Schema schema() {
        return schema;
    }

    /** The failure of a declared column the file does not have, naming the columns it has. */
    protected final IOException noColumn(String column, List<String> fileHas) {
        return new IOException(file + ": no column '" + column + "'; the file has " + fileHas); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Whether the first {@code length} bytes of {@code b} start with the UTF-8 byte order mark (EF BB BF). */
    public static boolean utf8Bom(byte[] b, int length) {
        return length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
