package io.sluice.runtime.connections;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Finds JDBC drivers by Maven coordinates and connects through {@link Driver#connect} — never through
 * {@code DriverManager}, whose class-loader rules hide drivers of other bundles inside OSGi. Each set of coordinates
 * gets its own class loader (parent: the platform class loader, so a driver sees {@code java.sql} and nothing of
 * Sluice), created once and kept for the life of the registry. A jar is taken from, in order:
 * <ol>
 * <li>the drivers folder ({@code sluice.drivers.dir}, default {@code ~/.sluice/drivers}): {@code artifact-version.jar}
 * — for machines without network;</li>
 * <li>the local Maven repository ({@code sluice.maven.repo}, else {@code maven.repo.local}, else
 * {@code ~/.m2/repository});</li>
 * <li>Maven Central ({@code sluice.maven.central}, default {@code https://repo.maven.apache.org/maven2}),
 * downloaded into the local repository as Maven does, checked against its published SHA-1.</li>
 * </ol>
 * H2 needs no coordinates (the runtime carries it); URLs of well-known databases default to a driver version
 * (see {@link #defaultCoordinates}).
 * <p>
 * The same class serves the command line and the designer. On the plain class path the command line uses
 * {@link #shared()}. Inside the designer (OSGi) the registry is a declarative service of the runtime bundle — this
 * class is the component, registered by Felix SCR under {@code DriverRegistry} — and the designer hands the service's
 * instance to its engine ({@code SluiceEngine.withDrivers}) and to source schema resolution
 * ({@code SourceSchemas.resolver(…, DriverRegistry)}); when the runtime bundle stops, the service is deactivated and its
 * drivers' class loaders closed.
 */
@Component(service = DriverRegistry.class)
public final class DriverRegistry {
    /** Coordinates used when a connection names none, by URL prefix. */
    private static final Map<String, String> DEFAULTS = Map.of(
            "jdbc:postgresql:", "org.postgresql:postgresql:42.7.13", //$NON-NLS-1$ //$NON-NLS-2$
            "jdbc:mysql:", "com.mysql:mysql-connector-j:9.1.0", //$NON-NLS-1$ //$NON-NLS-2$
            "jdbc:mariadb:", "org.mariadb.jdbc:mariadb-java-client:3.5.1", //$NON-NLS-1$ //$NON-NLS-2$
            "jdbc:sqlserver:", "com.microsoft.sqlserver:mssql-jdbc:12.8.1.jre11", //$NON-NLS-1$ //$NON-NLS-2$
            "jdbc:sqlite:", "org.xerial:sqlite-jdbc:3.47.1.0", //$NON-NLS-1$ //$NON-NLS-2$
            "jdbc:duckdb:", "org.duckdb:duckdb_jdbc:1.4.1.0"); //$NON-NLS-1$ //$NON-NLS-2$

    private static final DriverRegistry SHARED = new DriverRegistry();

    private final Map<List<String>, List<Driver>> drivers = new ConcurrentHashMap<>();

    /** A registry of its own, no driver loaded yet (the OSGi service's constructor; tests). */
    public DriverRegistry() {
        // drivers are loaded on first use
    }

    /** The registry of the plain class path (the command line's); inside the designer, use the OSGi service. */
    public static DriverRegistry shared() {
        return SHARED;
    }

    /** The coordinate sets whose drivers this registry has loaded so far, each in a class loader of its own. */
    public Set<List<String>> loaded() {
        return Set.copyOf(drivers.keySet());
    }

    /** Closes the class loaders of the loaded drivers (the OSGi service's deactivation); later use loads them again. */
    @Deactivate
    public void close() {
        for (List<String> coords : List.copyOf(drivers.keySet())) {
            List<Driver> ds = drivers.remove(coords);
            if (ds != null && !ds.isEmpty() && ds.get(0).getClass().getClassLoader() instanceof URLClassLoader loader) {
                try {
                    loader.close();
                } catch (IOException e) {
                    // a jar that cannot be closed stays open until the JVM ends; nothing else to do
                }
            }
        }
    }

    /** The coordinates used for a URL that names none, or an empty list (H2, or an unknown database). */
    public static List<String> defaultCoordinates(String url) {
        for (Map.Entry<String, String> e : DEFAULTS.entrySet()) {
            if (url.startsWith(e.getKey())) {
                return List.of(e.getValue());
            }
        }
        return List.of();
    }

    /**
     * Opens a connection. {@code coordinates} ({@code group:artifact:version}, one per jar the driver needs) may be
     * empty: then H2 is used for {@code jdbc:h2:} URLs and the default coordinates for well-known ones.
     */
    public Connection connect(String url, String user, String password, List<String> coordinates) throws SQLException {
        Driver d = driverFor(url, coordinates);
        Properties p = new Properties();
        if (user != null && !user.isBlank()) {
            p.setProperty("user", user); //$NON-NLS-1$
        }
        if (password != null) {
            p.setProperty("password", password); //$NON-NLS-1$
        }
        Connection c = d.connect(url, p);
        if (c == null) {
            throw new SQLException("the driver " + d.getClass().getName() + " does not accept " + url); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return c;
    }

    /** The driver for a URL from the given coordinates (see {@link #connect}). */
    public Driver driverFor(String url, List<String> coordinates) throws SQLException {
        List<String> coords = coordinates == null || coordinates.isEmpty() ? defaultCoordinates(url) : List.copyOf(coordinates);
        List<Driver> candidates;
        if (coords.isEmpty()) {
            if (!url.startsWith("jdbc:h2:")) { //$NON-NLS-1$
                throw new NoDriverException("no JDBC driver for " + scheme(url) //$NON-NLS-1$
                        + ": declare the driver's Maven coordinates (group:artifact:version) on the connection"); //$NON-NLS-1$
            }
            candidates = List.of(new org.h2.Driver());
        } else {
            try {
                candidates = drivers.computeIfAbsent(coords, DriverRegistry::load);
            } catch (DriverLoadException e) {
                throw new NoDriverException(e.getMessage(), e.getCause());
            }
        }
        for (Driver d : candidates) {
            if (d.acceptsURL(url)) {
                return d;
            }
        }
        throw new NoDriverException("no driver in " + coords + " accepts " + scheme(url) + " URLs"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The URL up to its second colon (never user, host or password). */
    static String scheme(String url) {
        int a = url.indexOf(':');
        int b = a < 0 ? -1 : url.indexOf(':', a + 1);
        return b < 0 ? url : url.substring(0, b + 1) + "…"; //$NON-NLS-1$
    }

    /** No driver could be found or loaded: permanent, never retried. */
    public static final class NoDriverException extends SQLException {
        private static final long serialVersionUID = 1L;

        NoDriverException(String message) {
            super(message, "SLDRV"); //$NON-NLS-1$
        }

        NoDriverException(String message, Throwable cause) {
            super(message, "SLDRV", cause); //$NON-NLS-1$
        }
    }

    private static final class DriverLoadException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DriverLoadException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static List<Driver> load(List<String> coords) {
        List<URL> urls = new ArrayList<>();
        for (String c : coords) {
            try {
                urls.add(jar(c).toUri().toURL());
            } catch (IOException e) {
                throw new DriverLoadException("cannot get the driver " + c + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        URLClassLoader loader = new URLClassLoader("jdbc " + coords, urls.toArray(URL[]::new), //$NON-NLS-1$
                ClassLoader.getPlatformClassLoader());
        List<Driver> found = new ArrayList<>();
        for (Driver d : ServiceLoader.load(Driver.class, loader)) {
            if (d.getClass().getClassLoader() == loader) {
                found.add(d);
            }
        }
        if (found.isEmpty()) {
            throw new DriverLoadException("the jars of " + coords + " declare no java.sql.Driver service", null); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return List.copyOf(found);
    }

    /** The jar of {@code group:artifact:version}: from the drivers folder, the local repository or Central. */
    public static Path jar(String coordinates) throws IOException {
        String[] p = coordinates.trim().split(":"); //$NON-NLS-1$
        if (p.length != 3 || p[0].isBlank() || p[1].isBlank() || p[2].isBlank()) {
            throw new IOException("'" + coordinates + "' is not group:artifact:version"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String file = p[1] + "-" + p[2] + ".jar"; //$NON-NLS-1$ //$NON-NLS-2$
        Path folder = driversFolder().resolve(file);
        if (Files.isRegularFile(folder)) {
            return folder;
        }
        String rel = p[0].replace('.', '/') + "/" + p[1] + "/" + p[2] + "/" + file; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Path local = localRepository().resolve(rel);
        if (Files.isRegularFile(local)) {
            return local;
        }
        download(central() + "/" + rel, local); //$NON-NLS-1$
        return local;
    }

    static Path driversFolder() {
        String d = System.getProperty("sluice.drivers.dir"); //$NON-NLS-1$
        return d != null && !d.isBlank() ? Path.of(d) : Path.of(System.getProperty("user.home"), ".sluice", "drivers"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static Path localRepository() {
        for (String key : List.of("sluice.maven.repo", "maven.repo.local")) { //$NON-NLS-1$ //$NON-NLS-2$
            String d = System.getProperty(key);
            if (d != null && !d.isBlank()) {
                return Path.of(d);
            }
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static String central() {
        String c = System.getProperty("sluice.maven.central", "https://repo.maven.apache.org/maven2"); //$NON-NLS-1$ //$NON-NLS-2$
        return c.endsWith("/") ? c.substring(0, c.length() - 1) : c; //$NON-NLS-1$
    }

    private static void download(String url, Path target) throws IOException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            HttpResponse<byte[]> sha = http.send(HttpRequest.newBuilder(URI.create(url + ".sha1")).build(), //$NON-NLS-1$
                    HttpResponse.BodyHandlers.ofByteArray());
            if (sha.statusCode() != 200) {
                throw new IOException("not in the drivers folder " + driversFolder() + ", the local repository " //$NON-NLS-1$ //$NON-NLS-2$
                        + localRepository() + " nor at " + url + " (HTTP " + sha.statusCode() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            String expected = new String(sha.body(), java.nio.charset.StandardCharsets.US_ASCII).trim().split("\\s+")[0] //$NON-NLS-1$
                    .toLowerCase(Locale.ROOT);
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part"); //$NON-NLS-1$
            try {
                HttpResponse<Path> jar = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofFile(tmp));
                if (jar.statusCode() != 200) {
                    throw new IOException(url + ": HTTP " + jar.statusCode()); //$NON-NLS-1$
                }
                String actual = sha1(tmp);
                if (!actual.equals(expected)) {
                    throw new IOException(url + ": SHA-1 " + actual + " does not match the published " + expected); //$NON-NLS-1$ //$NON-NLS-2$
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + url, e); //$NON-NLS-1$
        }
    }

    static String sha1(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-1"); //$NON-NLS-1$
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
