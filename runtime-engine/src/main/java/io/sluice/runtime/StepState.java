package io.sluice.runtime;

/** Life cycle of one step within a run. */
public enum StepState {
    WAITING, RUNNING, DONE, FAILED, CANCELLED
}
