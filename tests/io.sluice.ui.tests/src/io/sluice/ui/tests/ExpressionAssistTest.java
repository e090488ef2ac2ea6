package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.expression.BuiltinFunction;
import io.sluice.model.Filter;
import io.sluice.model.Pipeline;
import io.sluice.model.Ports;
import io.sluice.model.resource.SluiceModel;
import io.sluice.ui.internal.properties.ExpressionAssist;
import io.sluice.ui.internal.views.ExpressionReferenceView;
import io.sluice.ui.tests.driver.EditorDriver;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;

/** The expression editor offers every function, with help, and a user picks one by typing a prefix. */
@ExtendWith(ScreenshotOnFailure.class)
class ExpressionAssistTest extends EditorTestBase {

    @BeforeEach
    void open(@TempDir Path folder) throws Exception {
        Pipeline p = SluiceModel.newPipeline("assist"); //$NON-NLS-1$
        var read = TestModels.csvSource(p, "read", "codes.csv", 40, 60, "code", "STRING"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Filter keep = TestModels.filter(p, "keep", null, 300, 60); //$NON-NLS-1$
        p.link(read, Ports.OUT, keep, Ports.IN);
        Path file = folder.resolve("assist.sluice"); //$NON-NLS-1$
        editor = TestModels.open(page, p, file);
    }

    @Test
    void everyFunctionIsOfferedWithHelp() {
        for (BuiltinFunction f : BuiltinFunction.values()) {
            String name = f.functionName();
            String prefix = name.substring(0, Math.min(2, name.length()));
            IContentProposal p = Arrays.stream(ExpressionAssist.proposals("x = " + prefix, 4 + prefix.length()))
                    .filter(c -> c.getLabel().equals(f.signature())).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " is not offered for '" + prefix + "'")); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(name.substring(prefix.length()) + "(", p.getContent()); //$NON-NLS-1$
            assertTrue(p.getDescription().contains(f.description()) && p.getDescription().contains(f.example()),
                    p.getDescription());
        }
    }

    @Test
    void theFieldsOfAStructAreOfferedAfterItsDot() {
        io.sluice.expression.types.Schema input = io.sluice.expression.types.Schema.of(io.sluice.expression.types.Field.nullable(
                "address", io.sluice.expression.types.DataType.parse("STRUCT<city: STRING, zip: STRING, \"odd name\": INT32>"))); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> all = Arrays.stream(ExpressionAssist.proposals("address.", 8, input)).map(IContentProposal::getContent).toList(); //$NON-NLS-1$
        assertEquals(List.of("city", "zip", "\"odd name\""), all); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<String> c = Arrays.stream(ExpressionAssist.proposals("upper(address.ci", 16, input)).map(IContentProposal::getContent).toList(); //$NON-NLS-1$
        assertEquals(List.of("ty"), c); //$NON-NLS-1$
        // without a dot, the functions as before
        assertTrue(Arrays.stream(ExpressionAssist.proposals("si", 2, input)).anyMatch(p -> p.getContent().equals("ze("))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void typingAPrefixAndPickingAFunctionCompletesIt() throws Exception {
        Filter keep = editConditionOfKeep();
        ui.type("lpa"); //$NON-NLS-1$
        ui.key("ctrl+space"); //$NON-NLS-1$
        waitForProposals();
        ui.key("Return"); //$NON-NLS-1$
        ui.pump(150);
        ui.type("code, 3, '0') = '007'"); //$NON-NLS-1$
        ui.key("Return"); //$NON-NLS-1$
        ui.waitUntil("the completed condition applied", //$NON-NLS-1$
                () -> "lpad(code, 3, '0') = '007'".equals(keep.getCondition())); //$NON-NLS-1$
    }

    /** The completion's last entry opens the whole language reference, the document the repository keeps. */
    @Test
    void theCompletionOpensTheExpressionReference() throws Exception {
        closeReference();
        editConditionOfKeep();
        ui.type("qqq"); // no function starts so: the reference is the only entry //$NON-NLS-1$
        ui.key("ctrl+space"); //$NON-NLS-1$
        waitForProposals();
        ui.key("Return"); //$NON-NLS-1$
        ui.waitUntil("the expression reference opened from the completion", //$NON-NLS-1$
                () -> page.findView(ExpressionReferenceView.ID) != null);
        assertReferenceShown();
    }

    /** Help › Expression Reference shows docs/expressions.md as the build bundled it. */
    @Test
    void helpExpressionReferenceShowsTheLanguageReference() throws Exception {
        closeReference();
        ui.activate(page.getWorkbenchWindow().getShell());
        ui.key("alt+h"); //$NON-NLS-1$
        ui.pump(200);
        ui.key("x"); // E&xpression Reference //$NON-NLS-1$
        ui.waitUntil("Help › Expression Reference", () -> page.findView(ExpressionReferenceView.ID) != null); //$NON-NLS-1$
        assertReferenceShown();
    }

    private void closeReference() {
        if (page.findView(ExpressionReferenceView.ID) != null) {
            page.hideView(page.findView(ExpressionReferenceView.ID));
            ui.pump(100);
        }
    }

    private void assertReferenceShown() throws Exception {
        String doc = Files.readString(Path.of("../../docs/expressions.md").toAbsolutePath().normalize()); //$NON-NLS-1$
        ExpressionReferenceView view = (ExpressionReferenceView) page.findView(ExpressionReferenceView.ID);
        assertEquals(doc, view.shownText(), "the bundled reference is docs/expressions.md, unchanged"); //$NON-NLS-1$
        assertTrue(doc.contains("least") && doc.contains("NULL rules")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Selects the filter and starts editing its condition in the Properties view. */
    private Filter editConditionOfKeep() {
        Filter keep = (Filter) editor.pipeline().findStepByName("keep"); //$NON-NLS-1$
        editor.getGraphicalViewer().select((org.eclipse.gef.EditPart) editor.getGraphicalViewer()
                .getEditPartRegistry().get(keep));
        ui.activate(page.getWorkbenchWindow().getShell());
        try {
            page.showView(IPageLayout.ID_PROP_SHEET);
        } catch (org.eclipse.ui.PartInitException e) {
            throw new AssertionError(e);
        }
        page.activate(editor);
        ui.pump(150);
        PropertySheet sheet = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
        Tree properties = (Tree) sheet.getCurrentPage().getControl();
        ui.waitUntil("the filter's properties", () -> EditorDriver.hasItem(properties, "Condition")); //$NON-NLS-1$
        Rectangle cell = EditorDriver.findItem(properties, "Condition").getBounds(1); //$NON-NLS-1$
        ui.click(properties, cell.x + 10, cell.y + cell.height / 2);
        ui.pump(150);
        return keep;
    }

    private void waitForProposals() {
        ui.waitUntil("the proposals open", () -> ui.display().getShells().length > 1 //$NON-NLS-1$
                && Arrays.stream(ui.display().getShells()).anyMatch(s -> s.isVisible() && s != page.getWorkbenchWindow().getShell()));
    }
}
