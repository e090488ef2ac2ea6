package io.sluice.model;

import static io.sluice.model.TestPipelines.F;
import static io.sluice.model.TestPipelines.aggregation;
import static io.sluice.model.TestPipelines.derivation;
import static io.sluice.model.TestPipelines.ordersSource;
import static io.sluice.model.TestPipelines.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.sluice.model.resource.SluiceModel;
import io.sluice.model.validation.PipelineValidator;
import io.sluice.model.validation.Problem;

/** A 500-step pipeline validates without problems, the same way every time (its timing is printed, not asserted). */
class PerformanceTest {

  /** 50 branches of 10 steps: source, filter, derive, select, quality check, dedup, aggregate, sort, mask, sink. */
  static Pipeline generated(int branches) {
    Pipeline p = SluiceModel.newPipeline("generated");
    for (int b = 0; b < branches; b++) {
      String n = "b" + b + "_";
      CsvSource src = ordersSource(p, n + "src", n + "source");
      src.setPath("in" + b + ".csv");
      Filter f = step(p, F.createFilter(), n + "flt", n + "filter", 0, 0);
      f.setCondition("status = 'paid' AND quantity > 0 AND amount BETWEEN 1 AND 1000");
      Derive d = step(p, F.createDerive(), n + "der", n + "derive", 0, 0);
      d.getDerivations().add(derivation("revenue", "amount * quantity"));
      d.getDerivations().add(derivation("day", "cast(order_ts AS date)"));
      d.getDerivations().add(derivation("big", "CASE WHEN amount * quantity > 100 THEN 'big' ELSE 'small' END"));
      Select s = step(p, F.createSelect(), n + "sel", n + "select", 0, 0);
      for (String c : List.of("country", "day", "revenue", "big", "email", "customer_id")) {
        SelectColumn sc = F.createSelectColumn();
        sc.setColumn(c);
        s.getColumns().add(sc);
      }
      QualityCheck qc = step(p, F.createQualityCheck(), n + "qc", n + "checks", 0, 0);
      QualityRule r = F.createQualityRule();
      r.setKind(QualityRuleKind.EXPRESSION);
      r.setExpression("revenue >= 0");
      qc.getRules().add(r);
      Deduplicate dd = step(p, F.createDeduplicate(), n + "dd", n + "dedup", 0, 0);
      dd.getKeys().add("customer_id");
      Aggregate a = step(p, F.createAggregate(), n + "agg", n + "aggregate", 0, 0);
      a.getGroupKeys().add("country");
      a.getGroupKeys().add("day");
      a.getAggregations().add(aggregation(AggregateFunction.SUM, "revenue", "revenue"));
      a.getAggregations().add(aggregation(AggregateFunction.COUNT_ALL, null, "orders"));
      Sort so = step(p, F.createSort(), n + "sort", n + "sort", 0, 0);
      so.getKeys().add(TestPipelines.sortKey("revenue", SortDirection.DESC));
      Mask m = step(p, F.createMask(), n + "mask", n + "mask", 0, 0);
      m.getColumns().add("country");
      m.setMethod(MaskMethod.REDACT);
      ParquetSink sink = step(p, F.createParquetSink(), n + "out", n + "sink", 0, 0);
      sink.setPath("out" + b + ".parquet");
      Step prev = src;
      for (Step next : List.of(f, d, s, qc, dd, a, so, m, sink)) {
        p.link(prev, Ports.OUT, next, Ports.IN);
        prev = next;
      }
    }
    return p;
  }

  @Test
  void fiveHundredSteps() {
    Pipeline p = generated(50);
    assertEquals(500, p.getSteps().size());
    long w0 = System.nanoTime();
    PipelineValidator.validate(generated(1)); // first use of EMF and the expression parser in this JVM
    long warmup = System.nanoTime() - w0;
    long t0 = System.nanoTime();
    List<Problem> first = PipelineValidator.validate(p);
    long cold = System.nanoTime() - t0;
    assertTrue(first.isEmpty(), () -> first.subList(0, Math.min(5, first.size())).toString());
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      long t = System.nanoTime();
      PipelineValidator.validate(p);
      best = Math.min(best, System.nanoTime() - t);
    }
    // timings are printed for a reader, never asserted (a loaded machine is no failure; bench/ measures them)
    System.out.printf("500-step validation: 10-step warm-up %.1f ms, first 500-step run %.1f ms, best of 10 %.1f ms%n",
        warmup / 1e6, cold / 1e6, best / 1e6);
    assertEquals(first, PipelineValidator.validate(p), "validation is deterministic");
  }
}
