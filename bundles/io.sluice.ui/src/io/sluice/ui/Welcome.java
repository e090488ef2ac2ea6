package io.sluice.ui;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import io.sluice.ui.internal.views.WelcomePage;

/** The designer's welcome page, for the application's first start. */
public final class Welcome {

    private Welcome() {
    }

    /** Opens the welcome page in the editor area (or brings it to the front). */
    public static void open(IWorkbenchPage page) throws PartInitException {
        WelcomePage.open(page);
    }
}
