package io.sluice.ui.internal.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

import io.sluice.model.Bounds;
import io.sluice.model.Note;
import io.sluice.model.SluicePackage;
import io.sluice.ui.internal.figures.NoteFigure;
import io.sluice.ui.internal.policies.NoteComponentEditPolicy;
import io.sluice.ui.internal.policies.NoteDirectEditPolicy;

/** A free-text note on the canvas. */
public final class NoteEditPart extends AbstractGraphicalEditPart {

    private final Adapter listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification n) {
            if (n.getFeature() == SluicePackage.Literals.NOTE__LAYOUT) {
                if (n.getOldValue() instanceof Bounds old) {
                    old.eAdapters().remove(this);
                }
                if (n.getNewValue() instanceof Bounds now) {
                    now.eAdapters().add(this);
                }
            }
            refreshVisuals();
        }
    };

    public Note note() {
        return (Note) getModel();
    }

    @Override
    protected IFigure createFigure() {
        return new NoteFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new NoteComponentEditPolicy());
        installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new NoteDirectEditPolicy());
    }

    @Override
    public void performRequest(Request request) {
        if (RequestConstants.REQ_DIRECT_EDIT.equals(request.getType()) || RequestConstants.REQ_OPEN.equals(request.getType())) {
            new NoteDirectEditManager(this).show();
        } else {
            super.performRequest(request);
        }
    }

    @Override
    protected void refreshVisuals() {
        ((NoteFigure) getFigure()).setText(note().getText());
        Bounds b = note().getLayout();
        Rectangle r = b == null ? new Rectangle(0, 0, 180, 80) : new Rectangle(b.getX(), b.getY(), b.getWidth(), b.getHeight());
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(), r);
    }

    @Override
    public void activate() {
        if (!isActive()) {
            super.activate();
            note().eAdapters().add(listener);
            if (note().getLayout() != null) {
                note().getLayout().eAdapters().add(listener);
            }
        }
    }

    @Override
    public void deactivate() {
        if (isActive()) {
            if (note().getLayout() != null) {
                note().getLayout().eAdapters().remove(listener);
            }
            note().eAdapters().remove(listener);
            super.deactivate();
        }
    }
}
