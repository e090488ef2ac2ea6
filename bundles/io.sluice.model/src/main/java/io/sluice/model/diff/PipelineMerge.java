package io.sluice.model.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import io.sluice.model.ConflictKind;
import io.sluice.model.Link;
import io.sluice.model.MergeConflict;
import io.sluice.model.Pipeline;
import io.sluice.model.SluiceFactory;
import io.sluice.model.SluicePackage;
import io.sluice.model.Step;

/**
 * The three-way merge of two versions of a pipeline that share a base, as {@code sluice merge} (Git's merge
 * driver) runs it. Model to model: the inputs are not changed; the result starts as a copy of ours and takes
 * every change theirs made relative to the base that ours did not make too.
 * <ul>
 * <li>Steps are matched by id, links by (source id, port, target id, port), parameters and the parts a step
 * contains (columns, derivations, aggregations, rules...) by name, output name or column, properties feature by
 * feature. A renamed step is the same step: a rename on one side and an edit on the other both survive.</li>
 * <li>Steps, parameters, parts and links added on either side are kept; theirs come after ours, in theirs'
 * order. A step both sides added under the same id with different content is two steps (ids are numbered per
 * pipeline, so two branches hand out the same ones): theirs gets a fresh id. Without a base step at all (Git's
 * add/add, no common ancestor) the same id is the same step, merged property by property.</li>
 * <li>Layout never conflicts: ours wins when both sides moved the same step or note.</li>
 * <li>Conflicts: a property changed differently on both sides; a step (or part) deleted on one side and edited
 * on the other; a link added to a step the other side deleted; two steps that end up with the same name. Each
 * becomes a {@link MergeConflict} in {@link Pipeline#getConflicts()}; the merged pipeline keeps ours' value
 * (and keeps a step one side deleted when the other still needs it), so it loads and can be resolved.</li>
 * </ul>
 * The result depends only on the three inputs (same inputs, same bytes).
 */
public final class PipelineMerge {

  /** The merged pipeline and the conflicts recorded in it (empty when the merge is clean). */
  public record Result(Pipeline merged, List<MergeConflict> conflicts) {
    public Result {
      conflicts = Collections.unmodifiableList(new ArrayList<>(conflicts));
    }

    public boolean clean() {
      return conflicts.isEmpty();
    }
  }

  private static final SluicePackage P = SluicePackage.eINSTANCE;
  /** Handled separately (steps, links, conflicts) or never merged (the id, the format version). */
  private static final Set<EStructuralFeature> SEPARATE = Set.of(P.getStep_Id(), P.getPipeline_Steps(), P.getPipeline_Links(),
      P.getPipeline_Conflicts(), P.getPipeline_FormatVersion());
  private static final Set<EStructuralFeature> LAYOUT = Set.of(P.getStep_Layout(), P.getNote_Layout());

  private final Pipeline base;
  private final Pipeline ours;
  private final Pipeline theirs;
  private final Pipeline result;
  private final List<MergeConflict> conflicts = new ArrayList<>();
  /** Theirs' step ids as they appear in the result (a step both sides added under one id is renamed). */
  private final Map<String, String> theirIds = new HashMap<>();

  private PipelineMerge(Pipeline base, Pipeline ours, Pipeline theirs) {
    this.base = base;
    this.ours = ours;
    this.theirs = theirs;
    this.result = EcoreUtil.copy(ours);
  }

  /** Merges theirs into ours relative to base. None of the three is changed. */
  public static Result merge(Pipeline base, Pipeline ours, Pipeline theirs) {
    PipelineMerge m = new PipelineMerge(base, ours, theirs);
    m.run();
    return new Result(m.result, m.conflicts);
  }

  private void run() {
    mergeFeatures(base, ours, theirs, result, "", null); //$NON-NLS-1$
    mergeSteps();
    mergeLinks();
    checkNames();
    result.getConflicts().addAll(conflicts);
  }

  // --- steps ---------------------------------------------------------------------------------------------

  private void mergeSteps() {
    Map<String, Step> b = byId(base);
    Map<String, Step> o = byId(ours);
    Map<String, Step> t = byId(theirs);
    Map<String, Step> r = byId(result);
    for (Step ts : theirs.getSteps()) {
      String id = ts.getId();
      theirIds.put(id, id);
      if (!b.isEmpty() && !b.containsKey(id) && o.containsKey(id) && !sameIgnoringLayout(o.get(id), ts)) {
        theirIds.put(id, freshId(id, o.keySet(), t.keySet()));
      }
    }
    // ours' steps, in ours' order
    for (Step os : ours.getSteps()) {
      String id = os.getId();
      Step bs = b.get(id);
      Step ts = t.get(id);
      Step rs = r.get(id);
      if (bs == null) {
        if (ts != null && Objects.equals(theirIds.get(id), id)) {
          mergeStep(null, os, ts, rs);
        }
        continue; // added by ours (or by both, identically)
      }
      if (ts != null) {
        mergeStep(bs, os, ts, rs);
      } else if (!sameIgnoringLayout(bs, os)) {
        conflict(ConflictKind.DELETE_EDIT, id, null, "present", "edited", "deleted", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "step '" + os.getName() + "' was edited on our side and deleted on theirs; it is kept"); //$NON-NLS-1$ //$NON-NLS-2$
      } else if (addedLinkTo(ours, base, id) != null) {
        conflict(ConflictKind.LINK_TO_DELETED, id, null, "present", addedLinkTo(ours, base, id), "deleted", //$NON-NLS-1$ //$NON-NLS-2$
            "step '" + os.getName() + "' was deleted on their side but our side links to it; it is kept"); //$NON-NLS-1$ //$NON-NLS-2$
      } else {
        removeStep(rs);
      }
    }
    // theirs' steps that ours does not have (under their result id)
    Step previous = null;
    for (Step ts : theirs.getSteps()) {
      String id = theirIds.get(ts.getId());
      Step existing = result.findStep(id);
      if (existing != null) {
        previous = existing;
        continue;
      }
      Step bs = b.get(ts.getId());
      if (bs != null && !o.containsKey(ts.getId())) {
        // ours deleted it
        if (!sameIgnoringLayout(bs, ts)) {
          conflict(ConflictKind.DELETE_EDIT, id, null, "present", "deleted", "edited", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
              "step '" + ts.getName() + "' was deleted on our side and edited on theirs; it is kept"); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (addedLinkTo(theirs, base, ts.getId()) != null) {
          conflict(ConflictKind.LINK_TO_DELETED, id, null, "present", "deleted", addedLinkTo(theirs, base, ts.getId()), //$NON-NLS-1$ //$NON-NLS-2$
              "step '" + ts.getName() + "' was deleted on our side but their side links to it; it is kept"); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
          continue;
        }
      }
      Step copy = EcoreUtil.copy(ts);
      copy.setId(id);
      int at = previous == null ? 0 : result.getSteps().indexOf(previous) + 1;
      while (at < result.getSteps().size() && onlyOursAdded(result.getSteps().get(at).getId(), b, t)) {
        at++; // theirs' additions come after ours'
      }
      result.getSteps().add(at, copy);
      previous = copy;
    }
  }

  private static boolean onlyOursAdded(String id, Map<String, Step> b, Map<String, Step> t) {
    return !b.containsKey(id) && !t.containsKey(id);
  }

  private void mergeStep(Step bs, Step os, Step ts, Step rs) {
    if (bs != null && (os.eClass() != bs.eClass() || ts.eClass() != bs.eClass())) {
      if (os.eClass() == bs.eClass()) {
        replaceStep(rs, ts);
        return;
      }
      if (ts.eClass() == bs.eClass() || ts.eClass() != os.eClass()) {
        if (ts.eClass() != bs.eClass() && ts.eClass() != os.eClass()) {
          conflict(ConflictKind.PROPERTY, os.getId(), "kind", bs.eClass().getName(), os.eClass().getName(), ts.eClass().getName(), //$NON-NLS-1$
              "step '" + os.getName() + "' changed its kind differently on both sides"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return;
      }
      bs = null; // both changed the kind the same way: merge the two new steps as if both added them
    }
    mergeFeatures(bs, os, ts, rs, "", os.getId()); //$NON-NLS-1$
  }

  /** Replaces a result step by a copy of theirs, keeping the links that ended on it. */
  private void replaceStep(Step rs, Step ts) {
    Step copy = EcoreUtil.copy(ts);
    copy.setId(rs.getId());
    result.getSteps().set(result.getSteps().indexOf(rs), copy);
    for (Link l : result.getLinks()) {
      if (l.getSource() == rs) {
        l.setSource(copy);
      }
      if (l.getTarget() == rs) {
        l.setTarget(copy);
      }
    }
  }

  private void removeStep(Step rs) {
    result.getLinks().removeIf(l -> l.getSource() == rs || l.getTarget() == rs);
    result.getSteps().remove(rs);
  }

  /** The first link {@code side} has and {@code base} has not that touches step {@code id}, described; or null. */
  private static String addedLinkTo(Pipeline side, Pipeline base, String id) {
    Set<String> before = linkKeys(base, Map.of());
    for (Link l : side.getLinks()) {
      if (l.getSource() != null && l.getTarget() != null && (id.equals(l.getSource().getId()) || id.equals(l.getTarget().getId()))
          && !before.contains(key(l, Map.of()))) {
        return PipelineDiff.describe(l);
      }
    }
    return null;
  }

  private static String freshId(String id, Set<String> a, Set<String> b) {
    for (int i = 2;; i++) {
      String candidate = id + '_' + i;
      if (!a.contains(candidate) && !b.contains(candidate)) {
        return candidate;
      }
    }
  }

  // --- links ---------------------------------------------------------------------------------------------

  private void mergeLinks() {
    Set<String> b = linkKeys(base, Map.of());
    Set<String> o = linkKeys(ours, Map.of());
    Set<String> t = linkKeys(theirs, theirIds);
    // theirs removed a link that ours still has from base (unless theirs deleted a step the result keeps)
    Map<String, Step> theirSteps = byId(theirs);
    result.getLinks().removeIf(l -> {
      String k = key(l, Map.of());
      return b.contains(k) && !t.contains(k) && theirSteps.containsKey(l.getSource().getId())
          && theirSteps.containsKey(l.getTarget().getId());
    });
    Set<String> present = linkKeys(result, Map.of());
    for (Link l : theirs.getLinks()) {
      if (l.getSource() == null || l.getTarget() == null) {
        continue;
      }
      String k = key(l, theirIds);
      if (b.contains(k) || o.contains(k) || !present.add(k)) {
        continue;
      }
      Step source = result.findStep(theirIds.getOrDefault(l.getSource().getId(), l.getSource().getId()));
      Step target = result.findStep(theirIds.getOrDefault(l.getTarget().getId(), l.getTarget().getId()));
      if (source == null || target == null) {
        continue; // cannot happen: a step a new link needs is kept by mergeSteps
      }
      Link copy = SluiceFactory.eINSTANCE.createLink();
      copy.setSource(source);
      copy.setSourcePort(l.getSourcePort());
      copy.setTarget(target);
      copy.setTargetPort(l.getTargetPort());
      result.getLinks().add(copy);
    }
  }

  private static Set<String> linkKeys(Pipeline p, Map<String, String> ids) {
    Set<String> keys = new HashSet<>();
    for (Link l : p.getLinks()) {
      if (l.getSource() != null && l.getTarget() != null) {
        keys.add(key(l, ids));
      }
    }
    return keys;
  }

  private static String key(Link l, Map<String, String> ids) {
    return ids.getOrDefault(l.getSource().getId(), l.getSource().getId()) + '\u0000' + l.getSourcePort() + '\u0000'
        + ids.getOrDefault(l.getTarget().getId(), l.getTarget().getId()) + '\u0000' + l.getTargetPort();
  }

  // --- names ---------------------------------------------------------------------------------------------

  /** Two steps with one name that neither side had: the later one (in the result's order) conflicts. */
  private void checkNames() {
    Map<String, Step> first = new LinkedHashMap<>();
    for (Step s : result.getSteps()) {
      if (s.getName() == null) {
        continue;
      }
      Step other = first.putIfAbsent(s.getName(), s);
      if (other != null && !clashesIn(ours, other.getId(), s.getId(), Map.of())
          && !clashesIn(theirs, other.getId(), s.getId(), theirIds)) {
        conflict(ConflictKind.DUPLICATE_NAME, s.getId(), "name", null, other.getId(), s.getId(), //$NON-NLS-1$
            "steps '" + other.getId() + "' and '" + s.getId() + "' are both named '" + s.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      }
    }
  }

  private static boolean clashesIn(Pipeline side, String a, String b, Map<String, String> ids) {
    Step x = null;
    Step y = null;
    for (Step s : side.getSteps()) {
      String id = ids.getOrDefault(s.getId(), s.getId());
      if (id.equals(a)) {
        x = s;
      } else if (id.equals(b)) {
        y = s;
      }
    }
    return x != null && y != null && Objects.equals(x.getName(), y.getName());
  }

  // --- properties ----------------------------------------------------------------------------------------

  /**
   * Merges the features of {@code o} and {@code t} (and their base {@code b}, null when both added it) into
   * {@code r}, which starts as a copy of {@code o}.
   */
  private void mergeFeatures(EObject b, EObject o, EObject t, EObject r, String prefix, String stepId) {
    for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
      if (SEPARATE.contains(f) || f.isTransient() || f.isDerived()) {
        continue;
      }
      String path = prefix + f.getName();
      if (LAYOUT.contains(f)) {
        Bounds bb = b == null ? null : (Bounds) b.eGet(f);
        if (!PipelineDiff.sameBounds((Bounds) o.eGet(f), (Bounds) t.eGet(f)) && PipelineDiff.sameBounds(bb, (Bounds) o.eGet(f))) {
          setCopy(r, f, t.eGet(f));
        }
      } else if (f instanceof EAttribute attr) {
        String bv = b == null ? null : PipelineDiff.value(b, attr);
        String ov = PipelineDiff.value(o, attr);
        String tv = PipelineDiff.value(t, attr);
        if (Objects.equals(ov, tv) || Objects.equals(bv, tv)) {
          continue;
        }
        if (Objects.equals(bv, ov)) {
          copyAttribute(t, r, attr);
        } else {
          conflict(ConflictKind.PROPERTY, stepId, path, bv, ov, tv, null);
        }
      } else if (f instanceof EReference ref && ref.isContainment()) {
        if (ref.isMany()) {
          mergeList(b, o, t, r, ref, path, stepId);
        } else {
          EObject x = b == null ? null : (EObject) b.eGet(ref);
          EObject y = (EObject) o.eGet(ref);
          EObject z = (EObject) t.eGet(ref);
          if (y != null && z != null && y.eClass() == z.eClass() && (x == null || x.eClass() == y.eClass())) {
            mergeFeatures(x, y, z, (EObject) r.eGet(ref), path + ".", stepId); //$NON-NLS-1$
          } else if (!EcoreUtil.equals(y, z) && !EcoreUtil.equals(x, z)) {
            if (EcoreUtil.equals(x, y)) {
              setCopy(r, ref, z);
            } else {
              conflict(ConflictKind.PROPERTY, stepId, path, PipelineDiff.summary(x), PipelineDiff.summary(y), PipelineDiff.summary(z), null);
            }
          }
        }
      }
    }
  }

  private static void copyAttribute(EObject from, EObject to, EAttribute attr) {
    if (attr.isMany()) {
      @SuppressWarnings("unchecked")
      List<Object> target = (List<Object>) to.eGet(attr);
      target.clear();
      target.addAll((List<?>) from.eGet(attr));
    } else if (from.eIsSet(attr)) {
      to.eSet(attr, from.eGet(attr));
    } else {
      to.eUnset(attr);
    }
  }

  private static void setCopy(EObject r, EStructuralFeature f, Object value) {
    r.eSet(f, value == null ? null : EcoreUtil.copy((EObject) value));
  }

  /**
   * A list of parts: item by item when all three versions key their items the same way (name, output name or
   * column), else as one value.
   */
  private void mergeList(EObject b, EObject o, EObject t, EObject r, EReference ref, String path, String stepId) {
    List<EObject> bl = b == null ? List.of() : PipelineDiff.listOf(b, ref);
    List<EObject> ol = PipelineDiff.listOf(o, ref);
    List<EObject> tl = PipelineDiff.listOf(t, ref);
    List<EObject> rl = PipelineDiff.listOf(r, ref);
    if (equalLists(ol, tl) || equalLists(bl, tl)) {
      return;
    }
    if (equalLists(bl, ol)) {
      rl.clear();
      rl.addAll(EcoreUtil.copyAll(tl));
      return;
    }
    String keyFeature = commonKey(bl, ol, tl);
    if (keyFeature == null) {
      conflict(ConflictKind.PROPERTY, stepId, path, list(bl), list(ol), list(tl), null);
      return;
    }
    Map<String, EObject> bk = keyed(bl, keyFeature);
    Map<String, EObject> ok = keyed(ol, keyFeature);
    Map<String, EObject> tk = keyed(tl, keyFeature);
    Map<String, EObject> rk = keyed(rl, keyFeature);
    for (Map.Entry<String, EObject> e : ok.entrySet()) {
      String key = e.getKey();
      EObject bi = bk.get(key);
      EObject ti = tk.get(key);
      String itemPath = path + "[" + key + "]"; //$NON-NLS-1$ //$NON-NLS-2$
      if (ti != null && ti.eClass() == e.getValue().eClass()) {
        mergeFeatures(bi, e.getValue(), ti, rk.get(key), itemPath + ".", stepId); //$NON-NLS-1$
      } else if (ti == null && bi != null) {
        if (EcoreUtil.equals(bi, e.getValue())) {
          rl.remove(rk.get(key));
        } else {
          conflict(ConflictKind.DELETE_EDIT, stepId, itemPath, PipelineDiff.summary(bi), PipelineDiff.summary(e.getValue()), null, null);
        }
      }
    }
    EObject previous = null;
    for (Map.Entry<String, EObject> e : tk.entrySet()) {
      String key = e.getKey();
      if (ok.containsKey(key)) {
        previous = rk.get(key);
        continue;
      }
      EObject bi = bk.get(key);
      if (bi != null && EcoreUtil.equals(bi, e.getValue())) {
        continue; // ours deleted it, theirs left it alone
      }
      if (bi != null) {
        conflict(ConflictKind.DELETE_EDIT, stepId, path + "[" + key + "]", PipelineDiff.summary(bi), null, //$NON-NLS-1$ //$NON-NLS-2$
            PipelineDiff.summary(e.getValue()), null);
      }
      EObject copy = EcoreUtil.copy(e.getValue());
      int at = previous == null ? 0 : rl.indexOf(previous) + 1;
      while (at < rl.size() && !bk.containsKey(keyOf(rl.get(at), keyFeature, rl)) && !tk.containsKey(keyOf(rl.get(at), keyFeature, rl))) {
        at++; // theirs' additions come after ours'
      }
      rl.add(at, copy);
      previous = copy;
    }
  }

  private static boolean equalLists(List<EObject> a, List<EObject> b) {
    return EcoreUtil.equals(a, b);
  }

  private static String list(List<EObject> items) {
    List<String> parts = new ArrayList<>();
    for (EObject o : items) {
      parts.add(PipelineDiff.summary(o));
    }
    return parts.toString();
  }

  /**
   * The feature (name, outputName, column) whose values are present and unique in every list; else
   * {@link #POSITION} when the lists are equally long; else a note's text when unique; else null.
   */
  private static String commonKey(List<EObject> a, List<EObject> b, List<EObject> c) {
    for (String f : new String[] {"name", "outputName", "column"}) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      if (keyed(a, f) != null && keyed(b, f) != null && keyed(c, f) != null) {
        return f;
      }
    }
    if (a.size() == b.size() && b.size() == c.size()) {
      return POSITION;
    }
    return keyed(a, "text") != null && keyed(b, "text") != null && keyed(c, "text") != null ? "text" : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
  }

  private static final String POSITION = "#"; //$NON-NLS-1$

  private static String keyOf(EObject item, String keyFeature, List<EObject> list) {
    if (keyFeature == POSITION) {
      return Integer.toString(list.indexOf(item) + 1);
    }
    return (String) item.eGet(item.eClass().getEStructuralFeature(keyFeature));
  }

  private static Map<String, EObject> keyed(List<EObject> items, String keyFeature) {
    Map<String, EObject> byKey = new LinkedHashMap<>();
    if (keyFeature == POSITION) {
      for (int i = 0; i < items.size(); i++) {
        byKey.put(Integer.toString(i + 1), items.get(i));
      }
      return byKey;
    }
    for (EObject item : items) {
      EStructuralFeature f = item.eClass().getEStructuralFeature(keyFeature);
      Object k = f == null ? null : item.eGet(f);
      if (!(k instanceof String s) || s.isBlank() || byKey.putIfAbsent(s, item) != null) {
        return null;
      }
    }
    return byKey;
  }

  // --- helpers -------------------------------------------------------------------------------------------

  private static Map<String, Step> byId(Pipeline p) {
    Map<String, Step> m = new LinkedHashMap<>();
    for (Step s : p.getSteps()) {
      m.putIfAbsent(s.getId(), s);
    }
    return m;
  }

  /** Equal in everything but layout. */
  static boolean sameIgnoringLayout(EObject a, EObject b) {
    EcoreUtil.EqualityHelper eq = new EcoreUtil.EqualityHelper() {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean haveEqualFeature(EObject x, EObject y, EStructuralFeature feature) {
        return LAYOUT.contains(feature) || super.haveEqualFeature(x, y, feature);
      }
    };
    return eq.equals(a, b);
  }

  private void conflict(ConflictKind kind, String stepId, String property, String b, String o, String t, String message) {
    MergeConflict c = SluiceFactory.eINSTANCE.createMergeConflict();
    c.setKind(kind);
    c.setStepId(stepId);
    c.setProperty(property);
    c.setBase(b);
    c.setOurs(o);
    c.setTheirs(t);
    c.setMessage(message != null ? message : describe(stepId, property, b, o, t));
    conflicts.add(c);
  }

  private String describe(String stepId, String property, String b, String o, String t) {
    Step s = stepId == null ? null : result.findStep(stepId);
    String where = stepId == null ? "pipeline" : "step '" + (s == null ? stepId : s.getName()) + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    return where + ": " + property + " changed on both sides: ours " + DiffFormatter.v(o) + ", theirs " + DiffFormatter.v(t) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        + " (base " + DiffFormatter.v(b) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
  }
}
