package io.sluice.model.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sluice.expression.ExpressionProblem;
import io.sluice.expression.types.Schema;
import io.sluice.model.Aggregation;
import io.sluice.model.Link;
import io.sluice.model.Pipeline;
import io.sluice.model.Ports;
import io.sluice.model.Step;
import io.sluice.model.internal.kinds.Aggregations;
import io.sluice.model.internal.kinds.SourceKind;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;
import io.sluice.model.kind.StepKinds;
import io.sluice.model.validation.Problem;

/**
 * Derives every step's output schema, per port, from its inputs (design-time schema propagation), and
 * reports what does not fit on the way. Steps are visited in link order; a step whose inputs are not all
 * known gets no schema and no further complaints (the cause is reported where it is).
 *
 * <h2>Rules per step kind</h2>
 * Each kind's {@link StepKind} derives its output ({@link StepKind#output}) and rejects ({@link StepKind#rejects})
 * schemas; the rules are documented there (one class per kind in {@code io.sluice.model.internal.kinds}).
 *
 * <h2>The {@code rejects} port</h2>
 * A transform that rejects rows (QualityCheck, Derive, Select with casts) emits, on {@code rejects}, every input
 * column as a nullable STRING (the value as text, since it may not fit its type) followed by
 * {@code _rule} (STRING, nullable: the quality rule, cast or derivation at fault), {@code _reason} (STRING),
 * {@code _step} (STRING: the step id) and {@code _run_id} (STRING). A source emits {@code _file} (STRING,
 * nullable), {@code _line} (INT64, nullable), {@code _raw} (STRING, nullable: the record as read),
 * {@code _column} (STRING, nullable), {@code _reason}, {@code _step} and {@code _run_id}. An input column whose
 * name clashes with one of these is renamed with a trailing {@code _input}.
 */
public final class SchemaPropagator {

  public static final String REJECT_RULE = StepKind.REJECT_RULE;
  public static final String REJECT_REASON = StepKind.REJECT_REASON;
  public static final String REJECT_STEP = StepKind.REJECT_STEP;
  public static final String REJECT_RUN_ID = StepKind.REJECT_RUN_ID;

  private final SourceSchemaResolver resolver;

  /** Propagation that knows only declared source columns. */
  public SchemaPropagator() {
    this(SourceSchemaResolver.NONE);
  }

  public SchemaPropagator(SourceSchemaResolver resolver) {
    this.resolver = resolver == null ? SourceSchemaResolver.NONE : resolver;
  }

  /** The rejects schema of every source. */
  public static Schema sourceRejects() {
    return SourceKind.SOURCE_REJECTS;
  }

  /** The rejects schema of a transform whose input is {@code input}. */
  public static Schema transformRejects(Schema input) {
    return StepKind.transformRejects(input);
  }

  public PipelineSchemas propagate(Pipeline pipeline) {
    Map<Step, Map<String, List<Link>>> incoming = new IdentityHashMap<>();
    Map<Step, List<Link>> outgoing = new IdentityHashMap<>();
    Map<Step, Integer> pending = new IdentityHashMap<>();
    for (Step s : pipeline.getSteps()) {
      pending.put(s, 0);
    }
    for (Link l : pipeline.getLinks()) {
      if (l.getSource() == null || l.getTarget() == null || !pending.containsKey(l.getSource())
          || !pending.containsKey(l.getTarget())) {
        continue;
      }
      incoming.computeIfAbsent(l.getTarget(), k -> new LinkedHashMap<>()).computeIfAbsent(l.getTargetPort(), k -> new ArrayList<>()).add(l);
      outgoing.computeIfAbsent(l.getSource(), k -> new ArrayList<>()).add(l);
      pending.merge(l.getTarget(), 1, Integer::sum);
    }
    // Kahn's algorithm, seeded in model order so that the visiting order is deterministic.
    List<Step> order = new ArrayList<>();
    Deque<Step> ready = new ArrayDeque<>();
    for (Step s : pipeline.getSteps()) {
      if (pending.get(s) == 0) {
        ready.add(s);
      }
    }
    while (!ready.isEmpty()) {
      Step s = ready.poll();
      order.add(s);
      for (Link l : outgoing.getOrDefault(s, List.of())) {
        if (pending.merge(l.getTarget(), -1, Integer::sum) == 0) {
          ready.add(l.getTarget());
        }
      }
    }
    Map<Step, Map<String, Schema>> outputs = new IdentityHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Step step : order) {
      Map<String, List<Schema>> inputs = inputs(step, incoming.getOrDefault(step, Map.of()), outputs);
      if (inputs == null) {
        continue;
      }
      StepKind<Step> kind = StepKinds.of(step);
      SchemaContext ctx = new SchemaContext(step, inputs, problems, resolver);
      Schema out = kind.output(step, ctx);
      if (out != null && !ctx.failed()) {
        Map<String, Schema> ports = new HashMap<>();
        for (String port : step.outputPorts()) {
          if (Ports.OUT.equals(port)) {
            ports.put(port, out);
          } else if (Ports.REJECTS.equals(port)) {
            ports.put(port, kind.rejects(step, ctx));
          }
        }
        outputs.put(step, ports);
      }
    }
    return new PipelineSchemas(outputs, incoming, order, problems);
  }

  /** The schemas arriving on each input port, or null when one is not known (nothing to derive then). */
  private static Map<String, List<Schema>> inputs(Step step, Map<String, List<Link>> in, Map<Step, Map<String, Schema>> outputs) {
    Map<String, List<Schema>> inputs = new HashMap<>();
    for (String port : step.inputPorts()) {
      List<Schema> schemas = new ArrayList<>();
      for (Link l : in.getOrDefault(port, List.of())) {
        Map<String, Schema> upstream = outputs.get(l.getSource());
        Schema s = upstream == null ? null : upstream.get(l.getSourcePort());
        if (s == null) {
          return null;
        }
        schemas.add(s);
      }
      if (schemas.isEmpty()) {
        return null;
      }
      inputs.put(port, schemas);
    }
    return inputs;
  }

  /** Formats an expression problem: "column 8: ..." for one-line text, else "line 2, column 3: ...". */
  public static String position(ExpressionProblem p) {
    return SchemaContext.position(p);
  }

  /** The output name of an aggregation: its outputName, or function_column in lower case. */
  public static String outputName(Aggregation a) {
    return Aggregations.outputName(a);
  }
}
