package io.sluice.ui.internal.views;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.sluice.ui.internal.run.RunConfiguration;

/** Window › Preferences › Sluice: the worker threads a pipeline's first run uses. */
public final class SluicePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public SluicePreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        ScopedPreferenceStore store = new ScopedPreferenceStore(org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE,
                RunConfiguration.QUALIFIER);
        store.setDefault(RunConfiguration.DEFAULT_THREADS, Runtime.getRuntime().availableProcessors());
        setPreferenceStore(store);
        setDescription(Messages.Preferences_description);
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor threads = new IntegerFieldEditor(RunConfiguration.DEFAULT_THREADS, Messages.Preferences_threads,
                getFieldEditorParent());
        threads.setValidRange(1, 256);
        addField(threads);
    }
}
