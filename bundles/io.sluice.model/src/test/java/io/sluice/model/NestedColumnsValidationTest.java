package io.sluice.model;

import static io.sluice.model.TestPipelines.F;
import static io.sluice.model.TestPipelines.aggregation;
import static io.sluice.model.TestPipelines.column;
import static io.sluice.model.TestPipelines.sortKey;
import static io.sluice.model.TestPipelines.step;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sluice.expression.types.DataType;
import io.sluice.model.schema.SchemaPropagator;

import org.junit.jupiter.api.Test;

/**
 * Nested columns are carried as payload, never used as keys: validation refuses a LIST, STRUCT or MAP where values
 * are compared, hashed or ordered, naming the column and its type; a declared nested column propagates unchanged.
 */
class NestedColumnsValidationTest {

  static Pipeline withNested() {
    Pipeline p = ValidationTest.base();
    CsvSource src = (CsvSource) p.findStep("src");
    src.getColumns().add(column("items", "LIST<STRUCT<sku: STRING, qty: INT32>>", true));
    src.getColumns().add(column("tags", "MAP<STRING, INT64>", true));
    return p;
  }

  @Test
  void declaredNestedColumnsPropagateUnchanged() {
    Pipeline p = withNested();
    var out = new SchemaPropagator().propagate(p).output(p.findStep("flt")).get();
    assertEquals(DataType.list(DataType.parse("STRUCT<sku: STRING, qty: INT32>")), out.field("items").get().type());
    assertEquals(DataType.map(DataType.STRING, DataType.INT64), out.field("tags").get().type());
    ValidationTest.assertClean(p);
  }

  @Test
  void nestedSortKeyIsRefusedNamingTheColumn() {
    Pipeline p = withNested();
    Sort s = step(p, F.createSort(), "srt", "sort", 0, 0);
    s.getKeys().add(sortKey("items", SortDirection.ASC));
    ValidationTest.relink(p, s);
    ValidationTest.assertError(p, "sort", "keys", "sort key 'items' is LIST<STRUCT<sku: STRING, qty: INT32>>: a nested column cannot be a sort key");
  }

  @Test
  void nestedJoinKeyIsRefusedNamingTheColumn() {
    Pipeline p = ValidationTest.joined("order_id", "order_id");
    ((CsvSource) p.findStep("b")).getColumns().add(column("tags", "MAP<STRING, INT64>", true));
    ((Join) p.findStep("j")).getRightKeys().set(0, "tags");
    ValidationTest.assertError(p, "join", "rightKeys", "right key 'tags' is MAP<STRING, INT64>: a nested column cannot be a right key");
  }

  @Test
  void nestedGroupKeysDedupKeysAndAggregatesAreRefused() {
    Pipeline p = withNested();
    Aggregate a = step(p, F.createAggregate(), "agg", "agg", 0, 0);
    a.getGroupKeys().add("tags");
    a.getAggregations().add(aggregation(AggregateFunction.MAX, "items", null));
    ValidationTest.relink(p, a);
    ValidationTest.assertError(p, "agg", "groupKeys", "group key 'tags' is MAP<STRING, INT64>");
    ValidationTest.assertError(p, "agg", "aggregations", "MAX(items): items is LIST<");

    Pipeline q = withNested();
    Deduplicate d = step(q, F.createDeduplicate(), "dd", "dedup", 0, 0);
    d.getKeys().add("items");
    ValidationTest.relink(q, d);
    ValidationTest.assertError(q, "dedup", "keys", "key 'items' is LIST<");
  }

  @Test
  void countOfANestedColumnIsFine() {
    Pipeline p = withNested();
    Aggregate a = step(p, F.createAggregate(), "agg", "agg", 0, 0);
    a.getGroupKeys().add("country");
    a.getAggregations().add(aggregation(AggregateFunction.COUNT, "items", null));
    ValidationTest.relink(p, a);
    ValidationTest.assertClean(p);
  }
}
