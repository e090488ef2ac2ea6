package io.sluice.runtime.jdbc;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.sluice.testsupport.PostgresServer;

/**
 * JUnit: injects a {@link PostgresServer} parameter, one server per test JVM started on first use and stopped when
 * the test run ends (the root store closes what it holds that is {@link AutoCloseable}).
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
        return p.getParameter().getType() == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        return c.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Started.class, k -> new Started(PostgresServer.start()), Started.class).server();
    }
}
