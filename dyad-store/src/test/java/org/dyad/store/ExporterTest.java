package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {

    @TempDir
    Path dir;

    EventStore store;

    @BeforeEach
    void fill() {
        store = EventStore.open(dir.resolve("x.duckdb").toString());
        store.store(Fixtures.summit("a1", "AFP", LocalDate.of(2024, 6, 13)));
        store.store(Fixtures.summit("a2", "EFE, Madrid", LocalDate.of(2024, 6, 14)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String text(Exporter.Format f) {
        StringWriter w = new StringWriter();
        Exporter.export(store, EventQuery.builder().build(), f, w);
        return w.toString();
    }

    @Test
    void gdeltRowsHaveTheSixtyOneColumnsInOrder() {
        String[] rows = text(Exporter.Format.GDELT).split("\n");
        assertThat(rows).hasSize(1);
        String[] c = rows[0].split("\t", -1);
        assertThat(c).hasSize(61);
        assertThat(c[1]).isEqualTo("20190401");          // SQLDATE
        assertThat(c[2]).isEqualTo("201904");            // MonthYear
        assertThat(c[5]).isEqualTo("PRKGOV");            // Actor1Code
        assertThat(c[6]).isEqualTo("KIM JONG-UN");       // Actor1Name
        assertThat(c[7]).isEqualTo("PRK");               // Actor1CountryCode
        assertThat(c[12]).isEqualTo("GOV");              // Actor1Type1Code
        assertThat(c[15]).isEqualTo("RUSGOV");           // Actor2Code
        assertThat(c[26]).isEqualTo("040");              // EventCode
        assertThat(c[28]).isEqualTo("04");               // EventRootCode
        assertThat(c[29]).isEqualTo("1");                // QuadClass
        assertThat(c[31]).isEqualTo("2");                // NumMentions
        assertThat(c[32]).isEqualTo("2");                // NumSources
        assertThat(c[33]).isEqualTo("2");                // NumArticles
        assertThat(c[51]).isEqualTo("4");                // ActionGeo_Type: world city
        assertThat(c[52]).startsWith("Vladivostok, Primorskiy").endsWith("Russia");
        assertThat(c[53]).isEqualTo("RS");               // ActionGeo_CountryCode is FIPS 10-4
        assertThat(c[56]).isEqualTo("43.1056");          // ActionGeo_Lat
        assertThat(c[58]).isEqualTo("2013348");          // ActionGeo_FeatureID (GeoNames)
        assertThat(c[59]).isEqualTo("20240613000000");   // DATEADDED
        assertThat(c[60]).isEqualTo("https://example.org/a1");
    }

    @Test
    void ploverRecordsHaveItsFieldNames() throws Exception {
        JsonNode r = new ObjectMapper().readTree(text(Exporter.Format.PLOVER).strip());
        assertThat(r.get("id").asText()).isEqualTo("dyad-1");
        assertThat(r.get("date").asText()).isEqualTo("2019-04-01");
        assertThat(r.get("enddate").asText()).isEqualTo("2019-04-30");
        assertThat(r.get("source").get(0).get("code").asText()).isEqualTo("PRK");
        assertThat(r.get("source").get(0).get("sector").asText()).isEqualTo("GOV");
        assertThat(r.get("recipient").get(0).get("code").asText()).isEqualTo("RUS");
        assertThat(r.get("event").get(0).asText()).isEqualTo("CONSULT");
        assertThat(r.get("event_loc").get("country code").asText()).isEqualTo("RU");
        assertThat(r.get("event_loc").get("cc3").asText()).isEqualTo("RUS");
        assertThat(r.get("quad_code").asInt()).isEqualTo(1);
        assertThat(r.get("factuality").asText()).isEqualTo("asserted");
        assertThat(r.get("mentions").asInt()).isEqualTo(2);
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndJsonlHasEveryColumn() throws Exception {
        String[] csv = text(Exporter.Format.CSV).split("\n");
        assertThat(csv[0]).isEqualTo(String.join(",", Exporter.COLUMNS));
        assertThat(csv[1]).endsWith(",2,2,\"AFP|EFE, Madrid\"");
        JsonNode j = new ObjectMapper().readTree(text(Exporter.Format.JSONL).strip());
        for (String col : Exporter.COLUMNS) {
            assertThat(j.has(col)).as(col).isTrue();
        }
        assertThat(j.get("outlets")).hasSize(2);
    }

    @Test
    void parquetIsReadableAndWrittenWhole() throws Exception {
        Path out = dir.resolve("events.parquet");
        assertThat(Exporter.export(store, EventQuery.builder().build(), Exporter.Format.PARQUET, out)).isEqualTo(1);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT code, mentions, day, outlets FROM read_parquet('" + out + "')")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("040");
            assertThat(r.getInt(2)).isEqualTo(2);
            assertThat(r.getDate(3).toLocalDate()).isEqualTo(LocalDate.of(2019, 4, 1));
            assertThat(r.next()).isFalse();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList())
                    .isEmpty();
        }
    }

    @Test
    void filtersApplyToExports() {
        StringWriter w = new StringWriter();
        long n = Exporter.export(store, EventQuery.builder().actor("USA").build(), Exporter.Format.CSV, w);
        assertThat(n).isZero();
        assertThat(w.toString().split("\n")).hasSize(1);
        assertThat(Exporter.lines(List.of(), Exporter.Format.JSONL)).isEmpty();
    }
}
