package io.sluice.runtime;

/** Outcome (or current state) of a run. */
public enum RunStatus {
    RUNNING, SUCCEEDED, FAILED, CANCELLED, INVALID
}
