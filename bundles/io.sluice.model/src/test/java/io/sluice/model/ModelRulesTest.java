package io.sluice.model;

import static io.sluice.model.TestPipelines.F;
import static io.sluice.model.TestPipelines.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.junit.jupiter.api.Test;

import io.sluice.model.resource.SluiceModel;

class ModelRulesTest {

  @Test
  void portsPerKind() {
    assertEquals(List.of(), F.createCsvSource().inputPorts());
    assertEquals(List.of("out", "rejects"), F.createCsvSource().outputPorts());
    assertEquals(List.of("out", "rejects"), F.createJdbcSource().outputPorts());
    assertEquals(List.of("in"), F.createFilter().inputPorts());
    assertEquals(List.of("out", "rejects"), F.createFilter().outputPorts(), "a row whose condition fails is rejected");
    assertEquals(List.of("left", "right"), F.createJoin().inputPorts());
    assertEquals(List.of("out", "rejects"), F.createQualityCheck().outputPorts());
    assertEquals(List.of("out", "rejects"), F.createDerive().outputPorts());
    assertEquals(List.of("in"), F.createParquetSink().inputPorts());
    assertEquals(List.of(), F.createParquetSink().outputPorts());
    Select s = F.createSelect();
    SelectColumn c = F.createSelectColumn();
    c.setColumn("a");
    s.getColumns().add(c);
    assertEquals(List.of("out"), s.outputPorts());
    c.setCast("INT64");
    assertEquals(List.of("out", "rejects"), s.outputPorts(), "a select that casts can reject");
    assertTrue(F.createUnion().acceptsManyLinks("in"));
    assertFalse(F.createFilter().acceptsManyLinks("in"));
  }

  @Test
  void editingRules() {
    Pipeline p = SluiceModel.newPipeline("p");
    CsvSource a = step(p, F.createCsvSource(), "a", "a", 0, 0);
    Filter b = step(p, F.createFilter(), "b", "b", 0, 0);
    Union u = step(p, F.createUnion(), "u", "u", 0, 0);
    Filter outside = F.createFilter();
    assertEquals("A step cannot be linked to itself.", p.canLink(b, "out", b, "in"));
    assertEquals("Step 'b' has no input port 'left'.", p.canLink(a, "out", b, "left"));
    assertEquals("Step 'a' has no input port 'in'.", p.canLink(b, "out", a, "in"));
    assertEquals("Step 'b' has no output port 'errors'.", p.canLink(b, "errors", u, "in"));
    assertEquals("Both steps must belong to this pipeline.", p.canLink(a, "out", outside, "in"));
    assertNull(p.canLink(a, "out", b, "in"));
    Link l = p.link(a, "out", b, "in");
    assertEquals(a, l.getSource());
    assertEquals(List.of(l), b.incomingLinks());
    assertEquals(List.of(l), a.outgoingLinks());
    assertEquals("These ports are already linked.", p.canLink(a, "out", b, "in"));
    assertEquals("Input 'in' of step 'b' is already connected.", p.canLink(a, "rejects", b, "in"));
    p.link(a, "out", u, "in");
    p.link(b, "out", u, "in");
    assertEquals("These ports are already linked.", p.canLink(b, "out", u, "in"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.link(b, "out", b, "in"));
    assertEquals("A step cannot be linked to itself.", e.getMessage());
    assertEquals(2, p.linksOf(b).size());
  }

  @Test
  void idsAndNames() {
    Pipeline p = SluiceModel.newPipeline("p");
    Step s = SluiceModel.newStep(p, SluicePackage.Literals.FILTER, "keep paid", 10, 20);
    assertEquals("filter1", s.getId());
    assertEquals("keep paid", s.getName());
    assertEquals(20, s.getLayout().getY());
    p.getSteps().add(s);
    Step t = SluiceModel.newStep(p, SluicePackage.Literals.FILTER, "keep paid", 0, 0);
    assertEquals("filter2", t.getId());
    assertEquals("keep paid 2", t.getName());
    assertThrows(IllegalArgumentException.class, () -> SluiceModel.newStep(p, SluicePackage.Literals.SOURCE, "x", 0, 0));
    assertEquals(s, p.findStepByName("keep paid"));
  }

  @Test
  void settersNotify() {
    Filter f = F.createFilter();
    f.setLayout(TestPipelines.bounds(0, 0, 10, 10));
    List<Notification> seen = new ArrayList<>();
    AdapterImpl listener = new AdapterImpl() {
      @Override
      public void notifyChanged(Notification n) {
        seen.add(n);
      }
    };
    f.eAdapters().add(listener);
    f.getLayout().eAdapters().add(listener);
    f.setCondition("x > 1");
    f.getLayout().setX(5);
    f.getTags().add("t");
    assertEquals(3, seen.size());
    assertEquals(SluicePackage.Literals.FILTER__CONDITION, seen.get(0).getFeature());
    assertEquals(SluicePackage.Literals.BOUNDS__X, seen.get(1).getFeature());
    assertEquals(SluicePackage.Literals.STEP__TAGS, seen.get(2).getFeature());
  }

  @Test
  void parametersAndDurations() {
    Pipeline p = TestPipelines.orders();
    assertEquals("data/orders-sample.csv", PipelineParameters.expand(p, "${input}", null));
    assertEquals("x.csv", PipelineParameters.expand(p, "${input}", java.util.Map.of("input", "x.csv")));
    assertEquals("${secret:pw}", PipelineParameters.expand(p, "${secret:pw}", null));
    assertTrue(PipelineParameters.isSecretReference("${secret:pw}"));
    assertFalse(PipelineParameters.isSecretReference("pw"));
    assertEquals(java.time.Duration.ofMinutes(5), Durations.parse("5m").get());
    assertEquals(java.time.Duration.ofMinutes(5), Durations.parse("PT5M").get());
    assertTrue(Durations.parse("0s").isEmpty());
    assertTrue(Durations.parse("soon").isEmpty());
  }
}
