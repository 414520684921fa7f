package org.dyad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.ArticleSink;
import org.dyad.ingest.InputError;
import org.dyad.pipeline.BatchExtractor;
import org.dyad.pipeline.Extractor;
import org.dyad.store.EventStore;
import org.dyad.store.IngestResult;
import org.dyad.store.StoreException;
import org.dyad.store.StoreStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad ingest}: articles in, events and mentions stored once, deduplicated. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts events from articles and stores them, deduplicated: the same act in several "
            + "articles is one event with several mentions.",
            "An article already in the store (same id or same text) is skipped, so running an ingest again adds "
                + "nothing; each article is stored in one transaction, so an interrupted ingest can simply be "
                + "run again.",
            "INPUT is as for dyad extract: .txt, .html, .jsonl, a directory, or - for standard input."})
public final class IngestCommand implements Callable<Integer> {
    private static final int MAX_LISTED_FAILURES = 20;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Input files, directories, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @CommandLine.Mixin
    ArticleOptions articles;

    @Mixin
    StoreOption store;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or messages on standard error.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        articles.validate(spec.commandLine());
        EventStore db;
        try {
            db = store.openForWriting();
        } catch (StoreException e) {
            err.println("dyad: " + e.getMessage());
            return DyadCommand.STARTUP_FAILURE;
        }
        int workers = articles.workers();
        boolean drawProgress = !quiet && Progress.stderrIsTerminal();
        long total = drawProgress ? Progress.countArticles(inputs) : -1;
        ArticleReader reader = new ArticleReader(articles.maxChars);
        Tally t = new Tally();
        Extractor[] extractor = {null};
        BatchExtractor batch = new BatchExtractor(a -> extractor[0].extract(a, articles.date), workers);
        long started = System.nanoTime();
        try (db; Progress progress = new Progress(err, drawProgress, total, "articles")) {
            // The caller's thread reads the input and skips what is stored before it costs an extraction; the
            // models load with the first article that needs them, so a re-run of a stored input loads none.
            Consumer<ArticleSink> source = sink -> reader.read(inputs, System.in, new ArticleSink() {
                @Override
                public void article(Article article) {
                    Article a = articles.apply(article);
                    if (db.contains(a)) {
                        t.skipped++;
                        return;
                    }
                    if (extractor[0] == null) {
                        progress.close();
                        extractor[0] = Models.extractor(err, quiet);
                    }
                    sink.article(a);
                }

                @Override
                public void error(InputError error) {
                    sink.error(error);
                }
            });
            batch.run(source, r -> {
                if (r instanceof BatchExtractor.Extracted x) {
                    try {
                        IngestResult stored = db.store(x.extraction());
                        if (stored.stored()) {
                            t.stored++;
                            t.mentions += stored.mentions();
                            t.newEvents += stored.newEvents();
                        } else {
                            t.skipped++;
                        }
                    } catch (StoreException e) {
                        progress.close();
                        t.fail(err, r.origin() + ": " + e.getMessage());
                    }
                } else {
                    progress.close();
                    t.fail(err, r.origin() + ": " + (r instanceof BatchExtractor.Failed f ? f.reason()
                            : ((BatchExtractor.Unreadable) r).error().reason()));
                }
            }, s -> progress.update(t.skipped + s.items(), s.tokens()));
            progress.close();
            StoreStats s = db.stats();
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf(Locale.ROOT, "dyad: %d articles read: %d stored, %d already in the store, %d failed; "
                    + "%d mentions, %d new events; %s, %d thread%s%n", t.stored + t.skipped + t.failed, t.stored,
                    t.skipped, t.failed, t.mentions, t.newEvents, Progress.duration(Math.round(seconds)), workers,
                    workers == 1 ? "" : "s");
            err.printf(Locale.ROOT, "dyad: %s now holds %d articles, %d events, %d mentions%n", db.location(),
                    s.articles(), s.events(), s.mentions());
            if (t.failed > 0) {
                err.println("dyad: failures:");
                t.failures.stream().limit(MAX_LISTED_FAILURES).forEach(f -> err.println("  " + f));
                if (t.failures.size() > MAX_LISTED_FAILURES) {
                    err.printf(Locale.ROOT, "  … and %d more, each reported above%n",
                            t.failures.size() - MAX_LISTED_FAILURES);
                }
            }
            return t.failed == 0 ? 0 : DyadCommand.PARTIAL_FAILURE;
        } catch (org.dyad.data.DataFileException | org.dyad.nlp.NlpException e) {
            err.println("dyad: cannot start: " + e.getMessage());
            return DyadCommand.STARTUP_FAILURE;
        } catch (StoreException e) {
            err.println("dyad: " + e.getMessage());
            return DyadCommand.PARTIAL_FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("dyad: interrupted; every article stored so far is complete");
            return DyadCommand.PARTIAL_FAILURE;
        }
    }

    /** Counts of one ingest. */
    private static final class Tally {
        int stored;
        int skipped;
        int failed;
        long mentions;
        long newEvents;
        final List<String> failures = new ArrayList<>();

        void fail(PrintWriter err, String message) {
            failed++;
            failures.add(message);
            err.println("dyad: " + message);
            err.flush();
        }
    }
}
