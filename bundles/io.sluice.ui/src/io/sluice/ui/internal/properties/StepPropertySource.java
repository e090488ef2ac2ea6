package io.sluice.ui.internal.properties;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import io.sluice.expression.ExpressionProblem;
import io.sluice.expression.Expressions;
import io.sluice.expression.ParseResult;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.model.Step;
import io.sluice.ui.internal.parts.StepKinds;
import io.sluice.ui.internal.validation.ValidationSnapshot;

/**
 * The properties of a step, read from its EClass: every attribute of the kind gets a typed editor — text, number,
 * yes/no, a choice of enum literals; a chooser of the columns arriving at the step for column references; a file
 * dialog for paths; a table for structured lists (declared columns, derivations, aggregations, sort keys, rules).
 * Expression attributes are parsed as the user types and refuse text that does not parse, naming the position. The
 * property sheet wraps every change in an undoable command.
 */
public final class StepPropertySource implements IPropertySource {

    private static final String[] BOOLEAN_CHOICES = { "false", "true" }; //$NON-NLS-1$ //$NON-NLS-2$
    private final Step step;
    private final Supplier<ValidationSnapshot> validation;
    private final Supplier<Path> baseDirectory;

    /**
     * @param validation the latest validation of the pipeline, for the columns arriving at the step (may give null)
     * @param baseDirectory where data files chosen in a file dialog are made relative to (may give null)
     */
    public StepPropertySource(Step step, Supplier<ValidationSnapshot> validation, Supplier<Path> baseDirectory) {
        this.step = step;
        this.validation = validation;
        this.baseDirectory = baseDirectory;
    }

    @Override
    public Object getEditableValue() {
        return step;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        String kindCategory = StepKinds.title(step.eClass());
        for (EStructuralFeature feature : step.eClass().getEAllStructuralFeatures()) {
            if (feature == SluicePackage.Literals.STEP__ID || feature == SluicePackage.Literals.STEP__LAYOUT
                    || feature.isDerived() || feature.isTransient()) {
                continue;
            }
            PropertyDescriptor descriptor = descriptorFor(feature);
            descriptor.setCategory(feature.getEContainingClass() == SluicePackage.Literals.STEP
                    ? Messages.StepPropertySource_stepCategory : kindCategory);
            descriptors.add(descriptor);
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    private PropertyDescriptor descriptorFor(EStructuralFeature feature) {
        String label = displayName(feature);
        if (feature instanceof EReference reference) {
            return reference.isContainment() && reference.isMany()
                    ? PropertyCellEditors.list(feature, label, reference.getEReferenceType(),
                            () -> ColumnReferences.available(validation, step, Ports.IN))
                    : new PropertyDescriptor(feature, label);
        }
        EAttribute attribute = (EAttribute) feature;
        EDataType type = attribute.getEAttributeType();
        if (ColumnReferences.isColumnReference(step, attribute)) {
            return PropertyCellEditors.columns(feature, label, attribute.isMany(),
                    () -> ColumnReferences.available(validation, step, ColumnReferences.portOf(step, attribute)));
        }
        if ("path".equals(attribute.getName()) && type == EcorePackage.Literals.ESTRING) { //$NON-NLS-1$
            return PropertyCellEditors.file(feature, label, io.sluice.model.kind.StepKinds.of(step).cardinality() == io.sluice.model.kind.Cardinality.SINK,
                    baseDirectory);
        }
        if (!attribute.isMany() && type instanceof EEnum eenum) {
            String[] names = eenum.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new);
            return new ComboBoxPropertyDescriptor(feature, label, names);
        }
        if (!attribute.isMany() && isBoolean(type)) {
            return new ComboBoxPropertyDescriptor(feature, label, BOOLEAN_CHOICES);
        }
        TextPropertyDescriptor text = isExpression(attribute) ? new TextPropertyDescriptor(feature, label) {
            @Override
            public org.eclipse.jface.viewers.CellEditor createPropertyEditor(org.eclipse.swt.widgets.Composite parent) {
                org.eclipse.jface.viewers.CellEditor editor = new ExpressionAssist.CellEditor(parent, () -> inputSchema());
                if (getValidator() != null) {
                    editor.setValidator(getValidator());
                }
                return editor;
            }
        } : new TextPropertyDescriptor(feature, label);
        text.setValidator(validatorFor(attribute));
        return text;
    }

    private ICellEditorValidator validatorFor(EAttribute attribute) {
        if (isExpression(attribute)) {
            return value -> {
                String text = (String) value;
                if (text == null || text.isBlank()) {
                    return null;
                }
                ParseResult parsed = Expressions.parse(text);
                if (parsed.ok()) {
                    return null;
                }
                ExpressionProblem p = parsed.problems().get(0);
                return p.message();
            };
        }
        if (isInteger(attribute.getEAttributeType())) {
            return value -> ((String) value).isBlank() || ((String) value).trim().matches("-?\\d+") ? null //$NON-NLS-1$
                    : Messages.StepPropertySource_notAWholeNumber;
        }
        if (attribute == SluicePackage.Literals.STEP__NAME) {
            return value -> {
                String name = ((String) value).trim();
                if (name.isEmpty()) {
                    return Messages.StepPropertySource_nameRequired;
                }
                Step other = step.getPipeline() == null ? null : step.getPipeline().findStepByName(name);
                return other != null && other != step ? Messages.bind(Messages.StepPropertySource_nameTaken, name) : null;
            };
        }
        return null;
    }

    /** The schema arriving at the step's first input port, as validation last propagated it; empty when unknown. */
    private io.sluice.expression.types.Schema inputSchema() {
        ValidationSnapshot s = validation.get();
        if (s == null || step.getId() == null || step.inputPorts().isEmpty()) {
            return io.sluice.expression.types.Schema.EMPTY;
        }
        return s.inputSchema(step.getId(), step.inputPorts().get(0)).orElse(io.sluice.expression.types.Schema.EMPTY);
    }

    /** Attributes holding an expression of the expression language. */
    static boolean isExpression(EAttribute attribute) {
        String name = attribute.getName();
        return "condition".equals(name) || "expression".equals(name); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static boolean isBoolean(EDataType type) {
        return type == EcorePackage.Literals.EBOOLEAN || type == EcorePackage.Literals.EBOOLEAN_OBJECT;
    }

    private static boolean isInteger(EDataType type) {
        return type == EcorePackage.Literals.EINT || type == EcorePackage.Literals.EINTEGER_OBJECT
                || type == EcorePackage.Literals.ELONG || type == EcorePackage.Literals.ELONG_OBJECT;
    }

    static String displayName(EStructuralFeature feature) {
        String spaced = feature.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object getPropertyValue(Object id) {
        EStructuralFeature feature = (EStructuralFeature) id;
        Object value = step.eGet(feature);
        if (feature instanceof EReference) {
            return value instanceof List<?> list ? ListValue.copyOf((List<? extends EObject>) list) : value;
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        if (feature.isMany()) {
            return ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(", ")); //$NON-NLS-1$
        }
        if (type instanceof EEnum eenum) {
            return value == null ? Integer.valueOf(0) : Integer.valueOf(eenum.getELiterals().indexOf(eenum.getEEnumLiteral(value.toString())));
        }
        if (isBoolean(type)) {
            return Boolean.TRUE.equals(value) ? Integer.valueOf(1) : Integer.valueOf(0);
        }
        return value == null ? "" : String.valueOf(value); //$NON-NLS-1$
    }

    @Override
    @SuppressWarnings("unchecked")
    public void setPropertyValue(Object id, Object value) {
        EStructuralFeature feature = (EStructuralFeature) id;
        if (feature instanceof EReference && value instanceof ListValue list) {
            EList<EObject> live = (EList<EObject>) step.eGet(feature);
            live.clear();
            live.addAll(list.freshCopies());
            return;
        }
        if (!(feature instanceof EAttribute attribute)) {
            return;
        }
        EDataType type = attribute.getEAttributeType();
        if (attribute.isMany()) {
            EList<Object> list = (EList<Object>) step.eGet(attribute);
            List<String> items = Arrays.stream(((String) value).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
            list.clear();
            list.addAll(items);
        } else if (type instanceof EEnum eenum) {
            step.eSet(attribute, eenum.getEPackage().getEFactoryInstance().createFromString(eenum, eenum.getELiterals().get((Integer) value).getLiteral()));
        } else if (isBoolean(type)) {
            step.eSet(attribute, Integer.valueOf(1).equals(value));
        } else if (isInteger(type)) {
            String text = ((String) value).trim();
            step.eSet(attribute, text.isEmpty() ? attribute.getDefaultValue() : type.getEPackage().getEFactoryInstance().createFromString(type, text));
        } else {
            String text = (String) value;
            step.eSet(attribute, attribute == SluicePackage.Literals.STEP__NAME ? text.trim() : text);
        }
    }

    @Override
    public boolean isPropertySet(Object id) {
        return step.eIsSet((EStructuralFeature) id);
    }

    @Override
    public void resetPropertyValue(Object id) {
        step.eUnset((EStructuralFeature) id);
    }
}
