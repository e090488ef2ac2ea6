package io.sluice.ui.internal.views;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import io.sluice.expression.types.Field;
import io.sluice.runtime.Display;
import io.sluice.runtime.PreviewResult;
import io.sluice.ui.internal.figures.Colours;

/**
 * The rows a previewed step emits: one column per field with its type in the header, each value as
 * {@link Display#of} gives it ({@code sluice preview} prints the same), nulls as a grey {@code NULL} so they never pass
 * for empty strings. Numbers read as a person reads them (grouped, at most six
 * decimals) unless Exact Values is on; a click on a header sorts by that column (again: descending); the filter keeps
 * the rows with a cell containing its text (a preview of another step starts unfiltered: text typed for one step's rows
 * would silently hide another's); Ctrl+C copies the selected rows (or all shown) as TSV with a header row,
 * the menu also as CSV — always with exact values.
 */
public final class PreviewView extends ViewPart {

    public static final String ID = "io.sluice.ui.views.preview"; //$NON-NLS-1$

    private TableViewer viewer;
    private Text filter;
    /** The step whose rows are on show (null: none yet). */
    private String shownStep;
    private PreviewResult shown;
    /** The columns of the rows in the table (they stay while another preview is pending). */
    private List<Field> columns = List.of();
    private boolean exact;
    private int sortColumn = -1;
    private boolean descending;

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(area);
        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.Preview_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        viewer = new TableViewer(area, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                if (sortColumn < 0) {
                    return 0;
                }
                int c = compareValues(((List<?>) a).get(sortColumn), ((List<?>) b).get(sortColumn));
                return descending ? -c : c;
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                String text = filter.getText().strip().toLowerCase(Locale.ROOT);
                if (text.isEmpty()) {
                    return true;
                }
                List<?> row = (List<?>) element;
                for (int i = 0; i < row.size(); i++) {
                    if (row.get(i) != null && display(row.get(i), i).toLowerCase(Locale.ROOT).contains(text)) {
                        return true;
                    }
                }
                return false;
            }
        });
        filter.addModifyListener(e -> viewer.refresh());
        viewer.getTable().addListener(SWT.KeyDown, event -> {
            if (event.character == 0x03 || (event.keyCode == 'c' && (event.stateMask & SWT.MOD1) != 0)) {
                copy('\t');
                event.doit = false;
            }
        });
        MenuManager menu = new MenuManager();
        menu.add(action(Messages.Preview_copyTsv, () -> copy('\t')));
        menu.add(action(Messages.Preview_copyCsv, () -> copy(',')));
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        Action exactValues = new Action(Messages.Preview_exact, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                exact = isChecked();
                viewer.refresh();
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(exactValues);
        setContentDescription(Messages.Preview_hint);
    }

    private static IAction action(String label, Runnable body) {
        return new Action(label) {
            @Override
            public void run() {
                body.run();
            }
        };
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1; // nulls last
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    /**
     * Column {@code column}'s value as the runtime shows it to people ({@link Display#of}, as {@code sluice preview}
     * prints it), with floating-point and integer numbers grouped unless Exact Values is on: 1986.919999999999 as
     * 1,986.92.
     */
    private String display(Object value, int column) {
        if (!exact && (value instanceof Double || value instanceof Float)) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return String.valueOf(d);
            }
            NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
            format.setMaximumFractionDigits(6);
            return format.format(d);
        }
        if (!exact && (value instanceof Long || value instanceof Integer)) {
            return NumberFormat.getIntegerInstance(Locale.getDefault()).format(value);
        }
        return Display.of(value, columns.get(column).type());
    }

    /** Copies the selected rows, or every row shown, with a header row; values exact, nulls empty. */
    public String copy(char separator) {
        if (shown == null || shown.schema() == null) {
            return ""; //$NON-NLS-1$
        }
        TableItem[] items = viewer.getTable().getSelectionCount() > 0 ? viewer.getTable().getSelection()
                : viewer.getTable().getItems();
        StringBuilder text = new StringBuilder();
        text.append(shown.schema().fields().stream().map(f -> quote(f.name(), separator))
                .collect(Collectors.joining(String.valueOf(separator)))).append('\n');
        for (TableItem item : items) {
            List<?> row = (List<?>) item.getData();
            List<String> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                cells.add(value == null ? "" : quote(Display.of(value, shown.schema().fields().get(i).type()), separator)); //$NON-NLS-1$
            }
            text.append(String.join(String.valueOf(separator), cells)).append('\n');
        }
        Clipboard clipboard = new Clipboard(viewer.getControl().getDisplay());
        try {
            clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
        return text.toString();
    }

    private static String quote(String value, char separator) {
        boolean needs = value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (separator == '\t') {
            return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Says a preview of {@code stepName} is being computed; the rows shown so far are no longer its answer. */
    public void showPending(String stepName) {
        shown = null;
        setContentDescription(NLS.bind(Messages.Preview_running, stepName));
    }

    /** Shows a preview's rows, or its problems. */
    public void show(String stepName, PreviewResult result) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        shown = result;
        sortColumn = -1;
        if (!stepName.equals(shownStep)) {
            filter.setText(""); //$NON-NLS-1$
        }
        shownStep = stepName;
        for (TableColumn column : viewer.getTable().getColumns()) {
            column.dispose();
        }
        if (!result.ok() || result.schema() == null) {
            viewer.setInput(List.of());
            String why = result.error() != null ? result.error()
                    : result.problems().stream().map(Object::toString).collect(Collectors.joining("; ")); //$NON-NLS-1$
            setContentDescription(NLS.bind(Messages.Preview_failed, stepName, why));
            return;
        }
        List<Field> fields = result.schema().fields();
        columns = fields;
        Color muted = Colours.get(Colours.TEXT_MUTED);
        for (int i = 0; i < fields.size(); i++) {
            int index = i;
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(fields.get(i).name() + " : " + fields.get(i).type().name()); //$NON-NLS-1$
            column.getColumn().setWidth(140);
            column.getColumn().addListener(SWT.Selection, e -> sortBy(index, column.getColumn()));
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object row) {
                    return display(((List<?>) row).get(index), index);
                }

                @Override
                public String getToolTipText(Object row) {
                    return Display.of(((List<?>) row).get(index), fields.get(index).type());
                }

                @Override
                public Color getForeground(Object row) {
                    return ((List<?>) row).get(index) == null ? muted : null;
                }
            });
        }
        viewer.getTable().setSortColumn(null);
        viewer.setInput(result.rows());
        setContentDescription(NLS.bind(Messages.Preview_rows, stepName, result.rows().size()));
    }

    private void sortBy(int index, TableColumn column) {
        descending = sortColumn == index && !descending;
        sortColumn = index;
        viewer.getTable().setSortColumn(column);
        viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    /** For tests: the last result shown. */
    public PreviewResult shownResult() {
        return shown;
    }

    /** For tests: the grid. */
    public TableViewer viewer() {
        return viewer;
    }

    /** For tests: the filter box. */
    public Text filterText() {
        return filter;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
