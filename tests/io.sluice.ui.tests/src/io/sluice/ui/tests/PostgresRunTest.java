package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleReference;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import io.sluice.model.Derivation;
import io.sluice.model.Derive;
import io.sluice.model.Filter;
import io.sluice.model.JdbcSink;
import io.sluice.model.JdbcSource;
import io.sluice.model.Pipeline;
import io.sluice.model.Ports;
import io.sluice.model.SluiceFactory;
import io.sluice.model.SluicePackage;
import io.sluice.model.Step;
import io.sluice.model.resource.SluiceModel;
import io.sluice.runtime.PreviewResult;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.connections.DriverRegistry;
import io.sluice.ui.SluiceViews;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.editor.PipelineEditors;
import io.sluice.ui.internal.run.DesignerEngine;
import io.sluice.ui.internal.run.MetricsText;
import io.sluice.ui.internal.run.StepPreviewJob;
import io.sluice.ui.internal.views.PreviewView;
import io.sluice.ui.internal.views.RunsView;
import io.sluice.testsupport.PostgresServer;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.UiDriver;

/**
 * The designer runs and previews a pipeline on a real PostgreSQL server: a JDBC source and a JDBC sink on a named
 * connection (the project's connections file, the driver by its Maven coordinates, taken from the local Maven
 * repository), the PostgreSQL driver loaded by the runtime bundle's driver registry service — in a class loader of its
 * own, not from any bundle's class path and not by {@code DriverManager}.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PostgresRunTest {

    private static final String DRIVER = "org.postgresql:postgresql:42.7.13"; //$NON-NLS-1$
    private static final int ROWS = 3000;
    private static PostgresServer pg;
    private static String url;

    private IWorkbenchPage page;
    private UiDriver ui;
    private PipelineEditor editor;

    @BeforeAll
    static void startServer() throws Exception {
        pg = PostgresServer.start();
        url = pg.newDatabase("designer_run"); //$NON-NLS-1$
        try (Connection c = DriverRegistryHolder.TEST.connect(url, pg.user(), null, List.of(DRIVER)); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE orders (order_id INTEGER PRIMARY KEY, status TEXT NOT NULL, amount NUMERIC(10,2))"); //$NON-NLS-1$
            // every third order is paid; amounts 0.00 … 499.99
            st.execute("INSERT INTO orders SELECT g, (ARRAY['paid','pending','refunded'])[g % 3 + 1], (g % 50000) / 100.0 " //$NON-NLS-1$
                    + "FROM generate_series(0, " + (ROWS - 1) + ") g"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @AfterAll
    static void stopServer() {
        DriverRegistryHolder.TEST.close();
        if (pg != null) {
            pg.close();
        }
    }

    /** The test's own connections use a registry of their own, never the designer's service nor the shared one. */
    private static final class DriverRegistryHolder {
        static final DriverRegistry TEST = new DriverRegistry();
    }

    @BeforeEach
    void open(@TempDir Path folder) throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ui = new UiDriver(page.getWorkbenchWindow().getShell().getDisplay());
        // the project's connections file next to the pipeline; no password (trust authentication on loopback)
        Files.createDirectories(folder.resolve(".sluice")); //$NON-NLS-1$
        Files.writeString(folder.resolve(".sluice/connections.properties"), "warehouse.url=" + url + "\nwarehouse.user=" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + pg.user() + "\nwarehouse.driver=" + DRIVER + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        try (Connection c = DriverRegistryHolder.TEST.connect(url, pg.user(), null, List.of(DRIVER)); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS paid_orders"); //$NON-NLS-1$
        }
        Path file = folder.resolve("paid.sluice"); //$NON-NLS-1$
        SluiceModel.save(pipeline(), file);
        editor = PipelineEditors.open(page, file);
        assertNotNull(editor);
        ui.pump(100);
    }

    @AfterEach
    void close() {
        page.closeEditor(editor, false);
    }

    /** orders (columns from the database's metadata) → paid only → cents → paid_orders, both on connection "warehouse". */
    private static Pipeline pipeline() {
        Pipeline p = SluiceModel.newPipeline("paid"); //$NON-NLS-1$
        JdbcSource read = (JdbcSource) SluiceModel.newStep(p, SluicePackage.Literals.JDBC_SOURCE, "read", 40, 60); //$NON-NLS-1$
        read.setConnection("warehouse"); //$NON-NLS-1$
        read.setTable("orders"); //$NON-NLS-1$
        p.getSteps().add(read);
        Filter paid = (Filter) SluiceModel.newStep(p, SluicePackage.Literals.FILTER, "paid", 260, 60); //$NON-NLS-1$
        paid.setCondition("status = 'paid'"); //$NON-NLS-1$
        p.getSteps().add(paid);
        Derive cents = (Derive) SluiceModel.newStep(p, SluicePackage.Literals.DERIVE, "cents", 480, 60); //$NON-NLS-1$
        Derivation d = SluiceFactory.eINSTANCE.createDerivation();
        d.setName("label"); //$NON-NLS-1$
        d.setExpression("upper(status)"); //$NON-NLS-1$
        cents.getDerivations().add(d);
        p.getSteps().add(cents);
        JdbcSink write = (JdbcSink) SluiceModel.newStep(p, SluicePackage.Literals.JDBC_SINK, "write", 700, 60); //$NON-NLS-1$
        write.setConnection("warehouse"); //$NON-NLS-1$
        write.setTable("paid_orders"); //$NON-NLS-1$
        p.getSteps().add(write);
        p.link(read, Ports.OUT, paid, Ports.IN);
        p.link(paid, Ports.OUT, cents, Ports.IN);
        p.link(cents, Ports.OUT, write, Ports.IN);
        return p;
    }

    @Test
    void ctrlF11RunsThePipelineOnPostgresqlWithTheDriverFromTheRegistryService() throws Exception {
        Step paid = editor.pipeline().findStepByName("paid"); //$NON-NLS-1$
        ui.click(editor.getGraphicalViewer().getControl(), 10, 10);
        ui.key("ctrl+F11"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+F11 to start a run", () -> editor.currentRun() != null); //$NON-NLS-1$
        ui.waitUntil("the run to finish", Duration.ofSeconds(180), () -> editor.currentRun().result() != null); //$NON-NLS-1$
        ui.pump(200);
        RunResult result = editor.currentRun().result();
        assertEquals(RunStatus.SUCCEEDED, result.status(), () -> "run failed: " + result.error() + result.problems()); //$NON-NLS-1$
        long paidRows = (ROWS + 2) / 3;
        assertEquals(paidRows, MetricsText.of(result.finalSnapshot(), paid.getId()).rowsOut());

        // the rows landed in PostgreSQL, in a table plain SQL reads without quotes
        try (Connection c = DriverRegistryHolder.TEST.connect(url, pg.user(), null, List.of(DRIVER)); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*), sum(order_id), sum(amount), min(label), max(label) FROM paid_orders")) { //$NON-NLS-1$
            assertTrue(rs.next());
            assertEquals(paidRows, rs.getLong(1));
            assertEquals(expectedSum(), rs.getLong(2));
            assertEquals(expectedAmount(), rs.getBigDecimal(3));
            assertEquals("PAID", rs.getString(4)); //$NON-NLS-1$
            assertEquals("PAID", rs.getString(5)); //$NON-NLS-1$
        }

        // the run is in the history the Runs view shows
        RunsView runs = (RunsView) page.showView(SluiceViews.RUNS);
        page.activate(editor);
        ui.waitUntil("the Runs view to list this run", Duration.ofSeconds(30), //$NON-NLS-1$
                () -> runs.shownRuns().stream().anyMatch(r -> r.runId().equals(result.runId())));
        var recorded = runs.shownRuns().stream().filter(r -> r.runId().equals(result.runId())).findFirst().orElseThrow();
        assertEquals("SUCCEEDED", recorded.status()); //$NON-NLS-1$
        assertTrue(recorded.accounting() != null && recorded.accounting().contains("lost 0"), recorded::accounting); //$NON-NLS-1$

        assertDriverCameFromTheRegistryService();
    }

    @Test
    void previewReadsPostgresqlThroughTheRegistryService() throws Exception {
        Step paid = editor.pipeline().findStepByName("paid"); //$NON-NLS-1$
        editor.getGraphicalViewer().setSelection(new StructuredSelection(editor.getGraphicalViewer().getEditPartRegistry().get(paid)));
        ui.pump(50);
        PreviewView open = (PreviewView) page.findView(SluiceViews.PREVIEW);
        PreviewResult earlier = open == null ? null : open.shownResult(); // another test's preview
        ui.key("ctrl+shift+p"); //$NON-NLS-1$
        PreviewView view = (PreviewView) page.findView(SluiceViews.PREVIEW);
        assertNotNull(view, "Ctrl+Shift+P opens the Preview view"); //$NON-NLS-1$
        ui.waitUntil("the preview rows", Duration.ofSeconds(120), //$NON-NLS-1$
                () -> view.shownResult() != null && view.shownResult() != earlier);
        var result = view.shownResult();
        assertTrue(result.ok(), () -> "preview failed: " + result.error() + result.problems()); //$NON-NLS-1$
        assertEquals(List.of("order_id", "status", "amount"), result.schema().names()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Math.min(StepPreviewJob.DEFAULT_ROWS, (ROWS + 2) / 3), result.rows().size());
        assertTrue(result.rows().stream().allMatch(r -> "paid".equals(r.get(1))), "only rows that pass the filter"); //$NON-NLS-1$ //$NON-NLS-2$
        try (Connection c = DriverRegistryHolder.TEST.connect(url, pg.user(), null, List.of(DRIVER)); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'paid_orders'")) { //$NON-NLS-1$
            assertTrue(rs.next());
            assertEquals(0, rs.getLong(1), "a preview writes no sink"); //$NON-NLS-1$
        }
        assertDriverCameFromTheRegistryService();
    }

    /**
     * The runtime bundle registered its driver registry as an OSGi service, the designer's engine used that
     * instance (not the command line's shared one), and the PostgreSQL driver it loaded lives in a class loader of
     * its own over the jar from the local Maven repository — no bundle can load the driver class.
     */
    private static void assertDriverCameFromTheRegistryService() throws Exception {
        Bundle runtime = FrameworkUtil.getBundle(DriverRegistry.class);
        ServiceReference<DriverRegistry> ref = runtime.getBundleContext() == null ? null
                : runtime.getBundleContext().getServiceReference(DriverRegistry.class);
        assertNotNull(ref, "the runtime bundle registers the driver registry service"); //$NON-NLS-1$
        assertSame(runtime, ref.getBundle(), "registered by the runtime bundle (declarative services)"); //$NON-NLS-1$
        DriverRegistry service = runtime.getBundleContext().getService(ref);
        try {
            assertSame(service, DesignerEngine.drivers(), "the designer uses the service"); //$NON-NLS-1$
            assertNotSame(DriverRegistry.shared(), service);
            assertTrue(service.loaded().contains(List.of(DRIVER)), () -> "loaded by the service: " + service.loaded()); //$NON-NLS-1$
            assertTrue(DriverRegistry.shared().loaded().isEmpty(),
                    () -> "nothing in the designer loads drivers into the command line's registry: " + DriverRegistry.shared().loaded()); //$NON-NLS-1$
            Driver driver = service.driverFor(url, List.of(DRIVER));
            ClassLoader loader = driver.getClass().getClassLoader();
            assertTrue(loader instanceof URLClassLoader && !(loader instanceof BundleReference),
                    () -> "a class loader of its own, not a bundle's: " + loader); //$NON-NLS-1$
            Path jar = Path.of(((URLClassLoader) loader).getURLs()[0].toURI());
            Path repo = Path.of(System.getProperty("sluice.maven.repo")); //$NON-NLS-1$
            assertTrue(jar.startsWith(repo), () -> jar + " comes from the local Maven repository " + repo); //$NON-NLS-1$
            for (Class<?> c : List.of(DriverRegistry.class, PipelineEditor.class, PostgresRunTest.class)) {
                Bundle b = FrameworkUtil.getBundle(c);
                assertThrows(ClassNotFoundException.class, () -> b.loadClass("org.postgresql.Driver"), //$NON-NLS-1$
                        () -> b.getSymbolicName() + " must not see the driver on its class path"); //$NON-NLS-1$
            }
        } finally {
            runtime.getBundleContext().ungetService(ref);
        }
    }

    private static long expectedSum() {
        long sum = 0;
        for (int g = 0; g < ROWS; g++) {
            sum += g % 3 == 0 ? g : 0;
        }
        return sum;
    }

    private static BigDecimal expectedAmount() {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (int g = 0; g < ROWS; g++) {
            if (g % 3 == 0) {
                sum = sum.add(BigDecimal.valueOf(g % 50000, 2));
            }
        }
        return sum;
    }
}
