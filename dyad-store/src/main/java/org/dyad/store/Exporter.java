package org.dyad.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.output.GdeltRow;

/**
 * Writes the events of a store as GDELT 2.0 event rows, PLOVER JSON records, CSV, JSON lines or
 * Parquet. A file is written whole or not at all: to a temporary file beside it, then moved into place.
 * Stateless and thread-safe.
 */
public final class Exporter {

    /** The export formats. */
    public enum Format {
        /** GDELT 2.0 event table: 61 tab-separated columns, no header, those Dyad cannot fill left empty. */
        GDELT,
        /** PLOVER JSON records, one a line, with Dyad's extensions (factuality, CAMEO code, mentions). */
        PLOVER,
        /** One row per event with a header, RFC 4180. */
        CSV,
        /** One JSON object per event, every field. */
        JSONL,
        /** Apache Parquet, written by DuckDB. */
        PARQUET;

        public static Format of(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "format must be gdelt, plover, csv, jsonl or parquet, not '" + s + "'");
            }
        }

        /** Whether the format is binary and so needs a file, not standard output. */
        public boolean needsFile() {
            return this == PARQUET;
        }
    }

    /** The flat columns of CSV and Parquet exports, in order. */
    public static final List<String> COLUMNS = List.of("id", "day", "date", "date_precision", "source_code",
            "source_name", "source_country", "target_code", "target_name", "target_country", "code", "root", "name",
            "quad_class", "goldstein", "plover", "factuality", "place_name", "place_country", "place_admin1",
            "place_geonameid", "latitude", "longitude", "first_seen", "first_article", "source_url", "mentions",
            "articles", "outlets");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Exporter() {
    }

    /**
     * Exports the events a query matches (its page ignored) to a file, atomically.
     *
     * @return the number of events written
     */
    public static long export(EventStore store, EventQuery query, Format format, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        try {
            long n;
            if (format == Format.PARQUET) {
                Files.delete(tmp);
                n = parquet(store, query, tmp);
            } else {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    n = export(store, query, format, out);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The temporary file is gone already or will be left for the user to remove; the error above matters.
            }
        }
    }

    /**
     * Exports the events a query matches (its page ignored) to a stream, in any text format.
     *
     * @return the number of events written
     */
    public static long export(EventStore store, EventQuery query, Format format, OutputStream out) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        long n = export(store, query, format, w);
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /**
     * Exports the events a query matches (its page ignored) to a writer, in any text format.
     *
     * @return the number of events written
     */
    public static long export(EventStore store, EventQuery query, Format format, Writer w) {
        if (format.needsFile()) {
            throw new IllegalArgumentException(format.name().toLowerCase(Locale.ROOT) + " needs an output file");
        }
        long[] n = {0};
        Consumer<StoredEvent> row = switch (format) {
            case GDELT -> e -> line(w, String.join("\t", gdelt(e)));
            case PLOVER -> e -> line(w, plover(e).toString());
            case CSV -> e -> line(w, csv(flat(e)));
            case JSONL -> e -> line(w, jsonl(e).toString());
            case PARQUET -> throw new IllegalStateException();
        };
        if (format == Format.CSV) {
            line(w, String.join(",", COLUMNS));
        }
        store.eachEvent(query, e -> {
            row.accept(e);
            n[0]++;
        });
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n[0];
    }

    /** The lines of some events in a text format, as {@link #export} writes them (CSV with its header). */
    public static List<String> lines(List<StoredEvent> events, Format format) {
        List<String> out = new ArrayList<>();
        if (format == Format.CSV) {
            out.add(String.join(",", COLUMNS));
        }
        for (StoredEvent e : events) {
            out.add(switch (format) {
                case GDELT -> String.join("\t", gdelt(e));
                case PLOVER -> plover(e).toString();
                case CSV -> csv(flat(e));
                case JSONL -> jsonl(e).toString();
                case PARQUET -> throw new IllegalArgumentException("parquet needs an output file");
            });
        }
        return out;
    }

    private static void line(Writer w, String s) {
        try {
            w.write(s);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The GDELT 2.0 event table row of an event (61 columns). */
    static List<String> gdelt(StoredEvent e) {
        StoredPlace p = e.place();
        GdeltRow.Place place = p == null ? null : new GdeltRow.Place(p.name(), p.admin1(), p.country(), p.latitude(),
                p.longitude(), p.geonameId());
        return new GdeltRow(String.valueOf(e.id()), e.day(), e.sourceCode(), e.sourceName(), e.sourceCountry(),
                e.targetCode(), e.targetName(), e.targetCountry(), e.code(), e.root(), e.quadClass(), e.goldstein(),
                e.mentions(), Math.max(1, e.outlets().size()), e.articles(), place, e.firstSeen(), e.sourceUrl())
                .columns();
    }

    /** The PLOVER JSON record of an event, with Dyad's extension fields. */
    static ObjectNode plover(StoredEvent e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", "dyad-" + e.id());
        o.put("date", e.day().toString());
        if (e.date() != null && !e.date().end().equals(e.date().start())) {
            o.put("enddate", e.date().end().toString());
        }
        o.set("source", JSON.createArrayNode().add(ploverActor(e.sourceCode(), e.sourceName(), e.sourceCountry())));
        if (e.targetCode() != null) {
            o.set("recipient",
                    JSON.createArrayNode().add(ploverActor(e.targetCode(), e.targetName(), e.targetCountry())));
        }
        o.set("event", JSON.createArrayNode().add(e.plover()));
        if (e.place() != null) {
            StoredPlace p = e.place();
            ObjectNode loc = o.putObject("event_loc");
            if (p.geonameId() != null) {
                loc.put("geonameid", p.geonameId());
            }
            loc.put("name", p.name());
            if (p.latitude() != null) {
                loc.put("latitude", p.latitude());
                loc.put("longitude", p.longitude());
            }
            loc.put("country code", Objects.requireNonNullElse(GdeltRow.iso2(p.country()), ""));
            loc.put("cc3", p.country());
            if (p.admin1() != null) {
                loc.put("admin1", p.admin1());
            }
        }
        o.put("quad_code", e.quadClass());
        o.put("event_scale", e.goldstein());
        o.put("mode", e.code());
        ObjectNode cite = o.putObject("cite_info");
        if (e.sourceUrl() != null) {
            cite.put("url", e.sourceUrl());
        }
        cite.put("citation", e.firstArticle());
        if (!e.outlets().isEmpty()) {
            cite.put("publication", String.join("; ", e.outlets()));
        }
        cite.put("coder", "Dyad");
        cite.put("codebook", "CAMEO 1.1b3 with PLOVER categories");
        o.put("coder", "Dyad");
        o.put("coded_date", e.firstSeen().toString());
        o.put("cameo_code", e.code());
        o.put("cameo_name", e.name());
        o.put("factuality", e.factuality().label());
        if (e.date() != null) {
            o.put("date_precision", e.date().precision().name().toLowerCase(Locale.ROOT));
        }
        o.put("mentions", e.mentions());
        o.put("articles", e.articles());
        return o;
    }

    private static ObjectNode ploverActor(String code, String name, String country) {
        ObjectNode a = JSON.createObjectNode();
        a.put("code", country != null ? country : code);
        String sector = GdeltRow.sector(code, country);
        if (!sector.isEmpty()) {
            a.put("sector", sector);
        }
        if (name != null) {
            a.put("actor_text", name);
        }
        a.put("dyad_code", code);
        return a;
    }

    /** Every field of an event as one JSON object. */
    static ObjectNode jsonl(StoredEvent e) {
        ObjectNode o = JSON.createObjectNode();
        List<Object> values = flat(e);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Object v = values.get(i);
            String k = COLUMNS.get(i);
            if (v == null) {
                o.putNull(k);
            } else if (v instanceof Integer n) {
                o.put(k, n);
            } else if (v instanceof Long n) {
                o.put(k, n);
            } else if (v instanceof Double n) {
                o.put(k, n);
            } else if (v instanceof List<?> list) {
                ArrayNode a = o.putArray(k);
                list.forEach(x -> a.add(String.valueOf(x)));
            } else {
                o.put(k, v.toString());
            }
        }
        return o;
    }

    /** The values of {@link #COLUMNS} for an event. */
    static List<Object> flat(StoredEvent e) {
        StoredPlace p = e.place();
        List<Object> v = new ArrayList<>(COLUMNS.size());
        v.add(e.id());
        v.add(e.day());
        v.add(e.date() == null ? null : e.date().iso());
        v.add(e.date() == null ? null : e.date().precision().name().toLowerCase(Locale.ROOT));
        v.add(e.sourceCode());
        v.add(e.sourceName());
        v.add(e.sourceCountry());
        v.add(e.targetCode());
        v.add(e.targetName());
        v.add(e.targetCountry());
        v.add(e.code());
        v.add(e.root());
        v.add(e.name());
        v.add(e.quadClass());
        v.add(e.goldstein());
        v.add(e.plover());
        v.add(e.factuality().label());
        v.add(p == null ? null : p.name());
        v.add(p == null ? null : p.country());
        v.add(p == null ? null : p.admin1());
        v.add(p == null ? null : p.geonameId());
        v.add(p == null ? null : p.latitude());
        v.add(p == null ? null : p.longitude());
        v.add(e.firstSeen());
        v.add(e.firstArticle());
        v.add(e.sourceUrl());
        v.add(e.mentions());
        v.add(e.articles());
        v.add(e.outlets());
        return v;
    }

    private static String csv(List<Object> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object v = values.get(i);
            String s = v == null ? "" : v instanceof List<?> l ? String.join("|", l.stream().map(String::valueOf)
                    .toList()) : v instanceof Double d ? number(d) : v.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            b.append(s);
        }
        return b.toString();
    }

    /** Parquet through an in-memory DuckDB: rows appended with its Appender, then COPY … (FORMAT PARQUET). */
    private static long parquet(EventStore store, EventQuery query, Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE events (id BIGINT, day DATE, date VARCHAR, date_precision VARCHAR, "
                        + "source_code VARCHAR, source_name VARCHAR, source_country VARCHAR, target_code VARCHAR, "
                        + "target_name VARCHAR, target_country VARCHAR, code VARCHAR, root VARCHAR, name VARCHAR, "
                        + "quad_class INTEGER, goldstein DOUBLE, plover VARCHAR, factuality VARCHAR, place_name VARCHAR, "
                        + "place_country VARCHAR, place_admin1 VARCHAR, place_geonameid INTEGER, latitude DOUBLE, "
                        + "longitude DOUBLE, first_seen DATE, first_article VARCHAR, source_url VARCHAR, "
                        + "mentions INTEGER, articles INTEGER, outlets VARCHAR[])");
            }
            long[] n = {0};
            try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                    "events")) {
                // Rows go to the appender as the store streams them: no list of every event in memory.
                store.eachEvent(query, e -> {
                    try {
                        append(a, flat(e));
                    } catch (SQLException x) {
                        throw new StoreException("cannot write Parquet " + file + ": " + x.getMessage(), x);
                    }
                    n[0]++;
                });
            }
            try (Statement s = c.createStatement()) {
                s.execute("COPY (SELECT * FROM events ORDER BY day, id) TO '"
                        + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT PARQUET)");
            }
            return n[0];
        } catch (SQLException e) {
            throw new StoreException("cannot write Parquet " + file + ": " + e.getMessage(), e);
        }
    }

    private static void append(DuckDBAppender a, List<Object> values) throws SQLException {
        a.beginRow();
        for (Object v : values) {
            if (v == null) {
                a.appendNull();
            } else if (v instanceof Long n) {
                a.append(n.longValue());
            } else if (v instanceof Integer n) {
                a.append(n.intValue());
            } else if (v instanceof Double d) {
                a.append(d.doubleValue());
            } else if (v instanceof LocalDate d) {
                a.append(d);
            } else if (v instanceof List<?> l) {
                a.append(l.stream().map(String::valueOf).toList());
            } else {
                a.append(v.toString());
            }
        }
        a.endRow();
    }

    private static String number(double d) {
        String s = String.format(Locale.ROOT, "%.6f", d);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
