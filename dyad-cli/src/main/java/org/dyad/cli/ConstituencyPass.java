package org.dyad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.ArticleSink;
import org.dyad.ingest.InputError;
import org.dyad.nlp.CoreNlpParser;

/**
 * The constituency-parse pass of {@code dyad bench}, run in a JVM of its own: CoreNLP's Spanish shift-reduce beam
 * model takes more heap than Dyad does in all, and must not count against Dyad's. Prints one line, "articles tokens
 * nanoseconds cpu-nanoseconds", for the parent to read. Not thread-safe; one pass per process.
 */
final class ConstituencyPass {
    /** The heap of the child JVM. */
    static final String HEAP = "4g";

    private ConstituencyPass() {
    }

    /** Runs the pass on the first {@code limit} articles of the corpus, after {@code warmup} of them. */
    static BenchCommand.Pass inChildJvm(Path corpus, int limit, int warmup) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx" + HEAP, "-cp", System.getProperty("java.class.path"),
                ConstituencyPass.class.getName(), corpus.toString(), String.valueOf(limit), String.valueOf(warmup));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = p.waitFor();
        String[] f = out.split(" ");
        if (exit != 0 || f.length != 4) {
            throw new IOException("exit code " + exit + ", output '" + out + "'");
        }
        return new BenchCommand.Pass("CoreNLP constituency", 1, Long.parseLong(f[0]), Long.parseLong(f[1]),
                Long.parseLong(f[2]), Long.parseLong(f[3]));
    }

    public static void main(String[] args) {
        List<Article> articles = new ArrayList<>();
        int limit = Integer.parseInt(args[1]);
        new ArticleReader().read(List.of(args[0]), System.in, new ArticleSink() {
            @Override
            public void article(Article a) {
                if (articles.size() < limit) {
                    articles.add(a);
                }
            }

            @Override
            public void error(InputError error) {
                // The parent reported the corpus's bad lines already.
            }
        });
        ToIntFunction<String> parser = CoreNlpParser.bare(CoreNlpParser.CONSTITUENCY);
        for (Article a : articles.subList(0, Math.min(articles.size(), Integer.parseInt(args[2])))) {
            parser.applyAsInt(a.text());
        }
        long t0 = System.nanoTime();
        long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long tokens = 0;
        for (Article a : articles) {
            tokens += parser.applyAsInt(a.text());
        }
        long nanos = System.nanoTime() - t0;
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(String.format(Locale.ROOT, "%d %d %d %d", articles.size(), tokens, nanos, cpu));
    }
}
