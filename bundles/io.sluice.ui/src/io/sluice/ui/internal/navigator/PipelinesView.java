package io.sluice.ui.internal.navigator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jface.viewers.DecoratingLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.sluice.ui.internal.editor.PipelineEditors;

/**
 * Lists the pipelines of the chosen folder. With no folder chosen it says how to choose one instead of showing
 * an empty tree.
 */
public final class PipelinesView extends ViewPart {

    private final IPreferenceChangeListener folderListener = event -> {
        if (PipelinesFolder.PREFERENCE_KEY.equals(event.getKey())) {
            asyncRefresh();
        }
    };
    private Composite stack;
    private Label emptyMessage;
    private TreeViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        stack.setLayout(new StackLayout());
        emptyMessage = new Label(stack, SWT.WRAP);
        emptyMessage.setText(Messages.PipelinesView_noFolder);
        Composite treeHolder = new Composite(stack, SWT.NONE);
        treeHolder.setLayout(new FillLayout());
        viewer = new TreeViewer(treeHolder, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new PipelineFileContentProvider());
        // decorated, so other bundles (Git status) can mark files through org.eclipse.ui.decorators
        viewer.setLabelProvider(new DecoratingLabelProvider(new PipelineFileLabelProvider(),
                PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator()));
        getSite().setSelectionProvider(viewer);
        viewer.addDoubleClickListener(event -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Path path && !Files.isDirectory(path)) {
                PipelineEditors.open(getSite().getPage(), path);
            }
        });
        PipelinesFolder.addListener(folderListener);
        refresh();
    }

    /** Re-reads the folder from disk. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Optional<Path> folder = PipelinesFolder.current();
        viewer.setInput(folder.orElse(null));
        setContentDescription(folder.map(Path::toString).orElse("")); //$NON-NLS-1$
        StackLayout layout = (StackLayout) stack.getLayout();
        layout.topControl = folder.isPresent() ? viewer.getControl().getParent() : emptyMessage;
        stack.layout();
    }

    /** The folder shown, if any. */
    public Optional<Path> folder() {
        return Optional.ofNullable((Path) viewer.getInput());
    }

    /** For tests: the tree the view shows. */
    public TreeViewer viewer() {
        return viewer;
    }

    private void asyncRefresh() {
        if (stack != null && !stack.isDisposed()) {
            stack.getDisplay().asyncExec(this::refresh);
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        PipelinesFolder.removeListener(folderListener);
        super.dispose();
    }
}
