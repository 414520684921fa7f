package org.dyad.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dyad.cameo.CameoCatalog;
import org.dyad.cameo.CameoCode;
import org.dyad.cameo.EventType;
import org.dyad.coding.Event;
import org.dyad.output.EventJson;
import org.dyad.pipeline.Extraction;
import org.dyad.store.ActorSummary;
import org.dyad.store.ArticleSummary;
import org.dyad.store.DyadSummary;
import org.dyad.store.Page;
import org.dyad.store.Period;
import org.dyad.store.StoreStats;
import org.dyad.store.StoredArticle;
import org.dyad.store.StoredEvent;
import org.dyad.store.StoredMention;
import org.dyad.store.StoredPlace;
import org.dyad.store.TimelineBucket;

/**
 * The API's JSON documents (snake_case fields, as {@code dyad extract --format jsonl} writes them); offsets
 * are UTF-16 char offsets into the article text. Thread-safe.
 */
final class ApiJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private final CameoCatalog catalog;

    ApiJson(CameoCatalog catalog) {
        this.catalog = catalog;
    }

    /** An extraction: the article as coded (its text is what the offsets point into) and its events. */
    ObjectNode extraction(Extraction x, long millis) {
        ObjectNode o = JSON.createObjectNode();
        ObjectNode a = o.putObject("article");
        a.put("id", x.article().id());
        a.put("title", x.article().title());
        a.put("text", x.article().text());
        a.put("date", x.date().toString());
        a.put("date_source", x.dateSource());
        a.put("lang", x.lang());
        a.put("tokens", x.tokens());
        ArrayNode events = o.putArray("events");
        for (Event e : x.events()) {
            ObjectNode j = EventJson.toJson(e, false);
            putDateOffsets(j, x.article().text(), e.dateText(), e.begin(), e.end());
            events.add(j);
        }
        o.put("elapsed_ms", millis);
        return o;
    }

    /** Where a time expression stands in its sentence, when it is written there. */
    private static void putDateOffsets(ObjectNode j, String text, String dateText, int begin, int end) {
        if (dateText == null || dateText.isBlank()) {
            j.putNull("date_offsets");
            return;
        }
        int from = Math.max(0, Math.min(begin, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        int at = text.substring(from, to).indexOf(dateText);
        if (at < 0) {
            j.putNull("date_offsets");
            return;
        }
        ObjectNode d = j.putObject("date_offsets");
        d.put("begin", from + at);
        d.put("end", from + at + dateText.length());
    }

    ObjectNode page(Page<StoredEvent> page) {
        ObjectNode o = JSON.createObjectNode();
        o.put("total", page.total());
        o.put("offset", page.offset());
        o.put("limit", page.limit());
        ArrayNode items = o.putArray("items");
        page.items().forEach(e -> items.add(event(e)));
        return o;
    }

    static ObjectNode event(StoredEvent e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        o.set("source", actor(e.sourceCode(), e.sourceName(), e.sourceCountry()));
        o.set("target", e.targetCode() == null ? null : actor(e.targetCode(), e.targetName(), e.targetCountry()));
        o.put("code", e.code());
        o.put("root", e.root());
        o.put("name", e.name());
        o.put("quad_class", e.quadClass());
        o.put("goldstein", e.goldstein());
        o.put("plover", e.plover() == null || e.plover().isEmpty() ? null : e.plover());
        o.put("factuality", e.factuality().label());
        o.put("date", e.date() == null ? null : e.date().iso());
        o.put("day", string(e.day()));
        o.set("place", place(e.place()));
        o.put("first_seen", string(e.firstSeen()));
        o.put("first_article", e.firstArticle());
        o.put("source_url", e.sourceUrl());
        o.put("mentions", e.mentions());
        o.put("articles", e.articles());
        ArrayNode outlets = o.putArray("outlets");
        e.outlets().forEach(outlets::add);
        return o;
    }

    private static ObjectNode actor(String code, String name, String country) {
        ObjectNode o = JSON.createObjectNode();
        o.put("code", code);
        o.put("text", name);
        o.put("country", country);
        return o;
    }

    private static ObjectNode place(StoredPlace p) {
        if (p == null) {
            return null;
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("name", p.name());
        o.put("country", p.country());
        o.put("admin1", p.admin1());
        o.put("geonameid", p.geonameId());
        o.put("lat", p.latitude());
        o.put("lon", p.longitude());
        return o;
    }

    /**
     * A stored article: its text, its distinct events, and its mentions shaped as the events of an
     * extraction (with the source, target, trigger, time and place offsets), each with its {@code event_id}.
     */
    ObjectNode article(StoredArticle a) {
        ObjectNode o = JSON.createObjectNode();
        ObjectNode art = o.putObject("article");
        art.put("id", a.id());
        art.put("title", a.title());
        art.put("text", a.body());
        art.put("date", string(a.date()));
        art.put("lang", a.lang());
        art.put("source", a.source());
        art.put("url", a.url());
        ArrayNode events = o.putArray("events");
        a.events().forEach(e -> events.add(event(e)));
        Map<Long, StoredEvent> byId = a.events().stream()
                .collect(Collectors.toMap(StoredEvent::id, Function.identity(), (x, y) -> x));
        ArrayNode mentions = o.putArray("mentions");
        for (StoredMention m : a.mentions()) {
            mentions.add(mention(m, byId.get(m.eventId()), a.body()));
        }
        return o;
    }

    private ObjectNode mention(StoredMention m, StoredEvent e, String text) {
        ObjectNode o = JSON.createObjectNode();
        o.put("event_id", m.eventId());
        o.put("sentence", m.sentence());
        ObjectNode src = JSON.createObjectNode();
        src.put("text", m.sourceText());
        src.put("code", e == null ? null : e.sourceCode());
        src.put("country", e == null ? null : e.sourceCountry());
        src.put("begin", m.sourceBegin());
        src.put("end", m.sourceEnd());
        o.set("source", src);
        if (m.targetText() == null) {
            o.putNull("target");
        } else {
            ObjectNode tgt = o.putObject("target");
            tgt.put("text", m.targetText());
            tgt.put("code", e == null ? null : e.targetCode());
            tgt.put("country", e == null ? null : e.targetCountry());
            tgt.put("begin", m.targetBegin());
            tgt.put("end", m.targetEnd());
        }
        EventType type = CameoCode.isValid(m.code()) ? catalog.find(CameoCode.of(m.code())).orElse(null) : null;
        o.put("code", m.code());
        o.put("name", type != null ? type.name() : e == null ? null : e.name());
        o.put("root", m.code().length() >= 2 ? m.code().substring(0, 2) : m.code());
        o.put("quad_class", type != null ? type.quadClass().number() : e == null ? 0 : e.quadClass());
        o.put("goldstein", type != null ? type.goldstein() : e == null ? 0 : e.goldstein());
        o.put("trigger", m.trigger());
        ObjectNode trig = o.putObject("trigger_offsets");
        trig.put("begin", m.triggerBegin());
        trig.put("end", m.triggerEnd());
        o.put("factuality", m.factuality().label());
        if (m.attributionText() == null && m.attributionCode() == null) {
            o.putNull("attribution");
        } else {
            ObjectNode at = o.putObject("attribution");
            at.put("text", m.attributionText());
            at.put("code", m.attributionCode());
        }
        o.put("date", m.date());
        o.put("date_text", m.dateText());
        putDateOffsets(o, text, m.dateText(), m.sentenceBegin(), m.sentenceEnd());
        if (m.placeText() == null) {
            o.set("place", e == null ? null : place(e.place()));
        } else {
            ObjectNode pl = e == null || e.place() == null ? JSON.createObjectNode() : place(e.place());
            pl.put("text", m.placeText());
            pl.put("begin", m.placeBegin());
            pl.put("end", m.placeEnd());
            o.set("place", pl);
        }
        o.put("confidence", m.confidence());
        o.put("evidence", m.evidence());
        ObjectNode off = o.putObject("offsets");
        off.put("begin", m.sentenceBegin());
        off.put("end", m.sentenceEnd());
        off.put("unit", "utf16");
        return o;
    }

    static ObjectNode timeline(String a, String b, boolean directed, Period by, List<TimelineBucket> buckets) {
        ObjectNode o = JSON.createObjectNode();
        o.put("a", a);
        o.put("b", b);
        o.put("directed", directed);
        o.put("by", by.name().toLowerCase(Locale.ROOT));
        ArrayNode arr = o.putArray("buckets");
        for (TimelineBucket t : buckets) {
            ObjectNode j = arr.addObject();
            j.put("start", t.start().toString());
            j.put("end", end(t.start(), by).toString());
            j.put("label", t.label());
            j.put("verbal_cooperation", t.verbalCooperation());
            j.put("material_cooperation", t.materialCooperation());
            j.put("verbal_conflict", t.verbalConflict());
            j.put("material_conflict", t.materialConflict());
            j.put("total", t.total());
            j.put("goldstein", t.goldstein());
        }
        return o;
    }

    private static LocalDate end(LocalDate start, Period by) {
        return switch (by) {
            case DAY -> start;
            case WEEK -> start.plusWeeks(1).minusDays(1);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    static ArrayNode actors(List<ActorSummary> actors) {
        ArrayNode arr = JSON.createArrayNode();
        for (ActorSummary a : actors) {
            ObjectNode j = arr.addObject();
            j.put("code", a.code());
            j.put("country", a.country());
            j.put("name", a.name());
            j.put("events", a.events());
        }
        return arr;
    }

    static ObjectNode network(LocalDate from, LocalDate to, List<DyadSummary> dyads) {
        ObjectNode o = JSON.createObjectNode();
        o.put("from", string(from));
        o.put("to", string(to));
        ArrayNode arr = o.putArray("dyads");
        for (DyadSummary d : dyads) {
            ObjectNode j = arr.addObject();
            j.put("source", d.source());
            j.put("target", d.target());
            j.put("events", d.events());
            j.put("cooperation", d.cooperation());
            j.put("conflict", d.conflict());
            j.put("goldstein", d.goldstein());
        }
        return o;
    }

    static ObjectNode articles(List<ArticleSummary> articles) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode items = o.putArray("items");
        for (ArticleSummary a : articles) {
            ObjectNode j = items.addObject();
            j.put("id", a.id());
            j.put("title", a.title());
            j.put("date", string(a.date()));
            j.put("source", a.source());
            j.put("url", a.url());
            j.put("events", a.events());
        }
        return o;
    }

    static ObjectNode stats(StoreStats s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("articles", s.articles());
        o.put("events", s.events());
        o.put("mentions", s.mentions());
        o.put("schema_version", s.schemaVersion());
        return o;
    }

    static ObjectNode error(int status, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", status);
        o.put("message", message);
        return o;
    }

    private static String string(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
