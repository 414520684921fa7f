package org.dyad.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.ArticleSink;
import org.dyad.ingest.InputError;
import org.dyad.nlp.CoreNlpParser;
import org.dyad.output.EventJson;
import org.dyad.pipeline.BatchExtractor;
import org.dyad.pipeline.Extractor;
import org.dyad.timing.StageTimes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad bench}: Dyad's throughput on a corpus against CoreNLP alone with the same annotators, on one thread
 * and on several, with the time share of each stage, the peak heap, and CoreNLP's constituency pipeline for
 * comparison. Each pass runs after a warm-up on the same articles.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures throughput on a JSONL corpus: after a warm-up, Dyad on one thread (with the time "
                + "share of each CoreNLP annotator and each Dyad stage), CoreNLP alone with the same annotators on "
                + "the same text, Dyad on N threads, and CoreNLP's constituency pipeline "
                + "(" + CoreNlpParser.CONSTITUENCY + "); then the peak heap and the checks of issue 6.",
            "Other processes on the machine make the figures noisy: run it on a quiet machine, with the heap "
                + "Dyad is meant to fit in (java -Xmx1536m -jar dyad-cli.jar bench …)."})
public final class BenchCommand implements Callable<Integer> {
    /** Dyad must keep this share of CoreNLP-alone's throughput, on one thread. */
    static final double MIN_RATIO = 0.85;
    /** Two threads must be at least this much faster than one. */
    static final double MIN_SPEEDUP = 1.6;
    /** Peak heap allowed, bytes. */
    static final long MAX_HEAP = 1536L * 1024 * 1024;

    @Parameters(index = "0", paramLabel = "CORPUS.jsonl", description = "Articles, one JSON object a line.")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads of the parallel pass (default: all cores, at least 2).")
    Integer threads;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N articles (default: all).")
    Integer limit;

    @Option(names = "--warmup", defaultValue = "30", paramLabel = "N",
            description = "Articles each pipeline processes before it is measured (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--constituency", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Measure CoreNLP's constituency pipeline too (default: yes; it loads about 0.3 GB "
                + "more, after Dyad's heap is read).")
    boolean constituency;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One measured pass. */
    record Pass(String name, int threads, long articles, long tokens, long nanos, long cpuNanos) {
        double articlesPerSecond() {
            return articles / (nanos / 1e9);
        }

        double tokensPerSecond() {
            return tokens / (nanos / 1e9);
        }

        /** Tokens per second of processor time: what the pass would do on a core of its own. */
        double tokensPerCpuSecond() {
            return tokens / (cpuNanos / 1e9);
        }

        Pass plus(Pass other) {
            return new Pass(name, threads, articles + other.articles, tokens + other.tokens, nanos + other.nanos,
                    cpuNanos + other.cpuNanos);
        }
    }

    /** Articles per thread in one round of the passes. */
    static final int ROUND_PER_THREAD = 12;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (warmup < 0 || (limit != null && limit < 1) || (threads != null && threads < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--warmup must be at least 0, --limit and --threads at least 1");
        }
        if (!Files.isRegularFile(corpus)) {
            err.println("dyad: " + corpus + ": no such file");
            return 2;
        }
        List<Article> articles = read(err);
        if (articles.isEmpty()) {
            err.println("dyad: " + corpus + ": no articles");
            return 2;
        }
        int parallel = threads != null ? threads : Math.max(2, BatchExtractor.defaultThreads());
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        HeapWatch heap = new HeapWatch();
        heap.start();

        StageTimes stages = StageTimes.recording();
        err.println("dyad: loading the Spanish models…");
        Extractor extractor;
        try {
            extractor = Extractor.create(stages);
        } catch (org.dyad.data.DataFileException | org.dyad.nlp.NlpException e) {
            err.println("dyad: cannot start: " + e.getMessage());
            return DyadCommand.STARTUP_FAILURE;
        }
        ToIntFunction<String> coreNlp = CoreNlpParser.bare(CoreNlpParser.ANNOTATORS);
        List<Article> warm = articles.subList(0, Math.min(warmup, articles.size()));

        err.println("dyad: warming up on " + warm.size() + " articles…");
        dyad(extractor, warm, 1, null, null, null);
        coreNlpAlone(coreNlp, warm);
        stages.reset();

        // The passes take turns on blocks of articles, so that a change in the machine's load (other processes)
        // falls on all of them alike and their ratios stay fair.
        int block = ROUND_PER_THREAD * parallel;
        int rounds = (articles.size() + block - 1) / block;
        err.printf(Locale.ROOT, "dyad: %d rounds of %d articles: CoreNLP alone, Dyad on 1 thread, Dyad on %d "
                + "threads…%n", rounds, block, parallel);
        Pass core1 = new Pass("CoreNLP alone", 1, 0, 0, 0, 0);
        Pass dyad1 = new Pass("Dyad", 1, 0, 0, 0, 0);
        Pass dyadN = new Pass("Dyad", parallel, 0, 0, 0, 0);
        long[] outputNanos = {0};
        long[] storageNanos = {0};
        Map<String, Long> shares = new java.util.LinkedHashMap<>();
        java.nio.file.Path storeDir;
        try {
            storeDir = Files.createTempDirectory("dyad-bench");
        } catch (java.io.IOException e) {
            err.println("dyad: cannot create a temporary store: " + e.getMessage());
            return DyadCommand.STARTUP_FAILURE;
        }
        try (org.dyad.store.EventStore store = org.dyad.store.EventStore.open(storeDir.resolve("bench.duckdb")
                .toString()); Progress progress = new Progress(err, Progress.stderrIsTerminal(), rounds, "rounds")) {
            for (int r = 0; r < rounds; r++) {
                List<Article> round = articles.subList(r * block, Math.min(articles.size(), (r + 1) * block));
                core1 = core1.plus(coreNlpAlone(coreNlp, round));
                Map<String, Long> before = stages.snapshot();
                dyad1 = dyad1.plus(dyad(extractor, round, 1, outputNanos, store, storageNanos));
                stages.snapshot().forEach((stage, nanos) -> shares.merge(stage,
                        nanos - before.getOrDefault(stage, 0L), Long::sum));
                dyadN = dyadN.plus(dyad(extractor, round, parallel, null, null, null));
                progress.update(r + 1, dyad1.tokens());
            }
        }
        deleteTree(storeDir);
        done(err, core1);
        done(err, dyad1);
        done(err, dyadN);
        long peakHeap = heap.peakUsed();
        long peakLive = heap.peakLive();

        Pass parse = null;
        if (constituency) {
            err.println("dyad: CoreNLP constituency pipeline, 1 thread, in a JVM of its own (its model needs "
                    + ConstituencyPass.HEAP + " of heap)…");
            try {
                parse = ConstituencyPass.inChildJvm(corpus, articles.size(), Math.min(warm.size(), 5));
                done(err, parse);
            } catch (java.io.IOException e) {
                err.println("dyad: the constituency pass failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return DyadCommand.PARTIAL_FAILURE;
            }
        }
        heap.stopWatching();
        report(out, loadBefore, articles.size(), dyad1, core1, dyadN, parse, shares, outputNanos[0], storageNanos[0],
                peakHeap, peakLive);
        out.flush();
        return 0;
    }

    private static void deleteTree(java.nio.file.Path dir) {
        try (java.util.stream.Stream<java.nio.file.Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            // A temporary store left behind costs disk, not correctness; the benchmark's figures stand.
        }
    }

    private static void done(PrintWriter err, Pass p) {
        err.printf(Locale.ROOT, "dyad:   %s, %d thread%s: %.2f articles/s, %,.0f tokens/s%n", p.name(),
                p.threads(), p.threads() == 1 ? "" : "s", p.articlesPerSecond(), p.tokensPerSecond());
        err.flush();
    }

    private List<Article> read(PrintWriter err) {
        List<Article> articles = new ArrayList<>();
        new ArticleReader().read(List.of(corpus.toString()), System.in, new ArticleSink() {
            @Override
            public void article(Article article) {
                if (limit == null || articles.size() < limit) {
                    articles.add(article);
                }
            }

            @Override
            public void error(InputError error) {
                err.println("dyad: " + error);
            }
        });
        return articles;
    }

    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static Pass coreNlpAlone(ToIntFunction<String> pipeline, List<Article> articles) {
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        long tokens = 0;
        for (Article a : articles) {
            tokens += pipeline.applyAsInt(a.text());
        }
        return new Pass("CoreNLP alone", 1, articles.size(), tokens, System.nanoTime() - t0,
                CPU.getCurrentThreadCpuTime() - c0);
    }

    /**
     * Dyad on the articles; with {@code outputNanos}, each event is also written as JSON, and with a store each
     * article is stored (deduplicated, one transaction each), and those times recorded.
     */
    private static Pass dyad(Extractor extractor, List<Article> articles, int threads, long[] outputNanos,
                             org.dyad.store.EventStore store, long[] storageNanos) {
        long[] tokens = {0};
        long[] chars = {0};
        java.util.concurrent.atomic.LongAdder cpu = new java.util.concurrent.atomic.LongAdder();
        BatchExtractor batch = new BatchExtractor(a -> {
            long c0 = CPU.getCurrentThreadCpuTime();
            try {
                return extractor.extract(a, null);
            } finally {
                cpu.add(CPU.getCurrentThreadCpuTime() - c0);
            }
        }, threads);
        long t0 = System.nanoTime();
        try {
            batch.run(sink -> articles.forEach(sink::article), r -> {
                if (r instanceof BatchExtractor.Extracted x) {
                    tokens[0] += x.extraction().tokens();
                    if (outputNanos != null) {
                        long o = System.nanoTime();
                        x.extraction().events().forEach(e -> chars[0] += EventJson.line(e, false).length());
                        outputNanos[0] += System.nanoTime() - o;
                    }
                    if (store != null) {
                        long o = System.nanoTime();
                        store.store(x.extraction());
                        storageNanos[0] += System.nanoTime() - o;
                    }
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        }
        return new Pass("Dyad", threads, articles.size(), tokens[0], System.nanoTime() - t0, cpu.sum());
    }

    private static void report(PrintWriter out, double loadBefore, int articles, Pass dyad1, Pass core1, Pass dyadN,
                               Pass parse,
                               Map<String, Long> stages, long outputNanos, long storageNanos, long peakHeap,
                               long peakLive) {
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %s%n", rt.availableProcessors(),
                System.getProperty("java.version"), mb(rt.maxMemory()));
        out.printf(Locale.ROOT, "corpus: %,d articles, %,d tokens; load average %.1f at the start, %.1f at the "
                + "end%n%n", articles, dyad1.tokens(), loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(Locale.ROOT, "%-44s %7s %11s %10s %13s%n", "pass", "threads", "articles/s", "tokens/s",
                "tokens/CPU-s");
        for (Pass p : new Pass[] {core1, dyad1, dyadN, parse}) {
            if (p != null) {
                String name = p == parse ? "CoreNLP " + CoreNlpParser.CONSTITUENCY
                        : p == core1 ? "CoreNLP " + CoreNlpParser.ANNOTATORS : "Dyad (everything)";
                out.printf(Locale.ROOT, "%-44s %7d %11.2f %,10.0f %,13.0f%n", name, p.threads(),
                        p.articlesPerSecond(), p.tokensPerSecond(), p.tokensPerCpuSecond());
            }
        }
        out.println("(tokens/CPU-s: tokens per second of processor time, which other processes on the machine "
                + "change less than the wall clock)");
        long total = dyad1.nanos() + outputNanos + storageNanos;
        out.printf(Locale.ROOT, "%nDyad on 1 thread, share of the work by stage (%.1f s in all: extraction on the "
                + "worker thread; output and storage on the calling thread, overlapping the next extraction):%n",
                total / 1e9);
        long counted = 0;
        for (Map.Entry<String, Long> e : stages.entrySet()) {
            out.printf(Locale.ROOT, "  %-22s %6.1f%%  %8.2f s%n", e.getKey(), 100.0 * e.getValue() / total,
                    e.getValue() / 1e9);
            counted += e.getValue();
        }
        out.printf(Locale.ROOT, "  %-22s %6.1f%%  %8.2f s%n", "output (JSON)", 100.0 * outputNanos / total,
                outputNanos / 1e9);
        out.printf(Locale.ROOT, "  %-22s %6.1f%%  %8.2f s%n", "storage (DuckDB)", 100.0 * storageNanos / total,
                storageNanos / 1e9);
        long other = Math.max(0, total - counted - outputNanos - storageNanos);
        out.printf(Locale.ROOT, "  %-22s %6.1f%%  %8.2f s%n", "other (events, batch)", 100.0 * other / total,
                other / 1e9);
        double ratio = dyad1.tokensPerSecond() / core1.tokensPerSecond();
        double cpuRatio = dyad1.tokensPerCpuSecond() / core1.tokensPerCpuSecond();
        double speedup = dyadN.tokensPerSecond() / dyad1.tokensPerSecond();
        double cpuScaling = dyadN.threads() * dyadN.tokensPerCpuSecond() / dyad1.tokensPerCpuSecond();
        out.printf(Locale.ROOT, "%npeak heap: %s used, %s live after GC (read before the constituency model loads)"
                + "%n%n", mb(peakHeap), mb(peakLive));
        out.println("checks:");
        check(out, ratio >= MIN_RATIO, String.format(Locale.ROOT, "Dyad / CoreNLP alone, 1 thread = %.2f (≥ %.2f); "
                + "by processor time %.2f", ratio, MIN_RATIO, cpuRatio));
        check(out, dyadN.threads() != 2 || speedup >= MIN_SPEEDUP, String.format(Locale.ROOT,
                "Dyad %d threads / 1 thread = %.2f (≥ %.1f with 2 threads); on %d idle cores it would be %.2f "
                + "(processor time per token)", dyadN.threads(), speedup, MIN_SPEEDUP, dyadN.threads(), cpuScaling));
        check(out, peakHeap <= MAX_HEAP, "peak heap " + mb(peakHeap) + " (≤ " + mb(MAX_HEAP) + ")");
        if (parse != null) {
            check(out, dyad1.tokensPerSecond() >= parse.tokensPerSecond(), String.format(Locale.ROOT,
                    "Dyad / constituency parse alone, 1 thread = %.2f (≥ 1)",
                    dyad1.tokensPerSecond() / parse.tokensPerSecond()));
        }
    }

    private static void check(PrintWriter out, boolean ok, String what) {
        out.println("  " + (ok ? "pass" : "FAIL") + "  " + what);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }

    /**
     * Watches the heap while the benchmark runs: the most used at once, sampled (garbage included, so it depends
     * on the collector's pace), and the most in use just after a collection (what was live, near enough).
     */
    private static final class HeapWatch extends Thread {
        private volatile boolean running = true;
        private final java.util.concurrent.atomic.AtomicLong peakUsed = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong peakLive = new java.util.concurrent.atomic.AtomicLong();

        HeapWatch() {
            super("dyad-bench-heap");
            setDaemon(true);
            List<String> heapPools = new ArrayList<>();
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    heapPools.add(p.getName());
                }
            }
            for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter emitter) {
                    emitter.addNotificationListener((n, handback) -> {
                        if (!n.getType().equals(
                                com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                            return;
                        }
                        var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                (javax.management.openmbean.CompositeData) n.getUserData());
                        long after = 0;
                        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                            if (heapPools.contains(e.getKey())) {
                                after += e.getValue().getUsed();
                            }
                        }
                        peakLive.accumulateAndGet(after, Math::max);
                    }, null, null);
                }
            }
        }

        @Override
        public void run() {
            while (running) {
                peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                        Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peakUsed() {
            return peakUsed.get();
        }

        long peakLive() {
            return peakLive.get();
        }

        void stopWatching() {
            running = false;
        }
    }
}
