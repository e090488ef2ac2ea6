package io.sluice.bench.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import io.sluice.bench.data.DataSet;
import io.sluice.bench.data.OrdersGenerator;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.spark.SparkEngine;

/**
 * {@code SparkBench ROWS REPS [WARMUPS [aggregate,join]]}: the orders aggregate and join on the embedded engine (2 threads), on Sluice-on-Spark
 * {@code local[2]} and as a hand-written Spark DataFrame job, one warm-up and REPS measured runs each, side by side,
 * medians of wall and CPU time;
 * outputs of the three are checked to have the same row count.
 */
public final class SparkBench {
    private SparkBench() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        warmups = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<String> workloads = args.length > 3 ? List.of(args[3].split(",")) : List.of("aggregate", "join"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Path root = Path.of(System.getProperty("user.dir"));
        Path base = Path.of("/tmp/sluice-bench"); //$NON-NLS-1$
        DataSet ds = new DataSet(base.resolve("data-" + rows), rows, OrdersGenerator.defaultCustomers(rows), DataSet.DEFAULT_SEED); //$NON-NLS-1$
        ds.ensure(Runtime.getRuntime().availableProcessors());
        Path out = Files.createDirectories(base.resolve("spark-out")); //$NON-NLS-1$
        SparkSession spark = SparkEngine.session("local[2]"); //$NON-NLS-1$
        try {
            Path agg = root.resolve("examples/orders.sluice");
            Path join = root.resolve("bench/src/main/resources/io/sluice/bench/orders-join.sluice");
            RunRequest aggReq = RunRequest.of(agg).withParameter("input", ds.orders().toString()).withThreads(2).withHistory(false); //$NON-NLS-1$
            RunRequest joinReq = RunRequest.of(join).withParameter("orders", ds.orders().toString()) //$NON-NLS-1$
                    .withParameter("customers", ds.customersFile().toString()).withThreads(2).withHistory(false); //$NON-NLS-1$
            System.out.printf(Locale.ROOT, "%,d rows, local[2] / 2 threads, medians of %d runs after %d warm-up(s)%n", rows, reps, warmups); //$NON-NLS-1$
            System.out.printf(Locale.ROOT, "%-10s %16s %16s %16s %16s%n", "workload", "embedded", "sluice-on-spark", "hand-written", "overhead"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            System.out.printf(Locale.ROOT, "%-10s %16s %16s %16s %16s%n", "", "wall / cpu s", "wall / cpu s", "wall / cpu s", "wall / cpu"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            if (workloads.contains("aggregate")) { //$NON-NLS-1$
            report("aggregate", reps, //$NON-NLS-1$
                    () -> embedded(aggReq.withParameter("output", out.resolve("agg-embedded.parquet").toString())), //$NON-NLS-1$ //$NON-NLS-2$
                    () -> onSpark(spark, aggReq.withParameter("output", out.resolve("agg-sluice-spark.parquet").toString())), //$NON-NLS-1$ //$NON-NLS-2$
                    () -> handAggregate(spark, ds, out.resolve("agg-hand")), //$NON-NLS-1$
                    spark, out.resolve("agg-embedded.parquet"), out.resolve("agg-sluice-spark.parquet"), out.resolve("agg-hand")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            if (workloads.contains("join")) { //$NON-NLS-1$
            report("join", reps, //$NON-NLS-1$
                    () -> embedded(joinReq.withParameter("output", out.resolve("join-embedded.parquet").toString())), //$NON-NLS-1$ //$NON-NLS-2$
                    () -> onSpark(spark, joinReq.withParameter("output", out.resolve("join-sluice-spark.parquet").toString())), //$NON-NLS-1$ //$NON-NLS-2$
                    () -> handJoin(spark, ds, out.resolve("join-hand")), //$NON-NLS-1$
                    spark, out.resolve("join-embedded.parquet"), out.resolve("join-sluice-spark.parquet"), out.resolve("join-hand")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        } finally {
            spark.stop();
        }
    }

    /**
     * Times the three ways side by side: after the warm-ups, each rep runs the embedded engine, then Sluice-on-Spark and
     * the hand-written job in alternating order (so load from other processes hits both alike); medians of wall and
     * process CPU time (Spark's local executors run in this process, so CPU is all of a run's work).
     */
    private static void report(String name, int reps, Supplier<Void> embedded, Supplier<Void> sluice, Supplier<Void> hand,
            SparkSession spark, Path... outputs) {
        List<Supplier<Void>> ways = List.of(embedded, sluice, hand);
        for (int i = 0; i < warmups; i++) {
            ways.forEach(Supplier::get);
        }
        List<List<double[]>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int r = 0; r < reps; r++) {
            int[] order = r % 2 == 0 ? new int[] { 0, 1, 2 } : new int[] { 0, 2, 1 };
            for (int w : order) {
                times.get(w).add(measure(ways.get(w)));
            }
            System.out.printf(Locale.ROOT, "  %s rep %d: sluice-on-spark %.2fs / %.2fs cpu, hand-written %.2fs / %.2fs cpu, load %s%n", name, r + 1, //$NON-NLS-1$
                    times.get(1).get(r)[0], times.get(1).get(r)[1], times.get(2).get(r)[0], times.get(2).get(r)[1], load());
        }
        long[] counts = new long[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            counts[i] = spark.read().parquet(outputs[i].toUri().toString()).count();
        }
        if (counts[0] != counts[1] || counts[0] != counts[2]) {
            throw new IllegalStateException(name + ": output row counts differ: " + java.util.Arrays.toString(counts)); //$NON-NLS-1$
        }
        double[] e = medians(times.get(0));
        double[] s = medians(times.get(1));
        double[] h = medians(times.get(2));
        System.out.printf(Locale.ROOT, "%-10s %7.2f / %6.2f %7.2f / %6.2f %7.2f / %6.2f %6.0f%% / %5.0f%%%n", name, e[0], e[1], s[0], s[1], h[0], //$NON-NLS-1$
                h[1], (s[0] / h[0] - 1) * 100, (s[1] / h[1] - 1) * 100);
    }

    private static double[] measure(Supplier<Void> run) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        run.get();
        return new double[] { (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9 };
    }

    private static double[] medians(List<double[]> runs) {
        double[] m = new double[2];
        for (int k = 0; k < 2; k++) {
            final int kk = k;
            List<Double> v = new ArrayList<>(runs.stream().map(t -> t[kk]).toList());
            Collections.sort(v);
            m[k] = v.get(v.size() / 2);
        }
        return m;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0]; //$NON-NLS-1$ //$NON-NLS-2$
        } catch (java.io.IOException e) {
            return "?"; //$NON-NLS-1$
        }
    }

    private static Void embedded(RunRequest req) {
        check(new SluiceEngine(null, 4L << 30).run(req));
        return null;
    }

    private static Void onSpark(SparkSession spark, RunRequest req) {
        check(new SparkEngine(null).run(req, spark));
        return null;
    }

    private static void check(RunResult r) {
        if (!r.succeeded()) {
            throw new IllegalStateException(r.error() + " " + r.problems()); //$NON-NLS-1$
        }
    }

    private static int warmups = 1;

    static final StructType ORDERS = new StructType().add("order_id", DataTypes.LongType).add("customer_id", DataTypes.LongType) //$NON-NLS-1$ //$NON-NLS-2$
            .add("country", DataTypes.StringType).add("order_ts", DataTypes.TimestampType).add("amount", DataTypes.DoubleType) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .add("quantity", DataTypes.IntegerType).add("status", DataTypes.StringType).add("email", DataTypes.StringType); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    static final StructType CUSTOMERS = new StructType().add("customer_id", DataTypes.LongType).add("name", DataTypes.StringType) //$NON-NLS-1$ //$NON-NLS-2$
            .add("country", DataTypes.StringType).add("segment", DataTypes.StringType).add("signup_date", DataTypes.DateType); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private static Dataset<Row> csv(SparkSession spark, StructType schema, Path file) {
        return spark.read().schema(schema).option("header", true).option("timestampFormat", "yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .csv(file.toUri().toString());
    }

    /** The example's aggregate written by hand with the DataFrame API. */
    private static Void handAggregate(SparkSession spark, DataSet ds, Path out) {
        csv(spark, ORDERS, ds.orders()).filter(col("status").equalTo("paid").and(col("quantity").gt(0))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .withColumn("revenue", col("amount").multiply(col("quantity"))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .withColumn("day", col("order_ts").cast(DataTypes.DateType)) //$NON-NLS-1$ //$NON-NLS-2$
                .groupBy(col("country"), col("day")) //$NON-NLS-1$ //$NON-NLS-2$
                .agg(sum("revenue").as("revenue"), count(lit(1)).as("orders"), avg("amount").as("avg_amount")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .orderBy(col("country").asc_nulls_last(), col("day").asc_nulls_last()).coalesce(1) //$NON-NLS-1$ //$NON-NLS-2$
                .write().mode(SaveMode.Overwrite).parquet(out.toUri().toString());
        return null;
    }

    /** The join workload by hand: earliest order per id, joined with its customer. */
    private static Void handJoin(SparkSession spark, DataSet ds, Path out) {
        Dataset<Row> orders = csv(spark, ORDERS, ds.orders());
        Dataset<Row> first = orders.withColumn("rn", row_number().over(Window.partitionBy("order_id").orderBy(col("order_ts").asc_nulls_last()))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .filter(col("rn").equalTo(1)).drop("rn"); //$NON-NLS-1$ //$NON-NLS-2$
        Dataset<Row> customers = csv(spark, CUSTOMERS, ds.customersFile()).withColumnRenamed("customer_id", "c_id") //$NON-NLS-1$ //$NON-NLS-2$
                .withColumnRenamed("country", "c_country"); //$NON-NLS-1$ //$NON-NLS-2$
        first.join(customers, first.col("customer_id").equalTo(customers.col("c_id")), "inner").coalesce(1) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .write().mode(SaveMode.Overwrite).parquet(out.toUri().toString());
        return null;
    }
}
