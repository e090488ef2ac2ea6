package io.sluice.ui.internal.properties;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** Property descriptors whose cell editors open a chooser: columns, files, and lists of structured elements. */
final class PropertyCellEditors {

    private PropertyCellEditors() {
    }

    /** Column names of the input, one or several (a comma-separated value). */
    static PropertyDescriptor columns(Object id, String label, boolean many, Supplier<List<String>> available) {
        return chooser(id, label, (shell, value) -> {
            ColumnChooserDialog dialog = new ColumnChooserDialog(shell, label, available.get(), many, (String) value);
            return dialog.open() == ColumnChooserDialog.OK ? dialog.value() : null;
        });
    }

    /**
     * A data file. A file chosen inside {@code base} (the pipelines folder, usually a Git working tree) is stored
     * relative to it, so the pipeline still runs after a clone elsewhere.
     */
    static PropertyDescriptor file(Object id, String label, boolean save, Supplier<Path> base) {
        return typedChooser(id, label, (shell, value) -> {
            FileDialog dialog = new FileDialog(shell, save ? SWT.SAVE : SWT.OPEN);
            dialog.setText(label);
            Path root = base.get();
            if (root != null) {
                dialog.setFilterPath(root.toString());
            }
            String chosen = dialog.open();
            if (chosen == null) {
                return null;
            }
            Path file = Path.of(chosen).toAbsolutePath().normalize();
            return root != null && file.startsWith(root) ? root.relativize(file).toString() : file.toString();
        });
    }

    /** A list of structured elements (a {@link ListValue}), edited in a table. */
    static PropertyDescriptor list(Object id, String label, EClass elementType, Supplier<List<String>> columns) {
        return chooser(id, label, (shell, value) -> {
            ListEditDialog dialog = new ListEditDialog(shell, label, elementType, (ListValue) value, columns.get());
            return dialog.open() == ListEditDialog.OK ? dialog.value() : null;
        });
    }

    /**
     * A property typed into its cell (Return applies it, so {@code ${param}} and relative paths can be entered) with a
     * button beside the text that runs {@code choose} with the current text, which returns the new value, or null.
     */
    private static PropertyDescriptor typedChooser(Object id, String label, BiFunction<Shell, Object, Object> choose) {
        return new PropertyDescriptor(id, label) {
            @Override
            public CellEditor createPropertyEditor(Composite parent) {
                return new DialogCellEditor(parent) {
                    private Text text;

                    @Override
                    protected Control createContents(Composite cell) {
                        text = new Text(cell, SWT.SINGLE);
                        text.setFont(cell.getFont());
                        text.setBackground(cell.getBackground());
                        text.addListener(SWT.DefaultSelection, e -> apply());
                        text.addListener(SWT.Traverse, e -> {
                            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                                e.doit = false;
                                fireCancelEditor();
                            }
                        });
                        text.addListener(SWT.FocusOut, e -> text.getDisplay().asyncExec(() -> {
                            Control focus = text.isDisposed() ? null : text.getDisplay().getFocusControl();
                            if (!text.isDisposed() && (focus == null || focus.getParent() != text.getParent())) {
                                apply();
                            }
                        }));
                        return text;
                    }

                    private void apply() {
                        if (text == null || text.isDisposed()) {
                            return;
                        }
                        String typed = text.getText();
                        if (!typed.equals(getValue())) {
                            markDirty();
                            doSetValue(typed);
                        }
                        fireApplyEditorValue();
                    }

                    @Override
                    protected void updateContents(Object value) {
                        if (text != null && !text.isDisposed()) {
                            text.setText(value == null ? "" : value.toString()); //$NON-NLS-1$
                        }
                    }

                    @Override
                    protected void doSetFocus() {
                        text.setFocus();
                        text.selectAll();
                    }

                    @Override
                    protected Object openDialogBox(Control window) {
                        return choose.apply(window.getShell(), text.getText());
                    }
                };
            }
        };
    }

    /**
     * A property whose cell shows its value and a button; the button runs {@code choose} with the current value,
     * which returns the new value, or null to keep the old one.
     */
    private static PropertyDescriptor chooser(Object id, String label, BiFunction<Shell, Object, Object> choose) {
        return new PropertyDescriptor(id, label) {
            @Override
            public CellEditor createPropertyEditor(Composite parent) {
                return new DialogCellEditor(parent) {
                    @Override
                    protected Object openDialogBox(Control window) {
                        return choose.apply(window.getShell(), getValue());
                    }
                };
            }
        };
    }
}
