package io.sluice.model.diff;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.sluice.model.ConflictKind;
import io.sluice.model.Link;
import io.sluice.model.MergeConflict;
import io.sluice.model.Pipeline;
import io.sluice.model.SluicePackage;
import io.sluice.model.Step;

/**
 * Resolves one {@link MergeConflict} of a merged pipeline by taking one side, as a list of reversible edits so that
 * the designer can make it an undoable command ({@link #apply()} in execute/redo, {@link #revert()} in undo).
 * <ul>
 * <li>PROPERTY: ours is the value already in the pipeline; theirs sets the property the conflict names (when it
 * names an attribute, see {@link #canTakeTheirs}).</li>
 * <li>DELETE_EDIT, LINK_TO_DELETED: the side that deleted the step (or part) deletes it, with its links; the other
 * side keeps it.</li>
 * <li>DUPLICATE_NAME: the side taken keeps the name; the other side's step gets a unique one.</li>
 * </ul>
 * Either way the conflict is removed from {@link Pipeline#getConflicts()}.
 */
public final class ConflictResolution {

  /** The side a conflict is resolved with. */
  public enum Side {
    OURS, THEIRS
  }

  private static final String DELETED = "deleted"; //$NON-NLS-1$

  /** One reversible edit. */
  private interface Edit {
    void apply();

    void revert();
  }

  private final List<Edit> edits = new ArrayList<>();

  private ConflictResolution() {
  }

  /** Plans the resolution; nothing changes until {@link #apply()}. */
  public static ConflictResolution of(Pipeline pipeline, MergeConflict conflict, Side side) {
    if (conflict.eContainer() != pipeline) {
      throw new IllegalArgumentException("the conflict is not one of this pipeline's"); //$NON-NLS-1$
    }
    ConflictResolution r = new ConflictResolution();
    Step step = conflict.getStepId() == null ? null : pipeline.findStep(conflict.getStepId());
    String chosen = side == Side.OURS ? conflict.getOurs() : conflict.getTheirs();
    switch (conflict.getKind()) {
      case PROPERTY -> {
        if (side == Side.THEIRS) {
          Target t = target(pipeline, conflict);
          if (t == null) {
            throw new IllegalArgumentException("cannot take theirs for " + conflict.getProperty()); //$NON-NLS-1$
          }
          r.set(t.owner(), t.attribute(), value(t.attribute(), chosen));
        }
      }
      case DELETE_EDIT, LINK_TO_DELETED -> {
        boolean delete = chosen == null || DELETED.equals(chosen);
        if (delete && conflict.getProperty() == null && step != null) {
          r.removeStep(pipeline, step);
        } else if (delete && conflict.getProperty() != null) {
          EObject part = resolvePath(step != null ? step : pipeline, conflict.getProperty());
          if (part != null) {
            r.remove(part.eContainer(), part.eContainmentFeature(), part);
          }
        }
      }
      case DUPLICATE_NAME -> {
        Step renamed = pipeline.findStep(side == Side.OURS ? conflict.getTheirs() : conflict.getOurs());
        if (renamed != null) {
          r.set(renamed, SluicePackage.Literals.STEP__NAME, pipeline.uniqueStepName(renamed.getName()));
        }
      }
      default -> throw new IllegalStateException("unhandled conflict kind " + conflict.getKind()); //$NON-NLS-1$
    }
    r.remove(pipeline, SluicePackage.Literals.PIPELINE__CONFLICTS, conflict);
    return r;
  }

  /** Whether taking theirs is possible: always, except a PROPERTY conflict on something that is not an attribute. */
  public static boolean canTakeTheirs(Pipeline pipeline, MergeConflict conflict) {
    return conflict.getKind() != ConflictKind.PROPERTY || target(pipeline, conflict) != null;
  }

  public void apply() {
    for (Edit e : edits) {
      e.apply();
    }
  }

  public void revert() {
    for (int i = edits.size() - 1; i >= 0; i--) {
      edits.get(i).revert();
    }
  }

  // --- edits -----------------------------------------------------------------------------------------------

  private void set(EObject owner, EAttribute attribute, Object value) {
    boolean wasSet = owner.eIsSet(attribute);
    Object before = attribute.isMany() ? new ArrayList<>((List<?>) owner.eGet(attribute)) : owner.eGet(attribute);
    edits.add(new Edit() {
      @Override
      public void apply() {
        put(owner, attribute, value);
      }

      @Override
      public void revert() {
        if (wasSet) {
          put(owner, attribute, before);
        } else {
          owner.eUnset(attribute);
        }
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static void put(EObject owner, EAttribute attribute, Object value) {
    if (attribute.isMany()) {
      List<Object> list = (List<Object>) owner.eGet(attribute);
      list.clear();
      if (value != null) {
        list.addAll((List<?>) value);
      }
    } else if (value == null) {
      owner.eUnset(attribute);
    } else {
      owner.eSet(attribute, value);
    }
  }

  private void removeStep(Pipeline pipeline, Step step) {
    for (Link l : new ArrayList<>(pipeline.getLinks())) {
      if (l.getSource() == step || l.getTarget() == step) {
        remove(pipeline, SluicePackage.Literals.PIPELINE__LINKS, l);
      }
    }
    remove(pipeline, SluicePackage.Literals.PIPELINE__STEPS, step);
  }

  /** Removes an object from a containment list; the index is taken when the edit applies. */
  private void remove(EObject owner, EStructuralFeature feature, EObject item) {
    edits.add(new Edit() {
      private int index = -1;

      @Override
      public void apply() {
        List<EObject> list = list(owner, feature);
        index = list.indexOf(item);
        list.remove(item);
      }

      @Override
      public void revert() {
        List<EObject> list = list(owner, feature);
        list.add(Math.min(Math.max(index, 0), list.size()), item);
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static List<EObject> list(EObject owner, EStructuralFeature feature) {
    return (List<EObject>) owner.eGet(feature);
  }

  // --- property paths --------------------------------------------------------------------------------------

  private record Target(EObject owner, EAttribute attribute) {
  }

  /** The attribute a PROPERTY conflict's path names ({@code condition}, {@code derivations[revenue].expression}). */
  private static Target target(Pipeline pipeline, MergeConflict conflict) {
    String path = conflict.getProperty();
    if (path == null) {
      return null;
    }
    EObject root = conflict.getStepId() == null ? pipeline : pipeline.findStep(conflict.getStepId());
    if (root == null) {
      return null;
    }
    int dot = path.lastIndexOf('.');
    EObject owner = dot < 0 ? root : resolvePath(root, path.substring(0, dot));
    String name = dot < 0 ? path : path.substring(dot + 1);
    if (owner == null || name.contains("[")) { //$NON-NLS-1$
      return null;
    }
    return owner.eClass().getEStructuralFeature(name) instanceof EAttribute a ? new Target(owner, a) : null;
  }

  /** Follows {@code feature[key].feature...} from {@code root} through containment; null when it does not resolve. */
  private static EObject resolvePath(EObject root, String path) {
    EObject current = root;
    for (String segment : path.split("\\.(?![^\\[]*\\])")) { //$NON-NLS-1$
      int open = segment.indexOf('[');
      String name = open < 0 ? segment : segment.substring(0, open);
      EStructuralFeature f = current.eClass().getEStructuralFeature(name);
      if (!(f instanceof EReference ref) || !ref.isContainment()) {
        return null;
      }
      if (open < 0) {
        if (ref.isMany() || !(current.eGet(ref) instanceof EObject next)) {
          return null;
        }
        current = next;
        continue;
      }
      String key = segment.substring(open + 1, segment.length() - 1);
      EObject found = null;
      List<EObject> items = list(current, ref);
      for (String keyFeature : new String[] {"name", "outputName", "column"}) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (EObject item : items) {
          EStructuralFeature kf = item.eClass().getEStructuralFeature(keyFeature);
          if (kf != null && key.equals(item.eGet(kf))) {
            found = item;
            break;
          }
        }
        if (found != null) {
          break;
        }
      }
      if (found == null && key.matches("\\d+") && Integer.parseInt(key) - 1 < items.size()) { //$NON-NLS-1$
        found = items.get(Integer.parseInt(key) - 1);
      }
      if (found == null) {
        return null;
      }
      current = found;
    }
    return current;
  }

  /** A conflict's text value as a value of the attribute ({@code [a, b]} for a many-valued one). */
  private static Object value(EAttribute attribute, String text) {
    if (text == null) {
      return null;
    }
    if (attribute.isMany()) {
      List<Object> values = new ArrayList<>();
      String inner = text.substring(1, text.length() - 1);
      if (!inner.isEmpty()) {
        for (String v : inner.split(", ")) { //$NON-NLS-1$
          values.add(EcoreUtil.createFromString(attribute.getEAttributeType(), v));
        }
      }
      return values;
    }
    return EcoreUtil.createFromString(attribute.getEAttributeType(), text);
  }
}
