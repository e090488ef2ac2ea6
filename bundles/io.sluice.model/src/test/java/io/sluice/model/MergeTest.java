package io.sluice.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.sluice.model.diff.ConflictResolution;
import io.sluice.model.diff.ConflictResolution.Side;
import io.sluice.model.diff.PipelineComparison;
import io.sluice.model.diff.PipelineMerge;
import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;
import io.sluice.model.validation.PipelineValidator;
import io.sluice.model.validation.Problem;

/**
 * The merge-scenario suite: each case edits copies of one base on "our" and "their" side, merges, and asserts
 * the merged model. Every case also checks that the merge is deterministic, that the merged file saves and loads
 * with its conflicts, and that a clean merge of valid sides validates.
 */
class MergeTest {

  private static final SluiceFactory F = SluiceFactory.eINSTANCE;

  /** Merges edits of the orders pipeline. */
  private static PipelineMerge.Result merge(Consumer<Pipeline> ourEdit, Consumer<Pipeline> theirEdit) {
    return merge(TestPipelines.orders(), ourEdit, theirEdit);
  }

  private static PipelineMerge.Result merge(Pipeline base, Consumer<Pipeline> ourEdit, Consumer<Pipeline> theirEdit) {
    Pipeline ours = EcoreUtil.copy(base);
    ourEdit.accept(ours);
    Pipeline theirs = EcoreUtil.copy(base);
    theirEdit.accept(theirs);
    byte[] baseBytes = SluiceModel.toBytes(EcoreUtil.copy(base));
    PipelineMerge.Result r = PipelineMerge.merge(base, ours, theirs);
    // the inputs are untouched, the output is the same every time and survives save + load
    assertArrayEquals(baseBytes, SluiceModel.toBytes(EcoreUtil.copy(base)));
    byte[] bytes = SluiceModel.toBytes(r.merged());
    assertArrayEquals(bytes, SluiceModel.toBytes(PipelineMerge.merge(base, ours, theirs).merged()));
    LoadResult reloaded = SluiceModel.load("merged.sluice", bytes);
    assertTrue(reloaded.ok(), reloaded.problems()::toString);
    assertEquals(r.conflicts().size(), reloaded.pipeline().getConflicts().size());
    List<Problem> errors = errors(r.merged());
    if (r.clean() && errors(ours).isEmpty() && errors(theirs).isEmpty()) {
      assertTrue(errors.isEmpty(), errors::toString);
    }
    if (!r.clean()) {
      assertEquals(r.conflicts().size(), errors.stream().filter(p -> p.message().startsWith("unresolved merge conflict")).count(),
          errors::toString);
    }
    return r;
  }

  private static List<Problem> errors(Pipeline p) {
    List<Problem> errors = new ArrayList<>();
    for (Problem problem : PipelineValidator.validate(p)) {
      if (problem.isError()) {
        errors.add(problem);
      }
    }
    return errors;
  }

  private static Filter filter(Pipeline p) {
    return (Filter) p.findStep("paid_only");
  }

  private static Derive derive(Pipeline p) {
    return (Derive) p.findStep("add_revenue");
  }

  private static MergeConflict only(PipelineMerge.Result r) {
    assertEquals(1, r.conflicts().size(), () -> r.conflicts().toString());
    return r.conflicts().get(0);
  }

  private static List<String> ids(Pipeline p) {
    return p.getSteps().stream().map(Step::getId).toList();
  }

  private static List<String> links(Pipeline p) {
    return p.getLinks().stream().map(l -> l.getSource().getId() + "." + l.getSourcePort() + ">" + l.getTarget().getId() + "." + l.getTargetPort())
        .toList();
  }

  /** Inserts a new filter between two linked steps, as the designer would. */
  private static Filter insertFilter(Pipeline p, String id, String name, String afterId, String condition) {
    Step before = p.findStep(afterId);
    Link out = p.getLinks().stream().filter(l -> l.getSource() == before).findFirst().orElseThrow();
    Step next = out.getTarget();
    Filter f = TestPipelines.step(p, F.createFilter(), id, name, before.getLayout().getX() + 100, 300);
    f.setCondition(condition);
    p.getLinks().remove(out);
    p.link(before, Ports.OUT, f, Ports.IN);
    p.link(f, Ports.OUT, next, Ports.IN);
    return f;
  }

  // --- clean merges ----------------------------------------------------------------------------------------

  @Test
  void nothingChanged() {
    PipelineMerge.Result r = merge(p -> { }, p -> { });
    assertTrue(r.clean());
    assertTrue(EcoreUtil.equals(TestPipelines.orders(), r.merged()));
  }

  @Test
  void onlyTheirsChangedAProperty() {
    PipelineMerge.Result r = merge(p -> { }, p -> filter(p).setCondition("status = 'paid'"));
    assertTrue(r.clean());
    assertEquals("status = 'paid'", filter(r.merged()).getCondition());
  }

  @Test
  void onlyOursChangedAProperty() {
    PipelineMerge.Result r = merge(p -> filter(p).setCondition("status = 'paid'"), p -> { });
    assertTrue(r.clean());
    assertEquals("status = 'paid'", filter(r.merged()).getCondition());
  }

  @Test
  void bothMadeTheSameChange() {
    PipelineMerge.Result r = merge(p -> filter(p).setCondition("quantity > 1"), p -> filter(p).setCondition("quantity > 1"));
    assertTrue(r.clean());
    assertEquals("quantity > 1", filter(r.merged()).getCondition());
  }

  @Test
  void differentPropertiesOfOneStep() {
    PipelineMerge.Result r = merge(p -> filter(p).setCondition("quantity > 1"), p -> filter(p).setDescription("only what was paid"));
    assertTrue(r.clean());
    assertEquals("quantity > 1", filter(r.merged()).getCondition());
    assertEquals("only what was paid", filter(r.merged()).getDescription());
  }

  @Test
  void differentSteps() {
    PipelineMerge.Result r = merge(p -> filter(p).setCondition("quantity > 1"),
        p -> ((ParquetSink) p.findStep("write_parquet")).setCompression(ParquetCompression.ZSTD));
    assertTrue(r.clean());
    assertEquals("quantity > 1", filter(r.merged()).getCondition());
    assertEquals(ParquetCompression.ZSTD, ((ParquetSink) r.merged().findStep("write_parquet")).getCompression());
  }

  @Test
  void renamedStepOnOneSideEditedOnTheOther() {
    PipelineMerge.Result r = merge(p -> filter(p).setName("paid, positive"), p -> filter(p).setCondition("quantity > 1"));
    assertTrue(r.clean());
    assertEquals("paid, positive", filter(r.merged()).getName());
    assertEquals("quantity > 1", filter(r.merged()).getCondition());
  }

  @Test
  void bothSidesAddStepsAndLinks() {
    PipelineMerge.Result r = merge(p -> insertFilter(p, "filter_ours", "big orders", "read_orders", "amount > 100"),
        p -> insertFilter(p, "filter_theirs", "recent", "add_revenue", "day > DATE '2024-01-01'"));
    assertTrue(r.clean(), r.conflicts()::toString);
    assertEquals(List.of("read_orders", "paid_only", "add_revenue", "per_country_day", "sort_rows", "write_parquet", "filter_ours",
        "filter_theirs"), ids(r.merged()));
    assertEquals(List.of("paid_only.out>add_revenue.in", "per_country_day.out>sort_rows.in", "sort_rows.out>write_parquet.in",
        "read_orders.out>filter_ours.in", "filter_ours.out>paid_only.in", "add_revenue.out>filter_theirs.in",
        "filter_theirs.out>per_country_day.in"), links(r.merged()));
  }

  @Test
  void bothAddAStepUnderTheSameIdTheirsGetsAFreshId() {
    PipelineMerge.Result r = merge(p -> insertFilter(p, "filter1", "big orders", "read_orders", "amount > 100"),
        p -> insertFilter(p, "filter1", "recent", "add_revenue", "day > DATE '2024-01-01'"));
    assertTrue(r.clean(), r.conflicts()::toString);
    assertEquals("big orders", r.merged().findStep("filter1").getName());
    Step theirs = r.merged().findStep("filter1_2");
    assertNotNull(theirs);
    assertEquals("recent", theirs.getName());
    assertTrue(links(r.merged()).contains("add_revenue.out>filter1_2.in"), links(r.merged())::toString);
    assertTrue(links(r.merged()).contains("filter1_2.out>per_country_day.in"), links(r.merged())::toString);
  }

  @Test
  void bothAddTheSameStep() {
    PipelineMerge.Result r = merge(p -> insertFilter(p, "f", "big orders", "read_orders", "amount > 100"),
        p -> insertFilter(p, "f", "big orders", "read_orders", "amount > 100"));
    assertTrue(r.clean(), r.conflicts()::toString);
    assertEquals(7, r.merged().getSteps().size());
    assertEquals(6, r.merged().getLinks().size());
  }

  @Test
  void theirsDeletedAnUnchangedStep() {
    PipelineMerge.Result r = merge(p -> derive(p).getDerivations().get(0).setExpression("amount * quantity * 1.0"), p -> {
      Step f = filter(p);
      p.getLinks().removeIf(l -> l.getSource() == f || l.getTarget() == f);
      p.getSteps().remove(f);
      p.link(p.findStep("read_orders"), Ports.OUT, derive(p), Ports.IN);
    });
    assertTrue(r.clean(), r.conflicts()::toString);
    assertNull(filter(r.merged()));
    assertTrue(links(r.merged()).contains("read_orders.out>add_revenue.in"));
    assertEquals("amount * quantity * 1.0", derive(r.merged()).getDerivations().get(0).getExpression());
  }

  @Test
  void bothDeletedTheSameStep() {
    Consumer<Pipeline> delete = p -> {
      Step s = p.findStep("sort_rows");
      p.getLinks().removeIf(l -> l.getSource() == s || l.getTarget() == s);
      p.getSteps().remove(s);
      p.link(p.findStep("per_country_day"), Ports.OUT, p.findStep("write_parquet"), Ports.IN);
    };
    PipelineMerge.Result r = merge(delete, delete);
    assertTrue(r.clean());
    assertNull(r.merged().findStep("sort_rows"));
    assertEquals(4, r.merged().getLinks().size());
  }

  @Test
  void layoutOnlyOnTheirSideIsTaken() {
    PipelineMerge.Result r = merge(p -> filter(p).setCondition("quantity > 1"), p -> filter(p).getLayout().setX(999));
    assertTrue(r.clean());
    assertEquals(999, filter(r.merged()).getLayout().getX());
    assertEquals("quantity > 1", filter(r.merged()).getCondition());
  }

  @Test
  void bothMovedTheSameStepNeverConflictsOursWins() {
    PipelineMerge.Result r = merge(p -> filter(p).getLayout().setY(500), p -> {
      filter(p).getLayout().setY(700);
      p.getNotes().get(0).getLayout().setX(5);
    });
    assertTrue(r.clean());
    assertEquals(500, filter(r.merged()).getLayout().getY());
    assertEquals(5, r.merged().getNotes().get(0).getLayout().getX());
  }

  @Test
  void bothAddPartsToOneStep() {
    PipelineMerge.Result r = merge(p -> derive(p).getDerivations().add(TestPipelines.derivation("net", "amount * 0.8")),
        p -> derive(p).getDerivations().add(TestPipelines.derivation("big", "amount > 100")));
    assertTrue(r.clean());
    assertEquals(List.of("revenue", "day", "net", "big"), derive(r.merged()).getDerivations().stream().map(Derivation::getName).toList());
  }

  @Test
  void partRemovedOnOneSideAnotherEditedOnTheOther() {
    PipelineMerge.Result r = merge(p -> ((Aggregate) p.findStep("per_country_day")).getAggregations().remove(2),
        p -> ((Aggregate) p.findStep("per_country_day")).getAggregations().get(0).setFunction(AggregateFunction.MAX));
    assertTrue(r.clean(), r.conflicts()::toString);
    Aggregate agg = (Aggregate) r.merged().findStep("per_country_day");
    assertEquals(List.of("revenue", "orders"), agg.getAggregations().stream().map(Aggregation::getOutputName).toList());
    assertEquals(AggregateFunction.MAX, agg.getAggregations().get(0).getFunction());
  }

  @Test
  void reorderedListOnOneSide() {
    PipelineMerge.Result r = merge(p -> filter(p).setCondition("quantity > 1"), p -> ((Sort) p.findStep("sort_rows")).getKeys().move(0, 1));
    assertTrue(r.clean());
    assertEquals(List.of("day", "country"), ((Sort) r.merged().findStep("sort_rows")).getKeys().stream().map(SortKey::getColumn).toList());
  }

  @Test
  void parametersAddedOnBothSides() {
    PipelineMerge.Result r = merge(p -> p.getParameters().add(TestPipelines.parameter("min", ParameterType.INT64, "1", null)),
        p -> p.getParameters().add(TestPipelines.parameter("country", ParameterType.STRING, "DE", null)));
    assertTrue(r.clean());
    assertEquals(List.of("input", "output", "min", "country"), r.merged().getParameters().stream().map(Parameter::getName).toList());
  }

  @Test
  void pipelinePropertiesOnBothSides() {
    PipelineMerge.Result r = merge(p -> p.getTags().add("finance"), p -> p.setDescription("per country"));
    assertTrue(r.clean());
    assertEquals(List.of("example", "finance"), r.merged().getTags());
    assertEquals("per country", r.merged().getDescription());
  }

  @Test
  void linkRemovedOnOneSideAddedOnTheOther() {
    PipelineMerge.Result r = merge(p -> {
      CsvSink bad = TestPipelines.step(p, F.createCsvSink(), "bad_rows", "bad rows", 40, 300);
      bad.setPath("bad.csv");
      p.link(p.findStep("read_orders"), Ports.REJECTS, bad, Ports.IN);
    }, p -> {
      Step sort = p.findStep("sort_rows");
      p.getLinks().removeIf(l -> l.getSource() == sort);
      p.link(p.findStep("per_country_day"), Ports.OUT, p.findStep("write_parquet"), Ports.IN);
    });
    assertTrue(r.clean(), r.conflicts()::toString);
    List<String> links = links(r.merged());
    assertTrue(links.contains("read_orders.rejects>bad_rows.in"), links::toString);
    assertTrue(links.contains("per_country_day.out>write_parquet.in"), links::toString);
    assertFalse(links.contains("sort_rows.out>write_parquet.in"), links::toString);
  }

  @Test
  void noteEditedOnOneSideMovedOnTheOther() {
    PipelineMerge.Result r = merge(p -> p.getNotes().get(0).getLayout().setX(300), p -> p.getNotes().get(0).setText("Paths are relative."));
    assertTrue(r.clean(), r.conflicts()::toString);
    assertEquals("Paths are relative.", r.merged().getNotes().get(0).getText());
    assertEquals(300, r.merged().getNotes().get(0).getLayout().getX());
  }

  @Test
  void olderFormatVersionIsMigratedFirst() throws Exception {
    LoadResult v1 = SluiceModel.load("orders-v1.sluice", MigrationTest.resource("/v1/orders-v1.sluice"));
    assertTrue(v1.ok() && v1.wasMigrated(), v1.problems()::toString);
    Pipeline base = v1.pipeline();
    String firstId = base.getSteps().get(0).getId();
    String secondId = base.getSteps().get(1).getId();
    PipelineMerge.Result r = merge(base, p -> p.findStep(firstId).setDescription("ours"), p -> p.findStep(secondId).setDescription("theirs"));
    assertTrue(r.clean(), r.conflicts()::toString);
    assertEquals("ours", r.merged().findStep(firstId).getDescription());
    assertEquals("theirs", r.merged().findStep(secondId).getDescription());
    assertEquals(SluiceModel.CURRENT_FORMAT_VERSION, SluiceModel.load("m", SluiceModel.toBytes(r.merged())).pipeline().getFormatVersion());
  }

  // --- conflicts -------------------------------------------------------------------------------------------

  @Test
  void samePropertyChangedDifferently() {
    PipelineMerge.Result r = merge(p -> filter(p).setCondition("quantity > 1"), p -> filter(p).setCondition("quantity > 2"));
    MergeConflict c = only(r);
    assertEquals(ConflictKind.PROPERTY, c.getKind());
    assertEquals("paid_only", c.getStepId());
    assertEquals("condition", c.getProperty());
    assertEquals("status = 'paid' AND quantity > 0", c.getBase());
    assertEquals("quantity > 1", c.getOurs());
    assertEquals("quantity > 2", c.getTheirs());
    assertEquals("quantity > 1", filter(r.merged()).getCondition());
    assertTrue(c.getMessage().contains("condition changed on both sides"), c.getMessage());
  }

  @Test
  void samePartPropertyChangedDifferently() {
    PipelineMerge.Result r = merge(p -> derive(p).getDerivations().get(0).setExpression("amount"),
        p -> derive(p).getDerivations().get(0).setExpression("quantity"));
    MergeConflict c = only(r);
    assertEquals("derivations[revenue].expression", c.getProperty());
    assertEquals("amount", c.getOurs());
    assertEquals("quantity", c.getTheirs());
  }

  @Test
  void renamedDifferentlyOnBothSides() {
    PipelineMerge.Result r = merge(p -> filter(p).setName("paid"), p -> filter(p).setName("positive"));
    MergeConflict c = only(r);
    assertEquals("name", c.getProperty());
    assertEquals("paid", c.getOurs());
    assertEquals("positive", c.getTheirs());
  }

  @Test
  void deletedOnOursEditedOnTheirs() {
    PipelineMerge.Result r = merge(p -> {
      Step s = p.findStep("sort_rows");
      p.getLinks().removeIf(l -> l.getSource() == s || l.getTarget() == s);
      p.getSteps().remove(s);
    }, p -> ((Sort) p.findStep("sort_rows")).getKeys().get(0).setDirection(SortDirection.DESC));
    MergeConflict c = only(r);
    assertEquals(ConflictKind.DELETE_EDIT, c.getKind());
    assertEquals("sort_rows", c.getStepId());
    assertEquals("deleted", c.getOurs());
    assertEquals("edited", c.getTheirs());
    Sort kept = (Sort) r.merged().findStep("sort_rows");
    assertNotNull(kept);
    assertEquals(SortDirection.DESC, kept.getKeys().get(0).getDirection());
  }

  @Test
  void deletedOnTheirsEditedOnOurs() {
    PipelineMerge.Result r = merge(p -> filter(p).setCondition("quantity > 1"), p -> {
      Step f = filter(p);
      p.getLinks().removeIf(l -> l.getSource() == f || l.getTarget() == f);
      p.getSteps().remove(f);
    });
    MergeConflict c = only(r);
    assertEquals(ConflictKind.DELETE_EDIT, c.getKind());
    assertEquals("edited", c.getOurs());
    assertEquals("deleted", c.getTheirs());
    assertEquals("quantity > 1", filter(r.merged()).getCondition());
    assertTrue(links(r.merged()).contains("read_orders.out>paid_only.in"), "the kept step keeps its links");
  }

  @Test
  void linkToAStepTheOtherSideDeleted() {
    PipelineMerge.Result r = merge(p -> {
      Step s = p.findStep("sort_rows");
      p.getLinks().removeIf(l -> l.getSource() == s || l.getTarget() == s);
      p.getSteps().remove(s);
      p.link(p.findStep("per_country_day"), Ports.OUT, p.findStep("write_parquet"), Ports.IN);
    }, p -> {
      CsvSink copy = TestPipelines.step(p, F.createCsvSink(), "sorted_csv", "sorted csv", 1040, 300);
      copy.setPath("sorted.csv");
      p.link(p.findStep("sort_rows"), Ports.OUT, copy, Ports.IN);
    });
    MergeConflict c = only(r);
    assertEquals(ConflictKind.LINK_TO_DELETED, c.getKind());
    assertEquals("sort_rows", c.getStepId());
    assertEquals("'sort'.out -> 'sorted csv'.in", c.getTheirs());
    assertNotNull(r.merged().findStep("sort_rows"));
    assertTrue(links(r.merged()).contains("sort_rows.out>sorted_csv.in"));
  }

  @Test
  void twoNewStepsWithTheSameName() {
    PipelineMerge.Result r = merge(p -> insertFilter(p, "f_ours", "big orders", "read_orders", "amount > 100"),
        p -> insertFilter(p, "f_theirs", "big orders", "add_revenue", "revenue > 100"));
    MergeConflict c = only(r);
    assertEquals(ConflictKind.DUPLICATE_NAME, c.getKind());
    assertEquals("f_theirs", c.getStepId());
    assertEquals("f_ours", c.getOurs());
    assertEquals("f_theirs", c.getTheirs());
  }

  @Test
  void renameOntoANewStepsName() {
    PipelineMerge.Result r = merge(p -> filter(p).setName("big orders"), p -> insertFilter(p, "f2", "big orders", "add_revenue", "revenue > 100"));
    assertEquals(ConflictKind.DUPLICATE_NAME, only(r).getKind());
  }

  @Test
  void partDeletedOnOneSideEditedOnTheOther() {
    PipelineMerge.Result r = merge(p -> derive(p).getDerivations().remove(1),
        p -> derive(p).getDerivations().get(1).setExpression("cast(order_ts AS date) + 1"));
    MergeConflict c = only(r);
    assertEquals(ConflictKind.DELETE_EDIT, c.getKind());
    assertEquals("derivations[day]", c.getProperty());
    assertNull(c.getOurs());
  }

  @Test
  void conflictsAndCleanChangesTogether() {
    PipelineMerge.Result r = merge(p -> {
      filter(p).setCondition("quantity > 1");
      p.setDescription("ours");
    }, p -> {
      filter(p).setCondition("quantity > 2");
      p.setDescription("theirs");
      derive(p).setDescription("documented");
    });
    assertEquals(2, r.conflicts().size());
    assertEquals(List.of("description", "condition"), r.conflicts().stream().map(MergeConflict::getProperty).toList());
    assertNull(r.conflicts().get(0).getStepId());
    assertEquals("documented", derive(r.merged()).getDescription());
  }

  // --- resolving conflicts ---------------------------------------------------------------------------------

  /** Resolves every conflict with one side, checking that each resolution reverts exactly. */
  private static Pipeline resolveAll(PipelineMerge.Result r, Side side) {
    Pipeline p = r.merged();
    while (!p.getConflicts().isEmpty()) {
      byte[] before = SluiceModel.toBytes(p);
      ConflictResolution resolution = ConflictResolution.of(p, p.getConflicts().get(0), side);
      resolution.apply();
      byte[] after = SluiceModel.toBytes(p);
      resolution.revert();
      assertArrayEquals(before, SluiceModel.toBytes(p), "undo restores the pipeline exactly");
      resolution.apply();
      assertArrayEquals(after, SluiceModel.toBytes(p), "redo");
    }
    assertTrue(errors(p).isEmpty(), () -> errors(p).toString());
    assertFalse(new String(SluiceModel.toBytes(p), java.nio.charset.StandardCharsets.UTF_8).contains("conflicts"), "saves clean");
    return p;
  }

  @Test
  void resolvePropertyConflictsWithEitherSide() {
    Consumer<Pipeline> ours = p -> derive(p).getDerivations().get(0).setExpression("amount");
    Consumer<Pipeline> theirs = p -> {
      derive(p).getDerivations().get(0).setExpression("amount * 2");
      filter(p).setCondition("quantity > 2");
    };
    Consumer<Pipeline> oursToo = ours.andThen(p -> filter(p).setCondition("quantity > 1"));
    Pipeline tookTheirs = resolveAll(merge(oursToo, theirs), Side.THEIRS);
    assertEquals("amount * 2", derive(tookTheirs).getDerivations().get(0).getExpression());
    assertEquals("quantity > 2", filter(tookTheirs).getCondition());
    Pipeline tookOurs = resolveAll(merge(oursToo, theirs), Side.OURS);
    assertEquals("amount", derive(tookOurs).getDerivations().get(0).getExpression());
    assertEquals("quantity > 1", filter(tookOurs).getCondition());
  }

  @Test
  void resolveDeleteEditByDeleting() {
    PipelineMerge.Result r = merge(p -> {
      Step s = p.findStep("sort_rows");
      p.getLinks().removeIf(l -> l.getSource() == s || l.getTarget() == s);
      p.getSteps().remove(s);
      p.link(p.findStep("per_country_day"), Ports.OUT, p.findStep("write_parquet"), Ports.IN);
    }, p -> ((Sort) p.findStep("sort_rows")).getKeys().get(0).setDirection(SortDirection.DESC));
    Pipeline p = resolveAll(r, Side.OURS);
    assertNull(p.findStep("sort_rows"));
  }

  @Test
  void resolveDuplicateNameByRenamingTheOtherStep() {
    PipelineMerge.Result r = merge(p -> insertFilter(p, "f_ours", "big orders", "read_orders", "amount > 100"),
        p -> insertFilter(p, "f_theirs", "big orders", "add_revenue", "revenue > 100"));
    Pipeline p = resolveAll(r, Side.OURS);
    assertEquals("big orders", p.findStep("f_ours").getName());
    assertFalse(p.findStep("f_theirs").getName().equals("big orders"));
  }

  // --- comparison (the designer's Compare canvas) -------------------------------------------------------------

  @Test
  void comparisonMarksAddedRemovedChangedAndMovedSteps() {
    Pipeline older = TestPipelines.orders();
    Pipeline newer = EcoreUtil.copy(older);
    filter(newer).setCondition("quantity > 1");
    newer.findStep("sort_rows").getLayout().setX(5);
    Step removed = newer.findStep("add_revenue");
    newer.getLinks().removeIf(l -> l.getSource() == removed || l.getTarget() == removed);
    newer.getSteps().remove(removed);
    CsvSink bad = TestPipelines.step(newer, F.createCsvSink(), "bad_rows", "bad rows", 40, 300);
    bad.setPath("bad.csv");
    newer.link(newer.findStep("read_orders"), Ports.REJECTS, bad, Ports.IN);
    PipelineComparison c = PipelineComparison.of(older, newer);
    assertEquals(PipelineComparison.Status.CHANGED, c.status("paid_only"));
    assertEquals(List.of("condition: \"status = 'paid' AND quantity > 0\" -> \"quantity > 1\""), c.changes("paid_only").subList(0, 1));
    assertEquals(PipelineComparison.Status.MOVED, c.status("sort_rows"));
    assertEquals(PipelineComparison.Status.ADDED, c.status("bad_rows"));
    assertEquals(PipelineComparison.Status.REMOVED, c.status("add_revenue"));
    assertEquals(PipelineComparison.Status.SAME, c.status("write_parquet"));
    assertNotNull(c.union().findStep("add_revenue"), "the removed step is drawn as a ghost");
    assertTrue(links(c.union()).contains("add_revenue.out>per_country_day.in"), links(c.union())::toString);
    assertEquals(7, c.union().getSteps().size());
    assertEquals(6, TestPipelines.orders().getSteps().size(), "inputs untouched");
  }
}
