package io.sluice.ui.tests;

import io.sluice.model.ColumnDef;
import io.sluice.model.CsvSource;
import io.sluice.model.Pipeline;
import io.sluice.model.SluiceFactory;
import io.sluice.model.SluicePackage;
import io.sluice.model.resource.SluiceModel;

/** Small model fixtures the UI tests share. */
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

    /** A CSV source reading {@code path} with the given declared columns ({@code name, TYPE, name, TYPE…}), added. */
    static CsvSource csvSource(Pipeline p, String name, String path, int x, int y, String... columns) {
        CsvSource source = (CsvSource) SluiceModel.newStep(p, SluicePackage.Literals.CSV_SOURCE, name, x, y);
        source.setPath(path);
        for (int i = 0; i + 1 < columns.length; i += 2) {
            source.getColumns().add(column(columns[i], columns[i + 1]));
        }
        p.getSteps().add(source);
        return source;
    }
}
