package org.dyad.store;

import java.util.List;

/**
 * One page of results.
 *
 * @param items  the results
 * @param total  how many match in all
 * @param offset index of the first result
 * @param limit  the page size asked
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }
}
