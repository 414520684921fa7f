package org.dyad.ingest;

/** Receives the articles and errors of a read, in input order. */
public interface ArticleSink {
    void article(Article article);

    void error(InputError error);
}
