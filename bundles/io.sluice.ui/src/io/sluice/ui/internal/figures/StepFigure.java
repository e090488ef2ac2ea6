package io.sluice.ui.internal.figures;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * A step on the canvas: a card in its category's colour with an icon, the step's name and kind, a line of run
 * metrics, and its ports — inputs on the left edge, {@code out} on the right edge, and {@code rejects} on the
 * bottom edge in red, apart from the main flow. A badge in the top-right corner shows validation problems.
 */
public final class StepFigure extends Figure {

    public static final int DEFAULT_WIDTH = 176;
    public static final int DEFAULT_HEIGHT = 68;
    private static final int PORT_RADIUS = 5;
    /** Below this zoom, text is too small to read: draw the card, its colour and its ports only. */
    private static final double TEXT_ZOOM = 0.4;
    /** Below {@link #TEXT_ZOOM} and down to this scale, the card shows its name alone, large enough to read. */
    private static final double NAME_ZOOM = 0.2;
    private static Font overviewFont;
    private static final int ARC = 10;
    private static Font boldFont;

    private final Label name = new Label();
    private final Label kind = new Label();
    private final Label metrics = new Label();
    private final Label badge = new Label();
    private StepCategory category = StepCategory.TRANSFORM;
    private String glyph = ""; //$NON-NLS-1$
    private List<String> inputs = List.of();
    private List<String> outputs = List.of();
    private ProblemSeverity problem = ProblemSeverity.NONE;
    private String problemMessage = ""; //$NON-NLS-1$
    private RGB stateColour;

    /** How bad the worst validation problem of the step is. */
    public enum ProblemSeverity { NONE, WARNING, ERROR }

    public StepFigure() {
        setOpaque(false);
        name.setFont(boldFont());
        name.setLabelAlignment(PositionConstants.LEFT);
        name.setForegroundColor(Colours.get(Colours.TEXT));
        kind.setLabelAlignment(PositionConstants.LEFT);
        kind.setForegroundColor(Colours.get(Colours.TEXT_MUTED));
        metrics.setLabelAlignment(PositionConstants.LEFT);
        metrics.setForegroundColor(Colours.get(Colours.TEXT_MUTED));
        badge.setVisible(false);
        add(name);
        add(kind);
        add(metrics);
        add(badge);
    }

    private static Font boldFont() {
        if (boldFont == null) {
            Display display = Display.getCurrent();
            FontData data = display.getSystemFont().getFontData()[0];
            boldFont = new Font(display, data.getName(), data.getHeight(), SWT.BOLD);
            display.disposeExec(boldFont::dispose);
        }
        return boldFont;
    }

    public void setName(String text) {
        name.setText(text == null ? "" : text); //$NON-NLS-1$
        refreshToolTip();
    }

    public String getName() {
        return name.getText();
    }

    /** The name as the card shows it: cut with an ellipsis when it does not fit (the tooltip has it in full). */
    public String shownName() {
        return name.getSubStringText();
    }

    public void setKind(String text, StepCategory stepCategory, String iconGlyph) {
        kind.setText(text);
        category = stepCategory;
        glyph = iconGlyph;
        refreshToolTip();
        repaint();
    }

    /** The ports to draw, by name, in order. */
    public void setPorts(List<String> inputPorts, List<String> outputPorts) {
        inputs = List.copyOf(inputPorts);
        outputs = List.copyOf(outputPorts);
        repaint();
    }

    /** One line of run metrics; {@code stateRgb} tints the border (null: no run). */
    public void setMetrics(String line, RGB stateRgb) {
        metrics.setText(line == null ? "" : line); //$NON-NLS-1$
        stateColour = stateRgb;
        refreshToolTip();
        repaint();
    }

    public String getMetrics() {
        return metrics.getText();
    }

    /** Marks the step with its worst validation problem; {@code message} becomes the tooltip. */
    public void setProblem(ProblemSeverity severity, String message) {
        problem = severity;
        problemMessage = severity == ProblemSeverity.NONE || message == null ? "" : message; //$NON-NLS-1$
        badge.setVisible(severity != ProblemSeverity.NONE);
        refreshToolTip();
        repaint();
    }

    /** The full name and kind (a long name is cut on the card), then the validation problems, if any. */
    private void refreshToolTip() {
        String text = name.getText() + " \u2014 " + kind.getText(); //$NON-NLS-1$
        if (metrics != null && !metrics.getText().isEmpty()) {
            text += "\n" + metrics.getText(); //$NON-NLS-1$
        }
        setToolTip(new Label(problemMessage.isEmpty() ? text : text + "\n" + problemMessage)); //$NON-NLS-1$
    }

    /** The tooltip's text, for tests. */
    public String toolTipText() {
        return getToolTip() instanceof Label label ? label.getText() : ""; //$NON-NLS-1$
    }

    public ProblemSeverity getProblem() {
        return problem;
    }

    /** Centre of a port in this figure's coordinate system (its parent's, as it uses no local coordinates). */
    public Point portCentre(String port) {
        Rectangle r = getBounds();
        int index = inputs.indexOf(port);
        if (index >= 0) {
            return new Point(r.x, r.y + r.height * (index + 1) / (inputs.size() + 1));
        }
        if (isRejects(port)) {
            return new Point(r.right() - 28, r.bottom() - 1);
        }
        return new Point(r.right() - 1, r.y + r.height / 2);
    }

    /**
     * The port of {@code candidates} whose handle is under {@code point} (in this figure's coordinates, a few pixels
     * of slack around the drawn circle), or null.
     */
    public String portUnder(List<String> candidates, Point point) {
        String port = nearestPort(candidates, point);
        int grab = PORT_RADIUS + 4;
        return port != null && portCentre(port).getDistance2(point) <= grab * grab ? port : null;
    }

    /** The port of {@code candidates} nearest to {@code point} (in this figure's coordinates), or null. */
    public String nearestPort(List<String> candidates, Point point) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String port : candidates) {
            int distance = portCentre(port).getDistance2(point);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = port;
            }
        }
        return best;
    }

    public List<String> inputPorts() {
        return inputs;
    }

    public List<String> outputPorts() {
        return outputs;
    }

    private static boolean isRejects(String port) {
        return "rejects".equals(port); //$NON-NLS-1$
    }

    @Override
    protected void paintChildren(Graphics g) {
        if (g.getAbsoluteScale() >= TEXT_ZOOM) {
            super.paintChildren(g);
        }
    }

    @Override
    protected void layout() {
        Rectangle r = getBounds();
        name.setBounds(new Rectangle(r.x + 46, r.y + 7, r.width - 70, 18));
        kind.setBounds(new Rectangle(r.x + 46, r.y + 24, r.width - 52, 16));
        metrics.setBounds(new Rectangle(r.x + 12, r.y + r.height - 24, r.width - 24, 16));
        badge.setBounds(new Rectangle(r.right() - 22, r.y + 6, 16, 16));
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy().shrink(PORT_RADIUS, 1);
        r.x = getBounds().x + PORT_RADIUS;
        r.height -= PORT_RADIUS;
        g.setAntialias(SWT.ON);
        g.setBackgroundColor(Colours.get(Colours.STEP_FILL));
        g.fillRoundRectangle(r, ARC, ARC);
        g.setBackgroundColor(Colours.get(category.colour()));
        g.fillRoundRectangle(new Rectangle(r.x, r.y, 8, r.height), ARC, ARC);
        g.setForegroundColor(Colours.get(stateColour != null ? stateColour : Colours.lighter(category.colour(), 0.35)));
        g.setLineWidth(stateColour != null ? 3 : 1);
        g.drawRoundRectangle(r, ARC, ARC);
        g.setLineWidth(1);
        if (g.getAbsoluteScale() < TEXT_ZOOM) {
            paintPorts(g);
            if (g.getAbsoluteScale() >= NAME_ZOOM) {
                paintOverviewName(g, r);
            }
            return; // level of detail: a thousand unreadable small labels would cost most of the frame
        }
        paintIcon(g, new Rectangle(r.x + 12, r.y + 8, 22, 22));
        paintPorts(g);
        if (problem != ProblemSeverity.NONE) {
            paintBadge(g);
        }
    }

    /** At overview zoom (25 %), the name alone in a font that stays readable once scaled down, clipped to the card. */
    private void paintOverviewName(Graphics g, Rectangle card) {
        if (overviewFont == null) {
            Display display = Display.getCurrent();
            FontData data = display.getSystemFont().getFontData()[0];
            overviewFont = new Font(display, data.getName(), Math.max(20, data.getHeight() * 3), SWT.BOLD);
            display.disposeExec(overviewFont::dispose);
        }
        g.pushState();
        g.clipRect(card);
        g.setFont(overviewFont);
        g.setForegroundColor(Colours.get(Colours.TEXT));
        String text = name.getText();
        org.eclipse.draw2d.geometry.Dimension extent = org.eclipse.draw2d.FigureUtilities.getTextExtents(text, overviewFont);
        g.drawText(text, card.x + 14, card.y + Math.max(2, (card.height - extent.height) / 2));
        g.popState();
    }

    private void paintIcon(Graphics g, Rectangle box) {
        g.setBackgroundColor(Colours.get(category.colour()));
        g.fillOval(box);
        g.setForegroundColor(ColorConstants.white);
        g.setFont(boldFont());
        org.eclipse.draw2d.geometry.Dimension extent = org.eclipse.draw2d.FigureUtilities.getTextExtents(glyph, boldFont());
        g.drawText(glyph, box.x + (box.width - extent.width) / 2, box.y + (box.height - extent.height) / 2);
    }

    private void paintPorts(Graphics g) {
        List<String> all = new ArrayList<>(inputs);
        all.addAll(outputs);
        for (String port : all) {
            Point c = portCentre(port);
            RGB colour = isRejects(port) ? Colours.REJECTS : category.colour();
            g.setBackgroundColor(Colours.get(Colours.STEP_FILL));
            g.fillOval(c.x - PORT_RADIUS, c.y - PORT_RADIUS, 2 * PORT_RADIUS, 2 * PORT_RADIUS);
            g.setForegroundColor(Colours.get(colour));
            g.setLineWidth(2);
            g.drawOval(c.x - PORT_RADIUS, c.y - PORT_RADIUS, 2 * PORT_RADIUS, 2 * PORT_RADIUS);
            g.setLineWidth(1);
        }
    }

    private void paintBadge(Graphics g) {
        Rectangle b = badge.getBounds();
        g.setBackgroundColor(Colours.get(problem == ProblemSeverity.ERROR ? Colours.ERROR : Colours.WARNING));
        g.fillOval(b);
        g.setForegroundColor(ColorConstants.white);
        g.setFont(boldFont());
        g.drawText("!", b.x + 6, b.y); //$NON-NLS-1$
    }
}
