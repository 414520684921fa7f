package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.ArticleSink;
import org.dyad.ingest.InputError;
import org.dyad.output.EventFormat;
import org.dyad.pipeline.Extraction;
import org.dyad.pipeline.ExtractionException;
import org.dyad.pipeline.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad extract}: articles in, coded events out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts coded political events from articles.",
            "INPUT is a .txt file, an .html file (main text), a .jsonl file of articles (fields id, text, "
                + "and optional title, date, lang, source, url), a directory (walked recursively), or - for "
                + "standard input."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Input files, directories, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Output format: table (readable, the default), jsonl or tsv.")
    String format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that do not give one (relative dates resolve against it).")
    LocalDate date;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the articles (ISO 639-1, such as es); identified automatically if absent.")
    String lang;

    @Option(names = "--explain", description = "Show the rules and dictionary entries behind each event.")
    boolean explain;

    @Option(names = "--max-chars", defaultValue = "1000000", paramLabel = "N",
            description = "Skip articles whose text is longer than N chars (default: ${DEFAULT-VALUE}).")
    int maxChars;

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
        if (lang != null && !Extractor.SUPPORTED.contains(lang)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unsupported language '" + lang + "' (Dyad codes: " + String.join(", ", Extractor.SUPPORTED)
                            + ")");
        }
        Extractor extractor = Models.loadOrReport(err, quiet);
        if (extractor == null) {
            return DyadCommand.STARTUP_FAILURE;
        }
        int[] failures = {0};
        int[] articles = {0};
        int[] events = {0};
        boolean[] warnedToday = {false};
        fmt.begin(out);
        new ArticleReader(maxChars).read(inputs, System.in, new ArticleSink() {
            @Override
            public void article(Article article) {
                Article a = lang == null ? article : article.withLang(lang);
                try {
                    Extraction x = extractor.extract(a, date);
                    if (x.dateSource().equals("today") && !warnedToday[0]) {
                        err.println("dyad: " + a.origin() + ": no date given (use --date or a date field); "
                                + "used today's date, " + x.date());
                        warnedToday[0] = true;
                    } else if (x.dateSource().equals("dateline") && !quiet) {
                        err.println("dyad: " + a.origin() + ": no date given; used the dateline's day, " + x.date()
                                + " (its year assumed: the latest before today)");
                    }
                    fmt.write(x, out, explain);
                    out.flush();
                    articles[0]++;
                    events[0] += x.events().size();
                } catch (ExtractionException e) {
                    failures[0]++;
                    err.println("dyad: " + a.origin() + ": " + e.getMessage());
                } catch (RuntimeException e) {
                    // A defect met on one article must not cost the rest of the batch: report it and go on.
                    failures[0]++;
                    err.println("dyad: " + a.origin() + ": internal error, article skipped: " + e);
                }
            }

            @Override
            public void error(InputError error) {
                failures[0]++;
                err.println("dyad: " + error);
            }
        });
        out.flush();
        if (!quiet) {
            err.printf(java.util.Locale.ROOT, "dyad: %d articles, %d events, %d failed%n", articles[0], events[0],
                    failures[0]);
        }
        return failures[0] == 0 ? 0 : DyadCommand.PARTIAL_FAILURE;
    }
}
