package io.sluice.app.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.osgi.service.prefs.BackingStoreException;


/** Opens every window on the Sluice perspective. */
final class SluiceWorkbenchAdvisor extends WorkbenchAdvisor {

    private static final String WELCOME_SHOWN = "welcomeShown"; //$NON-NLS-1$

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(false);
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new SluiceWorkbenchWindowAdvisor(configurer);
    }

    /** A first start shows the welcome page (the example, a new pipeline, the shortcuts) once. */
    @Override
    public void postStartup() {
        super.postStartup();
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("io.sluice.app"); //$NON-NLS-1$
        if (preferences.getBoolean(WELCOME_SHOWN, false)) {
            return;
        }
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null) {
            try {
                io.sluice.ui.Welcome.open(window.getActivePage());
                preferences.putBoolean(WELCOME_SHOWN, true);
                preferences.flush();
            } catch (PartInitException | BackingStoreException e) {
                ILog.of(SluiceWorkbenchAdvisor.class).log(Status.warning(e.getMessage(), e));
            }
        }
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return SluicePerspective.ID;
    }
}
