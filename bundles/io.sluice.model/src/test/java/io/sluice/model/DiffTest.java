package io.sluice.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.sluice.model.diff.DiffFormatter;
import io.sluice.model.diff.PipelineDiff;
import io.sluice.model.diff.PipelineDiff.Kind;
import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;

class DiffTest {

  static Pipeline load(String resource) throws Exception {
    LoadResult r = SluiceModel.load(resource, MigrationTest.resource(resource));
    assertTrue(r.ok(), r.problems()::toString);
    return r.pipeline();
  }

  @Test
  void diffOfTwoRealEditedFiles() throws Exception {
    PipelineDiff diff = PipelineDiff.compute(load("/diff/orders-old.sluice"), load("/diff/orders-new.sluice"));
    String expected = """
        ~ step 'paid orders' renamed to 'paid, positive' (id paid_only)
        ~ step 'paid, positive': condition: "status = 'paid' AND quantity > 0" -> "status = 'paid' AND quantity > 0 AND amount > 0"
        ~ step 'per country and day': aggregations[avg_amount]: "function=AVG, column=amount, outputName=avg_amount" -> (none)
        ~ step 'per country and day': aggregations[max_amount]: (none) -> "function=MAX, column=amount, outputName=max_amount"
        ~ step 'sort': keys[day].direction: "ASC" -> "DESC"
        + step 'bad rows' (CsvSink, id bad_rows)
        ~ step 'write parquet': compression: "SNAPPY" -> "ZSTD"
        + link 'read orders'.rejects -> 'bad rows'.in
        layout: 2 steps moved or resized ('revenue and day', 'sort')
        """;
    assertEquals(expected, DiffFormatter.text(diff));
    String json = DiffFormatter.json(diff);
    assertTrue(json.startsWith("{\"changes\":[{\"kind\":\"STEP_RENAMED\",\"stepId\":\"paid_only\""), json);
    assertTrue(json.endsWith("\"movedSteps\":[\"revenue and day\",\"sort\"],\"movedNotes\":0}\n"), json);
  }

  @Test
  void identicalFilesHaveNoChanges() throws Exception {
    PipelineDiff diff = PipelineDiff.compute(load("/diff/orders-old.sluice"), load("/diff/orders-old.sluice"));
    assertTrue(diff.isEmpty());
    assertEquals("no changes\n", DiffFormatter.text(diff));
  }

  @Test
  void layoutOnlyIsOneLine() {
    Pipeline a = TestPipelines.orders();
    Pipeline b = TestPipelines.orders();
    for (Step s : b.getSteps()) {
      s.getLayout().setX(s.getLayout().getX() + 10);
    }
    b.getNotes().get(0).getLayout().setY(0);
    PipelineDiff diff = PipelineDiff.compute(a, b);
    assertTrue(diff.isLayoutOnly());
    assertEquals("layout: 6 steps moved or resized ('read orders', 'paid orders', 'revenue and day', 'per country and day', 'sort',"
        + " 'write parquet'), 1 note\n", DiffFormatter.text(diff));
  }

  @Test
  void removedStepsLinksAndPipelineProperties() {
    Pipeline a = TestPipelines.orders();
    Pipeline b = TestPipelines.orders();
    Step sort = b.findStep("sort_rows");
    b.getLinks().removeAll(b.linksOf(sort));
    b.getSteps().remove(sort);
    b.link(b.findStep("per_country_day"), Ports.OUT, b.findStep("write_parquet"), Ports.IN);
    b.setDescription(null);
    b.findParameter("output").setDefaultValue("out.parquet");
    ((Derive) b.findStep("add_revenue")).getDerivations().get(0).setExpression("amount * quantity * 1.0");
    PipelineDiff diff = PipelineDiff.compute(a, b);
    assertEquals("""
        pipeline: description: "Paid orders: revenue, order count and average amount per country and day." -> (none)
        pipeline: parameters[output].defaultValue: "target/orders-by-country-day.parquet" -> "out.parquet"
        ~ step 'revenue and day': derivations[revenue].expression: "amount * quantity" -> "amount * quantity * 1.0"
        - step 'sort' (Sort, id sort_rows)
        - link 'per country and day'.out -> 'sort'.in
        - link 'sort'.out -> 'write parquet'.in
        + link 'per country and day'.out -> 'write parquet'.in
        """, DiffFormatter.text(diff));
    assertEquals(1, diff.changes(Kind.STEP_REMOVED).size());
  }

  @Test
  void diffAfterSaveAndLoadIsEmpty() {
    Pipeline a = TestPipelines.orders();
    byte[] bytes = SluiceModel.toBytes(TestPipelines.orders());
    Pipeline b = SluiceModel.load("x.sluice", bytes).pipeline();
    assertTrue(PipelineDiff.compute(a, b).isEmpty(), () -> DiffFormatter.text(PipelineDiff.compute(a, b)));
    assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("formatVersion=\"2\""));
  }
}
