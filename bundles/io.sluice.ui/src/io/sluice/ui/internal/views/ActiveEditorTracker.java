package io.sluice.ui.internal.views;

import java.util.function.Consumer;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

import io.sluice.ui.internal.editor.PipelineEditor;

/**
 * Tells a view which pipeline editor is the active one (or that none is), once at start and whenever that changes.
 * Views that show something about "the current pipeline" share this instead of each writing a part listener.
 */
public final class ActiveEditorTracker implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<PipelineEditor> onChange;
    private PipelineEditor current;

    public ActiveEditorTracker(IWorkbenchPage page, Consumer<PipelineEditor> onChange) {
        this.page = page;
        this.onChange = onChange;
        page.addPartListener(this);
        update();
    }

    public PipelineEditor current() {
        return current;
    }

    private void update() {
        PipelineEditor active = page.getActiveEditor() instanceof PipelineEditor editor ? editor : null;
        if (active != current) {
            current = active;
            onChange.accept(active);
        }
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        update();
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference ref) {
        update();
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        update();
    }

    @Override
    public void partOpened(IWorkbenchPartReference ref) {
        update();
    }

    public void dispose() {
        page.removePartListener(this);
    }
}
