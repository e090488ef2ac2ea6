package io.sluice.runtime.internal.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import io.sluice.model.JdbcSource;
import io.sluice.runtime.connections.Connections;
import io.sluice.runtime.internal.jdbc.Jdbc;

/**
 * Where the JDBC steps of one pipeline connect: a step's named connection (the project's and the user's
 * connections files, read once), else its own URL, user and password; {@code ${name}} expanded and secrets resolved.
 * Planning and source schema resolution both ask it, so they connect to the same database.
 */
public final class JdbcTargets {
    private final Path baseDir;
    private final UnaryOperator<String> expand;
    private Connections connections;

    /** @param expand replaces {@code ${name}} references from the run's parameters */
    public JdbcTargets(Path baseDir, UnaryOperator<String> expand) {
        this.baseDir = baseDir;
        this.expand = expand;
    }

    public Jdbc.Target target(String connection, String url, String user, String password) {
        String name = expand.apply(connection);
        if (name == null || name.isBlank()) {
            return new Jdbc.Target(expand.apply(url), expand.apply(user), Secrets.resolve(expand.apply(password)));
        }
        try {
            if (connections == null) {
                connections = Connections.load(baseDir);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the connections: " + e.getMessage(), e); //$NON-NLS-1$
        }
        Connections.Definition d = connections.get(name);
        return new Jdbc.Target(d.url(), d.user(), Secrets.resolve(d.password()), d.driver());
    }

    public Jdbc.Target target(JdbcSource j) {
        return target(j.getConnection(), j.getUrl(), j.getUser(), j.getPassword());
    }

    /** The query that describes a JDBC source's columns: its query, or every column of its table. */
    public String describeQuery(JdbcSource j) {
        return j.getTable() != null && !j.getTable().isBlank() ? "SELECT * FROM " + expand.apply(j.getTable()) //$NON-NLS-1$
                : expand.apply(j.getQuery());
    }
}
