package org.dyad.store;

import java.time.LocalDate;
import java.util.List;

import org.dyad.actor.Actor;
import org.dyad.cameo.CameoCatalog;
import org.dyad.cameo.CameoCode;
import org.dyad.coding.Event;
import org.dyad.factuality.Factuality;
import org.dyad.geo.Location;
import org.dyad.geo.Place;
import org.dyad.ingest.Article;
import org.dyad.pipeline.Extraction;
import org.dyad.time.TimeValue;

/** Extractions built by hand, so store tests need no language models. */
final class Fixtures {

    static final CameoCatalog CATALOG = CameoCatalog.load();
    static final Place VLADIVOSTOK = new Place(2013348, "Vladivostok", "RUS", "Primorskiy", 43.1056, 131.8735,
            604901);

    private Fixtures() {
    }

    static Article article(String id, String source, String text) {
        return new Article(id, "Título de " + id, text, null, "es", source, "https://example.org/" + id, id);
    }

    static Actor actor(String text, String code, String country, int begin) {
        return new Actor(text, code, country, code.length() > 3 ? code.substring(3) : null, begin,
                begin + text.length(), List.of("test"));
    }

    static Event event(String doc, Actor source, Actor target, String code, Factuality f, TimeValue date,
                       Place place, String evidence) {
        return new Event(doc, 0, source, target, CATALOG.get(CameoCode.of(code)), "verbo", 10, 15, f, null, date,
                date == null ? null : date.iso(), place == null ? null : new Location(place.name(), 20, 30, place,
                "locative"), evidence, 0, evidence.length(), List.of("verb 'test'"));
    }

    static Extraction extraction(Article a, LocalDate date, Event... events) {
        return new Extraction(a, "es", date, "input", 42, List.of(events));
    }

    /** Kim Jong-un met Putin in Vladivostok in April 2019, told by an article of the given date and outlet. */
    static Extraction summit(String id, String outlet, LocalDate date) {
        Article a = article(id, outlet, "Kim Jong-un y Putin se reunieron en Vladivostok en abril de 2019. " + id);
        Actor kim = actor("Kim Jong-un", "PRKGOV", "PRK", 0);
        Actor putin = actor("Putin", "RUSGOV", "RUS", 14);
        return extraction(a, date.plusDays(0), event(id, kim, putin, "040", Factuality.ASSERTED,
                TimeValue.month(2019, 4), VLADIVOSTOK, a.text()));
    }
}
