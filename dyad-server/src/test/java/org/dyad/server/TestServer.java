package org.dyad.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.dyad.pipeline.Extractor;
import org.dyad.store.EventStore;

/**
 * A server started in-process on a free port over a fresh DuckDB store holding the sample article; the
 * extractor is loaded once per test JVM.
 */
final class TestServer implements AutoCloseable {
    private static Extractor extractor;

    final Path dir;
    final EventStore store;
    final DyadServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer(Path dir, EventStore store, DyadServer server) {
        this.dir = dir;
        this.store = store;
        this.server = server;
    }

    static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = Extractor.create();
        }
        return extractor;
    }

    static TestServer start(ServerConfig config) throws Exception {
        Path dir = Files.createTempDirectory("dyad-server-test");
        EventStore store = EventStore.open(dir.resolve("dyad.duckdb").toString());
        SampleArticle.ingest(store, extractor());
        return new TestServer(dir, store, new DyadServer(store, extractor(), config).start());
    }

    static TestServer start() throws Exception {
        return start(ServerConfig.defaults(0));
    }

    String url(String path) {
        return server.url() + (path.startsWith("/") ? path.substring(1) : path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return ApiJson.JSON.readTree(r.body());
    }

    static String sampleText() {
        return SampleArticle.article().text();
    }

    @Override
    public void close() {
        server.close();
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
