package org.dyad.cli;

import java.time.LocalDate;

import org.dyad.ingest.Article;
import org.dyad.pipeline.BatchExtractor;
import org.dyad.pipeline.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How articles are read and extracted: the options {@code extract} and {@code ingest} share. */
final class ArticleOptions {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that do not give one (relative dates resolve against it).")
    LocalDate date;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the articles (ISO 639-1, such as es); identified automatically if absent.")
    String lang;

    @Option(names = "--max-chars", defaultValue = "1000000", paramLabel = "N",
            description = "Skip articles whose text is longer than N chars (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads sharing one copy of the models (default: all cores). Results are "
                + "written in input order, so they are the same whatever N.")
    Integer threads;

    /** Refuses an unsupported language or a thread count below one, naming the option. */
    void validate(CommandLine cl) {
        if (lang != null && !Extractor.SUPPORTED.contains(lang)) {
            throw new CommandLine.ParameterException(cl, "unsupported language '" + lang + "' (Dyad codes: "
                    + String.join(", ", Extractor.SUPPORTED) + ")");
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1");
        }
    }

    /** The number of worker threads. */
    int workers() {
        return threads == null ? BatchExtractor.defaultThreads() : threads;
    }

    /** The article with the language given by --lang, if any. */
    Article apply(Article a) {
        return lang == null ? a : a.withLang(lang);
    }
}
