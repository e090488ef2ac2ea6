package io.sluice.model.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.sluice.model.Bounds;
import io.sluice.model.Link;
import io.sluice.model.Note;
import io.sluice.model.Pipeline;
import io.sluice.model.SluicePackage;
import io.sluice.model.Step;

/**
 * The semantic difference between two versions of a pipeline, as {@code sluice diff OLD NEW} shows it.
 * <ul>
 * <li>Steps are matched by id: a step is added, removed, renamed (same id, other name) or has changed
 * properties. A step whose kind changed under the same id counts as removed and added.</li>
 * <li>Properties are compared feature by feature, including the parts a step contains (derivations, columns,
 * aggregations, rules...). Parts of a list are matched by their name, output name or column where those are
 * unique, otherwise by position, and named like {@code derivations[revenue].expression}.</li>
 * <li>Links are matched by (source id, port, target id, port).</li>
 * <li>Layout (step and note positions and sizes) never counts as a property change; moved steps are
 * collected in {@link #movedSteps()} and printed on one line.</li>
 * </ul>
 * The changes come in a stable order: pipeline properties, then steps in the new pipeline's order, removed
 * steps, removed links, added links.
 */
public final class PipelineDiff {

  /** What changed. */
  public enum Kind {
    PIPELINE_PROPERTY, STEP_ADDED, STEP_REMOVED, STEP_RENAMED, STEP_PROPERTY, LINK_REMOVED, LINK_ADDED
  }

  /**
   * One change. For STEP_ADDED/STEP_REMOVED the value is the step kind (EClass name); for STEP_RENAMED the
   * old and new names; for links the value is {@code 'source'.port -> 'target'.port}; {@code null} stands for
   * "not set".
   */
  public record Change(Kind kind, String stepId, String stepName, String property, String oldValue, String newValue) {
  }

  private static final SluicePackage P = SluicePackage.eINSTANCE;
  private static final Set<EStructuralFeature> NOT_PROPERTIES = Set.of(P.getStep_Id(), P.getStep_Name(), P.getStep_Layout(),
      P.getNote_Layout(), P.getPipeline_Steps(), P.getPipeline_Links(), P.getPipeline_FormatVersion());

  private final List<Change> changes;
  private final List<String> movedSteps;
  private final int movedNotes;

  private PipelineDiff(List<Change> changes, List<String> movedSteps, int movedNotes) {
    this.changes = Collections.unmodifiableList(changes);
    this.movedSteps = Collections.unmodifiableList(movedSteps);
    this.movedNotes = movedNotes;
  }

  /** Every semantic change, in a stable order. */
  public List<Change> changes() {
    return changes;
  }

  /** Names (in the new version) of steps whose layout alone changed position or size. */
  public List<String> movedSteps() {
    return movedSteps;
  }

  /** How many canvas notes were moved or resized. */
  public int movedNotes() {
    return movedNotes;
  }

  /** Whether nothing at all changed, layout included. */
  public boolean isEmpty() {
    return changes.isEmpty() && movedSteps.isEmpty() && movedNotes == 0;
  }

  /** Whether only the layout changed. */
  public boolean isLayoutOnly() {
    return changes.isEmpty() && !isEmpty();
  }

  public static PipelineDiff compute(Pipeline oldPipeline, Pipeline newPipeline) {
    List<Change> changes = new ArrayList<>();
    compareObjects(oldPipeline, newPipeline, "", changes, null); //$NON-NLS-1$

    Map<String, Step> oldSteps = new LinkedHashMap<>();
    for (Step s : oldPipeline.getSteps()) {
      oldSteps.putIfAbsent(s.getId(), s);
    }
    Set<String> seen = new HashSet<>();
    List<String> moved = new ArrayList<>();
    for (Step now : newPipeline.getSteps()) {
      if (!seen.add(now.getId())) {
        continue;
      }
      Step before = oldSteps.get(now.getId());
      if (before == null || before.eClass() != now.eClass()) {
        if (before != null) {
          changes.add(new Change(Kind.STEP_REMOVED, before.getId(), before.getName(), null, before.eClass().getName(), null));
        }
        changes.add(new Change(Kind.STEP_ADDED, now.getId(), now.getName(), null, null, now.eClass().getName()));
        continue;
      }
      if (!Objects.equals(before.getName(), now.getName())) {
        changes.add(new Change(Kind.STEP_RENAMED, now.getId(), now.getName(), "name", before.getName(), now.getName())); //$NON-NLS-1$
      }
      compareObjects(before, now, "", changes, now); //$NON-NLS-1$
      if (!sameBounds(before.getLayout(), now.getLayout())) {
        moved.add(now.getName());
      }
    }
    for (Step before : oldSteps.values()) {
      if (!seen.contains(before.getId())) {
        changes.add(new Change(Kind.STEP_REMOVED, before.getId(), before.getName(), null, before.eClass().getName(), null));
      }
    }

    Map<String, Link> oldLinks = links(oldPipeline);
    Map<String, Link> newLinks = links(newPipeline);
    for (Map.Entry<String, Link> e : oldLinks.entrySet()) {
      if (!newLinks.containsKey(e.getKey())) {
        Link l = e.getValue();
        changes.add(new Change(Kind.LINK_REMOVED, l.getTarget().getId(), l.getTarget().getName(), null, describe(l), null));
      }
    }
    for (Map.Entry<String, Link> e : newLinks.entrySet()) {
      if (!oldLinks.containsKey(e.getKey())) {
        Link l = e.getValue();
        changes.add(new Change(Kind.LINK_ADDED, l.getTarget().getId(), l.getTarget().getName(), null, null, describe(l)));
      }
    }

    int notes = 0;
    for (int i = 0; i < Math.min(oldPipeline.getNotes().size(), newPipeline.getNotes().size()); i++) {
      Note a = oldPipeline.getNotes().get(i);
      Note b = newPipeline.getNotes().get(i);
      if (!sameBounds(a.getLayout(), b.getLayout())) {
        notes++;
      }
    }
    return new PipelineDiff(changes, moved, notes);
  }

  static boolean sameBounds(Bounds a, Bounds b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.getX() == b.getX() && a.getY() == b.getY() && a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight();
  }

  private static Map<String, Link> links(Pipeline p) {
    Map<String, Link> result = new LinkedHashMap<>();
    for (Link l : p.getLinks()) {
      if (l.getSource() != null && l.getTarget() != null) {
        result.putIfAbsent(l.getSource().getId() + '\u0000' + l.getSourcePort() + '\u0000' + l.getTarget().getId() + '\u0000'
            + l.getTargetPort(), l);
      }
    }
    return result;
  }

  static String describe(Link l) {
    return "'" + l.getSource().getName() + "'." + l.getSourcePort() + " -> '" + l.getTarget().getName() + "'." + l.getTargetPort(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
  }

  /** Compares two objects of the same class feature by feature; {@code step} is null for pipeline level. */
  private static void compareObjects(EObject a, EObject b, String prefix, List<Change> out, Step step) {
    for (EStructuralFeature f : b.eClass().getEAllStructuralFeatures()) {
      if (NOT_PROPERTIES.contains(f) || f.isTransient() || f.isDerived()) {
        continue;
      }
      String path = prefix + f.getName();
      if (f instanceof EAttribute attr) {
        String was = value(a, attr);
        String now = value(b, attr);
        if (!Objects.equals(was, now)) {
          out.add(change(step, path, was, now));
        }
      } else if (f instanceof EReference ref && ref.isContainment()) {
        if (ref.isMany()) {
          Map<String, EObject> was = keyed(listOf(a, ref));
          Map<String, EObject> now = keyed(listOf(b, ref));
          // old order first (changed and removed parts), then the parts that are new
          Set<String> keys = new LinkedHashSet<>(was.keySet());
          keys.addAll(now.keySet());
          for (String key : keys) {
            EObject x = was.get(key);
            EObject y = now.get(key);
            String itemPath = path + "[" + key + "]"; //$NON-NLS-1$ //$NON-NLS-2$
            if (x == null || y == null || x.eClass() != y.eClass()) {
              out.add(change(step, itemPath, summary(x), summary(y)));
            } else {
              compareObjects(x, y, itemPath + ".", out, step); //$NON-NLS-1$
            }
          }
        } else {
          EObject x = (EObject) a.eGet(ref);
          EObject y = (EObject) b.eGet(ref);
          if (x == null || y == null || x.eClass() != y.eClass()) {
            if (x != null || y != null) {
              out.add(change(step, path, summary(x), summary(y)));
            }
          } else {
            compareObjects(x, y, path + ".", out, step); //$NON-NLS-1$
          }
        }
      }
    }
  }

  private static Change change(Step step, String path, String was, String now) {
    return step == null ? new Change(Kind.PIPELINE_PROPERTY, null, null, path, was, now)
        : new Change(Kind.STEP_PROPERTY, step.getId(), step.getName(), path, was, now);
  }

  @SuppressWarnings("unchecked")
  static List<EObject> listOf(EObject o, EReference ref) {
    return (List<EObject>) o.eGet(ref);
  }

  /** Items keyed by name, outputName or column when unique within the list, else by 1-based position. */
  private static Map<String, EObject> keyed(List<EObject> items) {
    for (String keyFeature : new String[] {"name", "outputName", "column"}) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      Map<String, EObject> byKey = new LinkedHashMap<>();
      boolean usable = !items.isEmpty();
      for (EObject item : items) {
        EStructuralFeature f = item.eClass().getEStructuralFeature(keyFeature);
        Object k = f == null ? null : item.eGet(f);
        if (!(k instanceof String s) || s.isBlank() || byKey.putIfAbsent(s, item) != null) {
          usable = false;
          break;
        }
      }
      if (usable) {
        return byKey;
      }
    }
    Map<String, EObject> byIndex = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      byIndex.put(Integer.toString(i + 1), items.get(i));
    }
    return byIndex;
  }

  static String value(EObject o, EAttribute attr) {
    if (attr.isMany()) {
      List<?> values = (List<?>) o.eGet(attr);
      if (values.isEmpty()) {
        return null;
      }
      List<String> text = new ArrayList<>();
      for (Object v : values) {
        text.add(EcoreUtil.convertToString(attr.getEAttributeType(), v));
      }
      return text.toString();
    }
    if (!o.eIsSet(attr) && attr.getDefaultValueLiteral() == null) {
      return null;
    }
    Object v = o.eGet(attr);
    return v == null ? null : EcoreUtil.convertToString(attr.getEAttributeType(), v);
  }

  /** {@code name=revenue, expression=amount * quantity} for an added or removed part; null for none. */
  static String summary(EObject o) {
    if (o == null) {
      return null;
    }
    Map<String, String> parts = new LinkedHashMap<>();
    for (EAttribute a : o.eClass().getEAllAttributes()) {
      String v = value(o, a);
      if (v != null && (o.eIsSet(a) || a.isMany())) {
        parts.put(a.getName(), v);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : parts.entrySet()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(e.getValue()); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return sb.length() == 0 ? o.eClass().getName() : sb.toString();
  }

  /** For tests: changes of one kind. */
  public List<Change> changes(Kind kind) {
    List<Change> result = new ArrayList<>();
    for (Change c : changes) {
      if (c.kind() == kind) {
        result.add(c);
      }
    }
    return result;
  }
}
