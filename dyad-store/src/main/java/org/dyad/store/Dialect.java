package org.dyad.store;

import java.util.Locale;

/** The databases a store can live in. */
public enum Dialect {
    /** An embedded DuckDB file: one machine, no server. */
    DUCKDB,
    /** A PostgreSQL server: shared, multi-user. */
    POSTGRESQL;

    /** The folder of this dialect's migration scripts. */
    String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The dialect of a JDBC URL. */
    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:duckdb:")) {
            return DUCKDB;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new StoreException("unsupported database URL '" + jdbcUrl
                + "': give a file path (DuckDB), jdbc:duckdb:PATH or jdbc:postgresql://HOST/DB", null);
    }
}
