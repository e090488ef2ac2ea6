package io.sluice.ui.internal.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Chooses one or several columns of a step's input. The list comes from the propagated schema; the text field
 * below it still takes any name, for when upstream is not valid yet and the schema is unknown.
 */
final class ColumnChooserDialog extends TitledDialog {

    private final List<String> available;
    private final boolean many;
    private String value;
    private Table table;
    private Text text;

    ColumnChooserDialog(Shell shell, String title, List<String> available, boolean many, String value) {
        super(shell, title);
        this.available = available;
        this.many = many;
        this.value = value == null ? "" : value; //$NON-NLS-1$
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        new Label(area, SWT.NONE).setText(available.isEmpty() ? Messages.ColumnChooser_unknown : Messages.ColumnChooser_pick);
        table = new Table(area, SWT.BORDER | SWT.V_SCROLL | (many ? SWT.CHECK : SWT.SINGLE | SWT.FULL_SELECTION));
        GridDataFactory.fillDefaults().grab(true, true).hint(280, 220).applyTo(table);
        Set<String> chosen = names(value);
        for (String column : available) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(column);
            item.setChecked(chosen.contains(column));
            if (!many && chosen.contains(column)) {
                table.setSelection(item);
            }
        }
        table.addListener(SWT.Selection, e -> text.setText(fromTable()));
        new Label(area, SWT.NONE).setText(many ? Messages.ColumnChooser_textMany : Messages.ColumnChooser_textOne);
        text = new Text(area, SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return area;
    }

    private String fromTable() {
        List<String> names = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            if (many ? item.getChecked() : table.isSelected(table.indexOf(item))) {
                names.add(item.getText());
            }
        }
        return String.join(", ", names); //$NON-NLS-1$
    }

    private static Set<String> names(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()) //$NON-NLS-1$
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    protected void okPressed() {
        value = String.join(", ", names(text.getText())); //$NON-NLS-1$
        super.okPressed();
    }

    String value() {
        return value;
    }
}
