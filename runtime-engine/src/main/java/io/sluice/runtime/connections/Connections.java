package io.sluice.runtime.connections;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Named database connections, defined outside pipeline files so that a pipeline says {@code connection="warehouse"}
 * and moves between environments unchanged. Two properties files, both optional:
 * <ul>
 * <li>the project's {@code .sluice/connections.properties} in the pipelines' base directory (shared in Git);</li>
 * <li>the user's {@code ~/.sluice/connections.properties} ({@code sluice.connections} names another file), whose
 * definition of a name replaces the project's — so each machine can point {@code warehouse} elsewhere.</li>
 * </ul>
 * Keys are {@code NAME.url}, {@code NAME.user}, {@code NAME.password} (only a {@code ${secret:…}} reference),
 * {@code NAME.driver} (Maven coordinates {@code group:artifact:version}, several separated by commas; optional for
 * H2 and well-known databases).
 */
public final class Connections {
    /** System property naming the user's connections file. */
    public static final String USER_FILE_PROPERTY = "sluice.connections"; //$NON-NLS-1$

    private final Map<String, Definition> byName;
    private final List<Path> files;

    /** One connection; {@code password} is still a reference, resolved at connect time. */
    public record Definition(String name, String url, String user, String password, List<String> driver, Path file) {
    }

    private Connections(Map<String, Definition> byName, List<Path> files) {
        this.byName = byName;
        this.files = files;
    }

    /** The user's file: {@code sluice.connections}, else {@code ~/.sluice/connections.properties}. */
    public static Path userFile() {
        String p = System.getProperty(USER_FILE_PROPERTY);
        return p != null && !p.isBlank() ? Path.of(p)
                : Path.of(System.getProperty("user.home"), ".sluice", "connections.properties"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The project's file below {@code baseDir}. */
    public static Path projectFile(Path baseDir) {
        return baseDir.resolve(".sluice").resolve("connections.properties"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The project's connections under {@code baseDir}, overridden by the user's. */
    public static Connections load(Path baseDir) throws IOException {
        return load(projectFile(baseDir.toAbsolutePath()), userFile());
    }

    /** Later files replace earlier files' definitions of the same name. Missing files are skipped. */
    public static Connections load(Path... files) throws IOException {
        Map<String, Definition> all = new LinkedHashMap<>();
        List<Path> read = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                continue;
            }
            read.add(f);
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, Map<String, String>> grouped = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                int dot = key.lastIndexOf('.');
                if (dot <= 0) {
                    throw new IOException(f + ": key '" + key + "' is not NAME.url, NAME.user, NAME.password or NAME.driver"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                grouped.computeIfAbsent(key.substring(0, dot), k -> new LinkedHashMap<>()).put(key.substring(dot + 1),
                        p.getProperty(key).trim());
            }
            for (Map.Entry<String, Map<String, String>> e : grouped.entrySet()) {
                Map<String, String> v = e.getValue();
                for (String k : v.keySet()) {
                    if (!List.of("url", "user", "password", "driver").contains(k)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        throw new IOException(f + ": unknown key '" + e.getKey() + "." + k //$NON-NLS-1$ //$NON-NLS-2$
                                + "' (known: url, user, password, driver)"); //$NON-NLS-1$
                    }
                }
                String url = v.get("url"); //$NON-NLS-1$
                if (url == null || url.isBlank()) {
                    throw new IOException(f + ": connection '" + e.getKey() + "' has no url"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                String password = v.get("password"); //$NON-NLS-1$
                if (password != null && !password.isEmpty() && !password.matches("\\$\\{secret:[^}]+\\}")) { //$NON-NLS-1$
                    throw new IOException(f + ": the password of connection '" + e.getKey() //$NON-NLS-1$
                            + "' must be a ${secret:name} reference, never the password itself"); //$NON-NLS-1$
                }
                String driver = v.getOrDefault("driver", ""); //$NON-NLS-1$ //$NON-NLS-2$
                List<String> coords = driver.isBlank() ? List.of()
                        : Arrays.stream(driver.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
                all.put(e.getKey(), new Definition(e.getKey(), url, v.get("user"), password, coords, f)); //$NON-NLS-1$
            }
        }
        return new Connections(all, List.copyOf(read));
    }

    /** The definition of {@code name}; an error naming the files read when there is none. */
    public Definition get(String name) {
        Definition d = byName.get(name);
        if (d == null) {
            throw new IllegalArgumentException("no connection named '" + name + "' in " //$NON-NLS-1$ //$NON-NLS-2$
                    + (files.isEmpty() ? "any connections file (none found)" : files) //$NON-NLS-1$
                    + (byName.isEmpty() ? "" : "; defined: " + byName.keySet())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return d;
    }

    /** Every name, in file order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
