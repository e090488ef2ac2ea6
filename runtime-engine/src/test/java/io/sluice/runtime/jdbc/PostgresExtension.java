package io.sluice.runtime.jdbc;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.sluice.testsupport.PostgresServer;

/**
 * JUnit: injects a {@link PostgresServer} parameter, one server per test JVM started on first use and stopped when
 * the test run ends (the root store closes what it holds that is {@link AutoCloseable}); and a
 * {@link PostgresServer.Database} parameter, a fresh database of the test's own on that server, named after the test
 * class and method.
 */
public final class PostgresExtension implements ParameterResolver {
    /** The server as the root store keeps it: closed with the store. */
    private record Started(PostgresServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == PostgresServer.class || p.getParameter().getType() == PostgresServer.Database.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        PostgresServer server = c.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Started.class, k -> new Started(PostgresServer.start()), Started.class).server();
        if (p.getParameter().getType() == PostgresServer.class) {
            return server;
        }
        String name = ("t_" + c.getRequiredTestClass().getSimpleName() + "_" //$NON-NLS-1$ //$NON-NLS-2$
                + c.getTestMethod().map(java.lang.reflect.Method::getName).orElse("all")).toLowerCase(java.util.Locale.ROOT) //$NON-NLS-1$
                .replaceAll("[^a-z0-9_]", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (name.length() > 63) { // PostgreSQL's longest name; the hash keeps cut names apart
            name = name.substring(0, 54) + "_" + Integer.toHexString(name.hashCode()); //$NON-NLS-1$
        }
        try {
            return server.database(name);
        } catch (java.sql.SQLException e) {
            throw new org.junit.jupiter.api.extension.ParameterResolutionException("cannot create database " + name, e); //$NON-NLS-1$
        }
    }
}
