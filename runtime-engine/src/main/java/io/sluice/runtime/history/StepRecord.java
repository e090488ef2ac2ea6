package io.sluice.runtime.history;

/** Final metrics of one step of a recorded run. */
public record StepRecord(String step, String kind, String state, long rowsIn, long rowsOut, long rowsRejected,
        long batchesOut, long bytesOut, long errors, long elapsedMillis, String message) {
}
