package org.dyad.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from an input. Text offsets elsewhere in Dyad are UTF-16 char
 * offsets into {@link #text()}.
 *
 * @param id     unique id (the JSONL {@code id}, or the file name)
 * @param title  headline, or empty
 * @param text   the body, paragraphs separated by newlines (title excluded)
 * @param date   publication date, or null where the input gives none
 * @param lang   ISO 639-1 code declared by the input, or null to identify it
 * @param source outlet name, or null
 * @param url    address, or null
 * @param origin where it was read, for messages ({@code file} or {@code file:line})
 */
public record Article(String id, String title, String text, LocalDate date, String lang, String source,
                      String url, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        origin = origin == null ? id : origin;
    }

    /** A copy with the given date. */
    public Article withDate(LocalDate newDate) {
        return new Article(id, title, text, newDate, lang, source, url, origin);
    }

    /** A copy with the given language. */
    public Article withLang(String newLang) {
        return new Article(id, title, text, date, newLang, source, url, origin);
    }
}
