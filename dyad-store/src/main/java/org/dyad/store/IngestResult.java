package org.dyad.store;

/**
 * What storing one article did.
 *
 * @param stored      false when the article was already in the store (same id or same content)
 * @param newEvents   events it created
 * @param mentions    mentions it added (each joined a new or an existing event)
 */
public record IngestResult(boolean stored, int newEvents, int mentions) {
    static final IngestResult DUPLICATE = new IngestResult(false, 0, 0);
}
