package io.sluice.ui.internal.properties;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EcorePackage;

import io.sluice.expression.types.Field;
import io.sluice.model.Step;
import io.sluice.model.kind.StepKinds;
import io.sluice.ui.internal.validation.ValidationSnapshot;

/**
 * Which properties name columns of a step's input, and which columns there are to choose from: the input schema
 * that validation propagated to the step's port.
 */
final class ColumnReferences {

    private ColumnReferences() {
    }

    /** Whether a string property of {@code step} names input columns: its kind's descriptor says. */
    static boolean isColumnReference(Step step, EAttribute attribute) {
        return attribute.getEAttributeType() == EcorePackage.Literals.ESTRING && portOf(step, attribute) != null;
    }

    /** Whether a string attribute of a step's part (an aggregation, sort key, selected column, rule) names an input column. */
    static boolean isPartColumnReference(EAttribute attribute) {
        return attribute.getEAttributeType() == EcorePackage.Literals.ESTRING && "column".equals(attribute.getName()); //$NON-NLS-1$
    }

    /** The input port whose columns {@code attribute} names, or null. */
    static String portOf(Step step, EAttribute attribute) {
        return StepKinds.of(step).columnPort(attribute.getName());
    }

    /** Names of the columns arriving at {@code port} of {@code step}; empty when not known (yet). */
    static List<String> available(Supplier<ValidationSnapshot> snapshot, Step step, String port) {
        ValidationSnapshot s = snapshot.get();
        if (s == null || step.getId() == null) {
            return List.of();
        }
        String actual = step.inputPorts().contains(port) ? port : step.inputPorts().isEmpty() ? null : step.inputPorts().get(0);
        return actual == null ? List.of() : s.inputSchema(step.getId(), actual).map(schema -> schema.fields().stream().map(Field::name).toList())
                .orElse(List.of());
    }
}
