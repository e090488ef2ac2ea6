package io.sluice.team.internal;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import io.sluice.model.Pipeline;
import io.sluice.model.diff.PipelineComparison;

/**
 * A pipeline at a Git revision, or a comparison of two versions, for the read-only {@link RevisionEditor}. Not
 * persisted: it is reopened from the History view.
 */
public final class RevisionEditorInput extends PlatformObject implements IEditorInput {
    private final String name;
    private final String toolTip;
    private final Pipeline pipeline;
    private final PipelineComparison comparison;

    /** One revision, drawn as it was. */
    public RevisionEditorInput(String name, String toolTip, Pipeline pipeline) {
        this(name, toolTip, pipeline, null);
    }

    /** Two versions drawn as one with their differences marked. */
    public RevisionEditorInput(String name, String toolTip, PipelineComparison comparison) {
        this(name, toolTip, comparison.union(), comparison);
    }

    private RevisionEditorInput(String name, String toolTip, Pipeline pipeline, PipelineComparison comparison) {
        this.name = name;
        this.toolTip = toolTip;
        this.pipeline = pipeline;
        this.comparison = comparison;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** The comparison, or null for a single revision. */
    public PipelineComparison comparison() {
        return comparison;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return toolTip;
    }
}
