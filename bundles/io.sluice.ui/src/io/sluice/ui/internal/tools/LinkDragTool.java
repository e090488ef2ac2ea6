package io.sluice.ui.internal.tools;

import org.eclipse.gef.tools.ConnectionDragCreationTool;

/**
 * Draws a link by dragging from an output port to an input port, both as the Link palette tool and as the drag
 * tracker a step returns for a press on its output port (the selection tool).
 * <p>
 * GEF 3.2's {@code ConnectionDragCreationTool} only aims at a target on drag events that come <em>after</em> the one
 * that crossed the drag threshold, and completes the link against that last aim on release. On a busy machine GTK
 * merges the motions of a quick drag into one, so the tool saw a single drag event, started the link, never aimed
 * and released onto its own source: no link. It also never started when a stray drag event before the press had
 * already set its threshold flag. This tool aims on every drag event, including the first, and at the release point
 * itself, and a release away from the press completes the link even when no drag event arrived at all.
 */
public final class LinkDragTool extends ConnectionDragCreationTool {

    @Override
    protected boolean handleButtonDown(int button) {
        if (button == 1 && isInState(STATE_INITIAL)) {
            setFlag(Tools.PAST_THRESHOLD, false); // a drag starts at a press, not before it
        }
        return super.handleButtonDown(button);
    }

    @Override
    protected boolean handleDragStarted() {
        boolean started = super.handleDragStarted();
        if (started) {
            handleMove(); // the first drag event aims too
        }
        return started;
    }

    @Override
    protected boolean handleButtonUp(int button) {
        if (isInState(STATE_DRAG) && movedPastThreshold()) {
            handleDragStarted(); // released away from the press without a drag event in between
        }
        if (isInState(STATE_CONNECTION_STARTED)) {
            handleMove(); // aim where the button was released
        }
        return super.handleButtonUp(button);
    }
}
