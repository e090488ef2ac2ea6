package io.sluice.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.commands.CommandStack;
import io.sluice.ui.internal.commands.PropertyValueCommand;
import org.eclipse.gef.ui.properties.UndoablePropertySheetEntry;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.sluice.expression.types.Field;
import io.sluice.model.ColumnDef;
import io.sluice.model.Pipeline;
import io.sluice.model.SluiceFactory;
import io.sluice.model.SluicePackage;
import io.sluice.model.Source;
import io.sluice.model.Step;
import io.sluice.runtime.PreviewResult;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.SluiceEngine;
import io.sluice.ui.internal.parts.StepEditPart;
import io.sluice.ui.internal.parts.StepKinds;

/**
 * A step's dialog, opened by double-click as in Hop and KNIME: its properties grouped as in the Properties view (every
 * change an undoable command on the editor's stack), the kind's documentation, "Get fields" for sources (reads the
 * columns from the file or table in the background and declares them), and Preview.
 */
public final class StepDialog extends Dialog {

    /** Button id of "Get fields". */
    public static final int GET_FIELDS = IDialogConstants.CLIENT_ID + 1;
    /** Button id of "Preview". */
    public static final int PREVIEW = IDialogConstants.CLIENT_ID + 2;

    private static StepDialog openDialog;
    private final StepEditPart part;
    private final Supplier<RunRequest> request;
    private final Consumer<Step> preview;
    private final SluiceEngine engine;
    private PropertySheetPage properties;
    private Label status;
    private volatile Job fieldsJob;

    private StepDialog(Shell shell, StepEditPart part, Supplier<RunRequest> request, Consumer<Step> preview,
            SluiceEngine engine) {
        super(shell);
        this.part = part;
        this.request = request;
        this.preview = preview;
        this.engine = engine;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    /** Opens the dialog of {@code part}'s step; returns when it is closed. */
    public static void open(Shell shell, StepEditPart part, Supplier<RunRequest> request, Consumer<Step> preview,
            SluiceEngine engine) {
        StepDialog dialog = new StepDialog(shell, part, request, preview, engine);
        openDialog = dialog;
        try {
            dialog.open();
        } finally {
            openDialog = null;
        }
    }

    /** The dialog open now, or null; for tests. */
    public static StepDialog current() {
        return openDialog;
    }

    /** Shows the documentation of {@code kind}, or of every kind when null (F1 on the canvas). */
    public static void showHelp(Shell shell, org.eclipse.emf.ecore.EClass kind) {
        StringBuilder text = new StringBuilder();
        if (kind != null) {
            text.append(StepKinds.documentation(kind));
        } else {
            for (org.eclipse.emf.ecore.EClass k : StepKinds.all()) {
                text.append(StepKinds.title(k)).append(" \u2014 ").append(StepKinds.description(k)).append('\n'); //$NON-NLS-1$
            }
        }
        MessageDialog.openInformation(shell, kind == null ? Messages.StepDialog_helpAll : StepKinds.title(kind),
                text.toString());
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.StepDialog_title, part.step().getName(), StepKinds.title(part.step().eClass())));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).hint(860, 420).applyTo(sash);
        properties = new PropertySheetPage();
        CommandStack stack = part.getViewer().getEditDomain().getCommandStack();
        properties.setRootEntry(new UndoablePropertySheetEntry(stack));
        properties.createControl(sash);
        properties.selectionChanged(null, new StructuredSelection(part));
        Text documentation = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        documentation.setText(StepKinds.documentation(part.step().eClass()));
        sash.setWeights(60, 40);
        status = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        return area;
    }

    /** The centre of button {@code id} in screen coordinates; for tests. */
    public org.eclipse.swt.graphics.Point buttonCentre(int id) {
        return io.sluice.ui.internal.run.ScreenPoints.centre(getButton(id));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button fields = createButton(parent, GET_FIELDS, Messages.StepDialog_getFields, false);
        fields.setEnabled(io.sluice.model.kind.StepKinds.of(part.step()).cardinality() == io.sluice.model.kind.Cardinality.SOURCE);
        createButton(parent, PREVIEW, Messages.StepDialog_preview, false);
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == GET_FIELDS) {
            getFields();
        } else if (buttonId == PREVIEW) {
            preview.accept(part.step());
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /**
     * Reads the source's columns from its data (file sample or the query's metadata, as the runtime infers them) in
     * the background, then declares them on the step as one undoable change.
     */
    private void getFields() {
        Step step = part.step();
        RunRequest base = request.get();
        Pipeline copy = EcoreUtil.copy(base.pipeline());
        Source source = (Source) copy.findStep(step.getId());
        source.getColumns().clear();
        status.setText(Messages.StepDialog_reading);
        Shell shell = getShell();
        Job job = Job.create(Messages.StepDialog_reading, monitor -> {
            PreviewResult result = engine.preview(new RunRequest(base.pipelineFile(), copy, base.baseDir(),
                    base.parameters(), 1, base.listener(), false), step.getId(), 1);
            if (!shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> fieldsRead(result));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        fieldsJob = job;
        job.schedule();
    }

    private void fieldsRead(PreviewResult result) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        if (result.schema() == null) {
            String why = result.error() != null ? result.error() : result.problems().toString();
            status.setText(NLS.bind(Messages.StepDialog_noFields, why));
            return;
        }
        List<EObject> columns = new ArrayList<>();
        for (Field f : result.schema().fields()) {
            if (f.name().startsWith("_")) { //$NON-NLS-1$ (the rejects' bookkeeping columns never come from the data)
                continue;
            }
            ColumnDef c = SluiceFactory.eINSTANCE.createColumnDef();
            c.setName(f.name());
            c.setType(f.type().name());
            c.setNullable(f.nullable());
            columns.add(c);
        }
        IPropertySource source = (IPropertySource) part.getAdapter(IPropertySource.class);
        part.getViewer().getEditDomain().getCommandStack().execute(new PropertyValueCommand(
                Messages.StepDialog_getFields, source, SluicePackage.Literals.SOURCE__COLUMNS, new ListValue(columns)));
        properties.refresh();
        status.setText(NLS.bind(Messages.StepDialog_fieldsRead, columns.size()));
    }

    /** Whether Get fields is still reading; for tests. */
    public boolean readingFields() {
        Job job = fieldsJob;
        return job != null && job.getState() != Job.NONE;
    }

    /** The status line under the properties; for tests. */
    public String statusText() {
        return status == null || status.isDisposed() ? "" : status.getText(); //$NON-NLS-1$
    }

    @Override
    public boolean close() {
        if (properties != null) {
            properties.dispose();
        }
        return super.close();
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

}
