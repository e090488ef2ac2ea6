package io.sluice.model.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;

import io.sluice.model.Link;
import io.sluice.model.MergeConflict;
import io.sluice.model.Parameter;
import io.sluice.model.Pipeline;
import io.sluice.model.PipelineParameters;
import io.sluice.model.Ports;
import io.sluice.model.Step;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.StepKinds;
import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;
import io.sluice.model.schema.SourceResolvers;
import io.sluice.model.schema.PipelineSchemas;
import io.sluice.model.schema.SchemaPropagator;
import io.sluice.model.schema.SourceSchemaResolver;

/**
 * Checks a pipeline and reports {@link Problem}s, each naming the step and the field. Used by the
 * designer's markers (through {@link SluiceEValidator}) and by {@code sluice validate}.
 *
 * <h2>Rules</h2>
 * Errors: unresolved merge conflicts; missing or duplicate step ids; missing or duplicate step names; links to steps outside the
 * pipeline, from or to ports the step does not have, self-loops, duplicate links and a second link into a
 * single-link input; unconnected inputs (a sink with no input); cycles; missing required properties (a file
 * source or sink without path, a filter without condition, a join without keys, ...); passwords that are not a
 * {@code ${secret:name}} reference; references to unknown parameters; and everything
 * {@linkplain SchemaPropagator schema propagation} finds: expressions that do not parse (with the column),
 * unknown columns, type errors, join keys of different types, union inputs that do not match.
 * Warnings: an unused {@code out} port, a literal hash salt, a slide on a tumbling window, a source whose
 * schema is unknown.
 * <p>Problems come sorted by step (pipeline order), pipeline-level problems first.
 */
public final class PipelineValidator {

  private final SourceSchemaResolver resolver;

  /** A validator that knows only declared source columns. */
  public PipelineValidator() {
    this(SourceSchemaResolver.NONE);
  }

  /** A validator that asks {@code resolver} for the schema of sources without declared columns. */
  public PipelineValidator(SourceSchemaResolver resolver) {
    this.resolver = resolver;
  }

  /** Validates with declared source columns only. */
  public static List<Problem> validate(Pipeline pipeline) {
    return new PipelineValidator().run(pipeline).problems();
  }

  /**
   * Loads and validates a file: load problems if it does not load, else the validation problems. Sources
   * without declared columns are resolved by {@link SourceResolvers} (relative paths against the file's folder).
   */
  public static FileReport validateFile(Path file) {
    return validateFile(file, SourceResolvers.Services.NONE);
  }

  /** As {@link #validateFile(Path)}, lending the source resolvers {@code services} (the runtime's driver registry). */
  public static FileReport validateFile(Path file, SourceResolvers.Services services) {
    LoadResult loaded = SluiceModel.load(file);
    if (!loaded.ok()) {
      return new FileReport(loaded.file(), loaded.problems(), List.of());
    }
    List<Problem> problems = new PipelineValidator(SourceResolvers.forFile(file, Map.of(), services)).run(loaded.pipeline()).problems();
    return new FileReport(loaded.file(), List.of(), problems);
  }

  /** Problems plus the propagated schemas (which the designer shows and the runtime plans with). */
  public record Result(List<Problem> problems, PipelineSchemas schemas) {
    public boolean hasErrors() {
      for (Problem p : problems) {
        if (p.isError()) {
          return true;
        }
      }
      return false;
    }
  }

  public Result run(Pipeline pipeline) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Parameter> parameters = parameters(pipeline, problems);
    identities(pipeline, problems);
    conflicts(pipeline, problems);
    Map<Step, List<Link>> in = new IdentityHashMap<>();
    Map<Step, List<Link>> out = new IdentityHashMap<>();
    links(pipeline, problems, in, out);
    cycles(pipeline, out, problems);
    for (Step step : pipeline.getSteps()) {
      connections(step, in.getOrDefault(step, List.of()), out.getOrDefault(step, List.of()), problems);
      properties(step, problems);
      references(step, parameters, problems);
    }
    PipelineSchemas schemas = new SchemaPropagator(resolver).propagate(pipeline);
    problems.addAll(schemas.problems());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < pipeline.getSteps().size(); i++) {
      index.putIfAbsent(pipeline.getSteps().get(i).getId(), i);
    }
    problems.sort(Comparator.comparingInt(p -> p.stepId() == null ? -1 : index.getOrDefault(p.stepId(), -1)));
    return new Result(List.copyOf(problems), schemas);
  }

  private static Map<String, Parameter> parameters(Pipeline pipeline, List<Problem> problems) {
    Map<String, Parameter> byName = new HashMap<>();
    for (Parameter p : pipeline.getParameters()) {
      if (p.getName() == null || p.getName().isBlank()) {
        problems.add(Problem.error(null, "parameters", "a parameter has no name")); //$NON-NLS-1$ //$NON-NLS-2$
      } else if (byName.putIfAbsent(p.getName(), p) != null) {
        problems.add(Problem.error(null, "parameters", "parameter '" + p.getName() + "' is defined twice")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
    }
    return byName;
  }

  /** Every conflict a merge left is an error until it is resolved (in the designer or by editing the file). */
  private static void conflicts(Pipeline pipeline, List<Problem> problems) {
    for (MergeConflict c : pipeline.getConflicts()) {
      Step step = c.getStepId() == null ? null : pipeline.findStep(c.getStepId());
      problems.add(Problem.error(step, c.getProperty() == null ? "conflicts" : c.getProperty(), //$NON-NLS-1$
          "unresolved merge conflict: " + c.getMessage())); //$NON-NLS-1$
    }
  }

  private static void identities(Pipeline pipeline, List<Problem> problems) {
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> names = new HashMap<>();
    for (Step s : pipeline.getSteps()) {
      if (s.getId() != null && !s.getId().isBlank()) {
        ids.merge(s.getId(), 1, Integer::sum);
      }
      if (s.getName() != null && !s.getName().isBlank()) {
        names.merge(s.getName(), 1, Integer::sum);
      }
    }
    for (Step s : pipeline.getSteps()) {
      if (s.getId() == null || s.getId().isBlank()) {
        problems.add(Problem.error(s, "id", "the step has no id")); //$NON-NLS-1$ //$NON-NLS-2$
      } else if (ids.get(s.getId()) > 1) {
        problems.add(Problem.error(s, "id", "id '" + s.getId() + "' is used by " + ids.get(s.getId()) + " steps")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      }
      if (s.getName() == null || s.getName().isBlank()) {
        problems.add(Problem.error(s, "name", "the step has no name")); //$NON-NLS-1$ //$NON-NLS-2$
      } else if (names.get(s.getName()) > 1) {
        problems.add(Problem.error(s, "name", "the name is used by " + names.get(s.getName()) + " steps")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
    }
  }

  private static void links(Pipeline pipeline, List<Problem> problems, Map<Step, List<Link>> in, Map<Step, List<Link>> out) {
    Set<String> seen = new HashSet<>();
    for (Link l : pipeline.getLinks()) {
      Step s = l.getSource();
      Step t = l.getTarget();
      if (s == null || t == null || s.getPipeline() != pipeline || t.getPipeline() != pipeline) {
        problems.add(Problem.error(null, "links", "a link refers to a step that is not in the pipeline")); //$NON-NLS-1$ //$NON-NLS-2$
        continue;
      }
      if (s == t) {
        problems.add(Problem.error(s, "links", "the step is linked to itself")); //$NON-NLS-1$ //$NON-NLS-2$
        continue;
      }
      boolean ok = true;
      if (!s.outputPorts().contains(l.getSourcePort())) {
        problems.add(Problem.error(s, "links", "a link starts at output '" + l.getSourcePort() + "', which this step does not have")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ok = false;
      }
      if (!t.inputPorts().contains(l.getTargetPort())) {
        problems.add(Problem.error(t, "links", "a link ends at input '" + l.getTargetPort() + "', which this step does not have")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ok = false;
      }
      if (!seen.add(s.getId() + '\u0000' + l.getSourcePort() + '\u0000' + t.getId() + '\u0000' + l.getTargetPort())) {
        problems.add(Problem.error(t, "links", "the link from '" + s.getName() + "' is there twice")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ok = false;
      }
      if (ok) {
        in.computeIfAbsent(t, k -> new ArrayList<>()).add(l);
        out.computeIfAbsent(s, k -> new ArrayList<>()).add(l);
      }
    }
  }

  private static void connections(Step step, List<Link> in, List<Link> out, List<Problem> problems) {
    for (String port : step.inputPorts()) {
      int n = 0;
      for (Link l : in) {
        if (port.equals(l.getTargetPort())) {
          n++;
        }
      }
      if (n == 0) {
        problems.add(Problem.error(step, "links", StepKinds.of(step).cardinality() == Cardinality.SINK ? "the sink has no input" //$NON-NLS-1$ //$NON-NLS-2$
            : step.inputPorts().size() == 1 ? "the input is not connected" : "input '" + port + "' is not connected")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      } else if (n > 1 && !step.acceptsManyLinks(port)) {
        problems.add(Problem.error(step, "links", "input '" + port + "' has " + n + " links; it takes one")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      }
    }
    if (step.outputPorts().contains(Ports.OUT)) {
      boolean used = false;
      for (Link l : out) {
        used |= Ports.OUT.equals(l.getSourcePort());
      }
      if (!used) {
        problems.add(Problem.warning(step, "links", "the output is not used")); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
  }

  /** Tarjan's strongly connected components; every step of a component with a cycle gets an error. */
  private static void cycles(Pipeline pipeline, Map<Step, List<Link>> out, List<Problem> problems) {
    new Object() {
      final Map<Step, Integer> index = new IdentityHashMap<>();
      final Map<Step, Integer> low = new IdentityHashMap<>();
      final java.util.Deque<Step> stack = new java.util.ArrayDeque<>();
      final Set<Step> onStack = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      int counter;

      void run() {
        for (Step s : pipeline.getSteps()) {
          if (!index.containsKey(s)) {
            visit(s);
          }
        }
      }

      void visit(Step v) {
        index.put(v, counter);
        low.put(v, counter);
        counter++;
        stack.push(v);
        onStack.add(v);
        for (Link l : out.getOrDefault(v, List.of())) {
          Step w = l.getTarget();
          if (!index.containsKey(w)) {
            visit(w);
            low.put(v, Math.min(low.get(v), low.get(w)));
          } else if (onStack.contains(w)) {
            low.put(v, Math.min(low.get(v), index.get(w)));
          }
        }
        if (low.get(v).equals(index.get(v))) {
          List<Step> component = new ArrayList<>();
          Step w;
          do {
            w = stack.pop();
            onStack.remove(w);
            component.add(w);
          } while (w != v);
          if (component.size() > 1) {
            List<Step> ordered = new ArrayList<>(pipeline.getSteps());
            ordered.retainAll(component);
            StringBuilder names = new StringBuilder();
            for (Step s : ordered) {
              names.append(names.length() == 0 ? "" : ", ").append('\'').append(s.getName()).append('\''); //$NON-NLS-1$ //$NON-NLS-2$
            }
            for (Step s : ordered) {
              problems.add(Problem.error(s, "links", "the step is part of a cycle (" + names + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
          }
        }
      }
    }.run();
  }

  /** Missing required properties and values that are wrong without looking at schemas: the kind's checks. */
  private static void properties(Step step, List<Problem> problems) {
    StepKinds.of(step).checkProperties(step, new PropertyChecks(step, problems));
  }

  /** ${name} references in any string property of the step (or its parts) must name a parameter. */
  private static void references(Step step, Map<String, Parameter> parameters, List<Problem> problems) {
    check(step, step, parameters, problems);
    for (TreeIterator<EObject> it = step.eAllContents(); it.hasNext();) {
      check(step, it.next(), parameters, problems);
    }
  }

  private static void check(Step step, EObject o, Map<String, Parameter> parameters, List<Problem> problems) {
    for (EAttribute a : o.eClass().getEAllAttributes()) {
      EDataType t = a.getEAttributeType();
      if (t.getInstanceClass() != String.class) {
        continue;
      }
      Object value = o.eGet(a);
      List<?> values = a.isMany() ? (List<?>) value : java.util.Collections.singletonList(value);
      for (Object v : values) {
        if (v instanceof String s && s.indexOf('$') >= 0) {
          for (String name : PipelineParameters.references(s)) {
            if (!parameters.containsKey(name)) {
              String field = o == step ? a.getName() : o.eContainingFeature().getName();
              problems.add(Problem.error(step, field, "${" + name + "} names no parameter of the pipeline")); //$NON-NLS-1$ //$NON-NLS-2$
            }
          }
        }
      }
    }
  }
}
