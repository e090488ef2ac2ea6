package io.sluice.model;

import io.sluice.model.resource.SluiceModel;

/** Builds pipelines for tests. */
public final class TestPipelines {
  public static final SluiceFactory F = SluiceFactory.eINSTANCE;

  private TestPipelines() {
  }

  public static Bounds bounds(int x, int y, int w, int h) {
    Bounds b = F.createBounds();
    b.setX(x);
    b.setY(y);
    b.setWidth(w);
    b.setHeight(h);
    return b;
  }

  public static <S extends Step> S step(Pipeline p, S s, String id, String name, int x, int y) {
    s.setId(id);
    s.setName(name);
    s.setLayout(bounds(x, y, 160, 60));
    p.getSteps().add(s);
    return s;
  }

  public static ColumnDef column(String name, String type, boolean nullable) {
    ColumnDef c = F.createColumnDef();
    c.setName(name);
    c.setType(type);
    c.setNullable(nullable);
    return c;
  }

  public static Parameter parameter(String name, ParameterType type, String def, String description) {
    Parameter p = F.createParameter();
    p.setName(name);
    p.setType(type);
    p.setDefaultValue(def);
    p.setDescription(description);
    return p;
  }

  public static CsvSource ordersSource(Pipeline p, String id, String name) {
    CsvSource src = step(p, F.createCsvSource(), id, name, 40, 120);
    src.setPath("${input}");
    src.getColumns().add(column("order_id", "INT64", false));
    src.getColumns().add(column("customer_id", "INT64", false));
    src.getColumns().add(column("country", "STRING", true));
    src.getColumns().add(column("order_ts", "TIMESTAMP", false));
    src.getColumns().add(column("amount", "FLOAT64", true));
    src.getColumns().add(column("quantity", "INT32", true));
    src.getColumns().add(column("status", "STRING", true));
    src.getColumns().add(column("email", "STRING", true));
    return src;
  }

  /** The pipeline of examples/orders.sluice. */
  public static Pipeline orders() {
    Pipeline p = SluiceModel.newPipeline("orders");
    p.setDescription("Paid orders: revenue, order count and average amount per country and day.");
    p.getParameters().add(parameter("input", ParameterType.PATH, "data/orders-sample.csv", "Orders CSV to read"));
    p.getParameters().add(parameter("output", ParameterType.PATH, "target/orders-by-country-day.parquet", "Parquet file to write"));
    p.getTags().add("example");
    Note note = F.createNote();
    note.setText("Relative paths resolve against the folder of this file.");
    note.setLayout(bounds(40, 20, 360, 40));
    p.getNotes().add(note);

    CsvSource src = ordersSource(p, "read_orders", "read orders");

    Filter paid = step(p, F.createFilter(), "paid_only", "paid orders", 240, 120);
    paid.setCondition("status = 'paid' AND quantity > 0");

    Derive derive = step(p, F.createDerive(), "add_revenue", "revenue and day", 440, 120);
    derive.getDerivations().add(derivation("revenue", "amount * quantity"));
    derive.getDerivations().add(derivation("day", "cast(order_ts AS date)"));

    Aggregate agg = step(p, F.createAggregate(), "per_country_day", "per country and day", 640, 120);
    agg.getGroupKeys().add("country");
    agg.getGroupKeys().add("day");
    agg.getAggregations().add(aggregation(AggregateFunction.SUM, "revenue", "revenue"));
    agg.getAggregations().add(aggregation(AggregateFunction.COUNT_ALL, null, "orders"));
    agg.getAggregations().add(aggregation(AggregateFunction.AVG, "amount", "avg_amount"));

    Sort sort = step(p, F.createSort(), "sort_rows", "sort", 840, 120);
    sort.getKeys().add(sortKey("country", SortDirection.ASC));
    sort.getKeys().add(sortKey("day", SortDirection.ASC));

    ParquetSink sink = step(p, F.createParquetSink(), "write_parquet", "write parquet", 1040, 120);
    sink.setPath("${output}");

    p.link(src, Ports.OUT, paid, Ports.IN);
    p.link(paid, Ports.OUT, derive, Ports.IN);
    p.link(derive, Ports.OUT, agg, Ports.IN);
    p.link(agg, Ports.OUT, sort, Ports.IN);
    p.link(sort, Ports.OUT, sink, Ports.IN);
    return p;
  }

  public static Derivation derivation(String name, String expression) {
    Derivation d = F.createDerivation();
    d.setName(name);
    d.setExpression(expression);
    return d;
  }

  public static Aggregation aggregation(AggregateFunction f, String column, String out) {
    Aggregation a = F.createAggregation();
    a.setFunction(f);
    a.setColumn(column);
    a.setOutputName(out);
    return a;
  }

  public static SortKey sortKey(String column, SortDirection d) {
    SortKey k = F.createSortKey();
    k.setColumn(column);
    k.setDirection(d);
    return k;
  }
}
