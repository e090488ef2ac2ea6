package io.sluice.ui.tests.driver;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** JUnit 5 extension: a failed UI test leaves a picture of the screen named after the test. */
public final class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Display display = Display.getCurrent();
        if (display == null || display.isDisposed()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName() + "-FAILED"; //$NON-NLS-1$ //$NON-NLS-2$
        try {
            System.err.println("UI test failed; screenshot: " + Screenshots.capture(display, name)); //$NON-NLS-1$
        } catch (Exception e) {
            System.err.println("UI test failed; screenshot could not be taken: " + e); //$NON-NLS-1$
        }
    }
}
