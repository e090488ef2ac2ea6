package io.sluice.ui.internal.parts;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EClass;

import io.sluice.model.SluicePackage;
import io.sluice.model.Step;
import io.sluice.ui.internal.figures.StepCategory;

/**
 * The designer's view of each concrete step kind of the model: its category, label, description and icon glyph.
 * The model decides which kinds exist; this class only names and groups them, so a new kind in the metamodel
 * shows up in the palette with a readable default name.
 */
public final class StepKinds {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("io.sluice.ui.internal.parts.stepkinds"); //$NON-NLS-1$

    private StepKinds() {
    }

    /** Every concrete step kind that has a model descriptor (so validation knows it), in metamodel order. */
    public static List<EClass> all() {
        return io.sluice.model.kind.StepKinds.concreteStepClasses().stream().filter(io.sluice.model.kind.StepKinds::has).toList();
    }

    public static List<EClass> of(StepCategory category) {
        return all().stream().filter(k -> category(k) == category).toList();
    }

    /** The palette drawer: sources and sinks by the kind's row accounting, others by their {@code .category} text. */
    public static StepCategory category(EClass kind) {
        io.sluice.model.kind.Cardinality c = io.sluice.model.kind.StepKinds.of(kind).cardinality();
        if (c == io.sluice.model.kind.Cardinality.SOURCE) {
            return StepCategory.SOURCE;
        }
        if (c == io.sluice.model.kind.Cardinality.SINK) {
            return StepCategory.SINK;
        }
        return StepCategory.valueOf(text(kind.getName() + ".category", StepCategory.TRANSFORM.name())); //$NON-NLS-1$
    }

    /** Short label in the palette, e.g. "CSV" in the Sources drawer. */
    public static String label(EClass kind) {
        return text(kind.getName() + ".label", splitCamelCase(kind.getName())); //$NON-NLS-1$
    }

    /** Full name of the kind, e.g. "CSV source", shown on the step's card. */
    public static String title(EClass kind) {
        return text(kind.getName() + ".title", splitCamelCase(kind.getName())); //$NON-NLS-1$
    }

    public static String description(EClass kind) {
        return text(kind.getName() + ".description", io.sluice.model.kind.StepKinds.has(kind) //$NON-NLS-1$
                ? io.sluice.model.kind.StepKinds.of(kind).documentation() : title(kind));
    }

    /**
     * The kind's documentation as plain text: what it does, its ports, and each property with the metamodel's own
     * documentation of it. Shown by F1, the step dialog and the palette's tooltips.
     */
    public static String documentation(EClass kind) {
        Step sample = (Step) io.sluice.model.SluiceFactory.eINSTANCE.create(kind);
        StringBuilder text = new StringBuilder();
        text.append(title(kind)).append('\n').append(description(kind)).append("\n\n"); //$NON-NLS-1$
        text.append("Input ports: ").append(sample.inputPorts().isEmpty() ? "none" : String.join(", ", sample.inputPorts())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append("\nOutput ports: ") //$NON-NLS-1$
                .append(sample.outputPorts().isEmpty() ? "none" : String.join(", ", sample.outputPorts())).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        text.append("Properties:\n"); //$NON-NLS-1$
        for (org.eclipse.emf.ecore.EStructuralFeature feature : kind.getEAllStructuralFeatures()) {
            if (feature == SluicePackage.Literals.STEP__ID || feature == SluicePackage.Literals.STEP__LAYOUT
                    || feature.isDerived() || feature.isTransient()) {
                continue;
            }
            String doc = org.eclipse.emf.ecore.util.EcoreUtil.getDocumentation(feature);
            text.append("  ").append(feature.getName()); //$NON-NLS-1$
            if (doc != null && !doc.isBlank()) {
                text.append(" \u2014 ").append(doc.strip()); //$NON-NLS-1$
            }
            text.append('\n');
        }
        text.append("\nParameters: ${name} in any text property takes the pipeline parameter's value."); //$NON-NLS-1$
        return text.toString();
    }

    /** One or two characters drawn in the kind's icon. */
    public static String glyph(EClass kind) {
        return text(kind.getName() + ".glyph", kind.getName().substring(0, 1)); //$NON-NLS-1$
    }

    /** The name a new step of this kind starts from ("orders" would be better, but the user renames it). */
    public static String baseName(EClass kind) {
        return title(kind);
    }

    private static String text(String key, String fallback) {
        try {
            return TEXT.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    private static String splitCamelCase(String name) {
        return name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
