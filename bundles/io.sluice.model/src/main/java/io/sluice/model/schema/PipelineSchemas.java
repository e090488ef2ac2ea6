package io.sluice.model.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sluice.expression.types.Schema;
import io.sluice.model.Link;
import io.sluice.model.Ports;
import io.sluice.model.Step;
import io.sluice.model.validation.Problem;

/**
 * The result of {@link SchemaPropagator#propagate}: each step's output schema per port, the order the
 * steps were visited in, and the problems found on the way (unknown columns, type errors, bad
 * expressions...). A schema is absent where it cannot be known: the step is in a cycle, an input is
 * unconnected, or something upstream (or the step itself) has an error.
 */
public final class PipelineSchemas {

  private final Map<Step, Map<String, Schema>> outputs;
  private final Map<Step, Map<String, List<Link>>> incoming;
  private final List<Step> order;
  private final List<Problem> problems;

  PipelineSchemas(Map<Step, Map<String, Schema>> outputs, Map<Step, Map<String, List<Link>>> incoming, List<Step> order,
      List<Problem> problems) {
    this.outputs = outputs;
    this.incoming = incoming;
    this.order = Collections.unmodifiableList(order);
    this.problems = Collections.unmodifiableList(problems);
  }

  /** The schema a step emits on a port. */
  public Optional<Schema> output(Step step, String port) {
    Map<String, Schema> ports = outputs.get(step);
    return Optional.ofNullable(ports == null ? null : ports.get(port));
  }

  /** The schema a step emits on {@code out}. */
  public Optional<Schema> output(Step step) {
    return output(step, Ports.OUT);
  }

  /** The schemas arriving at an input port, one per link (absent ones left out). */
  public List<Schema> inputs(Step step, String port) {
    List<Schema> result = new ArrayList<>();
    Map<String, List<Link>> ports = incoming.get(step);
    if (ports != null) {
      for (Link l : ports.getOrDefault(port, List.of())) {
        output(l.getSource(), l.getSourcePort()).ifPresent(result::add);
      }
    }
    return result;
  }

  /** Steps in an order where every step comes after the steps feeding it; steps in cycles are missing. */
  public List<Step> order() {
    return order;
  }

  /** Problems found while propagating, in step order. */
  public List<Problem> problems() {
    return problems;
  }
}
