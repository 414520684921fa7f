package org.dyad.server;

import java.time.LocalDate;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.dyad.ingest.Article;
import org.dyad.pipeline.Extraction;
import org.dyad.pipeline.ExtractionException;
import org.dyad.pipeline.Extractor;

/**
 * The shared extractor behind a bounded gate: at most {@code threads} extractions run at once, at most
 * {@code queue} more wait in arrival order, and the rest are refused with 503 at once. This bounds the
 * memory that parses in flight can take whatever the number of clients. Thread-safe.
 */
final class ExtractService {
    /** How long a request waits for its turn before it is told to come back. */
    private static final long WAIT_SECONDS = 120;

    private final Extractor extractor;
    private final Semaphore running;
    private final int admissible;
    private final AtomicInteger admitted = new AtomicInteger();

    ExtractService(Extractor extractor, int threads, int queue) {
        this.extractor = extractor;
        this.running = new Semaphore(threads, true);
        this.admissible = threads + queue;
    }

    Extractor extractor() {
        return extractor;
    }

    Extraction extract(Article article, LocalDate defaultDate) {
        if (admitted.incrementAndGet() > admissible) {
            admitted.decrementAndGet();
            throw new ApiException(503, "the server is busy: " + admissible + " extractions are running or waiting");
        }
        try {
            return run(article, defaultDate);
        } finally {
            admitted.decrementAndGet();
        }
    }

    private Extraction run(Article article, LocalDate defaultDate) {
        boolean acquired;
        try {
            acquired = running.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is stopping", e);
        }
        if (!acquired) {
            throw new ApiException(503, "the server is busy: no turn within " + WAIT_SECONDS + " s");
        }
        try {
            return extractor.extract(article, defaultDate);
        } catch (ExtractionException e) {
            throw new ApiException(422, e.getMessage(), e);
        } finally {
            running.release();
        }
    }
}
