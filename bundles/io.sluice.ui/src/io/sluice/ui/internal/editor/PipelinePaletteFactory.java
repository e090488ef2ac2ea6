package io.sluice.ui.internal.editor;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.palette.ToolEntry;

import io.sluice.ui.internal.figures.StepCategory;
import io.sluice.ui.internal.parts.StepKinds;
import io.sluice.ui.internal.tools.LinkDragTool;
import io.sluice.ui.internal.tools.OneShotCreationTool;

/**
 * The palette: selection, marquee, link and note tools, then one drawer per step category. Each step entry is a
 * drag source (drop it on the canvas) and a creation tool (click it, then click the canvas) that creates one step and
 * returns to the selection tool (Shift keeps it armed). Entries' tooltips carry the kind's documentation.
 */
public final class PipelinePaletteFactory {

    private PipelinePaletteFactory() {
    }

    public static PaletteRoot create() {
        PaletteRoot root = new PaletteRoot();
        PaletteGroup tools = new PaletteGroup(Messages.PipelinePalette_tools);
        ToolEntry selection = new SelectionToolEntry();
        tools.add(selection);
        tools.add(new MarqueeToolEntry());
        ConnectionCreationToolEntry link = new ConnectionCreationToolEntry(Messages.PipelinePalette_link,
                Messages.PipelinePalette_linkDescription, null, null, null);
        // GEF 3.2's default connection tool is click-then-click; users expect to drag from port to port.
        link.setToolClass(LinkDragTool.class);
        tools.add(link);
        NoteCreationFactory notes = new NoteCreationFactory();
        CombinedTemplateCreationEntry note = new CombinedTemplateCreationEntry(Messages.PipelinePalette_note,
                Messages.PipelinePalette_noteDescription, notes, notes, null, null);
        note.setToolClass(OneShotCreationTool.class);
        tools.add(note);
        root.add(tools);
        root.setDefaultEntry(selection);
        root.add(drawer(Messages.PipelinePalette_sources, StepCategory.SOURCE));
        root.add(drawer(Messages.PipelinePalette_transforms, StepCategory.TRANSFORM));
        root.add(drawer(Messages.PipelinePalette_quality, StepCategory.QUALITY));
        root.add(drawer(Messages.PipelinePalette_sinks, StepCategory.SINK));
        return root;
    }

    private static PaletteDrawer drawer(String label, StepCategory category) {
        PaletteDrawer drawer = new PaletteDrawer(label);
        drawer.setInitialState(PaletteDrawer.INITIAL_STATE_OPEN);
        for (EClass kind : StepKinds.of(category)) {
            StepCreationFactory factory = new StepCreationFactory(kind);
            // the template is the factory itself, so the drop target's default getFactory(template) finds it
            CombinedTemplateCreationEntry entry = new CombinedTemplateCreationEntry(StepKinds.label(kind),
                    StepKinds.documentation(kind), factory, factory, KindIcons.of(category, StepKinds.glyph(kind)), null);
            entry.setToolClass(OneShotCreationTool.class);
            drawer.add(entry);
        }
        return drawer;
    }
}
