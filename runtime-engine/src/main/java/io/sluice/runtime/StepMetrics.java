package io.sluice.runtime;

/**
 * Immutable snapshot of one step's counters.
 *
 * @param step       step name (unique in the pipeline)
 * @param kind       step kind, e.g. {@code csvSource}, {@code filter}
 * @param state      life-cycle state
 * @param rowsIn     rows received on all inputs
 * @param rowsOut    rows emitted on the main output ({@code out})
 * @param rowsRejected rows emitted on the {@code rejects} output (parse errors, later quality rules)
 * @param batchesIn  batches received
 * @param batchesOut batches emitted on the main output
 * @param bytesOut   Arrow buffer bytes emitted on the main output
 * @param rowsPerSecond rows out (rows in for sinks) per second of the step's running time
 * @param queueFill  fill ratio 0..1 of the step's input queue, or -1 when its input is not queued
 * @param errors     number of errors (rejected rows count as errors)
 * @param elapsedMillis running time so far
 * @param message    failure message, or null
 * @param rowsFiltered rows dropped on purpose (a filter's condition not true, a duplicate in a dedup)
 */
public record StepMetrics(String step, String kind, StepState state, long rowsIn, long rowsOut, long rowsRejected,
        long batchesIn, long batchesOut, long bytesOut, double rowsPerSecond, double queueFill, long errors,
        long elapsedMillis, String message, long rowsFiltered) {
    public StepMetrics {
        message = Redaction.redact(message);
    }
}
