package io.sluice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

import io.sluice.ui.SluiceViews;
import io.sluice.ui.internal.navigator.PipelinesView;

/** Re-reads the pipelines folder from disk (files changed by Git or another tool). */
public final class RefreshPipelinesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        if (page != null && page.findView(SluiceViews.PIPELINES) instanceof PipelinesView view) {
            view.refresh();
        }
        return null;
    }
}
