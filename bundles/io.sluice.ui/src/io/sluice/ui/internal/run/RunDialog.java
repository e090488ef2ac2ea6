package io.sluice.ui.internal.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

import io.sluice.model.Parameter;
import io.sluice.model.Pipeline;

/**
 * Run › Run Configurations…, as Eclipse's launch dialog: a value for each parameter (empty: its default), the worker
 * threads, whether a record that does not parse fails the run. Run saves the configuration for this pipeline (outside
 * its file) and starts it; Ctrl+F11 then runs it again the same way.
 */
public final class RunDialog extends Dialog {

    /** Button id of Run. */
    public static final int RUN = IDialogConstants.CLIENT_ID + 1;
    private static RunDialog openDialog;
    private final Pipeline pipeline;
    private final RunConfiguration initial;
    private final List<Row> rows = new ArrayList<>();
    private TableViewer table;
    private Spinner threads;
    private Button failOnParseError;
    private org.eclipse.swt.widgets.Combo engine;
    private org.eclipse.swt.widgets.Text clusterUrl;
    private RunConfiguration chosen;

    /** One parameter's line: its value as typed (empty: the default). */
    private static final class Row {
        final Parameter parameter;
        String value;

        Row(Parameter parameter, String value) {
            this.parameter = parameter;
            this.value = value;
        }
    }

    public RunDialog(Shell shell, Pipeline pipeline, RunConfiguration initial) {
        super(shell);
        this.pipeline = pipeline;
        this.initial = initial;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Opens the dialog; the configuration to run with, or null when it was closed without running. */
    public RunConfiguration choose() {
        openDialog = this;
        try {
            return open() == RUN ? chosen : null;
        } finally {
            openDialog = null;
        }
    }

    /** The dialog open now, or null; for tests. */
    public static RunDialog current() {
        return openDialog;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.RunDialog_title, pipeline.getName()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label parameters = new Label(area, SWT.NONE);
        parameters.setText(Messages.RunDialog_parameters);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(parameters);
        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(620, 160).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.RunDialog_name, 140, r -> r.parameter.getName(), false);
        column(Messages.RunDialog_value, 180, r -> r.value, true);
        column(Messages.RunDialog_default, 140, r -> r.parameter.getDefaultValue() == null ? "" : r.parameter.getDefaultValue(), false); //$NON-NLS-1$
        column(Messages.RunDialog_description, 220, r -> r.parameter.getDescription() == null ? "" : r.parameter.getDescription(), false); //$NON-NLS-1$
        for (Parameter p : pipeline.getParameters()) {
            rows.add(new Row(p, initial.values().getOrDefault(p.getName(), ""))); //$NON-NLS-1$
        }
        table.setInput(rows);
        new Label(area, SWT.NONE).setText(Messages.RunDialog_threads);
        threads = new Spinner(area, SWT.BORDER);
        threads.setValues(initial.threads(), 1, 256, 0, 1, 4);
        failOnParseError = new Button(area, SWT.CHECK);
        failOnParseError.setText(Messages.RunDialog_failOnParseError);
        failOnParseError.setSelection(initial.failOnParseError());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(failOnParseError);
        new Label(area, SWT.NONE).setText(Messages.RunDialog_engine);
        engine = new org.eclipse.swt.widgets.Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
        engine.setItems(Messages.RunDialog_embedded, Messages.RunDialog_sparkLocal, Messages.RunDialog_sparkCluster);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(engine);
        new Label(area, SWT.NONE).setText(Messages.RunDialog_clusterUrl);
        clusterUrl = new org.eclipse.swt.widgets.Text(area, SWT.BORDER);
        clusterUrl.setMessage("spark://HOST:7077"); //$NON-NLS-1$
        clusterUrl.setText(initial.clusterUrl());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(clusterUrl);
        boolean spark = SparkRuns.launcher() != null;
        engine.select(spark ? initial.engine().ordinal() : 0);
        engine.setEnabled(spark);
        if (!spark) {
            engine.setToolTipText(Messages.RunDialog_noLauncher);
        }
        engine.addListener(SWT.Selection, e -> clusterUrl.setEnabled(selectedEngine() == RunConfiguration.Engine.SPARK_CLUSTER));
        clusterUrl.setEnabled(selectedEngine() == RunConfiguration.Engine.SPARK_CLUSTER);
        return area;
    }

    private void column(String title, int width, java.util.function.Function<Row, String> text, boolean editable) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
        if (editable) {
            column.setEditingSupport(new EditingSupport(table) {
                @Override
                protected CellEditor getCellEditor(Object element) {
                    return new TextCellEditor(table.getTable());
                }

                @Override
                protected boolean canEdit(Object element) {
                    return true;
                }

                @Override
                protected Object getValue(Object element) {
                    return ((Row) element).value;
                }

                @Override
                protected void setValue(Object element, Object value) {
                    ((Row) element).value = value == null ? "" : value.toString(); //$NON-NLS-1$
                    table.update(element, null);
                }
            });
        }
    }

    /** The centre of the value cell of parameter row {@code index}, in screen coordinates; for tests. */
    public Point valueCell(int index) {
        return ScreenPoints.centre(table.getTable(), table.getTable().getItem(index).getBounds(1));
    }

    /** The centre of button {@code id} in screen coordinates; for tests. */
    public org.eclipse.swt.graphics.Point buttonCentre(int id) {
        return io.sluice.ui.internal.run.ScreenPoints.centre(getButton(id));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, RUN, Messages.RunDialog_run, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == RUN) {
            if (table.isCellEditorActive()) {
                table.applyEditorValue();
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Row r : rows) {
                if (!r.value.isEmpty()) {
                    values.put(r.parameter.getName(), r.value);
                }
            }
            chosen = new RunConfiguration(values, threads.getSelection(), failOnParseError.getSelection(), selectedEngine(),
                    clusterUrl.getText());
            setReturnCode(RUN);
            close();
            return;
        }
        super.buttonPressed(buttonId);
    }

    private RunConfiguration.Engine selectedEngine() {
        int i = engine.getSelectionIndex();
        return RunConfiguration.Engine.values()[Math.max(0, i)];
    }

    /** Whether the engine can be chosen (the designer knows the {@code sluice} launcher that runs Spark); for tests. */
    public boolean engineChoiceEnabled() {
        return engine.isEnabled();
    }

    /** Chooses the engine as a user would (the index of Embedded, Spark local, Spark cluster); for tests. */
    public void selectEngine(RunConfiguration.Engine e, String url) {
        engine.select(e.ordinal());
        engine.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        clusterUrl.setText(url == null ? "" : url); //$NON-NLS-1$
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
