package io.sluice.bench.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a CSV file made of independent chunks of rows: workers format chunks into byte arrays, the calling
 * thread writes them in order. The file is written under a temporary name and moved into place at the end,
 * so a half-written file never looks complete.
 */
final class ChunkedCsvWriter {
    /** Formats rows [first, first + count) into the buffer. */
    interface ChunkFormatter {
        void format(long first, int count, AsciiBuffer out);
    }

    static final int CHUNK_ROWS = 1 << 16;

    private ChunkedCsvWriter() {
    }

    static void write(Path file, byte[] header, long rows, int threads, ChunkFormatter formatter) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + file.getFileName() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        int workers = Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "bench-generator"); //$NON-NLS-1$
            t.setDaemon(true);
            return t;
        });
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            out.write(header);
            Deque<Future<byte[]>> inFlight = new ArrayDeque<>();
            long next = 0;
            while (next < rows || !inFlight.isEmpty()) {
                while (next < rows && inFlight.size() < workers * 2) {
                    long first = next;
                    int count = (int) Math.min(CHUNK_ROWS, rows - first);
                    inFlight.add(pool.submit(() -> {
                        AsciiBuffer buf = new AsciiBuffer(count * 96);
                        formatter.format(first, count, buf);
                        return buf.toByteArray();
                    }));
                    next += count;
                }
                out.write(take(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] take(Future<byte[]> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating", e); //$NON-NLS-1$
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException("generator chunk failed", e.getCause()); //$NON-NLS-1$
        }
    }
}
