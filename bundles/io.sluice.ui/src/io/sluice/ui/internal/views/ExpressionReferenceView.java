package io.sluice.ui.internal.views;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * Help › Expression Reference: the language reference ({@code docs/expressions.md}: every operator, function, cast
 * rule and NULL rule, with examples) as the designer ships it. The build copies the document into the bundle, so the
 * repository keeps one source of truth; headings are shown in bold.
 */
public final class ExpressionReferenceView extends ViewPart {

    public static final String ID = "io.sluice.ui.views.expressionReference"; //$NON-NLS-1$
    /** Where the build puts the reference inside the bundle. */
    static final String RESOURCE = "/help/expressions.md"; //$NON-NLS-1$

    private StyledText text;

    @Override
    public void createPartControl(Composite parent) {
        text = new StyledText(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setMargins(8, 8, 8, 8);
        String reference = reference();
        text.setText(reference == null ? Messages.ExpressionReference_missing : reference);
        if (reference != null) {
            text.setStyleRanges(headings(reference));
        }
    }

    /** The reference as bundled, or null when this build did not bundle it. */
    public static String reference() {
        try (InputStream in = ExpressionReferenceView.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            ILog.of(ExpressionReferenceView.class).log(Status.error(e.getMessage(), e));
            return null;
        }
    }

    private static StyleRange[] headings(String markdown) {
        List<StyleRange> ranges = new ArrayList<>();
        int start = 0;
        for (String line : markdown.split("\n", -1)) { //$NON-NLS-1$
            if (line.startsWith("#")) { //$NON-NLS-1$
                ranges.add(new StyleRange(start, line.length(), null, null, SWT.BOLD));
            }
            start += line.length() + 1;
        }
        return ranges.toArray(StyleRange[]::new);
    }

    /** The text shown, for tests. */
    public String shownText() {
        return text.getText();
    }

    /** Opens the reference in the active workbench page (from the expression editor's completion, for example). */
    public static void open() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (page == null) {
            return;
        }
        try {
            page.showView(ID);
        } catch (PartInitException e) {
            ILog.of(ExpressionReferenceView.class).log(Status.error(e.getMessage(), e));
        }
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }
}
