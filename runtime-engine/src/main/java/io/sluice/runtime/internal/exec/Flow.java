package io.sluice.runtime.internal.exec;

/** What a streaming operator answers after one call (DuckDB's OperatorResultType). */
public enum Flow {
    /** The input batch is consumed; give me the next one. */
    NEEDS_INPUT,
    /** Call me again with the same input: there is more output. */
    HAS_MORE_OUTPUT,
    /** I will produce nothing more (e.g. a limit is reached); the pipeline may stop its source. */
    DONE
}
