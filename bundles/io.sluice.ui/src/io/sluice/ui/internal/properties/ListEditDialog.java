package io.sluice.ui.internal.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Edits a list of structured elements — a source's declared columns, a derive's derivations, an aggregate's
 * aggregations, sort keys, quality rules — as a table: one row per element, one column per attribute of its EClass,
 * each with the editor its type calls for (text, number, a choice of enum literals, yes/no, a column of the input).
 */
final class ListEditDialog extends TitledDialog {

    private final EClass elementType;
    private final List<String> inputColumns;
    private final List<EObject> rows;
    private TableViewer viewer;

    ListEditDialog(Shell shell, String title, EClass elementType, ListValue value, List<String> inputColumns) {
        super(shell, title);
        this.elementType = elementType;
        this.inputColumns = inputColumns;
        this.rows = new ArrayList<>(value == null ? List.of() : value.freshCopies());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 260).applyTo(viewer.getControl());
        for (EAttribute attribute : elementType.getEAllAttributes()) {
            if (!attribute.isDerived() && !attribute.isTransient()) {
                column(attribute);
            }
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(rows);
        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, Messages.ListEdit_add, () -> {
            rows.add(EcoreUtil.create(elementType));
            viewer.refresh();
            viewer.editElement(rows.get(rows.size() - 1), 0);
        });
        button(buttons, Messages.ListEdit_remove, () -> selected().ifPresent(i -> rows.remove((int) i)));
        button(buttons, Messages.ListEdit_up, () -> selected().filter(i -> i > 0).ifPresent(i -> rows.add(i - 1, rows.remove((int) i))));
        button(buttons, Messages.ListEdit_down,
                () -> selected().filter(i -> i < rows.size() - 1).ifPresent(i -> rows.add(i + 1, rows.remove((int) i))));
        return area;
    }

    private java.util.Optional<Integer> selected() {
        int index = viewer.getTable().getSelectionIndex();
        return index < 0 ? java.util.Optional.empty() : java.util.Optional.of(index);
    }

    private void button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        button.addListener(SWT.Selection, e -> {
            action.run();
            viewer.refresh();
        });
    }

    private void column(EAttribute attribute) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(StepPropertySource.displayName(attribute));
        column.getColumn().setWidth(attribute.getEAttributeType() instanceof EEnum ? 120 : 140);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text((EObject) element, attribute);
            }
        });
        column.setEditingSupport(new AttributeEditing(attribute));
    }

    private static String text(EObject object, EAttribute attribute) {
        Object value = object.eGet(attribute);
        if (attribute.isMany()) {
            return ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(", ")); //$NON-NLS-1$
        }
        return value == null ? "" : String.valueOf(value); //$NON-NLS-1$
    }

    /**
     * Edits one attribute of the rows, with an editor that fits its type: one editor per column, made on the first
     * edit and reused for every cell (each new editor is a control on the table), disposed with the table.
     */
    private final class AttributeEditing extends EditingSupport {
        private final EAttribute attribute;
        private final String[] choices;
        private final boolean typedColumn;
        private CellEditor editor;

        AttributeEditing(EAttribute attribute) {
            super(viewer);
            this.attribute = attribute;
            EDataType type = attribute.getEAttributeType();
            if (type instanceof EEnum eenum) {
                choices = eenum.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new);
            } else if (attribute == io.sluice.model.SluicePackage.Literals.COLUMN_DEF__TYPE) {
                // the common types to pick; any other type text (DECIMAL(12,2), TIMESTAMP(ns)…) is typed
                choices = io.sluice.expression.types.DataType.common().stream()
                        .map(io.sluice.expression.types.DataType::typeName).toArray(String[]::new);
            } else if (!attribute.isMany() && ColumnReferences.isPartColumnReference(attribute) && !inputColumns.isEmpty()) {
                choices = inputColumns.toArray(String[]::new);
            } else {
                choices = null;
            }
            typedColumn = choices != null && !(type instanceof EEnum);
        }

        private boolean isBoolean() {
            return attribute.getEAttributeType() == EcorePackage.Literals.EBOOLEAN;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            if (editor == null) {
                editor = newCellEditor();
                viewer.getTable().addDisposeListener(e -> editor.dispose());
            }
            return editor;
        }

        private CellEditor newCellEditor() {
            if (isBoolean()) {
                return new CheckboxCellEditor(viewer.getTable());
            }
            if (typedColumn) {
                return new ColumnCellEditor(viewer.getTable(), choices);
            }
            return choices != null ? new ComboBoxCellEditor(viewer.getTable(), choices, SWT.READ_ONLY)
                    : new TextCellEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            EObject object = (EObject) element;
            if (isBoolean()) {
                return Boolean.TRUE.equals(object.eGet(attribute));
            }
            if (typedColumn) {
                return text(object, attribute);
            }
            if (choices != null) {
                int index = Arrays.asList(choices).indexOf(text(object, attribute));
                // a type not among the choices: no pick (the typed text is kept), never silently the first choice
                return attribute == io.sluice.model.SluicePackage.Literals.COLUMN_DEF__TYPE ? index : Math.max(0, index);
            }
            return text(object, attribute);
        }

        @Override
        @SuppressWarnings("unchecked")
        protected void setValue(Object element, Object value) {
            EObject object = (EObject) element;
            EDataType type = attribute.getEAttributeType();
            if (isBoolean()) {
                object.eSet(attribute, value);
            } else if (typedColumn) {
                object.eSet(attribute, ((String) value).trim());
            } else if (choices != null) {
                int index = (Integer) value;
                if (index >= 0) {
                    object.eSet(attribute, type.getEPackage().getEFactoryInstance().createFromString(type, choices[index]));
                }
            } else if (attribute.isMany()) {
                EList<Object> list = (EList<Object>) object.eGet(attribute);
                list.clear();
                for (String item : ((String) value).split(",")) { //$NON-NLS-1$
                    if (!item.isBlank()) {
                        list.add(type.getEPackage().getEFactoryInstance().createFromString(type, item.trim()));
                    }
                }
            } else {
                String text = ((String) value).trim();
                try {
                    object.eSet(attribute, text.isEmpty() && type.getInstanceClass() != String.class ? attribute.getDefaultValue()
                            : type.getEPackage().getEFactoryInstance().createFromString(type, text));
                } catch (RuntimeException notANumber) {
                    return; // keep the old value: a number field got text
                }
            }
            viewer.update(element, null);
        }
    }

    /**
     * A column: one of the input's picked from the list, or any name typed (the input may not be known yet). Its value
     * is the text in the cell, not the index of a list item: the plain combo editor reports the item that was selected
     * when the cell opened, so a typed name was lost.
     */
    private static final class ColumnCellEditor extends ComboBoxCellEditor {
        ColumnCellEditor(Composite parent, String[] columns) {
            super(parent, columns, SWT.NONE);
        }

        private CCombo combo() {
            return (CCombo) getControl();
        }

        @Override
        protected Object doGetValue() {
            return combo().getText();
        }

        @Override
        protected void doSetValue(Object value) {
            combo().setText(value == null ? "" : (String) value); //$NON-NLS-1$
        }

        @Override
        protected void doSetFocus() {
            super.doSetFocus();
            combo().setSelection(new Point(0, combo().getText().length())); // typing replaces the old name
        }
    }

    ListValue value() {
        return new ListValue(rows);
    }
}
