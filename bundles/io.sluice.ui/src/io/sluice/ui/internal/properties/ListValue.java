package io.sluice.ui.internal.properties;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The value of a list-valued property (a source's columns, a derive's derivations…) as the property sheet sees it:
 * detached copies of the elements. Because it is a copy, the sheet's undo can put the old list back exactly.
 */
public record ListValue(List<EObject> elements) {

    public ListValue {
        elements = List.copyOf(elements);
    }

    /** Copies of {@code live}, detached from the model. */
    public static ListValue copyOf(List<? extends EObject> live) {
        return new ListValue(List.copyOf(EcoreUtil.copyAll(live)));
    }

    /** New copies of the elements, to put into the model (a value may be applied more than once: undo, redo). */
    public List<EObject> freshCopies() {
        return List.copyOf(EcoreUtil.copyAll(elements));
    }

    @Override
    public String toString() {
        if (elements.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        return elements.size() + " \u00d7 " + elements.stream().map(ListValue::describe).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String describe(EObject object) {
        return object.eClass().getEAllAttributes().stream().map(object::eGet)
                .filter(v -> v != null && !"".equals(v) && !(v instanceof List<?> l && l.isEmpty())) //$NON-NLS-1$
                .map(String::valueOf).collect(Collectors.joining(" ")); //$NON-NLS-1$
    }
}
