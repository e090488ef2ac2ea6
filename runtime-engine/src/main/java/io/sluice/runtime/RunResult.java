package io.sluice.runtime;

import io.sluice.model.validation.Problem;

import java.time.Instant;
import java.util.List;

/**
 * Final outcome of a run.
 *
 * @param runId    id of the run (also the key in the run history)
 * @param status   SUCCEEDED, FAILED, CANCELLED, or INVALID (refused before running: see problems)
 * @param problems validation problems when INVALID
 * @param error    message of the failure naming step (and file/line where known), or null
 * @param finalSnapshot last metrics snapshot (empty step list when INVALID)
 * @param accounting    the row accounting of a run that ran to the end, or null
 * @param quality  the result of every rule of every quality step that started, in step and rule order (also when
 *                 the run failed: a FAIL rule that stopped it has failed &gt; 0)
 * @param retries  transient failures that were retried, in order
 */
public record RunResult(String runId, RunStatus status, Instant startedAt, Instant endedAt, List<Problem> problems,
        String error, RunSnapshot finalSnapshot, RowAccounting accounting, List<RuleResult> quality,
        List<RetryEvent> retries) {
    public RunResult {
        error = Redaction.redact(error);
        problems = List.copyOf(problems);
        quality = quality == null ? List.of() : List.copyOf(quality);
        retries = retries == null ? List.of() : List.copyOf(retries);
    }

    /** A result without quality rules or retries. */
    public RunResult(String runId, RunStatus status, Instant startedAt, Instant endedAt, List<Problem> problems,
            String error, RunSnapshot finalSnapshot, RowAccounting accounting) {
        this(runId, status, startedAt, endedAt, problems, error, finalSnapshot, accounting, List.of(), List.of());
    }

    /** A result without accounting (refused, failed or cancelled runs). */
    public RunResult(String runId, RunStatus status, Instant startedAt, Instant endedAt, List<Problem> problems,
            String error, RunSnapshot finalSnapshot) {
        this(runId, status, startedAt, endedAt, problems, error, finalSnapshot, null);
    }

    public boolean succeeded() {
        return status == RunStatus.SUCCEEDED;
    }

    /** The same result with another status and error (e.g. failed by the row accounting). */
    public RunResult with(RunStatus newStatus, String newError, RowAccounting newAccounting) {
        return new RunResult(runId, newStatus, startedAt, endedAt, problems, newError, finalSnapshot, newAccounting, quality,
                retries);
    }
}
