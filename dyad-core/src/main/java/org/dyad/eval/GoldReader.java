package org.dyad.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.cameo.CameoCode;
import org.dyad.data.DataFileException;
import org.dyad.factuality.Factuality;
import org.dyad.ingest.Article;
import org.dyad.time.TimeValue;

/** Reads gold files in the format of {@code gold/FORMAT.md}; a bad line is an error naming file and line. */
public final class GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {
    }

    public static List<GoldArticle> read(Path file) {
        List<GoldArticle> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(parse(line, file + ":" + n));
                } catch (IOException | RuntimeException e) {
                    throw DataFileException.at(file.toString(), n, "bad gold record: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    static GoldArticle parse(String line, String origin) throws IOException {
        JsonNode o = JSON.readTree(line);
        String id = o.path("id").asText(null);
        String text = o.path("text").asText(null);
        if (id == null || text == null) {
            throw new IllegalArgumentException("missing id or text");
        }
        LocalDate date = o.hasNonNull("date") ? LocalDate.parse(o.get("date").asText()) : null;
        Article a = new Article(id, o.path("title").asText(""), text, date,
                o.hasNonNull("lang") ? o.get("lang").asText() : null,
                o.hasNonNull("source") ? o.get("source").asText() : null, null, origin);
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : o.path("events")) {
            List<String> codes = new ArrayList<>();
            for (String c : e.path("code").asText("").split("/")) {
                String code = c.strip();
                if (!CameoCode.isValid(code)) {
                    throw new IllegalArgumentException("bad CAMEO code '" + code + "'");
                }
                codes.add(code);
            }
            List<Factuality> f = null;
            if (e.hasNonNull("factuality")) {
                f = new ArrayList<>();
                for (JsonNode l : e.get("factuality")) {
                    f.add(Factuality.ofLabel(l.asText()));
                }
            }
            TimeValue when = null;
            if (e.hasNonNull("date")) {
                when = TimeValue.parse(e.get("date").asText());
                if (when == null) {
                    throw new IllegalArgumentException("bad date '" + e.get("date").asText() + "'");
                }
            }
            events.add(new GoldEvent(e.path("source").asText(GoldEvent.ANY),
                    e.hasNonNull("target") ? e.get("target").asText() : null, codes, f, when,
                    e.path("symmetric").asBoolean(false), e.path("evidence").asText("")));
        }
        return new GoldArticle(a, events);
    }
}
