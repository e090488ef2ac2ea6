package io.sluice.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;

import io.sluice.model.Link;
import io.sluice.model.Pipeline;
import io.sluice.model.SluicePackage;
import io.sluice.ui.internal.policies.PipelineLayoutEditPolicy;

/** The canvas: its children are the steps and notes; links are drawn by the steps they join. */
public final class PipelineEditPart extends AbstractGraphicalEditPart {

    private final Adapter listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification n) {
            if (n.isTouch()) {
                return;
            }
            Object feature = n.getFeature();
            if (feature == SluicePackage.Literals.PIPELINE__STEPS || feature == SluicePackage.Literals.PIPELINE__NOTES) {
                refreshChildren();
            } else if (feature == SluicePackage.Literals.PIPELINE__LINKS) {
                refreshEndsOf(n.getOldValue());
                refreshEndsOf(n.getNewValue());
            }
        }
    };

    public Pipeline pipeline() {
        return (Pipeline) getModel();
    }

    @Override
    protected IFigure createFigure() {
        FreeformLayer layer = new FreeformLayer();
        layer.setLayoutManager(new FreeformLayout());
        layer.setBorder(new MarginBorder(20));
        return layer;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new PipelineLayoutEditPolicy());
    }

    @Override
    protected List<Object> getModelChildren() {
        List<Object> children = new ArrayList<>(pipeline().getSteps());
        children.addAll(pipeline().getNotes());
        return children;
    }

    /** Links added or removed change the connections of the steps at their ends. */
    private void refreshEndsOf(Object value) {
        if (value instanceof Link link) {
            refreshConnectionsOf(link);
        } else if (value instanceof List<?> list) {
            list.forEach(this::refreshEndsOf);
        }
    }

    private void refreshConnectionsOf(Link link) {
        EditPart source = (EditPart) getViewer().getEditPartRegistry().get(link.getSource());
        EditPart target = (EditPart) getViewer().getEditPartRegistry().get(link.getTarget());
        if (source instanceof StepEditPart s) {
            s.refreshLinks();
        }
        if (target instanceof StepEditPart t && t != source) {
            t.refreshLinks();
        }
    }

    @Override
    public void activate() {
        if (!isActive()) {
            super.activate();
            pipeline().eAdapters().add(listener);
        }
    }

    @Override
    public void deactivate() {
        if (isActive()) {
            pipeline().eAdapters().remove(listener);
            super.deactivate();
        }
    }
    /** The pipeline's own properties (name, description, parameters) when the canvas background is selected. */
    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class type) {
        if (type == org.eclipse.ui.views.properties.IPropertySource.class) {
            return new io.sluice.ui.internal.properties.PipelinePropertySource(pipeline());
        }
        return super.getAdapter(type);
    }
}
