package io.sluice.ui.internal.views;

import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CompoundCommand;
import org.eclipse.gef.commands.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

import io.sluice.model.Parameter;
import io.sluice.model.ParameterType;
import io.sluice.model.Pipeline;
import io.sluice.model.SluiceFactory;
import io.sluice.model.SluicePackage;
import io.sluice.ui.internal.commands.ParameterAddCommand;
import io.sluice.ui.internal.commands.ParameterDeleteCommand;
import io.sluice.ui.internal.commands.ParameterSetCommand;
import io.sluice.ui.internal.editor.PipelineEditor;

/**
 * The parameters of the active pipeline, as Hop's and KNIME's parameter tabs: add, remove, and edit each one's name,
 * type, default value and description in place. A property refers to a parameter as {@code ${name}}; a run gives it
 * a value or takes the default. Every change is a command on the editor's stack, so Ctrl+Z undoes it (here or on
 * the canvas) and the editor becomes dirty.
 */
public final class ParametersView extends ViewPart {

    public static final String ID = "io.sluice.ui.views.parameters"; //$NON-NLS-1$
    private static final EAttribute NAME = SluicePackage.Literals.PARAMETER__NAME;
    private static final EAttribute TYPE = SluicePackage.Literals.PARAMETER__TYPE;
    private static final EAttribute DEFAULT = SluicePackage.Literals.PARAMETER__DEFAULT_VALUE;
    private static final EAttribute DESCRIPTION = SluicePackage.Literals.PARAMETER__DESCRIPTION;
    private static final String[] TYPES = ParameterType.VALUES.stream().map(ParameterType::getLiteral).toArray(String[]::new);

    private TableViewer viewer;
    private ActiveEditorTracker tracker;
    private PipelineEditor editor;
    private final CommandStackListener onChange = event -> refresh();
    private Action add;
    private Action remove;

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
                ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        column(layout, Messages.Parameters_name, 2, NAME, p -> text(p.getName()), new TextCellEditor(viewer.getTable()));
        column(layout, Messages.Parameters_type, 1, TYPE, p -> p.getType().getLiteral(),
                new ComboBoxCellEditor(viewer.getTable(), TYPES, SWT.READ_ONLY));
        column(layout, Messages.Parameters_default, 2, DEFAULT, p -> text(p.getDefaultValue()), new TextCellEditor(viewer.getTable()));
        column(layout, Messages.Parameters_description, 4, DESCRIPTION, p -> text(p.getDescription()),
                new TextCellEditor(viewer.getTable()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(event -> updateActions());
        createActions();
        tracker = new ActiveEditorTracker(getSite().getPage(), this::follow);
    }

    private void createActions() {
        add = new Action(Messages.Parameters_add) {
            @Override
            public void run() {
                addParameter();
            }
        };
        add.setToolTipText(Messages.Parameters_addTooltip);
        remove = new Action(Messages.Parameters_remove) {
            @Override
            public void run() {
                removeSelected();
            }
        };
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(add);
        toolbar.add(remove);
    }

    private void column(TableColumnLayout layout, String title, int weight, EAttribute attribute,
            Function<Parameter, String> text, CellEditor cellEditor) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Parameter) element);
            }
        });
        column.setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return cellEditor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return editor != null;
            }

            @Override
            protected Object getValue(Object element) {
                Parameter p = (Parameter) element;
                return attribute == TYPE ? Integer.valueOf(p.getType().getValue()) : text.apply(p);
            }

            @Override
            protected void setValue(Object element, Object value) {
                Object modelValue;
                if (attribute == TYPE) {
                    int index = value instanceof Integer i ? i.intValue() : -1;
                    if (index < 0) {
                        return;
                    }
                    modelValue = ParameterType.get(index);
                } else {
                    String s = value == null ? "" : value.toString().strip(); //$NON-NLS-1$
                    modelValue = s.isEmpty() && attribute != NAME ? null : s;
                }
                String problem = attribute == NAME ? ParameterSetCommand.nameProblem((Parameter) element, (String) modelValue) : null;
                getViewSite().getActionBars().getStatusLineManager().setErrorMessage(problem);
                if (problem == null) {
                    execute(new ParameterSetCommand((Parameter) element, attribute, modelValue));
                }
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }

    /** Adds a parameter with a fresh name ({@code param1}, {@code param2}, …) and starts editing its name. */
    public void addParameter() {
        if (editor == null) {
            return;
        }
        Pipeline pipeline = editor.pipeline();
        Parameter parameter = SluiceFactory.eINSTANCE.createParameter();
        int n = 1;
        while (pipeline.findParameter("param" + n) != null) { //$NON-NLS-1$
            n++;
        }
        parameter.setName("param" + n); //$NON-NLS-1$
        execute(new ParameterAddCommand(pipeline, parameter, -1));
        viewer.editElement(parameter, 0);
    }

    /** Removes the selected parameters, as one undoable change. */
    public void removeSelected() {
        if (editor == null) {
            return;
        }
        CompoundCommand all = new CompoundCommand(Messages.Parameters_remove);
        for (Object selected : ((IStructuredSelection) viewer.getSelection()).toList()) {
            all.add(new ParameterDeleteCommand(editor.pipeline(), (Parameter) selected));
        }
        if (!all.isEmpty()) {
            execute(all);
        }
    }

    private void execute(Command command) {
        if (editor != null && command.canExecute()) {
            editor.getCommandStack().execute(command);
        }
    }

    private void follow(PipelineEditor active) {
        if (editor != null) {
            editor.getCommandStack().removeCommandStackListener(onChange);
        }
        editor = active;
        if (editor != null) {
            editor.getCommandStack().addCommandStackListener(onChange);
        }
        IActionBars bars = getViewSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor == null ? null : editor.action(ActionFactory.UNDO.getId()));
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor == null ? null : editor.action(ActionFactory.REDO.getId()));
        bars.updateActionBars();
        refresh();
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(editor == null ? new Object[0] : editor.pipeline().getParameters().toArray());
        updateActions();
    }

    private void updateActions() {
        add.setEnabled(editor != null);
        remove.setEnabled(editor != null && !viewer.getSelection().isEmpty());
    }

    /** The table, for tests. */
    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (editor != null) {
            editor.getCommandStack().removeCommandStackListener(onChange);
        }
        if (tracker != null) {
            tracker.dispose();
        }
        super.dispose();
    }
}
