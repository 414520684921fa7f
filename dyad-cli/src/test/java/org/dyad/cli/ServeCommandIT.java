package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's {@code dyad serve --sample}, run from the packaged jar as a user runs it. */
class ServeCommandIT {
    private static final Pattern SERVING = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path dir;

    /** A running {@code dyad serve} and what it said on standard error. */
    private record Served(Process process, String url, List<String> err) {
    }

    private Served serve(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1500m", "-jar", Path.of("target", "dyad-cli.jar").toString(),
                "serve", "--sample", "--port", "0", "--db", db.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> err = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    err.add(line);
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    }
                }
                url.completeExceptionally(new AssertionError("dyad serve stopped: " + err));
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
        }, "serve-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return new Served(p, url.get(240, TimeUnit.SECONDS), err);
        } catch (Exception e) {
            p.destroyForcibly();
            throw e;
        }
    }

    private static void stop(Served s) throws InterruptedException {
        s.process().destroy();
        if (!s.process().waitFor(60, TimeUnit.SECONDS)) {
            s.process().destroyForcibly();
        }
    }

    @Test
    void servesThePageAndTheSampleOnceAcrossRestarts() throws Exception {
        Path db = dir.resolve("dyad.duckdb");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Served first = serve(db);
        try {
            assertThat(first.err()).anySatisfy(l -> assertThat(l).contains("kim-putin.es.txt stored"));
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(first.url())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Dyad</title>").contains("app.js");
            HttpResponse<String> article = http.send(HttpRequest.newBuilder(
                    URI.create(first.url() + "api/articles/kim-putin.es.txt")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(article.statusCode()).isEqualTo(200);
            assertThat(article.body()).contains("elogió").contains("Vladivostok");
        } finally {
            stop(first);
        }
        assertThat(Files.exists(db)).isTrue();

        Served second = serve(db);
        try {
            assertThat(second.err()).anySatisfy(l -> assertThat(l).contains("kim-putin.es.txt already in"));
            HttpResponse<String> stats = http.send(HttpRequest.newBuilder(URI.create(second.url() + "api/stats"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stats.body()).contains("\"articles\":1");
        } finally {
            stop(second);
        }
    }
}
