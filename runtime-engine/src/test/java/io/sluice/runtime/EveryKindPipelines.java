package io.sluice.runtime;

import io.sluice.model.AggregateFunction;
import io.sluice.model.Aggregation;
import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.Deduplicate;
import io.sluice.model.Derivation;
import io.sluice.model.Derive;
import io.sluice.model.Filter;
import io.sluice.model.Join;
import io.sluice.model.Mask;
import io.sluice.model.MaskMethod;
import io.sluice.model.QualityCheck;
import io.sluice.model.QualityRuleKind;
import io.sluice.model.QualitySeverity;
import io.sluice.model.Select;
import io.sluice.model.SelectColumn;
import io.sluice.model.Sort;
import io.sluice.model.SortKey;
import io.sluice.model.Step;
import io.sluice.model.Union;
import io.sluice.model.Window;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EClass;

/**
 * The operator tests' pipelines with every step kind, shared by the runtime's {@code StepKindsThroughEngineTest} and
 * the Spark module's equivalence suite (through the runtime's test jar): {@link #allTransforms()} (two CSV sources,
 * every transform, fan-out, rejects to sinks, every file sink kind and a JDBC sink) and {@link #readBack()} (a source
 * of each remaining kind over what the first wrote, and Unnest/Flatten over nested JSON lines). Inputs are generated
 * into, and outputs written to, one folder; the JDBC steps use the URL given.
 */
public final class EveryKindPipelines {
    public static final int ORDERS = 500;
    public static final int NULL_TS = 25; // every 20th order has no event time
    public static final int CUSTOMERS = 12;

    /** The files {@link #allTransforms()} writes into the folder (the JDBC sink writes the table {@code customers}). */
    public static final List<String> ALL_TRANSFORMS_OUTPUTS = List.of("bad.csv", "quarantine.jsonl", "joined.parquet",
            "windows.arrow", "all.csv", "pivoted.csv");

    /** The files {@link #readBack()} writes into the folder. */
    public static final List<String> READ_BACK_OUTPUTS = List.of("pq.csv", "ipc.csv", "json.csv", "jdbc.csv", "nested.csv");

    private final Path dir;
    private final String jdbcUrl;

    /** Inputs and outputs in {@code dir}; the JDBC sink and source connect to {@code jdbcUrl}. */
    public EveryKindPipelines(Path dir, String jdbcUrl) {
        this.dir = dir;
        this.jdbcUrl = jdbcUrl;
    }

    /** Writes the orders CSV: {@value #ORDERS} orders, one line that is a parse reject after the 100th. */
    public Path orders() throws Exception {
        StringBuilder sb = new StringBuilder("id,cust,ts,amount,email\n");
        for (int i = 1; i <= ORDERS; i++) {
            String ts = i % 20 == 0 ? "" : String.format("2024-03-01 %02d:%02d:00", (i / 60) % 24, i % 60);
            sb.append(i).append(',').append(i % CUSTOMERS).append(',').append(ts).append(',').append(i % 100).append(".5,")
                    .append("user").append(i).append("@example.org\n");
            if (i == 100) {
                sb.append("not-a-number,1,,1.0,x@y\n"); // a parse reject
            }
        }
        return Files.writeString(dir.resolve("orders.csv"), sb.toString(), StandardCharsets.UTF_8);
    }

    public CsvSource ordersSource(TestPipelines t) throws Exception {
        CsvSource orders = t.add(TestPipelines.P.getCsvSource(), "orders");
        orders.setPath(orders().toString());
        TestPipelines.columns(orders, "id:INT64!", "cust:INT64", "ts:TIMESTAMP", "amount:FLOAT64", "email:STRING");
        return orders;
    }

    public Path customers() throws Exception {
        StringBuilder sb = new StringBuilder("cust,name\n");
        for (int c = 0; c < CUSTOMERS; c++) {
            sb.append(c).append(",name ").append(c).append('\n');
        }
        return Files.writeString(dir.resolve("customers.csv"), sb.toString(), StandardCharsets.UTF_8);
    }

    public static <T extends Step> T sink(TestPipelines t, EClass kind, String name, Path file) {
        T s = t.add(kind, name);
        ((io.sluice.model.FileSink) s).setPath(file.toString());
        return s;
    }

    public static Aggregation agg(AggregateFunction fn, String column) {
        Aggregation a = TestPipelines.F.createAggregation();
        a.setFunction(fn);
        a.setColumn(column);
        return a;
    }

    /**
     * Sources, every transform, every sink kind but JDBC's source; fan-out of five, rejects to sinks. Writes
     * {@link #ALL_TRANSFORMS_OUTPUTS} into the folder and the table {@code customers} through the JDBC URL.
     */
    public TestPipelines allTransforms() throws Exception {
        TestPipelines t = new TestPipelines("all");
        CsvSource orders = ordersSource(t);
        CsvSource customers = t.add(TestPipelines.P.getCsvSource(), "customers");
        customers.setPath(customers().toString());
        TestPipelines.columns(customers, "cust:INT64", "name:STRING");
        CsvSink bad = sink(t, TestPipelines.P.getCsvSink(), "bad", dir.resolve("bad.csv"));
        Filter paid = t.add(TestPipelines.P.getFilter(), "paid");
        paid.setCondition("amount > 5");
        Mask mask = t.add(TestPipelines.P.getMask(), "mask");
        mask.setMethod(MaskMethod.REDACT);
        mask.getColumns().add("email");
        QualityCheck check = t.add(TestPipelines.P.getQualityCheck(), "check");
        TestPipelines.rule(check, "not too big", QualityRuleKind.RANGE, "amount", QualitySeverity.QUARANTINE).setMax("90");
        io.sluice.model.JsonLinesSink quarantine = sink(t, TestPipelines.P.getJsonLinesSink(), "quarantine",
                dir.resolve("quarantine.jsonl"));
        Sort sort = t.add(TestPipelines.P.getSort(), "sorted");
        SortKey key = TestPipelines.F.createSortKey();
        key.setColumn("id");
        sort.getKeys().add(key);
        Select sel = t.add(TestPipelines.P.getSelect(), "sel");
        for (String c : List.of("id", "cust", "ts", "amount")) {
            SelectColumn sc = TestPipelines.F.createSelectColumn();
            sc.setColumn(c);
            sel.getColumns().add(sc);
        }
        io.sluice.model.Aggregate byCust = t.add(TestPipelines.P.getAggregate(), "byCust");
        byCust.getGroupKeys().add("cust");
        byCust.getAggregations().add(agg(AggregateFunction.SUM, "amount"));
        Join join = t.add(TestPipelines.P.getJoin(), "join");
        join.getLeftKeys().add("cust");
        join.getRightKeys().add("cust");
        io.sluice.model.ParquetSink joined = sink(t, TestPipelines.P.getParquetSink(), "joined", dir.resolve("joined.parquet"));
        Window win = t.add(TestPipelines.P.getWindow(), "win");
        win.setEventTimeColumn("ts");
        win.setSize("1h");
        win.getAggregations().add(agg(AggregateFunction.COUNT_ALL, null));
        io.sluice.model.ArrowIpcSink windows = sink(t, TestPipelines.P.getArrowIpcSink(), "windows",
                dir.resolve("windows.arrow"));
        Deduplicate dedup = t.add(TestPipelines.P.getDeduplicate(), "dedup");
        dedup.getKeys().add("cust");
        Union union = t.add(TestPipelines.P.getUnion(), "union");
        Derive derive = t.add(TestPipelines.P.getDerive(), "derive");
        Derivation dv = TestPipelines.F.createDerivation();
        dv.setName("twice");
        dv.setExpression("amount * 2");
        derive.getDerivations().add(dv);
        CsvSink all = sink(t, TestPipelines.P.getCsvSink(), "all", dir.resolve("all.csv"));
        io.sluice.model.Unpivot unpivot = t.add(TestPipelines.P.getUnpivot(), "unpivot");
        unpivot.getColumns().addAll(List.of("id", "amount")); // one row becomes two
        io.sluice.model.Pivot pivot = t.add(TestPipelines.P.getPivot(), "pivot");
        pivot.getGroupKeys().add("cust");
        pivot.setPivotColumn("name");
        pivot.getValues().addAll(List.of("id", "amount"));
        pivot.setFunction(AggregateFunction.SUM);
        pivot.setValueColumn("value");
        CsvSink pivoted = sink(t, TestPipelines.P.getCsvSink(), "pivoted", dir.resolve("pivoted.csv"));
        io.sluice.model.JdbcSink db = t.add(TestPipelines.P.getJdbcSink(), "db");
        db.setUrl(jdbcUrl);
        db.setTable("customers");
        t.link(orders, paid).link(orders, "rejects", bad, "in").link(paid, mask).link(mask, check)
                .link(check, "rejects", quarantine, "in").link(check, sort).link(sort, sel)
                .link(sel, byCust).link(byCust, "out", join, "left").link(customers, "out", join, "right").link(join, joined)
                .link(sel, win).link(win, windows)
                .link(sel, dedup).link(dedup, union).link(sel, union).link(union, derive).link(derive, all)
                .link(sel, unpivot).link(unpivot, pivot).link(pivot, pivoted)
                .link(customers, db);
        return t;
    }

    /** Reads back what {@link #allTransforms()} wrote, one source of each remaining kind. */
    public TestPipelines readBack() throws Exception {
        TestPipelines t = new TestPipelines("back");
        io.sluice.model.ParquetSource pq = t.add(TestPipelines.P.getParquetSource(), "pq");
        pq.setPath(dir.resolve("joined.parquet").toString());
        io.sluice.model.ArrowIpcSource ipc = t.add(TestPipelines.P.getArrowIpcSource(), "ipc");
        ipc.setPath(dir.resolve("windows.arrow").toString());
        io.sluice.model.JsonLinesSource json = t.add(TestPipelines.P.getJsonLinesSource(), "json");
        json.setPath(dir.resolve("quarantine.jsonl").toString());
        io.sluice.model.JdbcSource jdbc = t.add(TestPipelines.P.getJdbcSource(), "jdbc");
        jdbc.setUrl(jdbcUrl);
        jdbc.setQuery("SELECT cust, name FROM customers"); // the sink created the table with names as H2 folds them
        t.link(pq, sink(t, TestPipelines.P.getCsvSink(), "pqOut", dir.resolve("pq.csv")));
        t.link(ipc, sink(t, TestPipelines.P.getCsvSink(), "ipcOut", dir.resolve("ipc.csv")));
        t.link(json, sink(t, TestPipelines.P.getCsvSink(), "jsonOut", dir.resolve("json.csv")));
        t.link(jdbc, sink(t, TestPipelines.P.getCsvSink(), "jdbcOut", dir.resolve("jdbc.csv")));
        // nested JSON: a list of structs unnested (an empty list gives no row) and the structs flattened
        io.sluice.model.JsonLinesSource nested = t.add(TestPipelines.P.getJsonLinesSource(), "nested");
        nested.setPath(Files.writeString(dir.resolve("nested.jsonl"), "{\"id\":1,\"items\":[{\"sku\":\"a\"},{\"sku\":\"b\"}]}\n"
                + "{\"id\":2,\"items\":[]}\n{\"id\":3,\"items\":[{\"sku\":\"c\"},{\"sku\":null}]}\n").toString());
        io.sluice.model.Unnest unnest = t.add(TestPipelines.P.getUnnest(), "unnest");
        unnest.setColumn("items");
        io.sluice.model.Flatten flatten = t.add(TestPipelines.P.getFlatten(), "flatten");
        flatten.setColumn("items");
        flatten.setPrefix("item_");
        t.link(nested, unnest).link(unnest, flatten).link(flatten, sink(t, TestPipelines.P.getCsvSink(), "nestedOut", dir.resolve("nested.csv")));
        return t;
    }
}
