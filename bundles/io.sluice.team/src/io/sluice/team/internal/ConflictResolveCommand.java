package io.sluice.team.internal;

import org.eclipse.gef.commands.Command;
import org.eclipse.osgi.util.NLS;

import io.sluice.model.MergeConflict;
import io.sluice.model.Pipeline;
import io.sluice.model.diff.ConflictResolution;
import io.sluice.model.diff.ConflictResolution.Side;

/** Resolves one merge conflict with one side; undo puts the conflict (and the value) back. */
public final class ConflictResolveCommand extends Command {
    private final Pipeline pipeline;
    private final MergeConflict conflict;
    private final Side side;
    private ConflictResolution resolution;

    public ConflictResolveCommand(Pipeline pipeline, MergeConflict conflict, Side side) {
        this.pipeline = pipeline;
        this.conflict = conflict;
        this.side = side;
        setLabel(NLS.bind(Messages.Command_resolve, side == Side.OURS ? Messages.Side_ours : Messages.Side_theirs,
                conflict.getProperty() == null ? conflict.getStepId() : conflict.getProperty()));
    }

    @Override
    public boolean canExecute() {
        return conflict.eContainer() == pipeline
                && (side == Side.OURS || ConflictResolution.canTakeTheirs(pipeline, conflict));
    }

    @Override
    public void execute() {
        resolution = ConflictResolution.of(pipeline, conflict, side);
        redo();
    }

    @Override
    public void redo() {
        resolution.apply();
    }

    @Override
    public void undo() {
        resolution.revert();
    }
}
