package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API on a server started in-process with the sample article stored. */
class ApiIT {
    private static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        t = TestServer.start();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    private static String extractBody() {
        ObjectNode o = ApiJson.JSON.createObjectNode();
        o.put("text", TestServer.sampleText());
        o.put("date", "2024-06-13");
        return o.toString();
    }

    private static JsonNode find(JsonNode events, String source, String target, String code) {
        for (JsonNode e : events) {
            if (e.path("source").path("code").asText().startsWith(source)
                    && e.path("target").path("code").asText().startsWith(target)
                    && e.path("code").asText().equals(code)) {
                return e;
            }
        }
        throw new AssertionError("no " + source + "→" + target + " " + code + " in " + events);
    }

    private static String slice(String text, JsonNode offsets) {
        return text.substring(offsets.get("begin").asInt(), offsets.get("end").asInt());
    }

    @Test
    void extractsTheSampleWithOffsetsIntoTheReturnedText() throws Exception {
        HttpResponse<String> r = t.post("/api/extract", "application/json", extractBody());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
        JsonNode body = TestServer.json(r);
        String text = body.at("/article/text").asText();
        assertThat(body.at("/article/date").asText()).isEqualTo("2024-06-13");
        JsonNode praise = find(body.get("events"), "PRK", "RUS", "051");
        assertThat(praise.get("trigger").asText()).isEqualTo("elogió");
        assertThat(slice(text, praise.get("trigger_offsets"))).isEqualTo("elogió");
        assertThat(slice(text, praise.get("source"))).isEqualTo(praise.at("/source/text").asText());
        JsonNode summit = null;
        for (JsonNode e : body.get("events")) {
            if (e.get("code").asText().equals("040") && "2019-04".equals(e.path("date").asText())) {
                summit = e;
            }
        }
        assertThat(summit).as("the 2019-04 summit").isNotNull();
        assertThat(summit.at("/place/name").asText()).isEqualTo("Vladivostok");
        assertThat(slice(text, summit.get("date_offsets"))).isEqualTo(summit.get("date_text").asText());
        assertThat(slice(text, summit.get("place"))).isEqualTo(summit.at("/place/text").asText());
    }

    @Test
    void extractsPlainTextAndHtml() throws Exception {
        HttpResponse<String> plain = t.post("/api/extract?date=2024-06-13", "text/plain; charset=utf-8",
                TestServer.sampleText());
        assertThat(plain.statusCode()).isEqualTo(200);
        find(TestServer.json(plain).get("events"), "PRK", "RUS", "051");
        String html = "<html><head><meta property=\"article:published_time\" content=\"2024-06-13T08:00:00Z\">"
                + "<title>Kim y Putin</title></head><body><nav>Portada · Mundo</nav><article><h1>Kim elogia a Rusia"
                + "</h1><p>" + TestServer.sampleText().replace("\n", "</p><p>") + "</p></article></body></html>";
        HttpResponse<String> r = t.post("/api/extract", "text/html", html);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = TestServer.json(r);
        assertThat(body.at("/article/title").asText()).isEqualTo("Kim elogia a Rusia");
        assertThat(body.at("/article/date").asText()).isEqualTo("2024-06-13");
        assertThat(body.at("/article/text").asText()).doesNotContain("Portada");
        find(body.get("events"), "PRK", "RUS", "051");
    }

    @Test
    void refusesWhatItCannotRead() throws Exception {
        assertError(t.post("/api/extract", "application/json", "{\"text\": \"x\""), 400, "not valid JSON");
        assertError(t.post("/api/extract", "application/json", "{\"txt\": \"hola\"}"), 400, "'txt'");
        assertError(t.post("/api/extract", "application/json", "{\"text\": \"  \"}"), 400, "no text");
        assertError(t.post("/api/extract", "application/json", "{\"text\": \"hola\", \"date\": \"13/06/2024\"}"),
                400, "'date'");
        assertError(t.post("/api/extract?when=now", "text/plain", "hola"), 400, "'when'");
        assertError(t.post("/api/extract", "application/xml", "<a/>"), 415, "application/xml");
        assertError(t.post("/api/extract", "text/plain", "The United States and Russia signed a new agreement on "
                + "arms control in Geneva yesterday, officials said."), 422, "unsupported language");
        assertError(t.get("/api/extract"), 405, "GET");
    }

    @Test
    void refusesABodyOverTheLimitWith413() throws Exception {
        String big = "a".repeat(ServerConfig.DEFAULT_MAX_BODY + 1);
        assertError(t.post("/api/extract", "text/plain", big), 413, "larger than");
        // Without a Content-Length (chunked), the limit holds while reading.
        HttpResponse<String> chunked = t.http.send(HttpRequest.newBuilder(URI.create(t.url("/api/extract")))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertError(chunked, 413, "larger than");
    }

    @Test
    void namesTheBadParameter() throws Exception {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("/api/events?from=2024-13-01", "'from'"),
                Map.entry("/api/events?from=2024-06-01&to=2024-01-01", "'to'"),
                Map.entry("/api/events?quad=9", "'quad'"),
                Map.entry("/api/events?factuality=maybe", "'factuality'"),
                Map.entry("/api/events?code=4x", "'code'"),
                Map.entry("/api/events?root=123", "'root'"),
                Map.entry("/api/events?dyad=PRK", "'dyad'"),
                Map.entry("/api/events?directed=true", "'directed'"),
                Map.entry("/api/events?limit=0", "'limit'"),
                Map.entry("/api/events?offset=-1", "'offset'"),
                Map.entry("/api/events?colour=red", "'colour'"),
                Map.entry("/api/events?actor=PRK&actor=RUS", "'actor'"),
                Map.entry("/api/dyads/PRK/RUS/timeline?by=fortnight", "'by'"),
                Map.entry("/api/dyads/PRK/R%20S/timeline", "'b'"),
                Map.entry("/api/dyads?to=yesterday", "'to'"),
                Map.entry("/api/actors?limit=many", "'limit'"),
                Map.entry("/api/events/abc", "'id'"));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            assertError(t.get(c.getKey()), 400, c.getValue());
        }
    }

    @Test
    void answersUnknownThingsWithJson404() throws Exception {
        assertError(t.get("/api/nothing-here"), 404, "/api/nothing-here");
        assertError(t.get("/api/articles/no-such-article"), 404, "no-such-article");
        assertError(t.get("/api/events/999999"), 404, "999999");
    }

    @Test
    void queriesTheStore() throws Exception {
        JsonNode page = TestServer.json(t.get("/api/events?dyad=PRK:RUS&limit=200"));
        assertThat(page.get("total").asInt()).isEqualTo(page.get("items").size()).isGreaterThan(3);
        JsonNode summit = null;
        for (JsonNode e : page.get("items")) {
            if (e.get("code").asText().equals("040") && "2019-04".equals(e.path("date").asText())) {
                summit = e;
            }
        }
        assertThat(summit).as("the 2019-04 summit in the store").isNotNull();
        assertThat(summit.at("/place/name").asText()).isEqualTo("Vladivostok");
        assertThat(summit.get("first_article").asText()).isEqualTo(SampleArticle.ID);

        JsonNode verbal = TestServer.json(t.get("/api/events?dyad=PRK:RUS&quad=verbal-cooperation&limit=200"));
        assertThat(verbal.get("total").asInt()).isPositive().isLessThan(page.get("total").asInt());
        verbal.get("items").forEach(e -> assertThat(e.get("quad_class").asInt()).isEqualTo(1));

        JsonNode paged = TestServer.json(t.get("/api/events?dyad=PRK:RUS&limit=2&offset=1"));
        assertThat(paged.get("items")).hasSize(2);
        assertThat(paged.get("items").get(0).get("id")).isEqualTo(page.get("items").get(1).get("id"));

        JsonNode april = TestServer.json(t.get("/api/events?dyad=PRK:RUS&from=2019-04-01&to=2019-04-30"));
        assertThat(april.get("items")).anySatisfy(e -> assertThat(e.get("code").asText()).isEqualTo("040"));
    }

    @Test
    void givesTheDyadTimelineByMonth() throws Exception {
        JsonNode tl = TestServer.json(t.get("/api/dyads/prk/rus/timeline?by=month"));
        assertThat(tl.get("a").asText()).isEqualTo("PRK");
        JsonNode april = null;
        int periods = 0;
        for (JsonNode b : tl.get("buckets")) {
            periods++;
            assertThat(b.get("total").asInt()).isEqualTo(b.get("verbal_cooperation").asInt()
                    + b.get("material_cooperation").asInt() + b.get("verbal_conflict").asInt()
                    + b.get("material_conflict").asInt());
            if (b.get("label").asText().equals("2019-04")) {
                april = b;
            }
        }
        assertThat(april).isNotNull();
        assertThat(april.get("verbal_cooperation").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(april.get("end").asText()).isEqualTo("2019-04-30");
        // Every month from 2019-04 to 2024-06 is a bucket, empty ones included.
        assertThat(periods).isEqualTo(63);
    }

    @Test
    void findsActorsAndTheNetwork() throws Exception {
        JsonNode actors = TestServer.json(t.get("/api/actors?q=prk"));
        List<String> codes = new ArrayList<>();
        actors.forEach(a -> codes.add(a.get("code").asText()));
        assertThat(codes).contains("PRKGOV");
        JsonNode net = TestServer.json(t.get("/api/dyads?limit=5"));
        assertThat(net.get("dyads")).isNotEmpty();
        assertThat(net.get("dyads").get(0).get("events").asInt()).isGreaterThanOrEqualTo(
                net.get("dyads").get(net.get("dyads").size() - 1).get("events").asInt());
    }

    @Test
    void givesTheArticleWithMentionsWhoseOffsetsPointIntoItsText() throws Exception {
        JsonNode a = TestServer.json(t.get("/api/articles/" + SampleArticle.ID));
        String text = a.at("/article/text").asText();
        assertThat(text).isEqualTo(TestServer.sampleText());
        assertThat(a.get("mentions")).hasSizeGreaterThan(10);
        Set<Long> eventIds = new HashSet<>();
        a.get("events").forEach(e -> eventIds.add(e.get("id").asLong()));
        for (JsonNode m : a.get("mentions")) {
            // A clitic verb is one word in the text ("reunirse") and its verb as the trigger ("reunir").
            assertThat(slice(text, m.get("trigger_offsets"))).startsWith(m.get("trigger").asText());
            assertThat(slice(text, m.get("source"))).isEqualTo(m.at("/source/text").asText());
            assertThat(eventIds).contains(m.get("event_id").asLong());
            assertThat(m.get("name").asText()).isNotBlank();
        }
        JsonNode list = TestServer.json(t.get("/api/articles"));
        assertThat(list.get("items")).hasSize(1);
        assertThat(list.at("/items/0/id").asText()).isEqualTo(SampleArticle.ID);
        assertThat(list.at("/items/0/date").asText()).isEqualTo("2024-06-13");
        assertThat(list.at("/items/0/events").asInt()).isEqualTo(a.get("mentions").size());
        JsonNode stats = TestServer.json(t.get("/api/stats"));
        assertThat(stats.get("articles").asInt()).isEqualTo(1);
    }

    @Test
    void openApiDescribesEveryRouteAndNothingElse() throws Exception {
        HttpResponse<String> r = t.get("/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = TestServer.json(r);
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(m -> documented.add(
                    m.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey()));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(t.server.routes());
        // Every reference resolves.
        List<String> refs = new ArrayList<>();
        doc.findValues("$ref").forEach(v -> refs.add(v.asText()));
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void fiftyConcurrentExtractionsAllSucceedWithTheSameEvents() throws Exception {
        JsonNode expected = TestServer.json(t.post("/api/extract", "application/json", extractBody())).get("events");
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(t.http.sendAsync(HttpRequest.newBuilder(URI.create(t.url("/api/extract")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(extractBody())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        for (CompletableFuture<HttpResponse<String>> c : calls) {
            HttpResponse<String> r = c.get();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(TestServer.json(r).get("events")).isEqualTo(expected);
        }
    }

    private static void assertError(HttpResponse<String> r, int status, String mentions) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
        JsonNode body = TestServer.json(r);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).contains(mentions);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
    }
}
