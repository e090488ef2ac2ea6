package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.UiDriver;

/**
 * A second designer started on the workspace this one holds (a real second process, with this test runtime's
 * bundles) warns that Sluice is already running and stops, leaving the workspace to the first.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SecondDesignerTest {

    private static final String TITLE = "Sluice is already running"; //$NON-NLS-1$

    @Test
    void aSecondDesignerOnTheSameWorkspaceWarnsAndStops(@TempDir Path dir) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        UiDriver ui = new UiDriver(shell.getDisplay());
        Location instance = Platform.getInstanceLocation();
        assertTrue(instance.isLocked(), "the designer under test holds its workspace"); //$NON-NLS-1$
        Path workspace = Path.of(instance.getURL().toURI());
        Path configuration = Files.createDirectories(dir.resolve("configuration")); //$NON-NLS-1$
        Path ini = Path.of(URI.create(System.getProperty("osgi.configuration.area").replace(" ", "%20"))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .resolve("config.ini"); //$NON-NLS-1$
        Files.copy(ini, configuration.resolve("config.ini")); //$NON-NLS-1$
        Path framework = Path.of(URI.create(System.getProperty("osgi.framework").replace(" ", "%20"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("--")) //$NON-NLS-1$
                .forEach(command::add);
        // started as ./sluice designer starts it: through the Equinox launcher, which exits when the application ends
        command.addAll(List.of("-jar", launcher(framework).toString(), "-configuration", configuration.toUri().toString(), //$NON-NLS-1$ //$NON-NLS-2$
                "-data", workspace.toString(), "-application", "io.sluice.app.application", "-consoleLog")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Path log = dir.resolve("second-designer.log"); //$NON-NLS-1$
        Process second = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String[] window = { null };
            long[] next = { 0 };
            ui.waitUntil("the second designer's warning '" + TITLE + "'", Duration.ofSeconds(180), () -> { //$NON-NLS-1$ //$NON-NLS-2$
                if (!second.isAlive()) {
                    throw new AssertionError("the second designer ended without a warning:\n" + read(log)); //$NON-NLS-1$
                }
                if (System.nanoTime() < next[0]) {
                    return false;
                }
                next[0] = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
                window[0] = xdotool("search", "--onlyvisible", "--name", TITLE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return window[0] != null && !window[0].isBlank();
            });
            String id = window[0].lines().findFirst().orElseThrow();
            ui.pump(500);
            // no window manager: give the warning the keyboard focus, then answer it as a user would
            assertTrue(xdotool("windowfocus", "--sync", id) != null, "the warning took the focus"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            xdotool("key", "--clearmodifiers", "Return"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            try {
                ui.waitUntil("the second designer to stop once warned", Duration.ofSeconds(60), () -> !second.isAlive()); //$NON-NLS-1$
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; its log:\n" + read(log), e); //$NON-NLS-1$
            }
            assertEquals(0, second.exitValue(), () -> read(log));
            assertTrue(instance.isLocked(), "the first designer still holds its workspace"); //$NON-NLS-1$
        } finally {
            second.destroyForcibly();
            second.waitFor(10, TimeUnit.SECONDS);
            shell.forceActive();
            ui.pump(200);
        }
    }

    /** The Equinox launcher jar of the target platform, found beside the OSGi framework in the Maven repository. */
    private static Path launcher(Path framework) throws IOException {
        Path platform = framework.getParent().getParent().getParent(); // …/org/eclipse/platform
        try (java.util.stream.Stream<Path> jars = Files.walk(platform.resolve("org.eclipse.equinox.launcher"), 2)) { //$NON-NLS-1$
            return jars.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher-[0-9.]+\\.jar")) //$NON-NLS-1$
                    .findFirst().orElseThrow(() -> new AssertionError("no Equinox launcher jar under " + platform)); //$NON-NLS-1$
        }
    }

    /** Runs xdotool and returns what it printed, or null when it failed (a search that found nothing). */
    private static String xdotool(String... arguments) {
        List<String> command = new ArrayList<>(List.of("xdotool")); //$NON-NLS-1$
        command.addAll(List.of(arguments));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            throw new IllegalStateException("xdotool is not installed (apt-get install xdotool): " + e, e); //$NON-NLS-1$
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
