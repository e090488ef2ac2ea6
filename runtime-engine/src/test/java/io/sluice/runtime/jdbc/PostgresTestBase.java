package io.sluice.runtime.jdbc;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.testsupport.PostgresServer;

/**
 * A test against a real PostgreSQL ({@link PostgresExtension}): each test method gets a fresh database of its own,
 * {@link #db} (at {@link #url}), and a temporary folder, {@link #dir}.
 */
@ExtendWith(PostgresExtension.class)
@Timeout(300)
abstract class PostgresTestBase {
    @TempDir
    Path dir;
    PostgresServer.Database db;
    String url;

    @BeforeEach
    void database(PostgresServer.Database database) {
        db = database;
        url = db.url();
    }
}
