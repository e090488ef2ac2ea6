package io.sluice.testsupport;

import io.sluice.runtime.connections.DriverRegistry;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, the runtime's JDBC tests and the designer's alike: one source in the shared
 * test-support folder ({@code tests/test-support/src}), compiled into the runtime's tests (build-helper's
 * {@code add-test-source}) and into the UI test bundle ({@code build.properties}), since test classes of a plain Maven
 * module are in no bundle. Debian's {@code postgresql} package
 * ({@code /usr/lib/postgresql/N/bin}), a fresh cluster in a temporary folder ({@code SLUICE_TEST_PG_PARENT}'s when set,
 * so {@code .ci/run} stops what a dead test JVM left), listening on loopback on a free port, trust authentication for
 * user {@code sluice}; started as the {@code postgres} user when running as root. A missing PostgreSQL is a failure,
 * never a skip. The test's own statements go through a driver registry of their own, so what the designer loads into
 * its registry service is only what the designer asked for. {@link #close()} stops the server.
 */
public final class PostgresServer implements AutoCloseable {
    private final Path dir;
    private final Path bin;
    private final int port;
    private final boolean asPostgres;
    private final DriverRegistry drivers = new DriverRegistry();

    private PostgresServer(Path dir, Path bin, int port, boolean asPostgres) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    public String url() {
        return url("postgres");
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String user() {
        return "sluice";
    }

    /** A connection through this server's own driver registry (the PostgreSQL driver by its default coordinates). */
    public Connection connect() throws SQLException {
        return drivers.connect(url(), user(), null, List.of());
    }

    /** Runs statements in autocommit. */
    public void execute(String... sql) throws SQLException {
        execute(connect(), sql);
    }

    private static void execute(Connection connection, String... sql) throws SQLException {
        try (Connection c = connection; Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /** A fresh database of its own for one test class (dropped with the cluster). */
    public String newDatabase(String name) throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name);
        return url(name);
    }

    /** A fresh database of its own for one test ({@link #newDatabase}), with the test's own statements on it. */
    public Database database(String name) throws SQLException {
        return new Database(newDatabase(name));
    }

    /**
     * One test's database on this server: its URL and user for the pipelines under test, and the test's own statements
     * (through the server's driver registry, as {@link PostgresServer#execute}).
     */
    public final class Database {
        private final String url;

        private Database(String url) {
            this.url = url;
        }

        public String url() {
            return url;
        }

        public String user() {
            return PostgresServer.this.user();
        }

        /** A connection to this database. */
        public Connection connect() throws SQLException {
            return drivers.connect(url, user(), null, List.of());
        }

        /** Runs statements in autocommit. */
        public void execute(String... sql) throws SQLException {
            PostgresServer.execute(connect(), sql);
        }

        /** The first column of the first row of {@code query}, as a number ({@code SELECT count(*) …}). */
        public long count(String query) throws SQLException {
            try (Connection c = connect(); Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(query)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Path findBin() {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    public static PostgresServer start() {
        Path bin = findBin();
        if (bin == null) {
            throw new IllegalStateException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): "
                    + "install it with 'apt-get install -y postgresql' (./sluice test and .ci/run do so as root)");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            // CI gives each build its own parent folder so that its clean-up stops only the clusters it started,
            // never those of another build sharing the machine.
            String parent = System.getenv("SLUICE_TEST_PG_PARENT");
            Path dir = parent == null || parent.isBlank() ? Files.createTempDirectory("sluice-pg")
                    : Files.createTempDirectory(Path.of(parent), "sluice-pg");
            if (root) {
                run(List.of("chown", "postgres", dir.toString()), false);
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust", "-U", "sluice",
                    "--no-sync", "-E", "UTF8", "--locale=C"), root);
            IOException last = null;
            for (int attempt = 0; attempt < 5; attempt++) {
                int port = freePort();
                try {
                    run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "120",
                            "-l", dir.resolve("log").toString(), "-o",
                            "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50",
                            "start"), root);
                    PostgresServer s = new PostgresServer(dir, bin, port, root);
                    Runtime.getRuntime().addShutdownHook(new Thread(s::stopQuietly));
                    return s;
                } catch (IOException e) {
                    last = e; // most likely the port was taken meanwhile: another one
                }
            }
            throw last;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL from " + bin + ": " + e.getMessage(), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (asPostgres) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(command);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out;
        try {
            out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(cmd + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(cmd + " exited with " + p.exitValue() + ": " + out);
        }
    }

    private synchronized void stopQuietly() {
        if (!Files.isDirectory(dir.resolve("data"))) {
            return;
        }
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"),
                    asPostgres);
        } catch (IOException e) {
            // already stopped
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temp folder
        }
    }

    /** Stops the server and deletes its cluster; once is enough, more is harmless. */
    @Override
    public void close() {
        stopQuietly();
        drivers.close();
    }
}
