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
        return chooser(id, label, (shell, value) -> {
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
