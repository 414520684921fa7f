package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.coding.Event;
import org.dyad.dedup.Deduplicator;
import org.dyad.dedup.MentionSignature;
import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.ArticleSink;
import org.dyad.ingest.InputError;
import org.dyad.output.EventJson;
import org.dyad.pipeline.Extraction;
import org.dyad.pipeline.ExtractionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} on a small corpus of real Spanish articles with bad records among them: its
 * mentions are exactly the events the library extracts from the same input, its events are the store's rule
 * applied to them, bad records go to the errors, and a rerun replaces the output.
 */
class ExtractJobIT {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("dyad-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "3")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Path fixture() {
        try {
            return Path.of(ExtractJobIT.class.getResource("/spark/articles.jsonl").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture's articles as {@code dyad extract} reads them. */
    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        new ArticleReader().read(List.of(fixture().toString()), System.in, new ArticleSink() {
            @Override
            public void article(Article article) {
                out.add(article);
            }

            @Override
            public void error(InputError error) {
                // The job's error output is checked on its own.
            }
        });
        return out;
    }

    private static ExtractJob.Options options(ExtractJob.Format format, Path input, Path output) {
        return new ExtractJob.Options(List.of(input.toString()), format, output.toString(), null,
                ArticleReader.DEFAULT_MAX_CHARS);
    }

    /** article id → its events' JSON, in article order, from a mentions output. */
    private static Map<String, List<String>> mentionsByArticle(Path output) {
        Map<String, List<String>> out = new TreeMap<>();
        List<Row> rows = spark.read().parquet(output.resolve("mentions").toString())
                .orderBy("article_id", "ordinal").collectAsList();
        for (Row r : rows) {
            out.computeIfAbsent(r.getAs("article_id"), k -> new ArrayList<>()).add(r.getAs("event_json"));
        }
        return out;
    }

    @Test
    void mentionsAreTheLibrarysEventsAndEventsFollowTheStoresRule() throws ExtractionException {
        Path out = dir.resolve("out");
        ExtractJob.Summary summary = ExtractJob.run(spark, options(ExtractJob.Format.JSONL, fixture(), out));

        Map<String, List<String>> expected = new TreeMap<>();
        List<LocalMention> all = new ArrayList<>();
        for (Article a : articles()) {
            Extraction x;
            try {
                x = ExecutorModels.extractor().extract(a, null);
            } catch (ExtractionException e) {
                continue;
            }
            List<Event> events = x.events();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                expected.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(EventJson.line(e, false));
                all.add(new LocalMention(ClusterGroup.mentionId(a.id(), i), a.id(), x.date(), e.sentence(),
                        e.triggerBegin(), i, MentionSignature.of(e, x.date())));
            }
        }
        assertThat(expected).as("the fixture yields events").hasSizeGreaterThanOrEqualTo(3);
        assertThat(mentionsByArticle(out)).isEqualTo(expected);

        List<Set<String>> expectedEvents = Deduplicator.group(all, LocalMention::signature,
                        java.util.Comparator.comparing(LocalMention::articleDate)
                                .thenComparing(LocalMention::articleId)
                                .thenComparingInt(LocalMention::sentence)
                                .thenComparingInt(LocalMention::triggerBegin)
                                .thenComparingInt(LocalMention::ordinal))
                .stream().map(g -> g.members().stream().map(LocalMention::id).collect(Collectors.toSet()))
                .collect(Collectors.toList());
        Dataset<Row> events = spark.read().parquet(out.resolve("events").toString());
        Set<Set<String>> actualEvents = new HashSet<>();
        for (Row r : events.collectAsList()) {
            actualEvents.add(new HashSet<>(r.getList(r.fieldIndex("mention_ids"))));
        }
        assertThat(actualEvents).containsExactlyInAnyOrderElementsOf(expectedEvents);
        assertThat(actualEvents).as("some event has mentions in two articles")
                .anyMatch(ids -> ids.stream().map(id -> id.substring(0, id.indexOf('#'))).distinct().count() > 1);
        assertThat(summary.mentions()).isEqualTo(all.size());
        assertThat(summary.events()).isEqualTo(expectedEvents.size()).isLessThan(all.size());

        Map<String, String> eventOfMention = new LinkedHashMap<>();
        for (Row r : spark.read().parquet(out.resolve("mentions").toString()).collectAsList()) {
            eventOfMention.put(r.getAs("mention_id"), r.getAs("event_id"));
        }
        for (Row r : events.collectAsList()) {
            for (Object id : r.getList(r.fieldIndex("mention_ids"))) {
                assertThat(eventOfMention.get((String) id)).isEqualTo(r.getAs("event_id"));
            }
        }
    }

    /** What the rule and the order read of one mention, computed here without Spark. */
    record LocalMention(String id, String articleId, java.time.LocalDate articleDate, int sentence,
                              int triggerBegin, int ordinal, MentionSignature signature) {
    }

    @Test
    void badRecordsGoToTheErrorsWithTheirReasonAndTheRestIsExtracted() {
        Path out = dir.resolve("out");
        ExtractJob.Summary s = ExtractJob.run(spark, options(ExtractJob.Format.JSONL, fixture(), out));
        Map<String, String> reasons = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("errors").toString()).collectAsList()) {
            String record = r.getAs("record");
            reasons.put(record.substring(0, Math.min(16, record.length())), r.getAs("reason"));
            assertThat((String) r.getAs("input")).endsWith("articles.jsonl");
        }
        assertThat(reasons).hasSize(3);
        assertThat(reasons.get("{\"id\": \"fx-004\",")).startsWith("unsupported language 'en'");
        assertThat(reasons.get("{\"id\": \"fx-005\",")).startsWith("malformed JSON");
        assertThat(reasons.get("{\"id\": \"fx-006\",")).isEqualTo("missing or empty field 'text'");
        assertThat(s.errors()).isEqualTo(3);
        assertThat(s.articles()).isEqualTo(articles().size() - 1);
    }

    @Test
    void aRerunReplacesTheOutputWithoutDuplicatesOrLeftovers() throws IOException {
        Path out = dir.resolve("out");
        ExtractJob.Summary first = ExtractJob.run(spark, options(ExtractJob.Format.JSONL, fixture(), out));
        Files.createDirectories(out.resolve("_tmp-dead-run/events"));
        ExtractJob.Summary second = ExtractJob.run(spark, options(ExtractJob.Format.JSONL, fixture(), out));
        assertThat(second).isEqualTo(first);
        List<Row> mentions = spark.read().parquet(out.resolve("mentions").toString()).collectAsList();
        assertThat(mentions).hasSize((int) first.mentions());
        assertThat(mentions.stream().map(r -> (String) r.getAs("mention_id")).distinct().count())
                .isEqualTo(first.mentions());
        try (Stream<Path> children = Files.list(out)) {
            assertThat(children.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()))
                    .containsExactly("articles", "errors", "events", "gdelt", "mentions");
        }
        List<String> gdelt = spark.read().text(out.resolve("gdelt").toString()).as(Encoders.STRING())
                .collectAsList();
        assertThat(gdelt).hasSize((int) first.events())
                .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(org.dyad.output.GdeltRow.COLUMNS));
    }

    @Test
    void parquetInputGivesTheSameMentionsAsJsonLines() {
        Path table = dir.resolve("articles.parquet");
        spark.read().json(fixture().toString()).filter("text is not null and _corrupt_record is null")
                .drop("_corrupt_record").write().parquet(table.toString());
        Path fromJsonl = dir.resolve("from-jsonl");
        Path fromParquet = dir.resolve("from-parquet");
        ExtractJob.run(spark, options(ExtractJob.Format.JSONL, fixture(), fromJsonl));
        ExtractJob.Summary s = ExtractJob.run(spark, options(ExtractJob.Format.PARQUET, table, fromParquet));
        assertThat(mentionsByArticle(fromParquet)).isEqualTo(mentionsByArticle(fromJsonl));
        assertThat(s.errors()).as("only the English article fails").isEqualTo(1);
    }
}
