package org.dyad.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;

import org.dyad.factuality.Factuality;
import org.dyad.pipeline.Extractor;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.Period;
import org.dyad.store.StoreException;

/**
 * {@code dyad serve}: the JSON API over an event store and the shared extractor, and the web page, in one
 * Javalin server. Errors are JSON documents {@code {"status", "message"}}; no stack trace leaves it.
 * Thread-safe: requests run concurrently, extractions through a bounded gate.
 */
public final class DyadServer implements AutoCloseable {
    /** Where the page's files live on the class path. */
    static final String WEB = "/org/dyad/server/web";
    private static final String OPENAPI = "/org/dyad/server/openapi.json";
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final String ERROR_WRITTEN = "dyad.error";
    /** The largest page of events the API hands out at once. */
    static final int MAX_PAGE = 1000;

    private static final Set<String> EVENT_PARAMS = Set.of("actor", "dyad", "directed", "code", "root", "quad",
            "factuality", "from", "to", "place", "q", "offset", "limit");

    private final EventStore store;
    private final ExtractService extracts;
    private final ApiJson json;
    private final ExtractRequests requests;
    private final ServerConfig config;
    private final byte[] openApi;
    private final Javalin app;
    private final List<String> routes = new ArrayList<>();

    /**
     * A server over a store and an extractor (both shared, both left open by {@link #close}).
     */
    public DyadServer(EventStore store, Extractor extractor, ServerConfig config) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.extracts = new ExtractService(Objects.requireNonNull(extractor, "extractor"), config.extractThreads(),
                config.extractQueue());
        this.json = new ApiJson(extractor.catalog());
        this.requests = new ExtractRequests(config.maxBodyBytes());
        this.openApi = resource(OPENAPI);
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.prefer405over404 = true;
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = WEB;
                s.location = Location.CLASSPATH;
            });
        });
        addRoutes();
    }

    private void addRoutes() {
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                    + "style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'");
            ctx.header("Referrer-Policy", "no-referrer");
        });
        byte[] index = resource(WEB + "/index.html");
        app.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(index));
        get("/api/openapi.json", ctx -> ctx.contentType(JSON_TYPE).result(openApi));
        get("/api/stats", ctx -> {
            Params.of(ctx, Set.of());
            send(ctx, ApiJson.stats(store.stats()));
        });
        route(HandlerType.POST, "/api/extract", this::extract);
        get("/api/events", this::events);
        get("/api/events/{id}", this::event);
        get("/api/dyads", this::network);
        get("/api/dyads/{a}/{b}/timeline", this::timeline);
        get("/api/actors", this::actors);
        get("/api/articles", this::articles);
        get("/api/articles/{id}", this::article);

        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), message(ctx, e.getStatus(),
                e.getMessage())));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> {
            System.err.println("dyad serve: " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
            error(ctx, 500, "the event store could not answer");
        });
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("dyad serve: " + ctx.method() + " " + ctx.path() + ": " + e);
            error(ctx, 500, "internal error");
        });
        for (int status : new int[] {404, 405, 413, 500}) {
            app.error(status, ctx -> {
                if (ctx.attribute(ERROR_WRITTEN) == null && ctx.path().startsWith("/api")) {
                    error(ctx, status, message(ctx, status, null));
                }
            });
        }
    }

    private void get(String path, Handler handler) {
        route(HandlerType.GET, path, handler);
    }

    private void route(HandlerType method, String path, Handler handler) {
        app.addHttpHandler(method, path, handler);
        routes.add(method.name() + " " + path);
    }

    /** The API's routes as {@code METHOD /path}, in the order they were added (for the OpenAPI check). */
    List<String> routes() {
        return List.copyOf(routes);
    }

    private String message(Context ctx, int status, String fallback) {
        return switch (status) {
            case 404 -> "no such resource: " + ctx.path();
            case 405 -> ctx.method() + " is not allowed on " + ctx.path();
            case 413 -> "the request body is larger than " + config.maxBodyBytes() + " bytes";
            case 500 -> "internal error";
            default -> fallback == null || fallback.isBlank() ? "HTTP " + status : fallback;
        };
    }

    /** Starts listening; returns this server. */
    public DyadServer start() {
        app.start(config.host(), config.port());
        return this;
    }

    /** The port it listens on (the one picked when the configuration asked for 0). */
    public int port() {
        return app.port();
    }

    /** Its address, as {@code http://HOST:PORT/}. */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    private void extract(Context ctx) {
        ExtractRequests.Request r = requests.read(ctx);
        long t0 = System.nanoTime();
        var x = extracts.extract(r.article(), r.defaultDate());
        send(ctx, json.extraction(x, (System.nanoTime() - t0) / 1_000_000));
    }

    private void events(Context ctx) {
        Params p = Params.of(ctx, EVENT_PARAMS);
        send(ctx, json.page(store.events(query(p))));
    }

    /** The query of {@code GET /api/events}; each bad value is a 400 naming its parameter. */
    static EventQuery query(Params p) {
        EventQuery.Builder b = EventQuery.builder();
        b.actor(p.string("actor"));
        String dyad = p.string("dyad");
        if (dyad != null) {
            String[] ab = dyad.split(":", -1);
            if (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank()) {
                throw ApiException.badParameter("dyad", "must be two actors as A:B, not '" + dyad + "'");
            }
            b.dyad(ab[0].strip(), ab[1].strip(), p.bool("directed"));
        } else if (p.string("directed") != null) {
            throw ApiException.badParameter("directed", "only goes with dyad");
        }
        String code = p.string("code");
        if (code != null && !code.matches("\\d{2,4}")) {
            throw ApiException.badParameter("code", "must be a CAMEO code of 2 to 4 digits, not '" + code + "'");
        }
        b.code(code);
        String root = p.string("root");
        if (root != null && !root.matches("\\d{2}")) {
            throw ApiException.badParameter("root", "must be a CAMEO root of 2 digits, not '" + root + "'");
        }
        b.root(root);
        b.quadClass(p.parse("quad", EventQuery::quadClass));
        b.factuality(p.parse("factuality", DyadServer::factuality));
        var from = p.date("from");
        var to = p.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badParameter("to", "is before from (" + from + ")");
        }
        b.from(from).to(to);
        b.place(p.string("place"));
        b.text(p.string("q"));
        b.offset(p.integer("offset", 0, 0, Integer.MAX_VALUE));
        b.limit(p.integer("limit", 50, 1, MAX_PAGE));
        return b.build();
    }

    private static Factuality factuality(String s) {
        try {
            return Factuality.ofLabel(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of asserted, reported, alleged, denied, expected, "
                    + "negated, hypothetical, not '" + s + "'", e);
        }
    }

    private void event(Context ctx) {
        Params.of(ctx, Set.of());
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("id", "not an event id: '" + ctx.pathParam("id") + "'");
        }
        var e = store.event(id).orElseThrow(() -> new ApiException(404, "no event " + id));
        var o = ApiJson.event(e);
        var mentions = o.putArray("mention_list");
        for (var m : store.mentions(id)) {
            var j = mentions.addObject();
            j.put("article_id", m.articleId());
            j.put("sentence", m.sentence());
            j.put("trigger", m.trigger());
            j.put("factuality", m.factuality().label());
            j.put("evidence", m.evidence());
        }
        send(ctx, o);
    }

    private void network(Context ctx) {
        Params p = Params.of(ctx, Set.of("from", "to", "limit"));
        var from = p.date("from");
        var to = p.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badParameter("to", "is before from (" + from + ")");
        }
        send(ctx, ApiJson.network(from, to, store.dyads(from, to, p.integer("limit", 30, 1, MAX_PAGE))));
    }

    private void timeline(Context ctx) {
        Params p = Params.of(ctx, Set.of("by", "directed", "from", "to"));
        String a = actorCode("a", ctx.pathParam("a"));
        String b = actorCode("b", ctx.pathParam("b"));
        Period by = p.string("by") == null ? Period.MONTH : p.parse("by", Period::of);
        var from = p.date("from");
        var to = p.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badParameter("to", "is before from (" + from + ")");
        }
        boolean directed = p.bool("directed");
        send(ctx, ApiJson.timeline(a, b, directed, by, store.timeline(a, b, directed, by, from, to)));
    }

    private static String actorCode(String name, String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z0-9]{2,30}")) {
            throw ApiException.badParameter(name, "not an actor code: '" + value + "'");
        }
        return v;
    }

    private void actors(Context ctx) {
        Params p = Params.of(ctx, Set.of("q", "limit"));
        String q = p.string("q");
        send(ctx, ApiJson.actors(store.actors(q == null ? "" : q, p.integer("limit", 20, 1, MAX_PAGE))));
    }

    private void articles(Context ctx) {
        Params p = Params.of(ctx, Set.of("offset", "limit"));
        send(ctx, ApiJson.articles(store.articles(p.integer("offset", 0, 0, Integer.MAX_VALUE),
                p.integer("limit", 20, 1, MAX_PAGE))));
    }

    private void article(Context ctx) {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        var a = store.article(id).orElseThrow(() -> new ApiException(404, "no article '" + id + "'"));
        send(ctx, json.article(a));
    }

    private static void send(Context ctx, JsonNode body) {
        try {
            ctx.contentType(JSON_TYPE).result(ApiJson.JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        ctx.status(status);
        send(ctx, ApiJson.error(status, message));
    }

    private static byte[] resource(String path) {
        try (InputStream in = DyadServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
