package io.sluice.runtime.history;

/** Final metrics of one step of a recorded run ({@code rowsFiltered}: rows dropped on purpose). */
public record StepRecord(String step, String kind, String state, long rowsIn, long rowsOut, long rowsRejected,
        long batchesOut, long bytesOut, long errors, long elapsedMillis, String message, long rowsFiltered) {
    /** A record without filtered rows (0). */
    public StepRecord(String step, String kind, String state, long rowsIn, long rowsOut, long rowsRejected,
            long batchesOut, long bytesOut, long errors, long elapsedMillis, String message) {
        this(step, kind, state, rowsIn, rowsOut, rowsRejected, batchesOut, bytesOut, errors, elapsedMillis, message, 0);
    }
}
