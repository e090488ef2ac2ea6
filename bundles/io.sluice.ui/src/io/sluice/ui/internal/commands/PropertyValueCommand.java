package io.sluice.ui.internal.commands;

import org.eclipse.gef.commands.Command;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Sets one property through its property source (as the Properties view does), for edits made elsewhere: a rename
 * from the context menu, the columns Get Fields read. Undo puts back the value read before.
 */
public final class PropertyValueCommand extends Command {

    private final IPropertySource source;
    private final Object id;
    private final Object value;
    private Object before;

    public PropertyValueCommand(String label, IPropertySource source, Object id, Object value) {
        super(label);
        this.source = source;
        this.id = id;
        this.value = value;
    }

    @Override
    public void execute() {
        before = source.getPropertyValue(id);
        redo();
    }

    @Override
    public void redo() {
        source.setPropertyValue(id, value);
    }

    @Override
    public void undo() {
        source.setPropertyValue(id, before);
    }
}
