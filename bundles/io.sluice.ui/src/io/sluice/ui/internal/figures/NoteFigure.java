package io.sluice.ui.internal.figures;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.StackLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.draw2d.text.FlowPage;
import org.eclipse.draw2d.text.ParagraphTextLayout;
import org.eclipse.draw2d.text.TextFlow;

/** A free-text note on the canvas: a pale yellow sheet whose text wraps to its width. */
public final class NoteFigure extends org.eclipse.draw2d.Figure {

    private final TextFlow text = new TextFlow();

    public NoteFigure() {
        setLayoutManager(new StackLayout());
        setBorder(new MarginBorder(8));
        FlowPage page = new FlowPage();
        text.setLayoutManager(new ParagraphTextLayout(text, ParagraphTextLayout.WORD_WRAP_SOFT));
        page.add(text);
        add(page);
        setForegroundColor(Colours.get(Colours.TEXT));
    }

    public void setText(String value) {
        text.setText(value == null ? "" : value); //$NON-NLS-1$
    }

    public String getText() {
        return text.getText();
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy().resize(-1, -1);
        g.setBackgroundColor(Colours.get(Colours.NOTE_FILL));
        g.fillRectangle(r);
        g.setForegroundColor(Colours.get(Colours.NOTE_BORDER));
        g.drawRectangle(r);
    }
}
