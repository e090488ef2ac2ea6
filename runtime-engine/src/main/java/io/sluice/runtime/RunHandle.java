package io.sluice.runtime;

import java.util.concurrent.CompletableFuture;

/** A started run: its id, its outcome (never completes exceptionally), cancellation and the latest metrics. */
public interface RunHandle {
    String runId();

    /** Completes when the run ended, with the result whatever the outcome. */
    CompletableFuture<RunResult> result();

    /** Asks the run to stop; the result then has status CANCELLED (unless it had already ended). */
    void cancel();

    /** The current metrics. */
    RunSnapshot snapshot();
}
