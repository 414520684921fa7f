package org.dyad.store;

/**
 * Totals of a store.
 *
 * @param articles      stored articles
 * @param events        distinct events
 * @param mentions      mentions
 * @param schemaVersion the schema version
 */
public record StoreStats(long articles, long events, long mentions, int schemaVersion) {
}
