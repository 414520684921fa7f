package org.dyad.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.actor.Actor;
import org.dyad.coding.Event;
import org.dyad.factuality.Attribution;

/** The JSON record of an event (the {@code jsonl} format of {@code dyad extract}). Thread-safe. */
public final class EventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    /** The event as a JSON object; {@code explain} adds the rules and entries that produced it. */
    public static ObjectNode toJson(Event e, boolean explain) {
        ObjectNode o = JSON.createObjectNode();
        o.put("doc", e.doc());
        o.put("sentence", e.sentence());
        o.set("source", actor(e.source()));
        o.set("target", e.target() == null ? null : actor(e.target()));
        o.put("code", e.type().code().value());
        o.put("name", e.type().name());
        o.put("root", e.type().code().root());
        o.put("quad_class", e.type().quadClass().number());
        o.put("goldstein", e.type().goldstein());
        o.put("plover", e.type().plover().isEmpty() ? null : e.type().plover());
        o.put("trigger", e.trigger());
        ObjectNode trig = o.putObject("trigger_offsets");
        trig.put("begin", e.triggerBegin());
        trig.put("end", e.triggerEnd());
        o.put("factuality", e.factuality().label());
        Attribution a = e.attribution();
        if (a == null) {
            o.putNull("attribution");
        } else {
            ObjectNode at = o.putObject("attribution");
            at.put("text", a.text());
            at.put("code", a.code());
            at.put("country", a.country());
        }
        o.put("date", e.date() == null ? null : e.date().iso());
        o.put("date_precision", e.date() == null ? null
                : e.date().precision().name().toLowerCase(java.util.Locale.ROOT));
        o.put("date_text", e.dateText());
        if (e.place() == null) {
            o.putNull("place");
        } else {
            var pl = e.place().place();
            ObjectNode at = o.putObject("place");
            at.put("text", e.place().text());
            at.put("name", pl.name());
            at.put("country", pl.country());
            at.put("admin1", pl.admin1().isEmpty() ? null : pl.admin1());
            if (pl.isCountry()) {
                at.putNull("lat");
                at.putNull("lon");
                at.putNull("geonameid");
            } else {
                at.put("lat", pl.latitude());
                at.put("lon", pl.longitude());
                at.put("geonameid", pl.geonameId());
            }
            at.put("begin", e.place().begin());
            at.put("end", e.place().end());
            at.put("via", e.place().via());
        }
        o.put("evidence", e.evidence());
        ObjectNode off = o.putObject("offsets");
        off.put("begin", e.begin());
        off.put("end", e.end());
        off.put("unit", "utf16");
        if (explain) {
            ArrayNode via = o.putArray("explain");
            e.via().forEach(via::add);
        }
        return o;
    }

    private static ObjectNode actor(Actor a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("text", a.text());
        o.put("code", a.code());
        o.put("country", a.country());
        o.put("sector", a.sector());
        o.put("begin", a.begin());
        o.put("end", a.end());
        return o;
    }

    public static String line(Event e, boolean explain) {
        try {
            return JSON.writeValueAsString(toJson(e, explain));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise an event", ex);
        }
    }
}
