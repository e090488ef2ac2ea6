package io.sluice.app.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The Sluice designer: starts the workbench with the Sluice perspective and returns when it closes. */
public final class SluiceApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            String inUse = workspaceInUse();
            if (inUse != null) {
                org.eclipse.jface.dialogs.MessageDialog.openError(null, Messages.workspaceInUseTitle,
                        org.eclipse.osgi.util.NLS.bind(Messages.workspaceInUse, inUse));
                return IApplication.EXIT_OK;
            }
            int code = PlatformUI.createAndRunWorkbench(display, new SluiceWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /**
     * Locks the workspace (-data) as the Eclipse IDE does; returns its folder when another designer holds it, so
     * two designers never write the same workspace state. A lock this process already holds is no conflict.
     */
    private static String workspaceInUse() {
        org.eclipse.osgi.service.datalocation.Location instance = org.eclipse.core.runtime.Platform.getInstanceLocation();
        if (instance == null || !instance.isSet() || instance.isReadOnly()) {
            return null;
        }
        try {
            if (instance.lock()) {
                return null;
            }
            java.nio.file.Path folder = java.nio.file.Path.of(instance.getURL().toURI());
            return lockedByAnotherProcess(folder.resolve(".metadata/.lock")) ? folder.toString() : null; //$NON-NLS-1$
        } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
            org.eclipse.core.runtime.ILog.of(SluiceApplication.class).log(org.eclipse.core.runtime.Status.warning(e.toString(), e));
            return null;
        }
    }

    static boolean lockedByAnotherProcess(java.nio.file.Path lockFile) throws java.io.IOException {
        if (!java.nio.file.Files.exists(lockFile)) {
            return false;
        }
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
                java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (java.nio.channels.OverlappingFileLockException ours) {
            return false;
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
