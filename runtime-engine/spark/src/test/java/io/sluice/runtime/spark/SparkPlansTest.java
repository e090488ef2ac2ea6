package io.sluice.runtime.spark;

import static io.sluice.runtime.spark.Engines.P;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.Join;
import io.sluice.model.ParquetSink;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.QueryExecution;
import org.apache.spark.sql.util.QueryExecutionListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The physical plans Spark makes of translated pipelines: what Spark's optimizer can do for a hand-written job it
 * must be able to do for the same pipeline translated by Sluice.
 */
class SparkPlansTest {
    static SparkSession spark;
    static final List<String> PLANS = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkEngine.session("local[2]");
        spark.listenerManager().register(new QueryExecutionListener() {
            @Override
            public void onSuccess(String funcName, QueryExecution qe, long durationNs) {
                PLANS.add(qe.executedPlan().toString());
            }

            @Override
            public void onFailure(String funcName, QueryExecution qe, Exception exception) {
                PLANS.add(qe.executedPlan().toString());
            }
        });
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /**
     * A file source tells Spark its size, as Spark's own file sources do: joined with a small lookup file, the lookup
     * side is broadcast and the large side neither shuffled nor sorted. (A source of unknown size made every join a
     * sort-merge join, shuffling and sorting ten million orders where the hand-written job broadcast the customers.)
     */
    @Test
    void aSmallFileSourceIsBroadcastToTheJoinAsSparksOwnFileSourceWouldBe() throws Exception {
        StringBuilder orders = new StringBuilder("id,cust\n");
        long known = 0;
        for (int i = 0; i < 2000; i++) {
            orders.append(i).append(',').append(i % 7).append('\n');
            known += i % 7 < 6 ? 1 : 0;
        }
        Path o = Files.writeString(dir.resolve("orders.csv"), orders, StandardCharsets.UTF_8);
        Path c = Files.writeString(dir.resolve("customers.csv"), "cust,name\n0,a\n1,b\n2,c\n3,d\n4,e\n5,f\n", StandardCharsets.UTF_8);
        Engines.Builder b = new Engines.Builder("plans");
        var os = SparkEquivalenceTest.source(b, "orders", o, "id:INT64", "cust:INT64");
        var cs = SparkEquivalenceTest.source(b, "customers", c, "cust:INT64", "name:STRING");
        Join j = b.add(P.getJoin(), "join");
        j.getLeftKeys().add("cust");
        j.getRightKeys().add("cust");
        b.link(os, "out", j, "left").link(cs, "out", j, "right");
        ParquetSink out = b.add(P.getParquetSink(), "write");
        out.setPath(dir.resolve("out.parquet").toString());
        b.link(j, out);

        PLANS.clear();
        RunResult r = new SparkEngine(null).run(RunRequest.of(b.pipeline, null, dir).withHistory(false), spark);
        assertEquals(RunStatus.SUCCEEDED, r.status(), String.valueOf(r.error()));
        assertEquals(known, spark.read().parquet(dir.resolve("out.parquet").toUri().toString()).count(),
                "orders whose customer is not in the lookup (cust 6) are dropped by the inner join");
        String plans = String.join("\n", PLANS);
        assertTrue(plans.contains("BroadcastHashJoin"), "the lookup side is broadcast:\n" + plans);
        assertTrue(!plans.contains("SortMergeJoin"), "no sort-merge join:\n" + plans);
    }
}
