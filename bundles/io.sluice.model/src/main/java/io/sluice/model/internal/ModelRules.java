package io.sluice.model.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

import io.sluice.model.Link;
import io.sluice.model.Parameter;
import io.sluice.model.Pipeline;
import io.sluice.model.SluiceFactory;
import io.sluice.model.Step;
import io.sluice.model.kind.StepKinds;

/**
 * Bodies of the model's operations (ports and editing rules). The generated classes delegate here so
 * the rules stay in hand-written code; call them through the model interfaces.
 */
public final class ModelRules {

  private ModelRules() {
  }

  public static EList<String> inputPorts(Step step) {
    return StepKinds.of(step).inputPorts(step);
  }

  public static EList<String> outputPorts(Step step) {
    return StepKinds.of(step).outputPorts(step);
  }

  /** Whether the step (as configured) can emit rejected rows: its kind decides. */
  public static boolean canReject(Step step) {
    return StepKinds.of(step).canReject(step);
  }

  public static boolean acceptsManyLinks(Step step, String port) {
    return StepKinds.of(step).acceptsManyLinks(step, port);
  }

  public static EList<Link> incomingLinks(Step step) {
    EList<Link> result = new BasicEList<>();
    Pipeline p = step.getPipeline();
    if (p != null) {
      for (Link l : p.getLinks()) {
        if (l.getTarget() == step) {
          result.add(l);
        }
      }
    }
    return ECollections.unmodifiableEList(result);
  }

  public static EList<Link> outgoingLinks(Step step) {
    EList<Link> result = new BasicEList<>();
    Pipeline p = step.getPipeline();
    if (p != null) {
      for (Link l : p.getLinks()) {
        if (l.getSource() == step) {
          result.add(l);
        }
      }
    }
    return ECollections.unmodifiableEList(result);
  }

  public static EList<Link> linksOf(Pipeline pipeline, Step step) {
    EList<Link> result = new BasicEList<>();
    for (Link l : pipeline.getLinks()) {
      if (l.getSource() == step || l.getTarget() == step) {
        result.add(l);
      }
    }
    return ECollections.unmodifiableEList(result);
  }

  public static Step findStep(Pipeline pipeline, String id) {
    if (id == null) {
      return null;
    }
    for (Step s : pipeline.getSteps()) {
      if (id.equals(s.getId())) {
        return s;
      }
    }
    return null;
  }

  public static Step findStepByName(Pipeline pipeline, String name) {
    if (name == null) {
      return null;
    }
    for (Step s : pipeline.getSteps()) {
      if (name.equals(s.getName())) {
        return s;
      }
    }
    return null;
  }

  public static Parameter findParameter(Pipeline pipeline, String name) {
    for (Parameter p : pipeline.getParameters()) {
      if (p.getName() != null && p.getName().equals(name)) {
        return p;
      }
    }
    return null;
  }

  /**
   * A fresh id: the prefix reduced to lower-case letters, digits and '_' followed by the smallest
   * number not yet used (csv1, csv2, ...).
   */
  public static String newStepId(Pipeline pipeline, String prefix) {
    String base = prefix == null || prefix.isBlank() ? "step" : prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    if (!Character.isLetter(base.charAt(0))) {
      base = "s" + base; //$NON-NLS-1$
    }
    Set<String> used = new HashSet<>();
    for (Step s : pipeline.getSteps()) {
      used.add(s.getId());
    }
    for (int n = 1;; n++) {
      String candidate = base + n;
      if (!used.contains(candidate)) {
        return candidate;
      }
    }
  }

  public static String uniqueStepName(Pipeline pipeline, String base) {
    String b = base == null || base.isBlank() ? "step" : base.strip(); //$NON-NLS-1$
    Set<String> used = new HashSet<>();
    for (Step s : pipeline.getSteps()) {
      used.add(s.getName());
    }
    if (!used.contains(b)) {
      return b;
    }
    for (int n = 2;; n++) {
      String candidate = b + " " + n; //$NON-NLS-1$
      if (!used.contains(candidate)) {
        return candidate;
      }
    }
  }

  /** Null if the link may be added, else why not. */
  public static String canLink(Pipeline pipeline, Step source, String sourcePort, Step target, String targetPort) {
    if (source == null || target == null) {
      return "A link needs a source and a target step."; //$NON-NLS-1$
    }
    if (source.getPipeline() != pipeline || target.getPipeline() != pipeline) {
      return "Both steps must belong to this pipeline."; //$NON-NLS-1$
    }
    if (source == target) {
      return "A step cannot be linked to itself."; //$NON-NLS-1$
    }
    if (!source.outputPorts().contains(sourcePort)) {
      return "Step '" + source.getName() + "' has no output port '" + sourcePort + "'."; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    if (!target.inputPorts().contains(targetPort)) {
      return "Step '" + target.getName() + "' has no input port '" + targetPort + "'."; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    for (Link l : pipeline.getLinks()) {
      if (l.getTarget() == target && targetPort.equals(l.getTargetPort())) {
        if (l.getSource() == source && sourcePort.equals(l.getSourcePort())) {
          return "These ports are already linked."; //$NON-NLS-1$
        }
        if (!target.acceptsManyLinks(targetPort)) {
          return "Input '" + targetPort + "' of step '" + target.getName() + "' is already connected."; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
      }
    }
    if (reaches(pipeline, target, source)) {
      return "The link would create a cycle."; //$NON-NLS-1$
    }
    return null;
  }

  public static Link link(Pipeline pipeline, Step source, String sourcePort, Step target, String targetPort) {
    String why = canLink(pipeline, source, sourcePort, target, targetPort);
    if (why != null) {
      throw new IllegalArgumentException(why);
    }
    Link link = SluiceFactory.eINSTANCE.createLink();
    link.setSource(source);
    link.setSourcePort(sourcePort);
    link.setTarget(target);
    link.setTargetPort(targetPort);
    pipeline.getLinks().add(link);
    return link;
  }

  /** Whether {@code to} can be reached from {@code from} by following links downstream. */
  public static boolean reaches(Pipeline pipeline, Step from, Step to) {
    Deque<Step> todo = new ArrayDeque<>();
    Set<Step> seen = new HashSet<>();
    todo.push(from);
    while (!todo.isEmpty()) {
      Step s = todo.pop();
      if (s == to) {
        return true;
      }
      if (seen.add(s)) {
        for (Link l : pipeline.getLinks()) {
          if (l.getSource() == s && l.getTarget() != null) {
            todo.push(l.getTarget());
          }
        }
      }
    }
    return false;
  }
}
