package io.sluice.model;

import static io.sluice.model.TestPipelines.F;
import static io.sluice.model.TestPipelines.aggregation;
import static io.sluice.model.TestPipelines.derivation;
import static io.sluice.model.TestPipelines.ordersSource;
import static io.sluice.model.TestPipelines.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import io.sluice.model.resource.SluiceModel;
import io.sluice.model.validation.PipelineValidator;
import io.sluice.model.validation.Problem;
import io.sluice.model.validation.Severity;

/** Every rule: a failing and a passing example. */
class ValidationTest {

  /** orders CSV -> filter -> CSV sink: clean. */
  static Pipeline base() {
    Pipeline p = SluiceModel.newPipeline("base");
    CsvSource src = ordersSource(p, "src", "orders");
    src.setPath("data/orders.csv");
    Filter f = step(p, F.createFilter(), "flt", "filter", 200, 0);
    f.setCondition("amount > 0");
    CsvSink sink = step(p, F.createCsvSink(), "snk", "sink", 400, 0);
    sink.setPath("out.csv");
    p.link(src, Ports.OUT, f, Ports.IN);
    p.link(f, Ports.OUT, sink, Ports.IN);
    return p;
  }

  static List<Problem> problems(Pipeline p) {
    return PipelineValidator.validate(p);
  }

  static void assertClean(Pipeline p) {
    List<Problem> ps = problems(p);
    assertTrue(ps.isEmpty(), () -> "expected no problems, got " + ps);
  }

  static Problem assertProblem(Pipeline p, Severity severity, String stepName, String field, String text) {
    List<Problem> ps = problems(p);
    for (Problem x : ps) {
      if (x.severity() == severity && (stepName == null ? x.stepName() == null : stepName.equals(x.stepName()))
          && (field == null || field.equals(x.field())) && x.message().contains(text)) {
        return x;
      }
    }
    return fail("no " + severity + " on '" + stepName + "'/" + field + " containing '" + text + "' in " + ps);
  }

  static Problem assertError(Pipeline p, String stepName, String field, String text) {
    return assertProblem(p, Severity.ERROR, stepName, field, text);
  }

  static Filter filter(Pipeline p) {
    return (Filter) p.findStep("flt");
  }

  @Test
  void baseIsClean() {
    assertClean(base());
  }

  @Test
  void unconnectedInput() {
    Pipeline p = base();
    p.getLinks().remove(0);
    assertError(p, "filter", "links", "the input is not connected");
    assertClean(base());
  }

  @Test
  void joinInputNotConnected() {
    Pipeline p = base();
    Join j = step(p, F.createJoin(), "j", "join", 0, 0);
    j.getLeftKeys().add("order_id");
    j.getRightKeys().add("order_id");
    p.link(p.findStep("src"), Ports.OUT, j, Ports.LEFT);
    assertError(p, "join", "links", "input 'right' is not connected");
    Pipeline q = joined("order_id", "order_id");
    assertTrue(problems(q).stream().noneMatch(Problem::isError), problems(q)::toString);
  }

  @Test
  void sinkWithoutInput() {
    Pipeline p = base();
    p.getLinks().remove(1);
    assertError(p, "sink", "links", "the sink has no input");
    assertClean(base());
  }

  @Test
  void cycle() {
    Pipeline p = base();
    Union u = step(p, F.createUnion(), "u", "union", 0, 0);
    Filter g = step(p, F.createFilter(), "g", "again", 0, 0);
    g.setCondition("amount > 1");
    p.getLinks().clear();
    p.link(p.findStep("src"), Ports.OUT, u, Ports.IN);
    p.link(u, Ports.OUT, g, Ports.IN);
    assertEquals("The link would create a cycle.", p.canLink(g, Ports.OUT, u, Ports.IN));
    Link back = F.createLink(); // bypass the editing rule, as a hand-edited file could
    back.setSource(g);
    back.setTarget(u);
    p.getLinks().add(back);
    assertError(p, "union", "links", "part of a cycle ('union', 'again')");
    assertError(p, "again", "links", "part of a cycle");
    assertClean(base());
  }

  @Test
  void duplicateStepNames() {
    Pipeline p = base();
    filter(p).setName("orders");
    assertError(p, "orders", "name", "the name is used by 2 steps");
    assertEquals(2, problems(p).stream().filter(x -> "name".equals(x.field())).count());
    assertClean(base());
  }

  @Test
  void duplicateAndMissingIds() {
    Pipeline p = base();
    filter(p).setId("src");
    assertError(p, "filter", "id", "id 'src' is used by 2 steps");
    Pipeline q = base();
    filter(q).setId(null);
    assertError(q, "filter", "id", "no id");
    assertClean(base());
  }

  @Test
  void expressionThatDoesNotParseGivesTheColumn() {
    Pipeline p = base();
    filter(p).setCondition("amount > ");
    Problem x = assertError(p, "filter", "condition", "condition: column ");
    assertTrue(x.message().matches("condition: column \\d+: .*"), x.message());
    filter(p).setCondition("amount > 0 AND (status = 'paid'");
    assertError(p, "filter", "condition", "condition: column ");
    assertClean(base());
  }

  @Test
  void unknownColumn() {
    Pipeline p = base();
    filter(p).setCondition("amout > 0");
    Problem x = assertError(p, "filter", "condition", "amout");
    assertTrue(x.message().startsWith("condition: column 1: "), x.message());
    assertClean(base());
  }

  @Test
  void unknownColumnInSelectAndSort() {
    Pipeline p = base();
    Select s = step(p, F.createSelect(), "sel", "select", 0, 0);
    SelectColumn c = F.createSelectColumn();
    c.setColumn("nope");
    s.getColumns().add(c);
    relink(p, s);
    assertError(p, "select", "columns", "unknown column 'nope'");
    c.setColumn("amount");
    assertClean(p);
  }

  @Test
  void typeErrors() {
    Pipeline p = base();
    Derive d = step(p, F.createDerive(), "d", "derive", 0, 0);
    d.getDerivations().add(derivation("x", "'abc' + 1"));
    relink(p, d);
    assertError(p, "derive", "derivations", "derivation 'x': column ");
    d.getDerivations().get(0).setExpression("cast(order_ts AS date) > 5");
    assertError(p, "derive", "derivations", "derivation 'x'");
    d.getDerivations().get(0).setExpression("amount * quantity");
    assertClean(p);
  }

  @Test
  void filterConditionMustBeBoolean() {
    Pipeline p = base();
    filter(p).setCondition("amount + 1");
    assertError(p, "filter", "condition", "condition");
    assertClean(base());
  }

  static Pipeline joined(String leftKey, String rightKey) {
    Pipeline p = SluiceModel.newPipeline("j");
    CsvSource a = ordersSource(p, "a", "left");
    a.setPath("a.csv");
    CsvSource b = ordersSource(p, "b", "right");
    b.setPath("b.csv");
    Join j = step(p, F.createJoin(), "j", "join", 0, 0);
    j.getLeftKeys().add(leftKey);
    j.getRightKeys().add(rightKey);
    ParquetSink s = step(p, F.createParquetSink(), "s", "sink", 0, 0);
    s.setPath("out.parquet");
    p.link(a, Ports.OUT, j, Ports.LEFT);
    p.link(b, Ports.OUT, j, Ports.RIGHT);
    p.link(j, Ports.OUT, s, Ports.IN);
    return p;
  }

  @Test
  void joinKeysOfDifferentTypes() {
    assertError(joined("order_id", "email"), "join", "rightKeys", "join keys 'order_id' (INT64) and 'email' (STRING) have different types");
    assertClean(joined("order_id", "customer_id"));
    assertClean(joined("order_id", "quantity")); // INT64 and INT32 mix
  }

  @Test
  void unusedOutputIsAWarning() {
    Pipeline p = base();
    p.getSteps().remove(p.findStep("snk"));
    p.getLinks().remove(1);
    Problem x = assertProblem(p, Severity.WARNING, "filter", "links", "the output is not used");
    assertFalse(x.isError());
    assertClean(base());
  }

  @Test
  void missingRequiredProperties() {
    Pipeline p = base();
    ((CsvSource) p.findStep("src")).setPath(null);
    assertError(p, "orders", "path", "path is required");
    Pipeline q = base();
    filter(q).setCondition(" ");
    assertError(q, "filter", "condition", "condition is required");
    Pipeline r = base();
    ((CsvSource) r.findStep("src")).setDelimiter(";;");
    assertError(r, "orders", "delimiter", "single character");
    assertClean(base());
  }

  @Test
  void passwordsMustBeSecretReferences() {
    Pipeline p = SluiceModel.newPipeline("jdbc");
    JdbcSource src = step(p, F.createJdbcSource(), "db", "db", 0, 0);
    src.setQuery("select 1 as one");
    src.getColumns().add(TestPipelines.column("one", "INT32", false));
    src.setPassword("hunter2");
    JdbcSink sink = step(p, F.createJdbcSink(), "out", "out", 0, 0);
    sink.setTable("t");
    p.link(src, Ports.OUT, sink, Ports.IN);
    assertError(p, "db", "password", "${secret:name}");
    src.setPassword("${secret:warehouse_password}");
    assertClean(p);
    sink.setMode(WriteMode.UPSERT);
    assertError(p, "out", "keyColumns", "UPSERT needs key columns");
    sink.getKeyColumns().add("one");
    assertClean(p);
  }

  @Test
  void unknownParameterReference() {
    Pipeline p = base();
    ((CsvSource) p.findStep("src")).setPath("${inbox}/orders.csv");
    assertError(p, "orders", "path", "${inbox} names no parameter");
    p.getParameters().add(TestPipelines.parameter("inbox", ParameterType.PATH, "data", null));
    assertClean(p);
  }

  @Test
  void linkFromAPortTheStepDoesNotHave() {
    Pipeline p = base();
    Link l = F.createLink();
    l.setSource(filter(p));
    l.setSourcePort("errors");
    l.setTarget(p.findStep("snk"));
    p.getLinks().add(l);
    assertError(p, "filter", "links", "output 'errors'");
    assertClean(base());
  }

  @Test
  void secondLinkIntoASingleInput() {
    Pipeline p = base();
    Link l = F.createLink();
    l.setSource(p.findStep("src"));
    l.setTarget(p.findStep("snk"));
    p.getLinks().add(l);
    assertError(p, "sink", "links", "has 2 links; it takes one");
    assertClean(base());
  }

  @Test
  void rejectsOfASourceCanBeRouted() {
    Pipeline p = base();
    CsvSink bad = step(p, F.createCsvSink(), "bad", "bad rows", 0, 0);
    bad.setPath("rejects.csv");
    p.link(p.findStep("src"), Ports.REJECTS, bad, Ports.IN);
    assertClean(p);
  }

  @Test
  void qualityRules() {
    Pipeline p = base();
    QualityCheck qc = step(p, F.createQualityCheck(), "qc", "checks", 0, 0);
    QualityRule r = F.createQualityRule();
    r.setName("email format");
    r.setKind(QualityRuleKind.REGEX);
    r.setColumn("quantity");
    r.setPattern("[^@]+@[^@]+");
    qc.getRules().add(r);
    relink(p, qc);
    assertError(p, "checks", "rules", "rule 'email format': REGEX needs a STRING column");
    r.setColumn("email");
    assertClean(p);
    r.setPattern("(");
    assertError(p, "checks", "rules", "bad pattern");
    r.setPattern("[^@]+@[^@]+");
    QualityRule range = F.createQualityRule();
    range.setKind(QualityRuleKind.RANGE);
    range.setColumn("amount");
    qc.getRules().add(range);
    assertError(p, "checks", "rules", "RANGE needs min or max");
    range.setMin("abc");
    assertError(p, "checks", "rules", "min 'abc' is not a FLOAT64 value");
    range.setMin("0");
    range.setMax("10000");
    QualityRule expr = F.createQualityRule();
    expr.setKind(QualityRuleKind.EXPRESSION);
    expr.setExpression("amount >= 0 OR quantity IS NULL");
    qc.getRules().add(expr);
    assertClean(p);
  }

  @Test
  void unionInputsMustMatch() {
    Pipeline p = joined("order_id", "order_id");
    p.getSteps().remove(p.findStep("j"));
    p.getLinks().clear();
    Union u = step(p, F.createUnion(), "u", "union", 0, 0);
    p.link(p.findStep("a"), Ports.OUT, u, Ports.IN);
    p.link(p.findStep("b"), Ports.OUT, u, Ports.IN);
    p.link(u, Ports.OUT, p.findStep("s"), Ports.IN);
    assertClean(p);
    ((Source) p.findStep("b")).getColumns().remove(0);
    assertError(p, "union", "mode", "missing [order_id]");
  }

  @Test
  void aggregateAndWindowTypes() {
    Pipeline p = base();
    Aggregate a = step(p, F.createAggregate(), "agg", "agg", 0, 0);
    a.getGroupKeys().add("country");
    a.getAggregations().add(aggregation(AggregateFunction.SUM, "email", "total"));
    relink(p, a);
    assertError(p, "agg", "aggregations", "SUM(email): needs a number, not STRING");
    a.getAggregations().get(0).setColumn("amount");
    assertClean(p);

    Pipeline q = base();
    Window w = step(q, F.createWindow(), "w", "window", 0, 0);
    w.setEventTimeColumn("amount");
    w.setSize("5m");
    w.getAggregations().add(aggregation(AggregateFunction.COUNT_ALL, null, "n"));
    relink(q, w);
    assertError(q, "window", "eventTimeColumn", "is FLOAT64, not TIMESTAMP");
    w.setEventTimeColumn("order_ts");
    assertClean(q);
    w.setSize("five minutes");
    assertError(q, "window", "size", "not a duration");
  }

  @Test
  void maskNeedsASalt() {
    Pipeline p = base();
    Mask m = step(p, F.createMask(), "m", "mask", 0, 0);
    m.getColumns().add("email");
    relink(p, m);
    assertError(p, "mask", "salt", "needs a salt");
    p.getParameters().add(TestPipelines.parameter("salt", ParameterType.STRING, "x", null));
    m.setSalt("${salt}");
    assertClean(p);
  }

  @Test
  void eValidatorReportsTheSameProblems() {
    SluiceModel.init();
    Pipeline p = base();
    filter(p).setCondition("amout > 0");
    Diagnostic d = Diagnostician.INSTANCE.validate(p);
    assertEquals(Diagnostic.ERROR, d.getSeverity());
    List<Diagnostic> children = d.getChildren().stream().filter(c -> c.getSeverity() == Diagnostic.ERROR).collect(Collectors.toList());
    assertEquals(1, children.size(), children::toString);
    assertEquals(filter(p), children.get(0).getData().get(0));
    assertEquals(SluicePackage.Literals.FILTER__CONDITION, children.get(0).getData().get(1));
    assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(base()).getSeverity());
  }

  /** Inserts {@code step} between the filter and the sink. */
  static void relink(Pipeline p, Step step) {
    Link last = p.getLinks().get(1);
    p.getLinks().remove(last);
    p.link(filter(p), Ports.OUT, step, Ports.IN);
    p.link(step, Ports.OUT, p.findStep("snk"), Ports.IN);
  }
}
