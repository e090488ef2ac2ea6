package io.sluice.runtime.internal.exec;

/**
 * Knobs of one execution.
 *
 * @param threads      workers per pipeline (the number of cores by default)
 * @param batchRows    target rows per batch produced by sources
 * @param queueBatches capacity, in batches, of each queue between concurrently running pipelines
 * @param memoryLimit  limit of the run's root allocator, in bytes
 * @param maxRows      stop sources after about this many rows (preview), or -1
 * @param failOnParseError a source record that does not parse fails the run instead of going to rejects
 * @param retry        how sources and sinks retry transient I/O failures when they open
 */
public record ExecOptions(int threads, int batchRows, int queueBatches, long memoryLimit, long maxRows,
        boolean failOnParseError, io.sluice.runtime.RetryPolicy retry) {
    public ExecOptions(int threads, int batchRows, int queueBatches, long memoryLimit, long maxRows) {
        this(threads, batchRows, queueBatches, memoryLimit, maxRows, false, io.sluice.runtime.RetryPolicy.DEFAULT);
    }

    public ExecOptions(int threads, int batchRows, int queueBatches, long memoryLimit, long maxRows,
            boolean failOnParseError) {
        this(threads, batchRows, queueBatches, memoryLimit, maxRows, failOnParseError, io.sluice.runtime.RetryPolicy.DEFAULT);
    }

    public ExecOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads); //$NON-NLS-1$
        }
        if (batchRows < 1) {
            throw new IllegalArgumentException("batchRows must be >= 1, was " + batchRows); //$NON-NLS-1$
        }
        retry = retry == null ? io.sluice.runtime.RetryPolicy.DEFAULT : retry;
    }

    public static ExecOptions defaults() {
        return new ExecOptions(Runtime.getRuntime().availableProcessors(), 32 * 1024, 4, 4L << 30, -1);
    }

    public ExecOptions withFailOnParseError(boolean fail) {
        return new ExecOptions(threads, batchRows, queueBatches, memoryLimit, maxRows, fail, retry);
    }

    public ExecOptions withThreads(int n) {
        return new ExecOptions(n, batchRows, queueBatches, memoryLimit, maxRows, failOnParseError, retry);
    }

    public ExecOptions withBatchRows(int n) {
        return new ExecOptions(threads, n, queueBatches, memoryLimit, maxRows, failOnParseError, retry);
    }

    public ExecOptions withMemoryLimit(long bytes) {
        return new ExecOptions(threads, batchRows, queueBatches, bytes, maxRows, failOnParseError, retry);
    }

    public ExecOptions withMaxRows(long rows) {
        return new ExecOptions(threads, batchRows, queueBatches, memoryLimit, rows, failOnParseError, retry);
    }

    public ExecOptions withRetry(io.sluice.runtime.RetryPolicy policy) {
        return new ExecOptions(threads, batchRows, queueBatches, memoryLimit, maxRows, failOnParseError, policy);
    }
}
