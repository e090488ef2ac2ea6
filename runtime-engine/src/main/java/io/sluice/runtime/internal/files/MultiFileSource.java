package io.sluice.runtime.internal.files;

import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.exec.Retry;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Several files read as one source, one after the other in the given (name) order: each worker goes through the
 * files in order and takes morsels of the current one until it has none left, so workers share a file's morsels
 * and move on together. A file is opened when the first worker reaches it (with the run's retries) and closed when
 * the source closes.
 */
public final class MultiFileSource implements BatchSource<MultiFileSource.Global, MultiFileSource.Local> {
    private final Schema schema;
    private final List<BatchSource<?, ?>> files;
    private final String description;

    public MultiFileSource(Schema schema, List<BatchSource<?, ?>> files, String description) {
        this.schema = schema;
        this.files = List.copyOf(files);
        this.description = description;
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public boolean ordered() {
        return true;
    }

    @Override
    public String describe() {
        return description;
    }

    /** The files' global states, opened on demand. */
    public final class Global implements AutoCloseable {
        final StepContext step;
        final AutoCloseable[] globals = new AutoCloseable[files.size()];

        Global(StepContext step) {
            this.step = step;
        }

        @SuppressWarnings({ "rawtypes", "unchecked" })
        synchronized AutoCloseable open(int i) throws Exception {
            if (globals[i] == null) {
                BatchSource src = files.get(i);
                globals[i] = Retry.call(step.run(), step.name(), "open " + src.describe(), () -> src.createGlobal(step)); //$NON-NLS-1$
            }
            return globals[i];
        }

        @Override
        public synchronized void close() throws Exception {
            Exception first = null;
            for (AutoCloseable g : globals) {
                try {
                    if (g != null) {
                        g.close();
                    }
                } catch (Exception e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    /** A worker's position: the file it reads and that file's local state. */
    public static final class Local implements AutoCloseable {
        final WorkerState ws;
        int index;
        AutoCloseable local;

        Local(WorkerState ws) {
            this.ws = ws;
        }

        @Override
        public void close() throws Exception {
            if (local != null) {
                AutoCloseable l = local;
                local = null;
                l.close();
            }
        }
    }

    @Override
    public Global createGlobal(StepContext step) {
        return new Global(step);
    }

    @Override
    public int maxThreads(Global global) {
        return Integer.MAX_VALUE;
    }

    @Override
    public Local createLocal(Global global, WorkerState ws) {
        return new Local(ws);
    }

    @Override
    @SuppressWarnings({ "rawtypes", "unchecked" })
    public boolean next(Global global, Local l, VectorSchemaRoot out, WorkerState ws) throws Exception {
        while (l.index < files.size()) {
            BatchSource src = files.get(l.index);
            AutoCloseable g = global.open(l.index);
            if (l.local == null) {
                l.local = src.createLocal(g, ws);
                ws.morsel(0); // a file source that reads its file on one worker sets no position of its own
            }
            if (src.next(g, l.local, out, ws)) {
                ws.morsel(((long) l.index << 32) | (ws.morsel() & 0xFFFFFFFFL));
                return true;
            }
            l.close();
            l.index++;
        }
        return false;
    }
}
