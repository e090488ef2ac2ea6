package io.sluice.runtime.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.junit.jupiter.api.Test;

import io.sluice.model.SluicePackage;
import io.sluice.runtime.spark.internal.SparkTranslators;

/** Completeness of the Spark column of the step-kind registry. */
class SparkTranslatorsTest {

    static List<EClass> concreteStepKinds() {
        List<EClass> kinds = new ArrayList<>();
        for (EClassifier c : SluicePackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass e && !e.isAbstract() && !e.isInterface()
                    && SluicePackage.eINSTANCE.getStep().isSuperTypeOf(e)) {
                kinds.add(e);
            }
        }
        return kinds;
    }

    @Test
    void everyConcreteStepKindIsTranslatedOrDeclaredUnsupportedWithAReason() {
        List<String> missing = new ArrayList<>();
        for (EClass k : concreteStepKinds()) {
            if (!SparkTranslators.known(k)) {
                missing.add(k.getName());
            }
            SparkTranslators.unsupported(k).ifPresent(why -> assertFalse(why.isBlank(), k.getName()));
        }
        assertTrue(missing.isEmpty(), "step kinds without a Spark translator or a reason why not: " + missing);
        assertTrue(concreteStepKinds().size() > 10, "the metamodel's step kinds were not found");
    }

    @Test
    void noKindIsBothTranslatedAndUnsupported() {
        for (EClass k : SparkTranslators.translated()) {
            assertTrue(SparkTranslators.unsupported(k).isEmpty(), k.getName());
        }
    }
}
