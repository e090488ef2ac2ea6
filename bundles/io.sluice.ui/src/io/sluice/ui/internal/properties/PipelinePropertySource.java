package io.sluice.ui.internal.properties;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import io.sluice.model.Pipeline;
import io.sluice.model.SluicePackage;

/**
 * The pipeline's own properties, shown when the canvas background is selected: its name, description and its
 * parameters — added, edited and documented (name, type, default value, description) in a table. A property refers to
 * a parameter as {@code ${name}}; a run gives it a value (the run dialog, {@code -p name=value}) or takes the default.
 */
public final class PipelinePropertySource implements IPropertySource {

    private static final EStructuralFeature NAME = SluicePackage.Literals.PIPELINE__NAME;
    private static final EStructuralFeature DESCRIPTION = SluicePackage.Literals.PIPELINE__DESCRIPTION;
    private static final EStructuralFeature PARAMETERS = SluicePackage.Literals.PIPELINE__PARAMETERS;
    private final Pipeline pipeline;

    public PipelinePropertySource(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Object getEditableValue() {
        return pipeline;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        String category = Messages.PipelinePropertySource_category;
        TextPropertyDescriptor name = new TextPropertyDescriptor(NAME, StepPropertySource.displayName(NAME));
        TextPropertyDescriptor description = new TextPropertyDescriptor(DESCRIPTION, StepPropertySource.displayName(DESCRIPTION));
        org.eclipse.ui.views.properties.PropertyDescriptor parameters = PropertyCellEditors.list(PARAMETERS,
                StepPropertySource.displayName(PARAMETERS), SluicePackage.Literals.PARAMETER, List::of);
        for (org.eclipse.ui.views.properties.PropertyDescriptor d : List.of(name, description, parameters)) {
            d.setCategory(category);
        }
        return new IPropertyDescriptor[] { name, description, parameters };
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object getPropertyValue(Object id) {
        if (id == PARAMETERS) {
            return ListValue.copyOf(pipeline.getParameters());
        }
        Object value = pipeline.eGet((EStructuralFeature) id);
        return value == null ? "" : value; //$NON-NLS-1$
    }

    @Override
    @SuppressWarnings("unchecked")
    public void setPropertyValue(Object id, Object value) {
        if (id == PARAMETERS && value instanceof ListValue list) {
            EList<EObject> live = (EList<EObject>) (EList<?>) pipeline.getParameters();
            live.clear();
            live.addAll(list.freshCopies());
        } else if (id == NAME || id == DESCRIPTION) {
            pipeline.eSet((EStructuralFeature) id, value == null ? null : value.toString().strip());
        }
    }

    @Override
    public boolean isPropertySet(Object id) {
        return pipeline.eIsSet((EStructuralFeature) id);
    }

    @Override
    public void resetPropertyValue(Object id) {
        // nothing to reset: every property is the user's own
    }
}
