package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.sluice.model.Parameter;
import io.sluice.model.ParameterType;
import io.sluice.model.Pipeline;
import io.sluice.model.SluiceFactory;
import io.sluice.model.SluicePackage;
import io.sluice.model.resource.SluiceModel;
import io.sluice.ui.internal.commands.ParameterAddCommand;
import io.sluice.ui.internal.commands.ParameterDeleteCommand;
import io.sluice.ui.internal.commands.ParameterSetCommand;

/** The Parameters view's commands, headless: execute, undo and redo, checking the model after each. */
class ParameterCommandsTest {

    private static Parameter parameter(String name) {
        Parameter p = SluiceFactory.eINSTANCE.createParameter();
        p.setName(name);
        return p;
    }

    private static List<String> names(Pipeline pipeline) {
        return pipeline.getParameters().stream().map(Parameter::getName).toList();
    }

    @Test
    void addAndDeleteKeepThePositionAcrossUndoAndRedo() {
        Pipeline pipeline = SluiceModel.newPipeline("p"); //$NON-NLS-1$
        Parameter a = parameter("a"); //$NON-NLS-1$
        Parameter b = parameter("b"); //$NON-NLS-1$
        new ParameterAddCommand(pipeline, a, -1).execute();
        ParameterAddCommand addB = new ParameterAddCommand(pipeline, b, -1);
        addB.execute();
        assertEquals(List.of("a", "b"), names(pipeline)); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(new ParameterAddCommand(pipeline, parameter("a"), -1).canExecute(), "a second 'a'"); //$NON-NLS-1$ //$NON-NLS-2$
        addB.undo();
        assertEquals(List.of("a"), names(pipeline)); //$NON-NLS-1$
        addB.redo();
        ParameterDeleteCommand deleteA = new ParameterDeleteCommand(pipeline, a);
        assertTrue(deleteA.canExecute());
        deleteA.execute();
        assertEquals(List.of("b"), names(pipeline)); //$NON-NLS-1$
        deleteA.undo();
        assertEquals(List.of("a", "b"), names(pipeline), "undo puts it back where it was"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        deleteA.redo();
        assertEquals(List.of("b"), names(pipeline)); //$NON-NLS-1$
    }

    @Test
    void setChecksNamesAndRestoresTheValueBefore() {
        Pipeline pipeline = SluiceModel.newPipeline("p"); //$NON-NLS-1$
        Parameter a = parameter("a"); //$NON-NLS-1$
        Parameter b = parameter("b"); //$NON-NLS-1$
        pipeline.getParameters().addAll(List.of(a, b));
        assertFalse(new ParameterSetCommand(a, SluicePackage.Literals.PARAMETER__NAME, "b").canExecute(), "taken"); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(new ParameterSetCommand(a, SluicePackage.Literals.PARAMETER__NAME, "two words").canExecute()); //$NON-NLS-1$
        assertFalse(new ParameterSetCommand(a, SluicePackage.Literals.PARAMETER__NAME, "a").canExecute(), "unchanged"); //$NON-NLS-1$ //$NON-NLS-2$
        ParameterSetCommand rename = new ParameterSetCommand(a, SluicePackage.Literals.PARAMETER__NAME, "region"); //$NON-NLS-1$
        assertTrue(rename.canExecute());
        rename.execute();
        assertEquals("region", a.getName()); //$NON-NLS-1$
        ParameterSetCommand type = new ParameterSetCommand(a, SluicePackage.Literals.PARAMETER__TYPE, ParameterType.PATH);
        type.execute();
        ParameterSetCommand doc = new ParameterSetCommand(a, SluicePackage.Literals.PARAMETER__DESCRIPTION, "where"); //$NON-NLS-1$
        doc.execute();
        doc.undo();
        assertNull(a.getDescription());
        type.undo();
        assertEquals(ParameterType.STRING, a.getType());
        rename.undo();
        assertEquals("a", a.getName()); //$NON-NLS-1$
        rename.redo();
        type.redo();
        doc.redo();
        assertEquals(List.of("region", ParameterType.PATH, "where"), List.of(a.getName(), a.getType(), a.getDescription())); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
