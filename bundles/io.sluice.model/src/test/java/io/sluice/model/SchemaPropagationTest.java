package io.sluice.model;

import static io.sluice.model.TestPipelines.F;
import static io.sluice.model.TestPipelines.aggregation;
import static io.sluice.model.TestPipelines.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.resource.SluiceModel;
import io.sluice.model.schema.CsvSchemaInference;
import io.sluice.model.schema.PipelineSchemas;
import io.sluice.model.schema.SchemaPropagator;

class SchemaPropagationTest {

  static PipelineSchemas propagate(Pipeline p) {
    return new SchemaPropagator().propagate(p);
  }

  @Test
  void ordersExample() {
    Pipeline p = TestPipelines.orders();
    PipelineSchemas s = propagate(p);
    assertTrue(s.problems().isEmpty(), s.problems()::toString);
    Schema derived = s.output(p.findStep("add_revenue")).get();
    assertEquals(new Field("revenue", DataType.FLOAT64, true), derived.field("revenue").get());
    assertEquals(new Field("day", DataType.DATE, false), derived.field("day").get());
    Schema agg = s.output(p.findStep("per_country_day")).get();
    assertEquals(List.of("country", "day", "revenue", "orders", "avg_amount"), agg.names());
    assertEquals(Field.required("orders", DataType.INT64), agg.field("orders").get());
    assertEquals(DataType.FLOAT64, agg.field("avg_amount").get().type());
    assertEquals(agg, s.output(p.findStep("sort_rows")).get());
    assertEquals(6, s.order().size());
  }

  @Test
  void rejectsSchemas() {
    Pipeline p = TestPipelines.orders();
    PipelineSchemas s = propagate(p);
    assertEquals(List.of("_file", "_line", "_raw", "_column", "_reason", "_step", "_run_id"),
        s.output(p.findStep("read_orders"), Ports.REJECTS).get().names());
    Schema rejects = s.output(p.findStep("add_revenue"), Ports.REJECTS).get();
    assertEquals(List.of("order_id", "customer_id", "country", "order_ts", "amount", "quantity", "status", "email",
        "_rule", "_reason", "_step", "_run_id"), rejects.names());
    assertEquals(Field.nullable("order_id", DataType.STRING), rejects.fields().get(0));
    List<String> filterRejects = s.output(p.findStep("paid_only"), Ports.REJECTS).get().names();
    assertEquals(List.of("_rule", "_reason", "_step", "_run_id"),
        filterRejects.subList(filterRejects.size() - 4, filterRejects.size()), "a filter rejects rows it cannot decide");
    assertFalse(s.output(p.findStep("sort_rows"), Ports.REJECTS).isPresent());
    Schema clash = SchemaPropagator.transformRejects(Schema.of(Field.required("_reason", DataType.INT32)));
    assertEquals(List.of("_reason_input", "_rule", "_reason", "_step", "_run_id"), clash.names());
  }

  @Test
  void joinRenamesClashesAndWidensNullability() {
    Pipeline p = ValidationTest.joined("order_id", "customer_id");
    Join j = (Join) p.findStep("j");
    Schema inner = propagate(p).output(j).get();
    assertEquals(16, inner.size());
    assertEquals("order_id_right", inner.fields().get(8).name());
    assertFalse(inner.field("order_id_right").get().nullable());
    j.setKind(JoinKind.LEFT);
    Schema left = propagate(p).output(j).get();
    assertFalse(left.field("order_id").get().nullable());
    assertTrue(left.field("order_id_right").get().nullable());
    j.setKind(JoinKind.FULL);
    assertTrue(propagate(p).output(j).get().field("order_id").get().nullable());
  }

  @Test
  void aggregateTypes() {
    Pipeline p = ValidationTest.base();
    Aggregate a = step(p, F.createAggregate(), "agg", "agg", 0, 0);
    a.getGroupKeys().add("country");
    a.getAggregations().add(aggregation(AggregateFunction.SUM, "quantity", null));
    a.getAggregations().add(aggregation(AggregateFunction.SUM, "amount", null));
    a.getAggregations().add(aggregation(AggregateFunction.COUNT, "email", null));
    a.getAggregations().add(aggregation(AggregateFunction.COUNT_DISTINCT, "email", "emails"));
    a.getAggregations().add(aggregation(AggregateFunction.MIN, "order_ts", null));
    a.getAggregations().add(aggregation(AggregateFunction.AVG, "quantity", null));
    ValidationTest.relink(p, a);
    Schema s = propagate(p).output(a).get();
    assertEquals(Schema.of(Field.nullable("country", DataType.STRING), Field.nullable("sum_quantity", DataType.INT64),
        Field.nullable("sum_amount", DataType.FLOAT64), Field.required("count_email", DataType.INT64),
        Field.required("emails", DataType.INT64), Field.required("min_order_ts", DataType.TIMESTAMP),
        Field.nullable("avg_quantity", DataType.FLOAT64)), s);
  }

  @Test
  void selectRenamesAndCasts() {
    Pipeline p = ValidationTest.base();
    Select sel = step(p, F.createSelect(), "sel", "select", 0, 0);
    SelectColumn a = F.createSelectColumn();
    a.setColumn("order_id");
    a.setRename("id");
    a.setCast("STRING");
    SelectColumn b = F.createSelectColumn();
    b.setColumn("amount");
    sel.getColumns().add(a);
    sel.getColumns().add(b);
    ValidationTest.relink(p, sel);
    PipelineSchemas s = propagate(p);
    assertEquals(Schema.of(Field.required("id", DataType.STRING), Field.nullable("amount", DataType.FLOAT64)), s.output(sel).get());
    assertTrue(s.output(sel, Ports.REJECTS).isPresent());
  }

  @Test
  void deriveReplacesInPlaceAndSeesEarlierDerivations() {
    Pipeline p = ValidationTest.base();
    Derive d = step(p, F.createDerive(), "d", "derive", 0, 0);
    d.getDerivations().add(TestPipelines.derivation("amount", "coalesce(amount, 0.0) * 2"));
    d.getDerivations().add(TestPipelines.derivation("big", "amount > 100"));
    ValidationTest.relink(p, d);
    Schema s = propagate(p).output(d).get();
    assertEquals(4, s.indexOf("amount"));
    assertEquals(DataType.FLOAT64, s.field("amount").get().type());
    assertEquals(DataType.BOOLEAN, s.field("big").get().type());
    assertEquals(9, s.size());
  }

  @Test
  void csvInferenceFromText() throws Exception {
    Schema s = CsvSchemaInference.infer(new StringReader(
        "id,name,price,day,at,ok,\"note, quoted\",id\n1,a,1.5,2024-01-02,2024-01-02 10:00:00,true,\"x\"\"y\",3\n2,,2,2024-01-03,2024-01-02T10:00:00,false,,4\n"),
        ',', '"', true, "", 100);
    assertEquals(Schema.of(Field.nullable("id", DataType.INT64), Field.nullable("name", DataType.STRING),
        Field.nullable("price", DataType.FLOAT64), Field.nullable("day", DataType.DATE), Field.nullable("at", DataType.TIMESTAMP),
        Field.nullable("ok", DataType.BOOLEAN), Field.nullable("note, quoted", DataType.STRING), Field.nullable("id_2", DataType.INT64)), s);
  }

  @Test
  void csvInferenceKeepsTextThatAnInferredTypeWouldChange() throws Exception {
    Schema s = CsvSchemaInference.infer(new StringReader(
        "zip,plus,exp,huge,money,long_fraction,bad_date,bad_ts,ok_int,ok_float\n"
            + "08123,+5,1e5,1234567890123456789012,2.50,0.12345678901234567890123,2024-02-30,2024-01-02 25:00:00,-12,-0.5\n"
            + "10115,7,2e3,1,3.10,0.5,2024-02-28,2024-01-02 10:00:00,0,10.25\n"),
        ',', '"', true, "", 100);
    assertEquals(List.of(DataType.STRING, DataType.STRING, DataType.STRING, DataType.STRING, DataType.FLOAT64,
        DataType.STRING, DataType.STRING, DataType.STRING, DataType.INT64, DataType.FLOAT64),
        s.fields().stream().map(Field::type).toList(), s::toString);
  }

  @Test
  void csvInferenceGivesDecimalForFixedPointNumbersWhenAsked() throws Exception {
    String csv = "amount,ratio,count,sci\n12.50,0.125,3,1.5\n-3,1.5,4,2.25e3\n";
    Schema asked = CsvSchemaInference.inferWithDecimals(new StringReader(csv), ',', '"', true, "", 100);
    assertEquals(List.of(DataType.decimal(18, 2), DataType.decimal(18, 3), DataType.INT64, DataType.STRING),
        asked.fields().stream().map(Field::type).toList(), asked::toString);
    Schema plain = CsvSchemaInference.infer(new StringReader(csv), ',', '"', true, "", 100);
    assertEquals(List.of(DataType.FLOAT64, DataType.FLOAT64, DataType.INT64, DataType.STRING),
        plain.fields().stream().map(Field::type).toList(), plain::toString);
  }

  @Test
  void csvInferenceOfTheSampleFile() {
    Pipeline p = TestPipelines.orders();
    CsvSource src = (CsvSource) p.findStep("read_orders");
    src.getColumns().clear();
    Schema s = new CsvSchemaInference(Path.of("../../examples"), Map.of(), 100).resolve(src).get();
    assertEquals(List.of("order_id", "customer_id", "country", "order_ts", "amount", "quantity", "status", "email"), s.names());
    assertEquals(List.of(DataType.INT64, DataType.INT64, DataType.STRING, DataType.TIMESTAMP, DataType.FLOAT64, DataType.INT64,
        DataType.STRING, DataType.STRING), s.fields().stream().map(Field::type).toList());
    // with the resolver, the undeclared source propagates; without, it is unknown (a warning)
    assertTrue(new SchemaPropagator(new CsvSchemaInference(Path.of("../../examples"), Map.of(), 100)).propagate(p).output(p.findStep("write_parquet"), "out").isEmpty());
    assertTrue(new SchemaPropagator(new CsvSchemaInference(Path.of("../../examples"), Map.of(), 100)).propagate(p).output(p.findStep("sort_rows")).isPresent());
    assertTrue(propagate(p).output(p.findStep("sort_rows")).isEmpty());
  }

  @Test
  void exampleFileValidatesClean() {
    var report = io.sluice.model.validation.PipelineValidator.validateFile(Path.of("../../examples/orders.sluice"));
    assertTrue(report.loadProblems().isEmpty() && report.problems().isEmpty(), report::toString);
    assertTrue(SluiceModel.load(Path.of("../../examples/orders.sluice")).ok());
  }
}
