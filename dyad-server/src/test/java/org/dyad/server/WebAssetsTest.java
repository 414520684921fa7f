package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** The page's files in the jar: all local (no CDN, no tile server), both languages complete, the map sound. */
class WebAssetsTest {
    private static final List<String> FILES = List.of("index.html", "app.js", "i18n.js", "app.css");

    private static String read(String name) throws IOException {
        try (InputStream in = WebAssetsTest.class.getResourceAsStream(DyadServer.WEB + "/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyReferencedFileIsInTheJarAndNothingComesFromElsewhere() throws IOException {
        String html = read("index.html");
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"#]+)\"").matcher(html);
        int local = 0;
        while (m.find()) {
            String ref = m.group(1);
            if (ref.startsWith("data:") || ref.startsWith("/api/")) {
                continue;
            }
            assertThat(ref).as("a reference of index.html").doesNotContain("//");
            read(ref);
            local++;
        }
        assertThat(local).isGreaterThanOrEqualTo(2);
        for (String f : FILES) {
            assertThat(read(f)).as(f).doesNotContainPattern("(?i)(src|href|url|import|fetch)\\W{0,3}['\"(]?\\s*https?://");
        }
    }

    @Test
    void everyInterfaceTextExistsInSpanishAndEnglish() throws IOException {
        String i18n = read("i18n.js");
        int es = i18n.indexOf("es: {");
        int en = i18n.indexOf("en: {");
        assertThat(es).isPositive();
        assertThat(en).isGreaterThan(es);
        Set<String> spanish = keys(i18n.substring(es + 5, en));
        Set<String> english = keys(i18n.substring(en + 5));
        assertThat(english).isEqualTo(spanish);
        Set<String> used = new LinkedHashSet<>();
        Matcher m = Pattern.compile("data-i18n(?:-label)?=\"(\\w+)\"").matcher(read("index.html"));
        while (m.find()) {
            used.add(m.group(1));
        }
        m = Pattern.compile("\\bt\\('(\\w+)'").matcher(read("app.js"));
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(spanish).containsAll(used);
    }

    private static Set<String> keys(String block) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)(?:^|[{,]\\s*)\\s*(\\w+):\\s").matcher(block);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    void theWorldMapHasTheCountriesByTheirIsoCodes() throws IOException {
        JsonNode map = ApiJson.JSON.readTree(read("world-110m.json"));
        List<String> ids = new ArrayList<>();
        for (JsonNode f : map.get("features")) {
            ids.add(f.get("id").asText());
            assertThat(f.at("/geometry/type").asText()).isEqualTo("MultiPolygon");
            for (JsonNode polygon : f.at("/geometry/coordinates")) {
                for (JsonNode ring : polygon) {
                    for (int i = 1; i < ring.size(); i++) {
                        // No ring jumps across the map: the antimeridian is crossed past 180, not wrapped.
                        assertThat(Math.abs(ring.get(i).get(0).asDouble() - ring.get(i - 1).get(0).asDouble()))
                                .as(f.get("id").asText()).isLessThan(180);
                    }
                }
            }
        }
        assertThat(ids).hasSizeGreaterThan(170).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[A-Z]{3}"))
                .contains("PRK", "KOR", "RUS", "UKR", "USA", "ESP", "VEN", "COL", "FJI");
    }
}
