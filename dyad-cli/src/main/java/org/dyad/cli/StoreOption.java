package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dyad.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use a store. */
final class StoreOption {

    /** The store used when none is named. */
    static final String DEFAULT_DB = "dyad.duckdb";

    @Option(names = "--db", paramLabel = "DB", defaultValue = "${DYAD_DB:-" + DEFAULT_DB + "}",
            description = {"The store: a DuckDB file (created if absent; default: ${DEFAULT-VALUE}, or $DYAD_DB), "
                + "or jdbc:postgresql://HOST[:PORT]/DB?user=…&password=… for a PostgreSQL server."})
    String db;

    /** Opens the store for writing, creating it if needed. */
    EventStore openForWriting() {
        return EventStore.open(db);
    }

    /** Opens an existing store for reading; a missing DuckDB file is a usage error, not a new empty store. */
    EventStore openExisting(CommandLine cl) {
        if (!db.startsWith("jdbc:") && !Files.exists(Path.of(db))) {
            throw new CommandLine.ParameterException(cl,
                    "no store at " + db + " (create one with: dyad ingest INPUT... --db " + db + ")");
        }
        return EventStore.open(db);
    }
}
