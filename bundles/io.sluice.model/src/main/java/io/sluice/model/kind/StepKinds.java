package io.sluice.model.kind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;

import io.sluice.model.SluicePackage;
import io.sluice.model.Step;
import io.sluice.model.internal.kinds.BuiltInKinds;

/**
 * The registry of step kinds, keyed by EClass: the one place the model layer looks up what a step kind does.
 * {@code StepKindsTest} checks that every concrete step class of the metamodel has a descriptor.
 */
public final class StepKinds {
  private static final Map<EClass, StepKind<?>> KINDS;

  static {
    Map<EClass, StepKind<?>> kinds = new LinkedHashMap<>();
    for (StepKind<?> k : BuiltInKinds.all()) {
      if (kinds.put(k.eClass(), k) != null) {
        throw new IllegalStateException("two descriptors for " + k.eClass().getName()); //$NON-NLS-1$
      }
    }
    KINDS = Collections.unmodifiableMap(kinds);
  }

  private StepKinds() {
  }

  /** The descriptor of a step's kind; throws naming the kind when there is none (a programming error). */
  @SuppressWarnings("unchecked")
  public static StepKind<Step> of(Step step) {
    return (StepKind<Step>) of(step.eClass());
  }

  /** The descriptor of a kind; throws naming the kind when there is none. */
  public static StepKind<?> of(EClass kind) {
    StepKind<?> k = KINDS.get(kind);
    if (k == null) {
      throw new IllegalStateException("no step kind descriptor for " + kind.getName()); //$NON-NLS-1$
    }
    return k;
  }

  /** Whether the kind has a descriptor (the designer's palette offers only those). */
  public static boolean has(EClass kind) {
    return KINDS.containsKey(kind);
  }

  /** Every concrete step class of the metamodel, in metamodel order (what needs a descriptor and a planner). */
  public static List<EClass> concreteStepClasses() {
    List<EClass> kinds = new ArrayList<>();
    for (EClassifier c : SluicePackage.eINSTANCE.getEClassifiers()) {
      if (c instanceof EClass e && !e.isAbstract() && !e.isInterface() && SluicePackage.Literals.STEP.isSuperTypeOf(e)) {
        kinds.add(e);
      }
    }
    return kinds;
  }

  /** Every descriptor, in palette order. */
  public static Collection<StepKind<?>> all() {
    return KINDS.values();
  }
}
