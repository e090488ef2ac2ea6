package io.sluice.ui.internal.editor;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.requests.CreationFactory;

import io.sluice.model.SluiceFactory;

/** Makes a new, detached step of one kind; the create command gives it an id, a name and a place. */
final class StepCreationFactory implements CreationFactory {

    private final EClass kind;

    StepCreationFactory(EClass kind) {
        this.kind = kind;
    }

    @Override
    public Object getNewObject() {
        return SluiceFactory.eINSTANCE.create(kind);
    }

    @Override
    public Object getObjectType() {
        return kind;
    }
}
