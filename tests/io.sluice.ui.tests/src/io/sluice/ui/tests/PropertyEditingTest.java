package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.gef.commands.Command;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.expression.types.Field;
import io.sluice.model.CsvSource;
import io.sluice.model.Derivation;
import io.sluice.model.Derive;
import io.sluice.model.Pipeline;
import io.sluice.model.Ports;
import io.sluice.model.SluiceFactory;
import io.sluice.model.SluicePackage;
import io.sluice.model.resource.SluiceModel;
import io.sluice.ui.internal.commands.PropertyValueCommand;
import io.sluice.ui.internal.properties.ListValue;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;

/**
 * Structured properties (a derive's derivations) are edited as whole lists through the same undoable command the
 * Properties view executes, and the column choosers offer what validation propagated to the step.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PropertyEditingTest extends EditorTestBase {

    @BeforeEach
    void open(@TempDir Path folder) throws Exception {
        Pipeline p = SluiceModel.newPipeline("props"); //$NON-NLS-1$
        CsvSource read = TestModels.csvSource(p, "read", "orders.csv", 40, 60, "amount", "FLOAT64", "quantity", "INT32"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        Derive derive = (Derive) SluiceModel.newStep(p, SluicePackage.Literals.DERIVE, "revenue", 300, 60); //$NON-NLS-1$
        derive.getDerivations().add(derivation("revenue", "amount * quantity")); //$NON-NLS-1$ //$NON-NLS-2$
        p.getSteps().add(derive);
        p.link(read, Ports.OUT, derive, Ports.IN);
        Path file = folder.resolve("props.sluice"); //$NON-NLS-1$
        editor = TestModels.open(page, p, file);
    }

    private static Derivation derivation(String name, String expression) {
        Derivation d = SluiceFactory.eINSTANCE.createDerivation();
        d.setName(name);
        d.setExpression(expression);
        return d;
    }

    @Test
    void aListPropertyIsReplacedAsOneUndoableEdit() {
        Derive derive = (Derive) editor.pipeline().findStepByName("revenue"); //$NON-NLS-1$
        IPropertySource source = (IPropertySource) ((org.eclipse.gef.EditPart) editor.getGraphicalViewer()
                .getEditPartRegistry().get(derive)).getAdapter(IPropertySource.class);
        Object feature = SluicePackage.Literals.DERIVE__DERIVATIONS;
        ListValue before = assertInstanceOf(ListValue.class, source.getPropertyValue(feature));
        assertEquals("1 \u00d7 revenue amount * quantity", before.toString()); //$NON-NLS-1$

        ListValue edited = new ListValue(List.of(derivation("revenue", "amount * quantity"), //$NON-NLS-1$ //$NON-NLS-2$
                derivation("big", "amount > 100"))); //$NON-NLS-1$ //$NON-NLS-2$
        editor.getCommandStack().execute(setValue(source, feature, edited));
        assertEquals(List.of("revenue", "big"), derive.getDerivations().stream().map(Derivation::getName).toList()); //$NON-NLS-1$ //$NON-NLS-2$

        editor.getCommandStack().undo();
        assertEquals(List.of("revenue"), derive.getDerivations().stream().map(Derivation::getName).toList()); //$NON-NLS-1$
        assertEquals("amount * quantity", derive.getDerivations().get(0).getExpression()); //$NON-NLS-1$
        editor.getCommandStack().redo();
        assertEquals(2, derive.getDerivations().size());
        assertEquals("amount > 100", derive.getDerivations().get(1).getExpression()); //$NON-NLS-1$
    }

    /**
     * What the Properties view does through GEF's (package-private) SetValueCommand, and the designer's own edits
     * (rename, Get Fields) through {@link PropertyValueCommand}: remember the current value, set the new one, set the
     * remembered one back on undo. Undo is exact only if the remembered value is a real value, not a display string:
     * that is the contract this test holds the property source to.
     */
    private static Command setValue(IPropertySource source, Object id, Object value) {
        return new PropertyValueCommand("Set " + id, source, id, value); //$NON-NLS-1$
    }

    @Test
    void columnChoosersOfferTheColumnsValidationPropagated() {
        ui.waitUntil("the first validation", () -> editor.validator().latest() != null); //$NON-NLS-1$
        Derive derive = (Derive) editor.pipeline().findStepByName("revenue"); //$NON-NLS-1$
        List<String> in = editor.validator().latest().inputSchema(derive.getId(), Ports.IN).orElseThrow().fields().stream()
                .map(Field::name).toList();
        assertEquals(List.of("amount", "quantity"), in); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
