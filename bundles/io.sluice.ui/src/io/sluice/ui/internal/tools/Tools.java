package io.sluice.ui.internal.tools;

/** What GEF 3.2's tools keep private but ours must reset. */
final class Tools {

    /** {@code AbstractTool}'s private {@code FLAG_PAST_THRESHOLD} (bit 1): set once a drag has moved past 5 pixels. */
    static final int PAST_THRESHOLD = 1;

    private Tools() {
    }
}
