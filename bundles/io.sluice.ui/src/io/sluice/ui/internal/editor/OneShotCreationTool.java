package io.sluice.ui.internal.editor;

import org.eclipse.gef.tools.CreationTool;

/**
 * A palette entry's creation tool that creates one step and hands the canvas back to the selection tool, as in
 * Hop and KNIME; with Shift held at the click it stays armed for the next step.
 */
public final class OneShotCreationTool extends CreationTool {

    @Override
    protected void handleFinished() {
        setUnloadWhenFinished(!getCurrentInput().isShiftKeyDown());
        super.handleFinished();
    }
}
