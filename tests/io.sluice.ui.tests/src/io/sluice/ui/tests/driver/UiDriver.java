package io.sluice.ui.tests.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives the real workbench from a test running on the UI thread: finds widgets, sends real X input through
 * {@link XInput}, and keeps the SWT event loop dispatching between every injected step so the application sees
 * the input as it would from a user. Never sleeps without dispatching.
 */
public final class UiDriver {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /**
     * How long to wait for work the designer does in background jobs (validation, the run history) before calling it
     * lost. Not a speed requirement: with 30 runnable threads on 2 cores a job gets a fifteenth of a core, and the
     * first validation of a pipeline also loads the runtime's classes.
     */
    public static final Duration BACKGROUND_WORK = Duration.ofSeconds(120);
    private static final int STEP_MILLIS = 15;
    private final Display display;
    private final XInput input;

    public UiDriver(Display display) {
        this.display = display;
        this.input = new XInput(display);
    }

    public Display display() {
        return display;
    }

    /** Dispatches events for {@code millis} milliseconds. */
    public void pump(long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        do {
            while (display.readAndDispatch()) {
                // keep dispatching until the queue is empty
            }
            sleepBriefly();
        } while (System.nanoTime() < end);
    }

    /** Dispatches events until {@code condition} holds, failing with {@code what} after {@code timeout}. */
    public void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what); //$NON-NLS-1$ //$NON-NLS-2$
            }
            pump(STEP_MILLIS);
        }
    }

    public void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, DEFAULT_TIMEOUT, condition);
    }

    /** Every control of type {@code type} below {@code root} (depth first) that matches {@code filter}. */
    public static <T extends Control> List<T> findAll(Composite root, Class<T> type, Predicate<? super T> filter) {
        List<T> found = new ArrayList<>();
        collect(root, type, filter, found);
        return found;
    }

    public static <T extends Control> Optional<T> find(Composite root, Class<T> type, Predicate<? super T> filter) {
        return findAll(root, type, filter).stream().findFirst();
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<? super T> filter,
            List<T> found) {
        if (type.isInstance(control) && filter.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, filter, found);
            }
        }
    }

    /** The centre of {@code bounds} (in {@code control}'s coordinates) in screen coordinates. */
    public static Point centre(Control control, Rectangle bounds) {
        return control.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }

    /** Clicks with the left button at a point of {@code control}. */
    public void click(Control control, int x, int y) {
        Point screen = control.toDisplay(x, y);
        input.click(screen.x, screen.y);
        pump(2L * STEP_MILLIS);
    }

    /** Presses the left button at a point of {@code control}, holds it still for {@code seconds}, releases. */
    public void slowClick(Control control, int x, int y, String seconds) {
        Point screen = control.toDisplay(x, y);
        input.slowClick(screen.x, screen.y, seconds);
        pump(2L * STEP_MILLIS);
    }

    /** Clicks the right button at a point of {@code control}. */
    public void rightClick(Control control, int x, int y) {
        Point screen = control.toDisplay(x, y);
        input.rightClick(screen.x, screen.y);
        pump(2L * STEP_MILLIS);
    }

    /** Double-clicks with the left button at a point of {@code control}. */
    public void doubleClick(Control control, int x, int y) {
        Point screen = control.toDisplay(x, y);
        input.doubleClick(screen.x, screen.y);
        pump(2L * STEP_MILLIS);
    }

    /** Moves the pointer over a point of {@code control} without pressing anything. */
    public void hover(Control control, int x, int y) {
        Point screen = control.toDisplay(x, y);
        input.move(screen.x, screen.y);
        pump(STEP_MILLIS);
    }

    /**
     * Presses at {@code from}, moves in small steps to {@code to}, releases, and lets the application digest the
     * drop. Each point is in its own control's coordinates.
     */
    public void drag(Control fromControl, Point from, Control toControl, Point to) {
        Point start = fromControl.toDisplay(from);
        Point end = toControl.toDisplay(to);
        input.drag(start.x, start.y, end.x, end.y, 12);
        pump(10L * STEP_MILLIS);
    }

    /** Clicks with the left button and Shift held at a point of {@code control}. */
    public void shiftClick(Control control, int x, int y) {
        Point screen = control.toDisplay(x, y);
        input.shiftClick(screen.x, screen.y);
        pump(2L * STEP_MILLIS);
    }

    /** Clicks the left button where the pointer already is, without moving it first. */
    public void clickInPlace() {
        input.clickInPlace();
        pump(2L * STEP_MILLIS);
    }

    /**
     * A drag the application sees only once it is over, as a busy application does: press at {@code from}, one
     * motion to {@code to}, release (both points in {@code control}'s coordinates); then lets it digest the gesture.
     */
    public void dragInOneMotion(Control control, Point from, Point to) {
        Point start = control.toDisplay(from);
        Point end = control.toDisplay(to);
        input.dragInOneMotion(start.x, start.y, end.x, end.y);
        pump(10L * STEP_MILLIS);
    }

    /** Types a key chord in xdotool's notation: {@code ctrl+z}, {@code Delete}, {@code Return}. */
    public void key(String chord) {
        input.key(chord);
        pump(2L * STEP_MILLIS);
    }

    /**
     * Arranges for {@code text} and then {@code chord} to be typed into the next modal dialog, from a background
     * thread, once a shell other than {@code owner} is active. Call it before the action that opens the dialog.
     */
    public Thread answerNextDialog(Shell owner, String text, String chord) {
        return input.typeWhen(() -> display.getActiveShell() != null && display.getActiveShell() != owner, text, chord);
    }

    /**
     * Runs {@code script} on a background thread with real input, for work inside a modal dialog that the action
     * about to be taken opens (the dialog's own loop keeps the UI alive meanwhile). Join the returned thread after.
     */
    public Thread offline(java.util.function.Consumer<XInput.Offline> script) {
        return input.offline(script);
    }

    /** Types text key by key into the focused control. */
    public void type(String text) {
        input.type(text);
        pump(2L * STEP_MILLIS);
    }

    /** Brings the workbench shell to the front so keyboard input reaches it. */
    public void activate(Shell shell) {
        shell.forceActive();
        pump(50);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
