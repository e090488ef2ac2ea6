package io.sluice.ui.internal.properties;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EcorePackage;

import io.sluice.expression.types.Field;
import io.sluice.model.Ports;
import io.sluice.model.Step;
import io.sluice.ui.internal.validation.ValidationSnapshot;

/**
 * Which properties name columns of a step's input, and which columns there are to choose from: the input schema
 * that validation propagated to the step's port.
 */
final class ColumnReferences {

    private static final Set<String> COLUMN_ATTRIBUTES = Set.of("column", "columns", "eventTimeColumn", "groupKeys", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "keyColumns", "keys", "leftKeys", "rightKeys", "orderColumn", "partitionBy"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    private ColumnReferences() {
    }

    static boolean isColumnReference(EAttribute attribute) {
        return attribute.getEAttributeType() == EcorePackage.Literals.ESTRING && COLUMN_ATTRIBUTES.contains(attribute.getName());
    }

    /** The input port whose columns {@code attribute} names. */
    static String portOf(EAttribute attribute) {
        return switch (attribute.getName()) {
            case "leftKeys" -> Ports.LEFT; //$NON-NLS-1$
            case "rightKeys" -> Ports.RIGHT; //$NON-NLS-1$
            default -> Ports.IN;
        };
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
