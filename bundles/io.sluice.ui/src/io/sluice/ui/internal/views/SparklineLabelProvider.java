package io.sluice.ui.internal.views;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;

import io.sluice.runtime.history.StepRecord;
import io.sluice.ui.internal.figures.Colours;

/** Draws a step's rows/s over a run as a small line in its table cell. */
final class SparklineLabelProvider extends OwnerDrawLabelProvider {

    private final Function<StepRecord, List<Double>> samples;

    SparklineLabelProvider(Function<StepRecord, List<Double>> samples) {
        this.samples = samples;
    }

    @Override
    protected void measure(Event event, Object element) {
        event.height = Math.max(event.height, 18);
    }

    @Override
    protected void paint(Event event, Object element) {
        List<Double> values = samples.apply((StepRecord) element);
        if (values.size() < 2) {
            return;
        }
        Rectangle cell = ((TableItem) event.item).getBounds(event.index);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (max <= 0) {
            return;
        }
        int[] points = new int[values.size() * 2];
        int width = cell.width - 6;
        int height = cell.height - 6;
        for (int i = 0; i < values.size(); i++) {
            points[2 * i] = cell.x + 3 + i * width / (values.size() - 1);
            points[2 * i + 1] = cell.y + 3 + height - (int) Math.round(values.get(i) / max * height);
        }
        event.gc.setAntialias(SWT.ON);
        event.gc.setForeground(Colours.get(Colours.RUNNING));
        event.gc.setLineWidth(2);
        event.gc.drawPolyline(points);
    }
}
