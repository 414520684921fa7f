package org.dyad.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dyad.pipeline.Extractor;
import org.dyad.store.EventStore;

/**
 * The benchmark of {@code POST /api/extract} on a warm server: a server started in this process over a
 * temporary store, warmed up, then timed on sequential requests (latency percentiles) and on a burst of
 * concurrent ones (failures, wall time, peak heap). Loopback traffic only. Not thread-safe; run once.
 */
public final class ApiBenchmark {
    private final Extractor extractor;
    private final PrintWriter out;

    public ApiBenchmark(Extractor extractor, PrintWriter out) {
        this.extractor = extractor;
        this.out = out;
    }

    /**
     * Runs the benchmark on the sample article.
     *
     * @param warmup     requests before timing
     * @param requests   sequential timed requests
     * @param concurrent requests sent at once in the burst
     * @return whether every request succeeded
     */
    public boolean run(int warmup, int requests, int concurrent) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("dyad-bench-api");
        try (EventStore store = EventStore.open(dir.resolve("bench.duckdb").toString());
             DyadServer server = new DyadServer(store, extractor, ServerConfig.defaults(0)).start()) {
            return run(server, warmup, requests, concurrent);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private boolean run(DyadServer server, int warmup, int requests, int concurrent)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ObjectNode body = ApiJson.JSON.createObjectNode();
        body.put("text", SampleArticle.article().text());
        body.put("date", SampleArticle.DATE.toString());
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "api/extract"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        out.printf(Locale.ROOT, "POST /api/extract, sample article (%d chars), server %s, %d cores, max heap %d MB%n",
                SampleArticle.article().text().length(), server.url(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        int failures = 0;
        for (int i = 0; i < warmup; i++) {
            failures += http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200 ? 0 : 1;
        }
        long[] millis = new long[requests];
        long[] extracting = new long[requests];
        long cpu0 = processCpuNanos();
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
            failures += r.statusCode() == 200 ? 0 : 1;
            extracting[i] = r.statusCode() == 200 ? ApiJson.JSON.readTree(r.body()).path("elapsed_ms").asLong() : -1;
        }
        long cpu = processCpuNanos() - cpu0;
        Arrays.sort(millis);
        Arrays.sort(extracting);
        out.printf(Locale.ROOT, "sequential: %d requests after %d warm-up: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
                requests, warmup, percentile(millis, 50), percentile(millis, 90), percentile(millis, 99),
                millis[millis.length - 1]);
        out.printf(Locale.ROOT, "  of which extraction (server-side) p50 %d ms; process CPU per request %d ms "
                        + "(the latency on an otherwise idle core)%n", percentile(extracting, 50),
                cpu < 0 ? -1 : cpu / requests / 1_000_000);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        List<CompletableFuture<Long>> calls = new ArrayList<>();
        for (int i = 0; i < concurrent; i++) {
            long start = System.nanoTime();
            calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .thenApply(r -> r.statusCode() == 200 ? (System.nanoTime() - start) / 1_000_000 : -1L));
        }
        long[] burst = new long[concurrent];
        int burstFailures = 0;
        for (int i = 0; i < concurrent; i++) {
            try {
                burst[i] = calls.get(i).join();
            } catch (java.util.concurrent.CompletionException e) {
                burst[i] = -1;
            }
            burstFailures += burst[i] < 0 ? 1 : 0;
        }
        long wall = (System.nanoTime() - t0) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        Arrays.sort(burst);
        out.printf(Locale.ROOT, "concurrent: %d requests at once: %d failed, all answered in %d ms "
                        + "(%.1f requests/s); latency p50 %d ms, max %d ms%n", concurrent, burstFailures, wall,
                concurrent * 1000.0 / Math.max(1, wall), percentile(burst, 50), burst[burst.length - 1]);
        out.printf(Locale.ROOT, "heap: %d MB used before the burst (after GC), %d MB at its peak, of %d MB%n",
                before >> 20, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        return failures == 0 && burstFailures == 0;
    }

    /** CPU time of this process so far, or -1 where the JVM does not tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static long percentile(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
