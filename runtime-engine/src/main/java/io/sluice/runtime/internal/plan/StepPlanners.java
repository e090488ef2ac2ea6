package io.sluice.runtime.internal.plan;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;

import io.sluice.model.Step;
import io.sluice.runtime.internal.plan.steps.BuiltInPlanners;

/** The registry of runtime planners, keyed by EClass; {@code StepKindsCompletenessTest} checks it covers every kind. */
public final class StepPlanners {
    private static final Map<EClass, StepPlanner<?>> PLANNERS;

    static {
        Map<EClass, StepPlanner<?>> m = new LinkedHashMap<>();
        List<StepPlanner<?>> all = BuiltInPlanners.all();
        for (StepPlanner<?> p : all) {
            if (m.put(p.eClass(), p) != null) {
                throw new IllegalStateException("two planners for " + p.eClass().getName()); //$NON-NLS-1$
            }
        }
        PLANNERS = Collections.unmodifiableMap(m);
    }

    private StepPlanners() {
    }

    /** The planner of a step's kind, or null when this runtime has none. */
    @SuppressWarnings("unchecked")
    public static StepPlanner<Step> find(Step step) {
        return (StepPlanner<Step>) PLANNERS.get(step.eClass());
    }

    public static boolean has(EClass kind) {
        return PLANNERS.containsKey(kind);
    }

    public static Collection<StepPlanner<?>> all() {
        return PLANNERS.values();
    }
}
