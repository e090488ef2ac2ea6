package io.sluice.ui.internal.navigator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The folder whose pipelines the designer lists: any directory the user chooses, typically a Git working tree,
 * not an Eclipse workspace project. Kept as an instance preference so it survives restarts; the system property
 * {@value #OVERRIDE_PROPERTY} (set by {@code ./sluice designer FOLDER} and by UI tests) wins over it.
 */
public final class PipelinesFolder {

    public static final String OVERRIDE_PROPERTY = "sluice.pipelines.folder"; //$NON-NLS-1$
    static final String PREFERENCE_KEY = "pipelinesFolder"; //$NON-NLS-1$
    private static final String QUALIFIER = "io.sluice.ui"; //$NON-NLS-1$

    private PipelinesFolder() {
    }

    /** The chosen folder, if one was chosen and still exists. */
    public static Optional<Path> current() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        String value = override != null && !override.isBlank() ? override : preferences().get(PREFERENCE_KEY, ""); //$NON-NLS-1$
        if (value.isBlank()) {
            return Optional.empty();
        }
        Path folder = Path.of(value).toAbsolutePath().normalize();
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** Remembers {@code folder} as the pipelines folder; listeners are told through the preference node. */
    public static void choose(Path folder) {
        System.clearProperty(OVERRIDE_PROPERTY);
        preferences().put(PREFERENCE_KEY, folder.toAbsolutePath().normalize().toString());
    }

    static void addListener(IPreferenceChangeListener listener) {
        preferences().addPreferenceChangeListener(listener);
    }

    static void removeListener(IPreferenceChangeListener listener) {
        preferences().removePreferenceChangeListener(listener);
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(QUALIFIER);
    }
}
