package org.dyad.pipeline;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleSink;
import org.dyad.ingest.InputError;

/**
 * Extracts a stream of articles on worker threads that share one extraction function, and hands every result to
 * a consumer in input order. Memory stays bounded whatever the input's size: the source is read only as fast as
 * results are consumed, with at most {@link #window()} articles read but not yet consumed.
 *
 * <p>The caller's thread reads the source and calls the consumer; only the extraction runs on the workers, so the
 * consumer needs no locking. A failed article (an {@link ExtractionException}, or a defect met on it) becomes a
 * {@link Failed} result and the batch goes on; an unreadable input becomes an {@link Unreadable} result in its
 * place. An exception thrown by the source or the consumer ends the run, after the workers are stopped.
 *
 * <p>Thread-safety: an instance holds no state between runs, and runs may overlap; the work function must be
 * thread-safe ({@link Extractor#extract} is).
 */
public final class BatchExtractor {
    /** The extraction of one article; called from several threads at once. */
    @FunctionalInterface
    public interface Work {
        Extraction extract(Article article) throws ExtractionException;
    }

    /** What happened to one input item, at its position in the input (from 0). */
    public sealed interface Result permits Extracted, Failed, Unreadable {
        /** Position of the item in the input, from 0. */
        long index();

        /** Where it was read ({@code file} or {@code file:line}), for messages. */
        String origin();
    }

    /** An article extracted in {@code nanos} of one worker's time. */
    public record Extracted(long index, Extraction extraction, long nanos) implements Result {
        @Override
        public String origin() {
            return extraction.article().origin();
        }
    }

    /**
     * An article that could not be extracted.
     *
     * @param reason why, for a one-line message
     * @param cause  the exception: an {@link ExtractionException} for an expected failure (unsupported language,
     *               failed parse); anything else is a defect met on this article
     */
    public record Failed(long index, Article article, String reason, Throwable cause) implements Result {
        @Override
        public String origin() {
            return article.origin();
        }

        /** True when the failure is a defect in Dyad rather than something about the article. */
        public boolean internal() {
            return !(cause instanceof ExtractionException);
        }
    }

    /** An input, or a line of it, that could not be read as an article. */
    public record Unreadable(long index, InputError error) implements Result {
        @Override
        public String origin() {
            return error.where();
        }
    }

    /**
     * The counts of a run so far.
     *
     * @param extracted  articles extracted
     * @param failed     articles that failed
     * @param unreadable inputs or lines that could not be read
     * @param events     events of the extracted articles
     * @param tokens     tokens of the extracted articles
     * @param nanos      wall-clock time since the run began
     */
    public record Summary(long extracted, long failed, long unreadable, long events, long tokens, long nanos) {
        /** Items consumed: extracted, failed and unreadable. */
        public long items() {
            return extracted + failed + unreadable;
        }

        Summary plus(Result r, long now) {
            if (r instanceof Extracted x) {
                return new Summary(extracted + 1, failed, unreadable, events + x.extraction().events().size(),
                        tokens + x.extraction().tokens(), now);
            }
            if (r instanceof Failed) {
                return new Summary(extracted, failed + 1, unreadable, events, tokens, now);
            }
            return new Summary(extracted, failed, unreadable + 1, events, tokens, now);
        }
    }

    /** Default number of articles in flight per thread: enough to keep a worker busy behind a long article. */
    public static final int WINDOW_PER_THREAD = 4;

    private final Work work;
    private final int threads;
    private final int window;

    /**
     * A batch extractor.
     *
     * @param work    the extraction of one article (thread-safe)
     * @param threads worker threads, at least 1
     * @param window  articles read but not yet consumed, at most; at least {@code threads}
     */
    public BatchExtractor(Work work, int threads, int window) {
        this.work = Objects.requireNonNull(work, "work");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (window < threads) {
            throw new IllegalArgumentException("window (" + window + ") must be at least threads (" + threads + ")");
        }
        this.threads = threads;
        this.window = window;
    }

    /** A batch extractor with the default window. */
    public BatchExtractor(Work work, int threads) {
        this(work, threads, threads * WINDOW_PER_THREAD);
    }

    /** A batch extractor over the extractor; {@code defaultDate} is for articles without one (null: today). */
    public static BatchExtractor of(Extractor extractor, LocalDate defaultDate, int threads) {
        return new BatchExtractor(a -> extractor.extract(a, defaultDate), threads);
    }

    /** The number of cores, the default number of threads. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public int threads() {
        return threads;
    }

    public int window() {
        return window;
    }

    /** Runs the batch without progress reports; see {@link #run(Consumer, Consumer, Consumer)}. */
    public Summary run(Consumer<ArticleSink> source, Consumer<Result> consumer) throws InterruptedException {
        return run(source, consumer, s -> { });
    }

    /**
     * Reads the source and extracts its articles; returns when every result has been consumed.
     *
     * @param source   pushes the articles and input errors, in input order, into the sink it is given, on the
     *                 calling thread (for example {@code sink -> reader.read(inputs, stdin, sink)})
     * @param consumer receives every result in input order, on the calling thread
     * @param progress receives the counts so far after each result is consumed, on the calling thread
     * @throws InterruptedException when the calling thread is interrupted; the workers are stopped
     */
    public Summary run(Consumer<ArticleSink> source, Consumer<Result> consumer, Consumer<Summary> progress)
            throws InterruptedException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(progress, "progress");
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
        Run run = new Run(pool, consumer, progress);
        try {
            source.accept(run);
            run.drain(0);
            return run.summary;
        } catch (Interrupted e) {
            throw e.cause;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One run: the results in flight, oldest first, and the counts so far. */
    private final class Run implements ArticleSink {
        private final ExecutorService pool;
        private final Consumer<Result> consumer;
        private final Consumer<Summary> progress;
        private final ArrayDeque<CompletableFuture<Result>> inFlight = new ArrayDeque<>();
        private final long start = System.nanoTime();
        private long next;
        private Summary summary = new Summary(0, 0, 0, 0, 0, 0);

        Run(ExecutorService pool, Consumer<Result> consumer, Consumer<Summary> progress) {
            this.pool = pool;
            this.consumer = consumer;
            this.progress = progress;
        }

        @Override
        public void article(Article article) {
            Objects.requireNonNull(article, "article");
            long index = next++;
            inFlight.add(CompletableFuture.supplyAsync(() -> extract(index, article), pool));
            drainOrInterrupt();
        }

        @Override
        public void error(InputError error) {
            Objects.requireNonNull(error, "error");
            inFlight.add(CompletableFuture.completedFuture(new Unreadable(next++, error)));
            drainOrInterrupt();
        }

        private void drainOrInterrupt() {
            try {
                drain(window - 1);
            } catch (InterruptedException e) {
                throw new Interrupted(e);
            }
        }

        /** Consumes results in order: every finished one at the head, and waits while more than max are left. */
        void drain(int max) throws InterruptedException {
            while (!inFlight.isEmpty() && (inFlight.size() > max || inFlight.peek().isDone())) {
                Result r;
                try {
                    r = inFlight.peek().get();
                } catch (ExecutionException e) {
                    // extract() catches what an article can cause; what is left (an Error) ends the run.
                    Throwable cause = e.getCause();
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException("extraction worker failed", cause);
                }
                inFlight.poll();
                consumer.accept(r);
                summary = summary.plus(r, System.nanoTime() - start);
                progress.accept(summary);
            }
        }
    }

    private Result extract(long index, Article article) {
        long t0 = System.nanoTime();
        try {
            Extraction x = work.extract(article);
            return new Extracted(index, x, System.nanoTime() - t0);
        } catch (ExtractionException e) {
            return new Failed(index, article, e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect met on one article must not cost the rest of the batch: it is reported with the article.
            return new Failed(index, article, "internal error, article skipped: " + e, e);
        }
    }

    /** Carries an interruption out of the sink, whose methods cannot throw it. */
    private static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InterruptedException cause;

        Interrupted(InterruptedException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /** Daemon worker threads named for thread dumps. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "dyad-extract-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
