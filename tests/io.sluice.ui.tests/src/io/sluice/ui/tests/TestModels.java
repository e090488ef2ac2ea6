package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.ui.IWorkbenchPage;

import io.sluice.model.ColumnDef;
import io.sluice.model.CsvSource;
import io.sluice.model.Filter;
import io.sluice.model.Pipeline;
import io.sluice.model.Ports;
import io.sluice.model.SluiceFactory;
import io.sluice.model.SluicePackage;
import io.sluice.model.Step;
import io.sluice.model.resource.SluiceModel;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.editor.PipelineEditors;

/** Small model fixtures the UI tests share, and the one way they open a pipeline in the editor. */
final class TestModels {

    private TestModels() {
    }

    /** A nullable declared column. */
    static ColumnDef column(String name, String type) {
        ColumnDef c = SluiceFactory.eINSTANCE.createColumnDef();
        c.setName(name);
        c.setType(type);
        c.setNullable(true);
        return c;
    }

    /** A step of {@code kind} named {@code name} at ({@code x}, {@code y}), added. */
    @SuppressWarnings("unchecked")
    static <T extends Step> T step(Pipeline p, EClass kind, String name, int x, int y) {
        Step s = SluiceModel.newStep(p, kind, name, x, y);
        p.getSteps().add(s);
        return (T) s;
    }

    /** A CSV source reading {@code path} with the given declared columns ({@code name, TYPE, name, TYPE…}), added. */
    static CsvSource csvSource(Pipeline p, String name, String path, int x, int y, String... columns) {
        CsvSource source = step(p, SluicePackage.Literals.CSV_SOURCE, name, x, y);
        source.setPath(path);
        for (int i = 0; i + 1 < columns.length; i += 2) {
            source.getColumns().add(column(columns[i], columns[i + 1]));
        }
        return source;
    }

    /** A Filter keeping the rows where {@code condition} holds (null: none set yet), added. */
    static Filter filter(Pipeline p, String name, String condition, int x, int y) {
        Filter filter = step(p, SluicePackage.Literals.FILTER, name, x, y);
        if (condition != null) {
            filter.setCondition(condition);
        }
        return filter;
    }

    /** A CSV sink writing {@code path}, added. */
    static Step csvSink(Pipeline p, String name, String path, int x, int y) {
        Step sink = step(p, SluicePackage.Literals.CSV_SINK, name, x, y);
        sink.eSet(SluicePackage.Literals.FILE_SINK__PATH, path);
        return sink;
    }

    /**
     * Pipeline {@code name}: CSV source {@code orders} ({@code orders.csv}: amount FLOAT64, status STRING) → Filter
     * {@code paid} ({@code status = 'paid'}) → CSV sink {@code out} ({@code out.csv}).
     */
    static Pipeline ordersIntoPaidIntoCsv(String name) {
        Pipeline p = SluiceModel.newPipeline(name);
        CsvSource csv = csvSource(p, "orders", "orders.csv", 40, 60, "amount", "FLOAT64", "status", "STRING"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        Filter filter = filter(p, "paid", "status = 'paid'", 300, 60); //$NON-NLS-1$ //$NON-NLS-2$
        Step sink = csvSink(p, "out", "out.csv", 560, 60); //$NON-NLS-1$ //$NON-NLS-2$
        p.link(csv, Ports.OUT, filter, Ports.IN);
        p.link(filter, Ports.OUT, sink, Ports.IN);
        return p;
    }

    /** Saves {@code p} as {@code file} and opens it in the pipeline editor on {@code page}; fails the test when none opens. */
    static PipelineEditor open(IWorkbenchPage page, Pipeline p, Path file) throws IOException {
        SluiceModel.save(p, file);
        PipelineEditor editor = PipelineEditors.open(page, file);
        assertNotNull(editor, () -> "no editor opened " + file); //$NON-NLS-1$
        return editor;
    }
}
