package io.sluice.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.sluice.ui.SluiceViews;

/** Pipelines navigator on the left, editors in the middle, properties and problems below. */
public final class SluicePerspective implements IPerspectiveFactory {

    public static final String ID = "io.sluice.app.perspective"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea); //$NON-NLS-1$
        left.addView(SluiceViews.PIPELINES);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, 0.65f, "left"); //$NON-NLS-1$

        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editorArea); //$NON-NLS-1$
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(SluiceViews.PROBLEMS);
        bottom.addView(SluiceViews.SCHEMA);
        bottom.addView(SluiceViews.PREVIEW);
        bottom.addView(SluiceViews.RUNS);
        bottom.addView(SluiceViews.CONSOLE);
        bottom.addView(SluiceViews.PARAMETERS);

        layout.addShowViewShortcut(SluiceViews.PIPELINES);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(SluiceViews.PROBLEMS);
        layout.addShowViewShortcut(SluiceViews.SCHEMA);
        layout.addShowViewShortcut(SluiceViews.PREVIEW);
        layout.addShowViewShortcut(SluiceViews.RUNS);
        layout.addShowViewShortcut(SluiceViews.CONSOLE);
        layout.addShowViewShortcut(SluiceViews.PARAMETERS);

    }
}
