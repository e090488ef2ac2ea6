package io.sluice.runtime.internal.exec;

import io.sluice.runtime.RetryEvent;
import io.sluice.runtime.RetryPolicy;

import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.time.Instant;

/**
 * Retries an operation that failed transiently (see {@link #isTransient}), waiting with exponential backoff as the
 * run's {@link RetryPolicy} says, and logs every retry in the run ({@link ExecContext#retried}). A permanent failure,
 * or a transient one after the last attempt, is thrown as it came. Waiting stops when the run is cancelled.
 */
public final class Retry {
    private Retry() {
    }

    /** An operation that may fail. */
    public interface Call<T> {
        T call() throws Exception;
    }

    public static <T> T call(ExecContext ctx, String step, String operation, Call<T> c) throws Exception {
        for (int attempt = 1;; attempt++) {
            try {
                return c.call();
            } catch (Exception e) {
                if (!again(ctx, step, operation, attempt, e)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Whether attempt {@code attempt} (from 1), which failed with {@code e}, is to be retried: the failure is transient
     * and the policy has attempts left. If so, the retry is logged in the run and the backoff waited out.
     */
    public static boolean again(ExecContext ctx, String step, String operation, int attempt, Exception e)
            throws InterruptedException {
        RetryPolicy policy = ctx.options().retry();
        if (attempt > policy.retries() || !isTransient(e)) {
            return false;
        }
        Duration d = policy.delayAfter(attempt);
        ctx.retried(new RetryEvent(step, operation, attempt, d.toMillis(),
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS), StepFailure.describe(e)));
        sleep(ctx, d);
        return true;
    }

    private static void sleep(ExecContext ctx, Duration d) throws InterruptedException {
        long end = System.nanoTime() + d.toNanos();
        while (true) {
            ctx.token().throwIfCancelled();
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Thread.sleep(Math.min(50, Math.max(1, left / 1_000_000)));
        }
    }

    /**
     * Whether a failure may go away by itself: a JDBC connection refused, lost or timed out
     * ({@link SQLTransientException}, {@link SQLRecoverableException}, SQL state class 08 or PostgreSQL's 57P01-57P03, H2's 90067 "connection is
     * broken", a socket error in the cause chain), a file locked by another process ({@link FileLockedException}) or
     * not readable for now ({@link AccessDeniedException}). Bad SQL, a missing file, a parse error are permanent.
     */
    public static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                // 57P01-57P03: the server ended the session (pg_terminate_backend, a shutdown) or does not accept yet
                if ((state != null && (state.startsWith("08") || state.matches("57P0[123]"))) || s.getErrorCode() == 90067) { //$NON-NLS-1$ //$NON-NLS-2$
                    return true;
                }
            }
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.NoRouteToHostException) {
                return true;
            }
            if (t instanceof FileLockedException || t instanceof AccessDeniedException
                    || t instanceof OverlappingFileLockException) {
                return true;
            }
        }
        return false;
    }

    /** A file another process holds an exclusive lock on (a writer still writing it). */
    public static final class FileLockedException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        public FileLockedException(String file) {
            super(file, null, "locked by another process"); //$NON-NLS-1$
        }
    }

    private static final Object PROBES = new Object();

    /** Opens a file for reading and checks that no writer holds an exclusive lock on it. */
    public static java.nio.channels.FileChannel openForRead(java.nio.file.Path file) throws IOException {
        java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ);
        try {
            checkNotLocked(ch, file.toString());
            return ch;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /**
     * Throws {@link FileLockedException} when someone holds an exclusive lock on the open file: takes a shared lock
     * and releases it at once (probes are serialized, so two of our own readers never collide).
     */
    public static void checkNotLocked(java.nio.channels.FileChannel ch, String file) throws IOException {
        synchronized (PROBES) {
            java.nio.channels.FileLock l;
            try {
                l = ch.tryLock(0, Long.MAX_VALUE, true);
            } catch (OverlappingFileLockException e) {
                throw new FileLockedException(file);
            }
            if (l == null) {
                throw new FileLockedException(file);
            }
            l.release();
        }
    }
}
