package io.sluice.ui.internal.run;

import java.util.Locale;

import org.eclipse.swt.graphics.RGB;

import io.sluice.runtime.RunSnapshot;
import io.sluice.runtime.StepMetrics;
import io.sluice.runtime.StepState;
import io.sluice.ui.internal.figures.Colours;

/** How run metrics read on the canvas: compact counts and one colour per step state. */
public final class MetricsText {

    private MetricsText() {
    }

    /** The metrics of the step with {@code stepId} in {@code snapshot}, or null. */
    public static StepMetrics of(RunSnapshot snapshot, String stepId) {
        if (snapshot == null) {
            return null;
        }
        for (StepMetrics m : snapshot.steps()) {
            if (m.step().equals(stepId)) {
                return m;
            }
        }
        return null;
    }

    /** "12.3k in · 12.1k out · 45.6k/s · 200 rejected" (the rate while running); a source shows no "in". */
    public static String line(StepMetrics m) {
        StringBuilder text = new StringBuilder();
        if (m.rowsIn() > 0 || m.rowsOut() == 0) { // a source reads from outside: it has no "in"
            text.append(compact(m.rowsIn())).append(" in \u00b7 "); //$NON-NLS-1$
        }
        text.append(compact(m.rowsOut())).append(" out"); //$NON-NLS-1$
        if (m.rowsPerSecond() > 0 && m.state() == StepState.RUNNING) { // a finished step's rate is history: room for the counts
            text.append(" \u00b7 ").append(compact(Math.round(m.rowsPerSecond()))).append("/s"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (m.rowsRejected() > 0) {
            text.append(" \u00b7 ").append(compact(m.rowsRejected())).append(" rejected"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return text.toString();
    }

    public static RGB colour(StepState state) {
        return switch (state) {
            case RUNNING -> Colours.RUNNING;
            case DONE -> Colours.DONE;
            case FAILED -> Colours.ERROR;
            case CANCELLED -> Colours.WARNING;
            case WAITING -> Colours.TEXT_MUTED;
        };
    }

    /** 999, 1.2k, 34.5k, 1.2M, 3.4G */
    public static String compact(long n) {
        if (n < 1000) {
            return Long.toString(n);
        }
        String[] units = { "k", "M", "G", "T" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        double value = n;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, value < 100 ? "%.1f%s" : "%.0f%s", value, units[unit]); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
