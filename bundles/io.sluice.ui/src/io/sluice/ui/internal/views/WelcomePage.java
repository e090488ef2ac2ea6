package io.sluice.ui.internal.views;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import io.sluice.ui.internal.editor.PipelineEditors;

/**
 * What a first start shows instead of an empty window, in the editor area as Eclipse's own welcome: open the bundled
 * example, create a pipeline, open a folder of pipelines, and the shortcuts that make the designer fast. Help ›
 * Welcome shows it again; it is closed like any editor tab.
 */
public final class WelcomePage extends EditorPart {

    public static final String ID = "io.sluice.ui.editors.welcome"; //$NON-NLS-1$
    /** The one input of the welcome page. */
    public static final IEditorInput INPUT = new WelcomeInput();
    /** System property naming the folder of the bundled examples (set by {@code ./sluice designer}). */
    public static final String EXAMPLES_PROPERTY = "sluice.examples.folder"; //$NON-NLS-1$

    private Composite area;

    @Override
    public void createPartControl(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 16).spacing(8, 10).applyTo(area);
        Label title = new Label(area, SWT.NONE);
        title.setText(Messages.Welcome_title);
        title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        Path example = example();
        if (example != null) {
            link(Messages.Welcome_openExample, () -> PipelineEditors.open(getSite().getPage(), example));
        }
        link(Messages.Welcome_newPipeline, () -> command("io.sluice.ui.commands.newPipeline")); //$NON-NLS-1$
        link(Messages.Welcome_openFolder, () -> command("io.sluice.ui.commands.openPipelinesFolder")); //$NON-NLS-1$
        Label shortcuts = new Label(area, SWT.WRAP);
        shortcuts.setText(Messages.Welcome_shortcuts);
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(shortcuts);
    }

    /** The bundled example pipeline, when the designer knows where it is. */
    public static Path example() {
        String folder = System.getProperty(EXAMPLES_PROPERTY);
        if (folder == null || folder.isBlank()) {
            return null;
        }
        Path file = Path.of(folder, "orders.sluice"); //$NON-NLS-1$
        return Files.isRegularFile(file) ? file : null;
    }

    private void link(String text, Runnable action) {
        Link link = new Link(area, SWT.NONE);
        link.setText(text);
        link.addListener(SWT.Selection, e -> action.run());
    }

    private void command(String id) {
        try {
            getSite().getService(IHandlerService.class).executeCommand(id, null);
        } catch (CommandException e) {
            ILog.of(WelcomePage.class).log(Status.error(e.getMessage(), e));
        }
    }

    @Override
    public void setFocus() {
        area.setFocus();
    }

    /** Opens the welcome page (or brings it to the front). */
    public static void open(IWorkbenchPage page) throws PartInitException {
        page.openEditor(INPUT, ID);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) {
        setSite(site);
        setInput(input);
        setPartName(Messages.Welcome_tab);
    }

    @Override
    public void doSave(org.eclipse.core.runtime.IProgressMonitor monitor) {
        // nothing to save
    }

    @Override
    public void doSaveAs() {
        // nothing to save
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    private static final class WelcomeInput extends org.eclipse.core.runtime.PlatformObject implements IEditorInput {
        @Override
        public boolean exists() {
            return false;
        }

        @Override
        public org.eclipse.jface.resource.ImageDescriptor getImageDescriptor() {
            return org.eclipse.jface.resource.ImageDescriptor.getMissingImageDescriptor();
        }

        @Override
        public String getName() {
            return Messages.Welcome_tab;
        }

        @Override
        public org.eclipse.ui.IPersistableElement getPersistable() {
            return null;
        }

        @Override
        public String getToolTipText() {
            return Messages.Welcome_title;
        }
    }
}
