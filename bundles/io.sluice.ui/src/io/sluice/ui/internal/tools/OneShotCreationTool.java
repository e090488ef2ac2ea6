package io.sluice.ui.internal.tools;

import org.eclipse.gef.tools.CreationTool;

/**
 * A palette entry's creation tool that creates one step and hands the canvas back to the selection tool, as in
 * Hop and KNIME; with Shift held at the click it stays armed for the next step.
 * <p>
 * It creates where the button went down. GEF 3.2's {@code CreationTool} executes the command it built at the last
 * mouse move and only stores the press location in its request: a press that no move preceded (a mouse that sends
 * none, a motion that GTK merged or delivered with a stray button state on a busy machine, the pointer already
 * resting where the tool was chosen from the keyboard) created the step where the pointer last moved, or nothing.
 * So the target and the command are worked out again from the press itself.
 */
public final class OneShotCreationTool extends CreationTool {

    @Override
    protected boolean handleButtonDown(int button) {
        if (button == 1 && isInState(STATE_INITIAL)) {
            // a drag starts at a press: a motion that arrived with a stray button state before it is no drag
            setFlag(Tools.PAST_THRESHOLD, false);
            handleMove(); // target, request and command from the press location
        }
        return super.handleButtonDown(button);
    }

    @Override
    protected void handleFinished() {
        setUnloadWhenFinished(!getCurrentInput().isShiftKeyDown());
        super.handleFinished();
    }
}
