package org.dyad.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded DuckDB file. */
class DuckDbEventStoreTest extends EventStoreContract {

    @TempDir
    Path dir;

    @Override
    EventStore openEmpty() {
        return EventStore.open(dir.resolve("test.duckdb").toString());
    }

    @Override
    EventStore reopen() {
        return openEmpty();
    }
}
