package io.sluice.model.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.sluice.model.Link;
import io.sluice.model.Pipeline;
import io.sluice.model.Step;

/**
 * Two versions of a pipeline drawn as one: the newer version plus the steps (and their links) that only the older
 * one has, each step marked {@link Status#ADDED}, {@link Status#REMOVED}, {@link Status#CHANGED} (with its property
 * changes as {@code sluice diff} words them), {@link Status#MOVED} (layout only) or {@link Status#SAME}. The designer's
 * Compare canvas draws {@link #union()} and colours each step by its status.
 */
public final class PipelineComparison {

  /** How a step differs between the two versions. */
  public enum Status {
    SAME, ADDED, REMOVED, CHANGED, MOVED
  }

  private final Pipeline union;
  private final Map<String, Status> status;
  private final Map<String, List<String>> changes;

  private PipelineComparison(Pipeline union, Map<String, Status> status, Map<String, List<String>> changes) {
    this.union = union;
    this.status = status;
    this.changes = changes;
  }

  /** Compares {@code older} with {@code newer}; neither is changed. */
  public static PipelineComparison of(Pipeline older, Pipeline newer) {
    PipelineDiff diff = PipelineDiff.compute(older, newer);
    Pipeline union = EcoreUtil.copy(newer);
    union.getConflicts().clear();
    Map<String, Status> status = new LinkedHashMap<>();
    Map<String, List<String>> changes = new LinkedHashMap<>();
    for (Step s : union.getSteps()) {
      Step before = older.findStep(s.getId());
      if (before == null || before.eClass() != s.eClass()) {
        status.put(s.getId(), Status.ADDED);
      } else if (!PipelineMerge.sameIgnoringLayout(before, s)) {
        status.put(s.getId(), Status.CHANGED);
      } else {
        status.put(s.getId(), PipelineDiff.sameBounds(before.getLayout(), s.getLayout()) ? Status.SAME : Status.MOVED);
      }
    }
    for (PipelineDiff.Change c : diff.changes()) {
      switch (c.kind()) {
        case STEP_PROPERTY -> changes.computeIfAbsent(c.stepId(), k -> new ArrayList<>())
            .add(c.property() + ": " + DiffFormatter.v(c.oldValue()) + " -> " + DiffFormatter.v(c.newValue())); //$NON-NLS-1$ //$NON-NLS-2$
        case STEP_RENAMED -> changes.computeIfAbsent(c.stepId(), k -> new ArrayList<>())
            .add("renamed from " + DiffFormatter.v(c.oldValue())); //$NON-NLS-1$
        case LINK_ADDED, LINK_REMOVED -> {
          if (status.get(c.stepId()) == Status.SAME || status.get(c.stepId()) == Status.MOVED) {
            status.put(c.stepId(), Status.CHANGED);
          }
          changes.computeIfAbsent(c.stepId(), k -> new ArrayList<>())
              .add((c.kind() == PipelineDiff.Kind.LINK_ADDED ? "+ link " + c.newValue() : "- link " + c.oldValue())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        default -> {
          // added and removed steps are their status
        }
      }
    }
    // the removed steps as ghosts, with the links among them and to the steps still there
    for (Step s : older.getSteps()) {
      if (union.findStep(s.getId()) == null) { // (a kind change keeps the new step under that id)
        union.getSteps().add(EcoreUtil.copy(s));
        status.put(s.getId(), Status.REMOVED);
      }
    }
    for (Link l : older.getLinks()) {
      if (l.getSource() == null || l.getTarget() == null) {
        continue;
      }
      boolean touchesRemoved = status.get(l.getSource().getId()) == Status.REMOVED || status.get(l.getTarget().getId()) == Status.REMOVED;
      if (touchesRemoved) {
        union.link(union.findStep(l.getSource().getId()), l.getSourcePort(), union.findStep(l.getTarget().getId()), l.getTargetPort());
      }
    }
    return new PipelineComparison(union, status, changes);
  }

  /** The newer version plus the removed steps; for drawing only. */
  public Pipeline union() {
    return union;
  }

  public Status status(String stepId) {
    return status.getOrDefault(stepId, Status.SAME);
  }

  /** The property (and link) changes of a step, one line each; empty when none. */
  public List<String> changes(String stepId) {
    return changes.getOrDefault(stepId, List.of());
  }

  /** Every step id with its status, in drawing order. */
  public Map<String, Status> statuses() {
    return java.util.Collections.unmodifiableMap(status);
  }
}
