package org.dyad.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.dyad.coding.Event;
import org.dyad.pipeline.Extraction;

/** The output formats of {@code dyad extract}. */
public enum EventFormat {
    /** Readable, one event a line with its article heading: for a person. */
    TABLE,
    /** One JSON object per event. */
    JSONL,
    /** Tab-separated with a header line: for spreadsheets and R. */
    TSV;

    private static final String[] TSV_COLUMNS = {"doc", "sentence", "source_text", "source_code", "source_country",
        "target_text", "target_code", "target_country", "code", "root", "quad_class", "goldstein", "plover", "trigger",
        "factuality", "attribution", "attribution_code", "date", "date_text", "place", "place_country", "place_admin1",
        "lat", "lon", "geonameid", "begin", "end", "evidence"};

    public static EventFormat parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** Writes what comes before the first article (the TSV header). */
    public void begin(PrintWriter out) {
        if (this == TSV) {
            out.println(String.join("\t", TSV_COLUMNS));
        }
    }

    /** Writes the events of one article. */
    public void write(Extraction x, PrintWriter out, boolean explain) {
        switch (this) {
            case JSONL -> x.events().forEach(e -> out.println(EventJson.line(e, explain)));
            case TSV -> x.events().forEach(e -> out.println(tsv(e)));
            case TABLE -> table(x, out, explain);
            default -> throw new IllegalStateException(name());
        }
    }

    private static String tsv(Event e) {
        List<String> cells = List.of(e.doc(), String.valueOf(e.sentence()), e.source().text(), e.source().code(),
                nz(e.source().country()), e.target() == null ? "" : e.target().text(),
                e.target() == null ? "" : e.target().code(), e.target() == null ? "" : nz(e.target().country()),
                e.type().code().value(), e.type().code().root(), String.valueOf(e.type().quadClass().number()),
                String.valueOf(e.type().goldstein()), e.type().plover(), e.trigger(), e.factuality().label(),
                e.attribution() == null ? "" : e.attribution().text(),
                e.attribution() == null ? "" : nz(e.attribution().code()),
                e.date() == null ? "" : e.date().iso(), nz(e.dateText()),
                e.place() == null ? "" : e.place().place().name(), e.place() == null ? "" : e.place().place().country(),
                e.place() == null ? "" : e.place().place().admin1(),
                e.place() == null || e.place().place().isCountry() ? "" : String.valueOf(e.place().place().latitude()),
                e.place() == null || e.place().place().isCountry() ? "" : String.valueOf(e.place().place().longitude()),
                e.place() == null || e.place().place().isCountry() ? "" : String.valueOf(e.place().place().geonameId()),
                String.valueOf(e.begin()),
                String.valueOf(e.end()), e.evidence());
        StringBuilder sb = new StringBuilder();
        for (String c : cells) {
            if (sb.length() > 0) {
                sb.append('\t');
            }
            sb.append(c.replace('\t', ' ').replace('\n', ' '));
        }
        return sb.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void table(Extraction x, PrintWriter out, boolean explain) {
        out.printf(Locale.ROOT, "== %s  (%s, %s%s, %d events)%n", x.article().id(), x.lang(), x.date(),
                x.dateSource().equals("input") ? "" : " from " + x.dateSource(), x.events().size());
        for (Event e : x.events()) {
            String dyad = e.source().code() + "→" + (e.target() == null ? "—" : e.target().code());
            StringBuilder line = new StringBuilder();
            line.append(String.format(Locale.ROOT, "%-16s %-4s %-38s", dyad, e.type().code(),
                    shorten(e.type().name(), 38)));
            line.append(" · ").append(e.factuality().label());
            line.append(" · ").append(e.date() == null ? "no date" : e.date().iso());
            if (e.place() != null) {
                line.append(" · in ").append(e.place().place().name()).append(", ").append(e.place().place().country());
            }
            if (e.attribution() != null) {
                line.append(" · per ").append(e.attribution().text());
            }
            line.append(String.format(Locale.ROOT, "  [s%d \"%s\"]", e.sentence(), e.trigger()));
            out.println(line);
            if (explain) {
                for (String v : e.via()) {
                    out.println("      " + v);
                }
            }
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
