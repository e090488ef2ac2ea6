package io.sluice.ui.internal.commands;

import java.util.Objects;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.gef.commands.Command;

import io.sluice.model.Parameter;
import io.sluice.model.Pipeline;
import io.sluice.model.SluicePackage;

/**
 * Sets one attribute of a parameter (name, type, default value, description); undo restores the value before. A
 * name must be usable in a {@code ${name}} reference and unique in its pipeline.
 */
public final class ParameterSetCommand extends Command {

    /** What a parameter's name may be: letters, digits, '_', '.', '-', starting with a letter or '_'. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*"); //$NON-NLS-1$
    private final Parameter parameter;
    private final EAttribute attribute;
    private final Object value;
    private Object before;

    public ParameterSetCommand(Parameter parameter, EAttribute attribute, Object value) {
        super(Messages.ParameterSetCommand_label);
        this.parameter = parameter;
        this.attribute = attribute;
        this.value = value;
    }

    @Override
    public boolean canExecute() {
        if (Objects.equals(parameter.eGet(attribute), value)) {
            return false;
        }
        if (attribute == SluicePackage.Literals.PARAMETER__NAME) {
            return nameProblem(parameter, (String) value) == null;
        }
        return true;
    }

    /** Why {@code name} cannot be {@code parameter}'s name, or null when it can. */
    public static String nameProblem(Parameter parameter, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Messages.ParameterSetCommand_badName;
        }
        Pipeline pipeline = (Pipeline) parameter.eContainer();
        Parameter other = pipeline == null ? null : pipeline.findParameter(name);
        return other != null && other != parameter ? Messages.ParameterSetCommand_duplicate : null;
    }

    @Override
    public void execute() {
        before = parameter.eGet(attribute);
        redo();
    }

    @Override
    public void redo() {
        parameter.eSet(attribute, value);
    }

    @Override
    public void undo() {
        parameter.eSet(attribute, before);
    }
}
