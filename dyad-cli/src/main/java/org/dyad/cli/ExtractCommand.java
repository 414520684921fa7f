package org.dyad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.dyad.ingest.ArticleReader;
import org.dyad.output.EventFormat;
import org.dyad.pipeline.Extraction;
import org.dyad.pipeline.BatchExtractor;
import org.dyad.pipeline.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad extract}: articles in, coded events out, on all cores, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts coded political events from articles.",
            "INPUT is a .txt file, an .html file (main text), a .jsonl file of articles (fields id, text, "
                + "and optional title, date, lang, source, url), a directory (walked recursively), or - for "
                + "standard input."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Input files, directories, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @CommandLine.Mixin
    ArticleOptions articles;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Output format: table (readable, the default), jsonl or tsv.")
    String format;

    @Option(names = "--explain", description = "Show the rules and dictionary entries behind each event.")
    boolean explain;

    @Option(names = {"-q", "--quiet"}, description = "No progress messages on standard error.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventFormat fmt;
        try {
            fmt = EventFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be table, jsonl or tsv, not '" + format + "'");
        }
        articles.validate(spec.commandLine());
        Extractor extractor = Models.loadOrReport(err, quiet);
        if (extractor == null) {
            return DyadCommand.STARTUP_FAILURE;
        }
        int workers = articles.workers();
        boolean[] warnedToday = {false};
        boolean drawProgress = !quiet && Progress.stderrIsTerminal();
        long total = drawProgress ? Progress.countArticles(inputs) : -1;
        ArticleReader reader = new ArticleReader(articles.maxChars);
        BatchExtractor batch = new BatchExtractor(a -> extractor.extract(articles.apply(a), articles.date),
                workers);
        fmt.begin(out);
        BatchExtractor.Summary summary;
        try (Progress progress = new Progress(err, drawProgress, total, "articles")) {
            summary = batch.run(sink -> reader.read(inputs, System.in, sink), r -> {
                if (r instanceof BatchExtractor.Extracted x) {
                    Extraction e = x.extraction();
                    if (e.dateSource().equals("today") && !warnedToday[0]) {
                        progress.close();
                        err.println("dyad: " + r.origin() + ": no date given (use --date or a date field); "
                                + "used today's date, " + e.date());
                        warnedToday[0] = true;
                    } else if (e.dateSource().equals("dateline") && !quiet) {
                        progress.close();
                        err.println("dyad: " + r.origin() + ": no date given; used the dateline's day, " + e.date()
                                + " (its year assumed: the latest before today)");
                    }
                    fmt.write(e, out, explain);
                    out.flush();
                } else {
                    progress.close();
                    err.println("dyad: " + r.origin() + ": " + (r instanceof BatchExtractor.Failed f ? f.reason()
                            : ((BatchExtractor.Unreadable) r).error().reason()));
                }
            }, s -> progress.update(s.items(), s.tokens()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("dyad: interrupted");
            return DyadCommand.PARTIAL_FAILURE;
        }
        out.flush();
        if (!quiet) {
            double seconds = summary.nanos() / 1e9;
            err.printf(java.util.Locale.ROOT, "dyad: %d articles, %d events, %d failed in %s (%.2f articles/s, %,d "
                    + "tokens/s, %d thread%s)%n", summary.extracted(), summary.events(),
                    summary.failed() + summary.unreadable(), Progress.duration(Math.round(seconds)),
                    seconds > 0 ? summary.items() / seconds : 0.0,
                    seconds > 0 ? Math.round(summary.tokens() / seconds) : 0, workers, workers == 1 ? "" : "s");
        }
        long failures = summary.failed() + summary.unreadable();
        return failures == 0 ? 0 : DyadCommand.PARTIAL_FAILURE;
    }
}
