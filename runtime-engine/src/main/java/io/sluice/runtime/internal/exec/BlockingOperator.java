package io.sluice.runtime.internal.exec;

/**
 * A pipeline breaker (aggregate, sort, join build): the sink of one pipeline and the source of the next.
 * The executor runs the sink pipeline to completion, then hands the sink's finished global state to
 * {@link #resultSource}. The global state stays open until the end of the run.
 */
public interface BlockingOperator<G extends AutoCloseable> {
    BatchSink<G, ?> sink();

    BatchSource<?, ?> resultSource(G finishedState);

    org.apache.arrow.vector.types.pojo.Schema outputSchema();
}
