package org.dyad.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.dyad.ingest.Article;
import org.dyad.pipeline.ExtractionException;
import org.dyad.pipeline.Extractor;
import org.dyad.store.EventStore;
import org.dyad.store.IngestResult;

/**
 * The README's sample article ({@code samples/kim-putin.es.txt} of 2024-06-13), shipped in the server jar so
 * that {@code dyad serve --sample} works from anywhere. It is read as {@code dyad ingest} reads a text file,
 * so ingesting it either way stores it once.
 */
public final class SampleArticle {
    /** Its file name, which is its id. */
    public static final String ID = "kim-putin.es.txt";
    /** Its publication date. */
    public static final LocalDate DATE = LocalDate.of(2024, 6, 13);
    private static final String RESOURCE = "/org/dyad/server/sample/" + ID;

    private SampleArticle() {
    }

    /** The article, dated. */
    public static Article article() {
        try (InputStream in = SampleArticle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample article is missing from the jar: " + RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
            return new Article(ID, "", text, DATE, null, null, null, ID);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Stores the sample unless the store has it already; says whether it was added. */
    public static boolean ingest(EventStore store, Extractor extractor) throws ExtractionException {
        Article a = article();
        if (store.contains(a)) {
            return false;
        }
        IngestResult r = store.store(extractor.extract(a, DATE));
        return r.stored();
    }
}
