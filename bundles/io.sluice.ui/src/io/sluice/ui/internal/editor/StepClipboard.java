package io.sluice.ui.internal.editor;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;

import io.sluice.model.Link;
import io.sluice.model.Pipeline;
import io.sluice.model.Step;
import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;

/**
 * Copies steps to the system clipboard as a small {@code .sluice} document (plain text), so they can be pasted into
 * another pipeline, another designer window, or a text editor, and read back from there.
 */
final class StepClipboard {

    private static final String FRAGMENT_NAME = "clipboard"; //$NON-NLS-1$

    private StepClipboard() {
    }

    /** Puts copies of {@code steps} and of the links between them on the clipboard. */
    static void copy(Display display, Pipeline from, Collection<Step> steps) {
        Pipeline fragment = SluiceModel.newPipeline(FRAGMENT_NAME);
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        for (Step step : from.getSteps()) {
            if (steps.contains(step)) {
                fragment.getSteps().add((Step) copier.copy(step));
            }
        }
        for (Link link : from.getLinks()) {
            if (steps.contains(link.getSource()) && steps.contains(link.getTarget())) {
                fragment.getLinks().add((Link) copier.copy(link));
            }
        }
        copier.copyReferences();
        String text = new String(SluiceModel.toBytes(fragment), StandardCharsets.UTF_8);
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    /** The steps on the clipboard as a detached fragment, or null when it holds no pipeline steps. */
    static Pipeline read(Display display) {
        Clipboard clipboard = new Clipboard(display);
        try {
            if (!(clipboard.getContents(TextTransfer.getInstance()) instanceof String text) || !text.contains("<")) { //$NON-NLS-1$
                return null;
            }
            LoadResult loaded = SluiceModel.load(FRAGMENT_NAME, text.getBytes(StandardCharsets.UTF_8));
            return loaded.ok() && !loaded.pipeline().getSteps().isEmpty() ? loaded.pipeline() : null;
        } finally {
            clipboard.dispose();
        }
    }

    /**
     * Whether the clipboard looks like copied steps. Called on every selection change (to enable Paste), so it only
     * looks for the markers a copied fragment always has; {@link #read} does the real parsing when pasting.
     */
    static boolean hasSteps(Display display) {
        Clipboard clipboard = new Clipboard(display);
        try {
            return clipboard.getContents(TextTransfer.getInstance()) instanceof String text
                    && text.contains(SluiceModel.FILE_EXTENSION) && text.contains("<steps "); //$NON-NLS-1$
        } finally {
            clipboard.dispose();
        }
    }

    static List<Step> stepsOf(List<?> selection) {
        return selection.stream().filter(o -> o instanceof org.eclipse.gef.EditPart)
                .map(o -> ((org.eclipse.gef.EditPart) o).getModel()).filter(Step.class::isInstance).map(Step.class::cast)
                .toList();
    }
}
