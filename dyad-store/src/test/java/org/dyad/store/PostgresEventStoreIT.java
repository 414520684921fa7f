package org.dyad.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;

/**
 * The store contract on a real PostgreSQL server, each test in a schema of its own. The server is
 * named by {@code DYAD_TEST_POSTGRES_URL} (a JDBC URL with user and password), which {@code .ci/run}
 * sets after starting PostgreSQL on localhost; without it these tests skip.
 */
class PostgresEventStoreIT extends EventStoreContract {

    static final String URL = System.getenv("DYAD_TEST_POSTGRES_URL");

    private String schema;

    @Override
    EventStore openEmpty() throws Exception {
        assumeTrue(URL != null && !URL.isBlank(),
                "DYAD_TEST_POSTGRES_URL is not set: PostgreSQL store tests skipped (.ci/run starts a server and sets it)");
        schema = "dyad_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return EventStore.open(withSchema());
    }

    @Override
    EventStore reopen() {
        return EventStore.open(withSchema());
    }

    private String withSchema() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
