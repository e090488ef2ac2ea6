package io.sluice.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.sluice.expression.BuiltinFunction;
import io.sluice.ui.internal.views.ExpressionReferenceView;

/**
 * Completion and help for the expression language: Ctrl+Space after a prefix offers the functions of the catalog
 * whose names start with it, each with its signature, and shows its one-line description and example beside the
 * list; picking one inserts the rest of its name and the opening parenthesis. The last entry opens the whole
 * language reference.
 */
public final class ExpressionAssist {

    /** The key that opens the proposals. */
    public static final String TRIGGER = "Ctrl+Space"; //$NON-NLS-1$

    private ExpressionAssist() {
    }

    /** The proposals for {@code contents} with the caret at {@code position}. */
    public static IContentProposal[] proposals(String contents, int position) {
        return proposals(contents, position, io.sluice.expression.types.Schema.EMPTY);
    }

    /**
     * The proposals for {@code contents} with the caret at {@code position} over the step's {@code input}: after
     * {@code struct.} the STRUCT's fields, else the functions.
     */
    public static IContentProposal[] proposals(String contents, int position, io.sluice.expression.types.Schema input) {
        List<String> fields = io.sluice.expression.Expressions.fieldCompletions(contents, position, input);
        if (!fields.isEmpty()) {
            int from = position;
            while (from > 0 && (Character.isLetterOrDigit(contents.charAt(from - 1)) || contents.charAt(from - 1) == '_')) {
                from--;
            }
            int typed = position - from;
            List<IContentProposal> out = new ArrayList<>();
            for (String f : fields) {
                // proposals insert at the caret: a bare name completes what was typed, a quoted one needs nothing typed
                if (!f.startsWith("\"")) { //$NON-NLS-1$
                    out.add(new ContentProposal(f.substring(typed), f, Messages.ExpressionAssist_field));
                } else if (typed == 0) {
                    out.add(new ContentProposal(f, f, Messages.ExpressionAssist_field));
                }
            }
            return out.toArray(IContentProposal[]::new);
        }
        int start = position;
        while (start > 0 && (Character.isLetterOrDigit(contents.charAt(start - 1)) || contents.charAt(start - 1) == '_')) {
            start--;
        }
        String prefix = contents.substring(start, position).toLowerCase(Locale.ROOT);
        List<IContentProposal> out = new ArrayList<>();
        for (BuiltinFunction f : BuiltinFunction.values()) {
            if (f.functionName().startsWith(prefix)) {
                String rest = f.functionName().substring(prefix.length()) + "("; //$NON-NLS-1$
                out.add(new ContentProposal(rest, f.signature(), help(f)));
            }
        }
        out.add(REFERENCE);
        return out.toArray(IContentProposal[]::new);
    }

    /** The last proposal, always offered: picking it inserts nothing and opens Help › Expression Reference. */
    public static final IContentProposal REFERENCE = new ContentProposal("", Messages.ExpressionAssist_reference, //$NON-NLS-1$
            Messages.ExpressionAssist_referenceHelp);

    /** The help shown beside a proposal. */
    public static String help(BuiltinFunction f) {
        return f.signature() + "\n\n" + f.description() + "\n\n" + Messages.ExpressionAssist_example + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + f.example() + "\n" + f.category().title(); //$NON-NLS-1$
    }

    /** Adds completion to a text control. */
    public static ContentProposalAdapter attach(Text text) {
        return attach(text, () -> io.sluice.expression.types.Schema.EMPTY);
    }

    /** Adds completion to a text control over the input schema {@code input} gives when asked (fields of STRUCTs). */
    public static ContentProposalAdapter attach(Text text, java.util.function.Supplier<io.sluice.expression.types.Schema> input) {
        IContentProposalProvider provider = (contents, position) -> proposals(contents, position, input.get());
        ContentProposalAdapter adapter = new ContentProposalAdapter(text, new TextContentAdapter(), provider,
                KeyStroke.getInstance(SWT.CTRL, ' '), null);
        adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_INSERT);
        adapter.setPropagateKeys(true);
        adapter.addContentProposalListener(proposal -> {
            if (proposal == REFERENCE) {
                // after the popup has closed and the cell editor has taken its value
                text.getDisplay().asyncExec(ExpressionReferenceView::open);
            }
        });
        return adapter;
    }

    /**
     * A text cell editor with completion: while the proposals are open, Return and a lost focus belong to them (pick
     * a function), not to the cell editor (apply and close).
     */
    static final class CellEditor extends TextCellEditor {
        private ContentProposalAdapter adapter;
        private java.util.function.Supplier<io.sluice.expression.types.Schema> input;

        CellEditor(Composite parent) {
            this(parent, () -> io.sluice.expression.types.Schema.EMPTY);
        }

        CellEditor(Composite parent, java.util.function.Supplier<io.sluice.expression.types.Schema> input) {
            super(parent);
            this.input = input;
        }

        @Override
        protected org.eclipse.swt.widgets.Control createControl(Composite parent) {
            org.eclipse.swt.widgets.Control control = super.createControl(parent);
            // createControl runs inside super's constructor, before input is set: ask for it only when proposing
            adapter = attach(text, () -> input == null ? io.sluice.expression.types.Schema.EMPTY : input.get());
            return control;
        }

        private boolean proposing() {
            return adapter != null && adapter.isProposalPopupOpen();
        }

        @Override
        protected void keyReleaseOccured(KeyEvent e) {
            if (proposing() && (e.character == '\r' || e.character == SWT.ESC)) {
                return;
            }
            super.keyReleaseOccured(e);
        }

        @Override
        protected void handleDefaultSelection(org.eclipse.swt.events.SelectionEvent event) {
            if (!proposing()) {
                super.handleDefaultSelection(event);
            }
        }

        @Override
        protected void focusLost() {
            if (!proposing()) {
                super.focusLost();
            }
        }

        @Override
        protected boolean dependsOnExternalFocusListener() {
            return false;
        }
    }
}
