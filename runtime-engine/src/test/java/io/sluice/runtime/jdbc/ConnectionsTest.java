package io.sluice.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.JdbcSink;
import io.sluice.model.JdbcSource;
import io.sluice.runtime.TestPipelines;
import io.sluice.runtime.cli.SluiceCli;
import io.sluice.runtime.connections.Connections;
import io.sluice.runtime.connections.DriverRegistry;
import io.sluice.testsupport.PostgresServer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import picocli.CommandLine;

/** Named connections outside pipelines, drivers by Maven coordinates: from the drivers folder, the local repository or Central. */
@ExtendWith(PostgresExtension.class)
@Timeout(300)
class ConnectionsTest {
    static final String PG = "org.postgresql:postgresql:42.7.13";

    @TempDir
    Path dir;

    /** The command line runs a pipeline that names its connections; the user's file defines them (driver by coordinates). */
    @Test
    void theCommandLineRunsAPipelineThatNamesItsConnection(PostgresServer pg) throws Exception {
        String url = pg.newDatabase("t_connections");
        try (Connection c = DriverRegistry.shared().connect(url, pg.user(), null, List.of()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE customers AS SELECT g AS id, 'name ' || g AS name FROM generate_series(1, 1234) g");
        }
        Path user = Files.writeString(dir.resolve("connections.properties"), "# mine\nwarehouse.url=" + url + "\nwarehouse.user="
                + pg.user() + "\nwarehouse.password=${secret:warehouse}\nwarehouse.driver=" + PG + "\n");
        TestPipelines t = new TestPipelines("named");
        JdbcSource src = t.add(TestPipelines.P.getJdbcSource(), "read");
        src.setConnection("warehouse");
        src.setTable("customers");
        JdbcSink out = t.add(TestPipelines.P.getJdbcSink(), "write");
        out.setConnection("warehouse");
        out.setTable("customers_copy");
        t.link(src, out);
        Path file = t.save(dir.resolve("named.sluice"));
        String before = System.getProperty(Connections.USER_FILE_PROPERTY);
        System.setProperty(Connections.USER_FILE_PROPERTY, user.toString());
        System.setProperty("sluice.secret.warehouse", "unused-with-trust-authentication");
        try {
            StringWriter out1 = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new SluiceCli());
            cli.setOut(new PrintWriter(out1));
            cli.setErr(new PrintWriter(err));
            int code = cli.execute("run", file.toString(), "--history", dir.resolve("history").toString());
            assertEquals(0, code, out1 + "\n" + err);
        } finally {
            if (before == null) {
                System.clearProperty(Connections.USER_FILE_PROPERTY);
            } else {
                System.setProperty(Connections.USER_FILE_PROPERTY, before);
            }
            System.clearProperty("sluice.secret.warehouse");
        }
        try (Connection c = DriverRegistry.shared().connect(url, pg.user(), null, List.of()); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*), sum(id) FROM customers_copy")) {
            rs.next();
            assertEquals(1234, rs.getLong(1));
            assertEquals(1234L * 1235 / 2, rs.getLong(2));
        }
    }

    /**
     * An engine given a driver registry (the designer gives it the OSGi service's) validates, previews and runs its
     * JDBC steps with that registry's drivers: the driver is loaded there, in a class loader of its own.
     */
    @Test
    void anEngineConnectsWithTheRegistryItIsGiven(PostgresServer pg) throws Exception {
        String url = pg.newDatabase("t_engine_drivers");
        try (Connection c = DriverRegistry.shared().connect(url, pg.user(), null, List.of()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE items AS SELECT g AS id FROM generate_series(1, 100) g");
        }
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createDirectories(project.resolve(".sluice"));
        Files.writeString(Connections.projectFile(project), "db.url=" + url + "\ndb.user=" + pg.user() + "\ndb.driver=" + PG + "\n");
        TestPipelines t = new TestPipelines("mine");
        JdbcSource src = t.add(TestPipelines.P.getJdbcSource(), "read");
        src.setConnection("db");
        src.setTable("items");
        // declared: an undeclared source's columns are described by SourceSchemas, with the registry installed there
        TestPipelines.columns(src, "id:INT32");
        JdbcSink out = t.add(TestPipelines.P.getJdbcSink(), "write");
        out.setConnection("db");
        out.setTable("items_copy");
        t.link(src, out);
        Path file = t.save(project.resolve("mine.sluice"));
        DriverRegistry mine = new DriverRegistry();
        try {
            io.sluice.runtime.SluiceEngine engine = new io.sluice.runtime.SluiceEngine(null, 1L << 28).withDrivers(mine);
            io.sluice.runtime.RunRequest req = io.sluice.runtime.RunRequest.of(file);
            assertEquals(List.of(), engine.validate(req));
            io.sluice.runtime.PreviewResult preview = engine.preview(req, src.getId(), 10);
            assertTrue(preview.ok(), () -> preview.error() + preview.problems());
            assertEquals(10, preview.rows().size());
            assertEquals(java.util.Set.of(List.of(PG)), mine.loaded(), "the preview connected with the engine's registry");
            io.sluice.runtime.RunResult result = engine.run(req);
            assertTrue(result.succeeded(), () -> result.error() + result.problems());
            java.sql.Driver driver = mine.driverFor(url, List.of(PG));
            assertTrue(driver.getClass().getClassLoader() instanceof java.net.URLClassLoader l && l.getName().startsWith("jdbc "),
                    () -> "a class loader of its own: " + driver.getClass().getClassLoader());
        } finally {
            mine.close();
        }
        assertEquals(java.util.Set.of(), mine.loaded(), "closing forgets the loaded drivers");
        try (Connection c = DriverRegistry.shared().connect(url, pg.user(), null, List.of()); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM items_copy")) {
            rs.next();
            assertEquals(100, rs.getLong(1));
        }
    }

    /** The project's file is read, the user's replaces its definitions; a password must be a secret reference. */
    @Test
    void userConnectionsReplaceProjectOnes() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project/.sluice")).resolve("connections.properties");
        Files.writeString(project, "warehouse.url=jdbc:h2:mem:project\nlocal.url=jdbc:h2:mem:local\n");
        Path user = Files.writeString(dir.resolve("user.properties"), "warehouse.url=jdbc:postgresql://prod/sales\nwarehouse.driver=" + PG + "\n");
        Connections c = Connections.load(project, user);
        assertEquals("jdbc:postgresql://prod/sales", c.get("warehouse").url());
        assertEquals(List.of(PG), c.get("warehouse").driver());
        assertEquals("jdbc:h2:mem:local", c.get("local").url());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> c.get("nope"));
        assertTrue(none.getMessage().contains("no connection named 'nope'") && none.getMessage().contains("[local, warehouse]"),
                none.getMessage());
        Files.writeString(user, "warehouse.url=jdbc:h2:mem:x\nwarehouse.password=hunter2\n");
        java.io.IOException plain = assertThrows(java.io.IOException.class, () -> Connections.load(project, user));
        assertTrue(plain.getMessage().contains("must be a ${secret:name} reference"), plain.getMessage());
    }

    /** A driver jar comes from the drivers folder first (offline machines). */
    @Test
    void aDriverFromTheDriversFolder() throws Exception {
        Path drivers = Files.createDirectories(dir.resolve("drivers"));
        Files.copy(DriverRegistry.jar(PG), drivers.resolve("postgresql-42.7.13.jar"));
        String[] keys = { "sluice.drivers.dir", "sluice.maven.repo", "sluice.maven.central" };
        String[] old = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            old[i] = System.getProperty(keys[i]);
        }
        try {
            System.setProperty("sluice.drivers.dir", drivers.toString());
            System.setProperty("sluice.maven.repo", dir.resolve("empty-repo").toString());
            System.setProperty("sluice.maven.central", "http://127.0.0.1:9/unreachable");
            assertEquals(drivers.resolve("postgresql-42.7.13.jar"), DriverRegistry.jar(PG));
        } finally {
            restore(keys, old);
        }
    }

    /** Missing locally, a driver is downloaded from "Central" into the local repository and checked against its SHA-1. */
    @Test
    void aMissingDriverIsDownloadedIntoTheLocalRepository() throws Exception {
        byte[] jar = Files.readAllBytes(DriverRegistry.jar(PG));
        String sha1 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(jar));
        HttpServer central = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String rel = "/org/postgresql/postgresql/42.7.13/postgresql-42.7.13.jar";
        central.createContext("/", ex -> {
            String p = ex.getRequestURI().getPath();
            byte[] body = p.equals(rel) ? jar : p.equals(rel + ".sha1") ? sha1.getBytes() : p.equals("/bad/x/1/x-1.jar.sha1")
                    ? "0000000000000000000000000000000000000000".getBytes() : p.equals("/bad/x/1/x-1.jar") ? jar : null;
            ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        central.start();
        String[] keys = { "sluice.drivers.dir", "sluice.maven.repo", "sluice.maven.central" };
        String[] old = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            old[i] = System.getProperty(keys[i]);
        }
        try {
            Path repo = dir.resolve("repo");
            System.setProperty("sluice.drivers.dir", dir.resolve("no-drivers").toString());
            System.setProperty("sluice.maven.repo", repo.toString());
            System.setProperty("sluice.maven.central", "http://127.0.0.1:" + central.getAddress().getPort());
            Path got = DriverRegistry.jar(PG);
            assertEquals(repo.resolve(rel.substring(1)), got);
            assertEquals(sha1, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                    .digest(Files.readAllBytes(got))));
            java.io.IOException bad = assertThrows(java.io.IOException.class, () -> DriverRegistry.jar("bad:x:1"));
            assertTrue(bad.getMessage().contains("does not match the published"), bad.getMessage());
            assertTrue(Files.notExists(repo.resolve("bad/x/1/x-1.jar")), "a jar that fails its checksum is not kept");
            java.io.IOException missing = assertThrows(java.io.IOException.class, () -> DriverRegistry.jar("no:such:1"));
            assertTrue(missing.getMessage().contains("HTTP 404"), missing.getMessage());
        } finally {
            central.stop(0);
            restore(keys, old);
        }
    }

    /** A URL without a known driver fails at once, naming the database — permanent, never retried. */
    @Test
    void noDriverForAUrlIsNamedAndPermanent() {
        SQLException e = assertThrows(SQLException.class,
                () -> DriverRegistry.shared().connect("jdbc:nosuchdb://host/db?password=secret", null, null, List.of()));
        assertTrue(e.getMessage().contains("no JDBC driver for jdbc:nosuchdb:"), e.getMessage());
        assertTrue(!e.getMessage().contains("secret"), e.getMessage());
        assertTrue(!io.sluice.runtime.internal.exec.Retry.isTransient(e));
    }

    private static void restore(String[] keys, String[] old) {
        for (int i = 0; i < keys.length; i++) {
            if (old[i] == null) {
                System.clearProperty(keys[i]);
            } else {
                System.setProperty(keys[i], old[i]);
            }
        }
    }
}
