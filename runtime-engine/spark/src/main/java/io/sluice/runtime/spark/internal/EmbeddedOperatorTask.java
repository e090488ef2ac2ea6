package io.sluice.runtime.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;

import io.sluice.runtime.CancellationToken;
import io.sluice.runtime.RuleResult;
import io.sluice.runtime.internal.exec.BatchOperator;
import io.sluice.runtime.internal.exec.BatchQueue;
import io.sluice.runtime.internal.exec.ExecContext;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.exec.ExecOptions;
import io.sluice.runtime.internal.exec.Executor;
import io.sluice.runtime.internal.exec.QueueSource;

/**
 * Runs one step's embedded operator over a Spark partition (its {@code out} and {@code rejects} ports as tagged
 * rows, {@link TaggedHandoff}), for a kind whose semantics are the operator's own and are not worth re-deriving in
 * Spark columns (the quality check: rule by rule, first failing QUARANTINE rule, UNIQUE's first occurrence, table
 * rules at the end, samples). The task's thread turns the partition's rows into Arrow batches only when the graph
 * has caught up with them (so the two sides never wait on each other); the graph runs in a thread of its own. The
 * quality rules' results of the partition go to an accumulator the driver reads when the run ends.
 */
public final class EmbeddedOperatorTask implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Makes the operator on the executor from the input and rejects schemas. */
    @FunctionalInterface
    public interface Factory extends Serializable {
        BatchOperator<?> create(Schema input, Schema rejects) throws Exception;
    }

    private final String stepId;
    private final String kind;
    private final String runId;
    private final ArrowRows.Spec input;
    private final ArrowRows.Spec rejects;
    private final Factory factory;
    private final CollectionAccumulator<List<List<Object>>> quality;

    public EmbeddedOperatorTask(String stepId, String kind, String runId, ArrowRows.Spec input, ArrowRows.Spec rejects,
            Factory factory, CollectionAccumulator<List<List<Object>>> quality) {
        this.stepId = stepId;
        this.kind = kind;
        this.runId = runId;
        this.input = input;
        this.rejects = rejects;
        this.factory = factory;
        this.quality = quality;
    }

    /** The tagged rows of {@code out} and {@code rejects} for the partition's rows (Spark's {@code mapPartitions}). */
    public Iterator<Row> apply(Iterator<Row> rows) throws Exception {
        Schema in = input.arrow();
        Schema rej = rejects.arrow();
        BatchOperator<?> op = factory.create(in, rej);
        CancellationToken token = new CancellationToken();
        RootAllocator root = new RootAllocator(1L << 30);
        ExecContext ctx = new ExecContext(runId, root, token, ExecOptions.defaults().withThreads(1));
        BatchQueue feed = new BatchQueue(stepId, in, Integer.MAX_VALUE, token);
        BlockingQueue<Object> out = new LinkedBlockingQueue<>();
        ExecGraph g = new ExecGraph();
        ExecGraph.Node src = g.source(stepId + "#rows", kind, new QueueSource(feed)); //$NON-NLS-1$
        ExecGraph.Node n = g.operator(stepId, kind, op, src.out(), java.util.Map.of(ExecGraph.REJECTS, rej));
        int width = input.names().length;
        int rejectsWidth = rejects.names().length;
        g.sink("_spark_out", "spark", new TaggedHandoff(out, 0, width, rejectsWidth), n.out()); //$NON-NLS-1$ //$NON-NLS-2$
        g.sink("_spark_rejects", "spark", new TaggedHandoff(out, 1, width, rejectsWidth), n.port(ExecGraph.REJECTS)); //$NON-NLS-1$ //$NON-NLS-2$
        Thread t = new Thread(() -> {
            Object last = TaggedHandoff.END;
            try {
                new Executor(g, ctx).run();
                List<List<Object>> results = new ArrayList<>();
                for (RuleResult r : ctx.quality().results()) {
                    results.add(new ArrayList<>(java.util.Arrays.asList(r.step(), r.rule(), r.kind(), r.column(), r.severity(),
                            r.checked(), r.failed(), new ArrayList<>(r.samples()), r.message())));
                }
                if (!results.isEmpty()) {
                    quality.add(results);
                }
            } catch (Throwable e) {
                last = e;
                token.cancel(String.valueOf(e.getMessage()));
            } finally {
                try {
                    feed.close();
                    ctx.close();
                    root.close();
                } catch (Exception e) {
                    last = last == TaggedHandoff.END ? e : last;
                }
            }
            out.add(last);
        }, "sluice-spark-" + stepId); //$NON-NLS-1$
        t.setDaemon(true);
        t.start();
        boolean[] ended = { false };
        return TaggedHandoff.rows(out, () -> {
            if (ended[0]) {
                return false;
            }
            try {
                VectorSchemaRoot batch = ArrowRows.next(rows, in, root);
                if (batch == null) {
                    feed.endOfStream();
                    ended[0] = true;
                    return false;
                }
                try (VectorSchemaRoot b = batch) {
                    feed.put(new VectorUnloader(b).getRecordBatch());
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                token.cancel("interrupted"); //$NON-NLS-1$
                throw new IllegalStateException(e);
            } catch (RuntimeException e) {
                if (token.isCancelled()) { // the graph failed: its error comes through the queue
                    ended[0] = true;
                    return false;
                }
                token.cancel("the Spark task failed: " + e.getMessage()); //$NON-NLS-1$
                throw e;
            }
        });
    }

    /** The quality rules' results in the form the accumulator carries them back. */
    public static List<RuleResult> results(List<List<Object>> carried) {
        List<RuleResult> out = new ArrayList<>();
        for (List<Object> r : carried) {
            @SuppressWarnings("unchecked")
            List<String> samples = (List<String>) r.get(7);
            out.add(new RuleResult((String) r.get(0), (String) r.get(1), (String) r.get(2), (String) r.get(3), (String) r.get(4),
                    (Long) r.get(5), (Long) r.get(6), samples, (String) r.get(8)));
        }
        return out;
    }
}
