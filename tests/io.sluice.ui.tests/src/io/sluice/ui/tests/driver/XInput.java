package io.sluice.ui.tests.driver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;

/**
 * Real X input through {@code xdotool} (the XTest extension): the X server sees these events exactly as if they
 * came from a mouse and keyboard, which native drag-and-drop and GEF tools need. SWT's {@code Display.post} only
 * queues fake GDK events on GTK3 and never presses a real button, so it cannot drive the mouse.
 * <p>
 * A gesture is one {@code xdotool} process with short pauses between its steps; while it runs, the calling UI
 * thread keeps dispatching SWT events, so the application reacts to every step as it would to a user.
 */
public final class XInput {

    private static final String PAUSE = "0.015"; //$NON-NLS-1$
    private final Display display;

    XInput(Display display) {
        this.display = display;
    }

    /** Moves the pointer to absolute screen coordinates. */
    public void move(int x, int y) {
        run(List.of("mousemove", Integer.toString(x), Integer.toString(y))); //$NON-NLS-1$
    }

    /**
     * Moves and clicks in one command. Press and release must reach the X server together: SWT's drag detection
     * turns a press followed by a pause on a drag source (a palette template entry) into an empty native drag that
     * swallows the click.
     */
    public void click(int x, int y) {
        run(List.of("mousemove", Integer.toString(x), Integer.toString(y), "click", "1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Presses button 1 at a point, holds it still for {@code seconds}, and releases: a slow click. */
    public void slowClick(int x, int y, String seconds) {
        run(List.of("mousemove", Integer.toString(x), Integer.toString(y), "mousedown", "1", "sleep", seconds, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "mouseup", "1")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Moves and clicks the right button (a context menu) in one command. */
    public void rightClick(int x, int y) {
        run(List.of("mousemove", Integer.toString(x), Integer.toString(y), "click", "3")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Moves and double-clicks in one command. */
    public void doubleClick(int x, int y) {
        run(List.of("mousemove", Integer.toString(x), Integer.toString(y), "click", "--repeat", "2", "--delay", "60", "1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    /**
     * Presses at {@code (x0, y0)}, moves in {@code steps} steps (past GTK's 8-pixel drag threshold) to
     * {@code (x1, y1)} and releases.
     */
    public void drag(int x0, int y0, int x1, int y1, int steps) {
        List<String> args = new ArrayList<>(List.of("mousemove", Integer.toString(x0), Integer.toString(y0), //$NON-NLS-1$
                "sleep", PAUSE, "mousedown", "1", "sleep", PAUSE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        for (int i = 1; i <= steps; i++) {
            args.addAll(List.of("mousemove", Integer.toString(x0 + (x1 - x0) * i / steps), //$NON-NLS-1$
                    Integer.toString(y0 + (y1 - y0) * i / steps), "sleep", PAUSE)); //$NON-NLS-1$
        }
        args.addAll(List.of("mouseup", "1")); //$NON-NLS-1$ //$NON-NLS-2$
        run(args);
    }

    /** Moves and clicks with Shift held, in one command. */
    public void shiftClick(int x, int y) {
        run(List.of("keydown", "shift", "mousemove", Integer.toString(x), Integer.toString(y), "click", "1", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "keyup", "shift")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Clicks button 1 where the pointer already is, with no motion before the press. */
    public void clickInPlace() {
        run(List.of("click", "1")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * A drag the application sees as a busy one does: press at {@code (x0, y0)}, one motion to {@code (x1, y1)},
     * release, while the caller does not dispatch events; the application then finds the whole gesture queued at
     * once (GTK merges queued motions into one anyway).
     */
    public void dragInOneMotion(int x0, int y0, int x1, int y1) {
        List<String> command = List.of("xdotool", "mousemove", Integer.toString(x0), Integer.toString(y0), "mousedown", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "1", "mousemove", Integer.toString(x1), Integer.toString(y1), "mouseup", "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("xdotool failed: " + command); //$NON-NLS-1$
            }
        } catch (IOException e) {
            throw new IllegalStateException("xdotool is not installed (apt-get install xdotool): " + e, e); //$NON-NLS-1$
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Types a key chord in xdotool's notation, for example {@code ctrl+z}, {@code Delete}, {@code Return}. */
    public void key(String chord) {
        run(List.of("key", "--clearmodifiers", chord)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Types text as a user would, key by key. */
    public void type(String text) {
        run(List.of("type", "--delay", "8", text)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * Types {@code text} and then presses {@code chord} from a background thread, once {@code ready} holds (checked on
     * the UI thread). For modal dialogs: opening one runs a nested event loop inside the test's own dispatching, so
     * the test cannot type into it itself; the dialog's loop keeps the UI alive while this thread types.
     */
    public Thread typeWhen(java.util.function.BooleanSupplier ready, String text, String chord) {
        Thread typist = new Thread(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            boolean[] isReady = { false };
            while (!isReady[0] && System.nanoTime() < deadline) {
                display.syncExec(() -> isReady[0] = ready.getAsBoolean());
                sleep(50);
            }
            sleep(200);
            detached(List.of("type", "--delay", "8", text)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            detached(List.of("key", "--clearmodifiers", chord)); //$NON-NLS-1$ //$NON-NLS-2$
        }, "xdotool-typist"); //$NON-NLS-1$
        typist.setDaemon(true);
        typist.start();
        return typist;
    }

    /**
     * Real input from a thread other than the UI thread, for what happens inside a modal dialog's own event loop:
     * {@code script} runs on a daemon thread and gets an {@link Offline} to wait for conditions (checked on the UI
     * thread) and to press keys and click at screen points.
     */
    public Thread offline(java.util.function.Consumer<Offline> script) {
        Thread thread = new Thread(() -> script.accept(new Offline()), "xdotool-script"); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Input for {@link #offline}: every call blocks until xdotool is done; never call it on the UI thread. */
    public final class Offline {
        /** Waits (up to 20 s) until {@code condition} holds on the UI thread; false on time-out. */
        public boolean await(java.util.function.BooleanSupplier condition) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            boolean[] holds = { false };
            while (System.nanoTime() < deadline) {
                display.syncExec(() -> holds[0] = condition.getAsBoolean());
                if (holds[0]) {
                    return true;
                }
                sleep(30);
            }
            return false;
        }

        /** Evaluates {@code value} on the UI thread. */
        public <T> T read(java.util.function.Supplier<T> value) {
            List<T> box = new ArrayList<>(1);
            display.syncExec(() -> box.add(value.get()));
            return box.get(0);
        }

        /** Lets the application work for a while (a filter refreshed by a delayed job, for example). */
        public void pause(long millis) {
            sleep(millis);
        }

        public void key(String chord) {
            detached(List.of("key", "--clearmodifiers", chord)); //$NON-NLS-1$ //$NON-NLS-2$
        }

        public void type(String text) {
            detached(List.of("type", "--delay", "8", text)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }

        /** Clicks at a screen point. */
        public void click(org.eclipse.swt.graphics.Point screen) {
            detached(List.of("mousemove", Integer.toString(screen.x), Integer.toString(screen.y), "click", "1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static void detached(List<String> arguments) {
        List<String> command = new ArrayList<>(arguments.size() + 1);
        command.add("xdotool"); //$NON-NLS-1$
        command.addAll(arguments);
        try {
            new ProcessBuilder(command).redirectErrorStream(true).start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("xdotool is not installed (apt-get install xdotool): " + e, e); //$NON-NLS-1$
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(List<String> arguments) {
        List<String> command = new ArrayList<>(arguments.size() + 1);
        command.add("xdotool"); //$NON-NLS-1$
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("xdotool is not installed (apt-get install xdotool): " + e, e); //$NON-NLS-1$
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (process.isAlive()) {
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("xdotool did not finish: " + command); //$NON-NLS-1$
            }
            while (display.readAndDispatch()) {
                // the application must see each step while the gesture is under way
            }
            Thread.onSpinWait();
        }
        if (process.exitValue() != 0) {
            String output;
            try {
                output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                output = e.toString();
            }
            throw new IllegalStateException(String.format(Locale.ROOT, "xdotool failed (%d): %s %s", //$NON-NLS-1$
                    process.exitValue(), command, output));
        }
    }
}
