package io.sluice.runtime.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sluice.model.kind.StepKinds;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;

/**
 * Every concrete step class of the metamodel has a model descriptor ({@code StepKind}) and a runtime planner
 * ({@link StepPlanner}); the failure names each kind that lacks one.
 */
class StepKindsCompletenessTest {

    static List<EClass> concreteStepClasses() {
        return StepKinds.concreteStepClasses();
    }

    @Test
    void everyStepKindHasADescriptorAndAPlanner() {
        List<String> missing = new ArrayList<>();
        for (EClass kind : concreteStepClasses()) {
            if (!StepKinds.has(kind)) {
                missing.add(kind.getName() + ": no StepKind descriptor (io.sluice.model.internal.kinds.BuiltInKinds)"); //$NON-NLS-1$
            }
            if (!StepPlanners.has(kind)) {
                missing.add(kind.getName() + ": no runtime planner (io.sluice.runtime.internal.plan.steps.BuiltInPlanners)"); //$NON-NLS-1$
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(concreteStepClasses().size(), StepPlanners.all().size(), "planners for classes that are not concrete steps");
    }
}
