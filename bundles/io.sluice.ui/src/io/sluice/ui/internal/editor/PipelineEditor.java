package io.sluice.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.dnd.TemplateTransferDropTargetListener;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.parts.GraphicalEditorWithPalette;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.gef.ui.properties.UndoablePropertySheetEntry;
import io.sluice.ui.internal.commands.PropertyValueCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.sluice.model.Pipeline;
import io.sluice.model.SluicePackage;
import io.sluice.model.PipelinePaths;
import io.sluice.model.Step;
import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;
import io.sluice.ui.internal.parts.PipelineEditPartFactory;
import io.sluice.ui.internal.parts.StepEditPart;
import io.sluice.runtime.RunRequest;
import io.sluice.ui.internal.run.DesignerEngine;
import io.sluice.ui.internal.run.PipelineRunJob;
import io.sluice.ui.internal.run.RunConfiguration;
import io.sluice.ui.internal.run.RunDialog;
import io.sluice.ui.internal.run.RunDisplay;
import io.sluice.ui.internal.run.SparkRuns;
import io.sluice.ui.internal.run.StepPreviewJob;
import io.sluice.ui.internal.properties.StepDialog;
import io.sluice.ui.internal.views.PreviewView;
import io.sluice.ui.SluiceViews;
import io.sluice.ui.internal.validation.EditorValidator;

/**
 * The pipeline editor: a GEF canvas with a palette beside it. Every change goes through the editor's command stack,
 * so the stack alone decides dirty state, undo and redo. Saving writes the deterministic {@code .sluice} format.
 */
public final class PipelineEditor extends GraphicalEditorWithPalette {

    public static final String ID = "io.sluice.ui.editors.pipeline"; //$NON-NLS-1$
    private static final double[] ZOOM_LEVELS = { 0.1, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0 };

    private Pipeline pipeline;
    private Path file;
    private PaletteRoot palette;
    private EditorValidator validator;
    private RunDisplay runDisplay;
    private PipelineRunJob currentRun;

    public PipelineEditor() {
        setEditDomain(new DefaultEditDomain(this));
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IPathEditorInput pathInput)) {
            throw new PartInitException("not a file: " + input.getName()); //$NON-NLS-1$
        }
        Path path = pathInput.getPath().toPath();
        LoadResult result = SluiceModel.load(path);
        if (!result.ok() || result.pipeline() == null) {
            String problems = result.problems().stream().map(Object::toString).collect(Collectors.joining("\n")); //$NON-NLS-1$
            throw new PartInitException(NLS.bind(Messages.PipelineEditor_cannotOpen, path.getFileName(), problems));
        }
        pipeline = result.pipeline();
        file = path;
        super.init(site, input);
        setPartName(path.getFileName().toString());
        setTitleToolTip(path.toString());
    }

    /** The pipeline being edited. */
    public Pipeline pipeline() {
        return pipeline;
    }

    public Path file() {
        return file;
    }

    @Override
    public CommandStack getCommandStack() {
        return super.getCommandStack();
    }

    @Override
    public GraphicalViewer getGraphicalViewer() {
        return super.getGraphicalViewer();
    }

    @Override
    public org.eclipse.gef.ui.palette.PaletteViewer getPaletteViewer() {
        return super.getPaletteViewer();
    }

    @Override
    protected PaletteRoot getPaletteRoot() {
        if (palette == null) {
            palette = PipelinePaletteFactory.create();
        }
        return palette;
    }

    @Override
    protected int getInitialPaletteSize() {
        return 150;
    }

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
        viewer.setRootEditPart(root);
        viewer.setEditPartFactory(new PipelineEditPartFactory());
        viewer.setKeyHandler(new GraphicalViewerKeyHandler(viewer).setParent(new CanvasKeys(this)));
        viewer.setContextMenu(new PipelineContextMenu(viewer, this));
        ZoomManager zoom = root.getZoomManager();
        zoom.setZoomLevels(ZOOM_LEVELS);
        zoom.setZoomLevelContributions(List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH));
        getActionRegistry().registerAction(new ZoomInAction(zoom));
        getActionRegistry().registerAction(new ZoomOutAction(zoom));
        viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void createActions() {
        super.createActions();
        for (SelectionAction action : List.of(new ClipboardActions.Copy(this), new ClipboardActions.Cut(this),
                new ClipboardActions.Paste(this))) {
            getActionRegistry().registerAction(action);
            getSelectionActions().add(action.getId());
        }
    }

    /** Opens quick-add: a searchable list of step kinds, the chosen one added (after the selected step, linked). */
    public void quickAdd() {
        QuickAdd.open(this, ""); //$NON-NLS-1$
    }

    /** A registered action of this editor (undo, redo, delete, copy, paste…), for menus. */
    public IAction action(String id) {
        return getActionRegistry().getAction(id);
    }

    /** Opens the dialog of a step on the canvas: grouped properties, Get fields, preview, documentation. */
    public void openStepDialog(StepEditPart part) {
        StepDialog.open(getSite().getShell(), part, this::runRequest, this::preview, DesignerEngine.get());
    }

    /** Shows the first rows {@code step} emits in the Preview view, computed in the background. */
    public void preview(Step step) {
        IWorkbenchPage page = getSite().getPage();
        PreviewView view;
        try {
            view = (PreviewView) page.showView(SluiceViews.PREVIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            ILog.of(PipelineEditor.class).log(e.getStatus());
            return;
        }
        view.showPending(step.getName());
        Job.getJobManager().cancel(StepPreviewJob.FAMILY);
        new StepPreviewJob(step.getName(), DesignerEngine.get(), runRequest(), step.getId(), StepPreviewJob.DEFAULT_ROWS,
                getSite().getShell().getDisplay(), result -> view.show(step.getName(), result)).schedule();
    }

    /** Asks for a new name of a step and sets it as one undoable change. */
    void rename(StepEditPart part) {
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Rename_title, Messages.Rename_message,
                part.step().getName(), text -> text == null || text.isBlank() ? Messages.Rename_message : null);
        if (dialog.open() == Window.OK && !dialog.getValue().equals(part.step().getName())) {
            PropertyValueCommand command = new PropertyValueCommand(Messages.Rename_title,
                    (IPropertySource) part.getAdapter(IPropertySource.class), SluicePackage.Literals.STEP__NAME,
                    dialog.getValue().strip());
            getCommandStack().execute(command);
        }
    }

    /** Shows the documentation of the selected step's kind (F1), or of every kind when none is selected. */
    public void showStepHelp() {
        Object selected = ((IStructuredSelection) getGraphicalViewer().getSelection()).getFirstElement();
        if (selected instanceof StepEditPart part) {
            StepDialog.showHelp(getSite().getShell(), part.step().eClass());
        } else {
            StepDialog.showHelp(getSite().getShell(), null);
        }
    }

    /** Steps were put on the clipboard: Paste may have become possible. */
    void clipboardChanged() {
        updateActions(List.of(ActionFactory.PASTE.getId()));
    }

    @Override
    public void createPartControl(org.eclipse.swt.widgets.Composite parent) {
        super.createPartControl(parent);
        // active only while this editor is: its keys (Ctrl+Space) leave other parts' text fields alone
        getSite().getService(org.eclipse.ui.contexts.IContextService.class).activateContext("io.sluice.ui.contexts.canvas"); //$NON-NLS-1$
    }

    @Override
    protected void initializeGraphicalViewer() {
        GraphicalViewer viewer = getGraphicalViewer();
        viewer.setContents(pipeline);
        viewer.addDropTargetListener(new TemplateTransferDropTargetListener(viewer));
        viewer.setProperty(StepEditPart.BASE_DIRECTORY_PROPERTY, baseDirectory());
        viewer.setProperty(StepEditPart.OPEN_DIALOG_PROPERTY, (java.util.function.Consumer<StepEditPart>) this::openStepDialog);
        validator = new EditorValidator(pipeline, viewer, this::baseDirectory);
        validator.schedule();
    }

    /** Where relative paths of this pipeline (its data files) are resolved: the folder of its file. */
    public Path baseDirectory() {
        return PipelinePaths.baseDirectory(file);
    }

    /**
     * A request to run the pipeline as it is in the editor now, saved or not. The engine gets a copy, so the user can
     * keep editing while it runs.
     */
    public RunRequest runRequest() {
        return RunRequest.of(EcoreUtil.copy(pipeline), file, baseDirectory());
    }

    /**
     * Starts a run of the pipeline with live metrics on the canvas and its log in the Console view, with the run
     * configuration used last for this pipeline (Ctrl+F11); null when one is already running.
     */
    public PipelineRunJob run() {
        return run(RunConfiguration.of(file));
    }

    /** Asks for parameter values and options (Run Configurations…), remembers them for this pipeline and runs. */
    public PipelineRunJob runWithDialog() {
        RunConfiguration chosen = new RunDialog(getSite().getShell(), pipeline, RunConfiguration.of(file)).choose();
        if (chosen == null) {
            return null;
        }
        chosen.saveFor(file);
        return run(chosen);
    }

    private PipelineRunJob run(RunConfiguration configuration) {
        if (currentRun != null && currentRun.getState() != Job.NONE) {
            return null;
        }
        try {
            getSite().getPage().showView(SluiceViews.CONSOLE, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            ILog.of(PipelineEditor.class).log(e.getStatus());
        }
        if (runDisplay == null) {
            runDisplay = new RunDisplay(getSite().getShell().getDisplay(), getGraphicalViewer());
        }
        PipelineRunJob.Starter engine = configuration.engine() == RunConfiguration.Engine.EMBEDDED ? DesignerEngine.get()::start
                : request -> SparkRuns.start(request, configuration);
        currentRun = new PipelineRunJob(pipeline.getName(), engine, configuration.applyTo(runRequest()), runDisplay);
        currentRun.schedule();
        return currentRun;
    }

    /** The run started last from this editor, running or finished; null if none. */
    public PipelineRunJob currentRun() {
        return currentRun;
    }

    /** Validation of this editor's pipeline, refreshed after every change. */
    public EditorValidator validator() {
        return validator;
    }

    /** Selects and reveals the step with {@code stepId} on the canvas, if it exists. */
    public void selectStep(String stepId) {
        Step step = pipeline.findStep(stepId);
        Object part = step == null ? null : getGraphicalViewer().getEditPartRegistry().get(step);
        if (part instanceof EditPart editPart) {
            getGraphicalViewer().select(editPart);
            getGraphicalViewer().reveal(editPart);
        }
    }

    @Override
    protected void initializePaletteViewer() {
        super.initializePaletteViewer();
        getPaletteViewer().addDragSourceListener(new PaletteDragSource(getPaletteViewer()));
    }

    @Override
    public void commandStackChanged(EventObject event) {
        firePropertyChange(PROP_DIRTY);
        super.commandStackChanged(event);
        if (validator != null) {
            validator.schedule();
        }
    }

    @Override
    public void dispose() {
        if (validator != null) {
            validator.dispose();
        }
        if (currentRun != null) {
            currentRun.cancel();
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (saveTo(file)) {
            getCommandStack().markSaveLocation();
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(Messages.PipelineEditor_saveAsTitle);
        dialog.setFilterExtensions(new String[] { "*.sluice" }); //$NON-NLS-1$
        dialog.setFilterPath(file.getParent().toString());
        dialog.setFileName(file.getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path target = Path.of(chosen.endsWith(".sluice") ? chosen : chosen + ".sluice"); //$NON-NLS-1$ //$NON-NLS-2$
        if (saveTo(target)) {
            file = target;
            getGraphicalViewer().setProperty(StepEditPart.BASE_DIRECTORY_PROPERTY, baseDirectory());
            setInputWithNotify(new PipelineEditorInput(target));
            setPartName(target.getFileName().toString());
            getCommandStack().markSaveLocation();
        }
    }

    private boolean saveTo(Path target) {
        try {
            SluiceModel.save(pipeline, target);
            return true;
        } catch (IOException | RuntimeException e) {
            IStatus status = Status.error(NLS.bind(Messages.PipelineEditor_saveFailed, target), e);
            ILog.of(PipelineEditor.class).log(status);
            ErrorDialog.openError(getSite().getShell(), null, null, status);
            return false;
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class type) {
        if (type == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setRootEntry(new UndoablePropertySheetEntry(getCommandStack()));
            return page;
        }
        if (type == Pipeline.class) {
            return pipeline;
        }
        if (type == org.eclipse.ui.views.contentoutline.IContentOutlinePage.class && getGraphicalViewer() != null) {
            return new PipelineOutlinePage((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart());
        }
        if (type == ZoomManager.class) {
            return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
        }
        if (type == GraphicalViewer.class) {
            return getGraphicalViewer();
        }
        return super.getAdapter(type);
    }
}
