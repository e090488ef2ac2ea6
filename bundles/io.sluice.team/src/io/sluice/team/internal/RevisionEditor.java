package io.sluice.team.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import io.sluice.model.Step;
import io.sluice.model.diff.PipelineComparison;
import io.sluice.model.diff.PipelineComparison.Status;
import io.sluice.ui.internal.parts.PipelineEditPartFactory;

/**
 * A read-only canvas: a pipeline at a Git revision, or two versions compared on one canvas — added steps framed
 * green, removed ones as red ghosts, changed ones amber with their property changes listed beneath, moved ones
 * framed grey and labelled "layout only". Nothing on it can be edited: its command stack executes nothing.
 */
public final class RevisionEditor extends EditorPart {

    public static final String ID = "io.sluice.team.editors.revision"; //$NON-NLS-1$

    private ScrollingGraphicalViewer viewer;
    private final Map<String, IFigure> decorations = new LinkedHashMap<>();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof RevisionEditorInput)) {
            throw new PartInitException("not a pipeline revision: " + input); //$NON-NLS-1$
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    public RevisionEditorInput input() {
        return (RevisionEditorInput) getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new ScrollingGraphicalViewer();
        viewer.createControl(parent);
        viewer.getControl().setBackground(ColorConstants.listBackground);
        ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
        viewer.setRootEditPart(root);
        DefaultEditDomain domain = new DefaultEditDomain(this);
        domain.setCommandStack(new CommandStack() {
            @Override
            public void execute(Command command) {
                // read-only: a revision is history
            }
        });
        viewer.setEditDomain(domain);
        viewer.setEditPartFactory(new PipelineEditPartFactory());
        viewer.setContents(input().pipeline());
        PipelineComparison comparison = input().comparison();
        if (comparison != null) {
            viewer.flush();
            root.getFigure().validate();
            decorate(comparison, root.getLayer(LayerConstants.SCALED_FEEDBACK_LAYER));
        }
    }

    private void decorate(PipelineComparison comparison, IFigure layer) {
        for (Step s : input().pipeline().getSteps()) {
            Status status = comparison.status(s.getId());
            if (status == Status.SAME || !(viewer.getEditPartRegistry().get(s) instanceof GraphicalEditPart part)) {
                continue;
            }
            Rectangle bounds = part.getFigure().getBounds().getCopy();
            List<String> lines = new ArrayList<>(comparison.changes(s.getId()));
            if (status == Status.MOVED) {
                lines.add(Messages.Compare_layoutOnly);
            }
            Decoration d = new Decoration(status, String.join("\n", lines)); //$NON-NLS-1$
            d.setBounds(bounds.getExpanded(4, 4));
            layer.add(d);
            decorations.put(s.getId(), d);
            if (!lines.isEmpty()) {
                Label text = new Label(String.join("\n", lines)); //$NON-NLS-1$
                text.setFont(viewer.getControl().getFont());
                text.setLabelAlignment(PositionConstants.LEFT);
                text.setForegroundColor(colour(status));
                layer.add(text);
                text.setBounds(new Rectangle(bounds.x, bounds.bottom() + 6, Math.max(bounds.width, text.getPreferredSize().width),
                        text.getPreferredSize().height));
            }
        }
    }

    private static Color colour(Status status) {
        return switch (status) {
            case ADDED -> ColorConstants.darkGreen;
            case REMOVED -> ColorConstants.red;
            case CHANGED -> ColorConstants.orange;
            default -> ColorConstants.gray;
        };
    }

    /** The frame around a step (filled translucent red over a removed step: its ghost). */
    public static final class Decoration extends Figure {
        private final Status status;
        private final String changes;

        Decoration(Status status, String changes) {
            this.status = status;
            this.changes = changes;
        }

        public Status status() {
            return status;
        }

        public String changes() {
            return changes;
        }

        @Override
        protected void paintFigure(Graphics g) {
            Rectangle r = getBounds().getCopy().shrink(2, 2);
            if (status == Status.REMOVED) {
                g.setAlpha(120);
                g.setBackgroundColor(ColorConstants.white);
                g.fillRectangle(r);
                g.setAlpha(255);
                g.setLineStyle(Graphics.LINE_DASH);
            }
            g.setForegroundColor(colour(status));
            g.setLineWidth(3);
            g.drawRectangle(r);
        }
    }

    /** For tests: the decoration of each marked step, by step id. */
    public Map<String, IFigure> decorations() {
        return decorations;
    }

    public ScrollingGraphicalViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // read-only
    }

    @Override
    public void doSaveAs() {
        // read-only
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
