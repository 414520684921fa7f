package org.dyad.store;

import java.time.LocalDate;

/**
 * A stored article without its text, for lists.
 *
 * @param id     article id
 * @param title  headline, or empty
 * @param date   the date its relative dates were resolved against
 * @param source outlet, or null
 * @param url    address, or null
 * @param events the events extracted from it (mentions)
 */
public record ArticleSummary(String id, String title, LocalDate date, String source, String url, int events) {
}
