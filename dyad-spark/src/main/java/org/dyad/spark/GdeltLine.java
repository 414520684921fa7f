package org.dyad.spark;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.dyad.output.GdeltRow;
import org.dyad.time.TimeValue;

/**
 * The GDELT 2.0 event row of a distinct event, from its row in {@code events/} joined with its first mention's
 * record ({@code event_json}, {@code first_article_date}): the same columns as {@code dyad export --format gdelt}.
 * The job does not read outlets or addresses, so NumSources is the number of articles and SOURCEURL is empty.
 * Stateless and thread-safe.
 */
final class GdeltLine implements MapFunction<Row, String> {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String call(Row r) throws Exception {
        JsonNode e = JSON.readTree((String) r.getAs("event_json"));
        LocalDate firstArticle = ((java.sql.Date) r.getAs("first_article_date")).toLocalDate();
        TimeValue date = TimeValue.parse(r.getAs("date"));
        JsonNode source = e.path("source");
        JsonNode target = e.path("target");
        JsonNode p = e.path("place");
        GdeltRow.Place place = p.isObject() ? new GdeltRow.Place(text(p, "name"), text(p, "admin1"),
                text(p, "country"), degrees(p.path("lat")), degrees(p.path("lon")),
                p.path("geonameid").isInt() && p.path("geonameid").asInt() > 0 ? p.path("geonameid").asInt() : null)
                : null;
        int articles = r.<Integer>getAs("num_articles");
        return new GdeltRow(r.getAs("event_id"), date == null ? firstArticle : date.start(), r.getAs("source_code"),
                text(source, "text"), text(source, "country"), r.getAs("target_code"), text(target, "text"),
                text(target, "country"), r.getAs("code"), r.getAs("root"), e.path("quad_class").asInt(),
                e.path("goldstein").asDouble(), r.<Integer>getAs("num_mentions"), articles, articles, place,
                firstArticle, null).line();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() && !v.asText().isEmpty() ? v.asText() : null;
    }

    /** Degrees to six decimals, or null where the place is a whole country. */
    private static Double degrees(JsonNode v) {
        return v.isNumber() ? Math.round(v.asDouble() * 1e6) / 1e6 : null;
    }
}
