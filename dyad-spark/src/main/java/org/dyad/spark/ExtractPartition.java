package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.coding.Event;
import org.dyad.dedup.MentionSignature;
import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.ArticleSink;
import org.dyad.ingest.InputError;
import org.dyad.output.EventJson;
import org.dyad.pipeline.Extraction;
import org.dyad.pipeline.ExtractionException;

/**
 * Extracts the articles of one partition of JSON records with this executor's {@link ExecutorModels}: each record
 * gives one {@code article} row and one {@code mention} row per event, or one {@code error} row with the reason.
 * Nothing a record holds fails the task. Serializable, stateless and thread-safe.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Row kinds of {@link #SCHEMA}. */
    static final String ARTICLE = "article";
    static final String MENTION = "mention";
    static final String ERROR = "error";

    /** Longest excerpt of a bad record kept in the error output, in chars. */
    static final int RECORD_EXCERPT = 500;

    /** Every row this function writes: what a kind does not use is null. */
    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("input", DataTypes.StringType, true)
            .add("article_id", DataTypes.StringType, true)
            .add("article_date", DataTypes.DateType, true)
            .add("date_source", DataTypes.StringType, true)
            .add("lang", DataTypes.StringType, true)
            .add("tokens", DataTypes.IntegerType, true)
            .add("events", DataTypes.IntegerType, true)
            .add("ordinal", DataTypes.IntegerType, true)
            .add("sentence", DataTypes.IntegerType, true)
            .add("trigger_begin", DataTypes.IntegerType, true)
            .add("key", DataTypes.StringType, true)
            .add("source_code", DataTypes.StringType, true)
            .add("target_code", DataTypes.StringType, true)
            .add("code", DataTypes.StringType, true)
            .add("root", DataTypes.StringType, true)
            .add("quad_class", DataTypes.IntegerType, true)
            .add("goldstein", DataTypes.DoubleType, true)
            .add("factuality", DataTypes.StringType, true)
            .add("date", DataTypes.StringType, true)
            .add("date_precision", DataTypes.StringType, true)
            .add("place_country", DataTypes.StringType, true)
            .add("event_json", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true)
            .add("record", DataTypes.StringType, true);

    private final LocalDate defaultDate;
    private final int maxChars;

    /**
     * @param defaultDate the date of articles that give none (null: the dateline's day, else today)
     * @param maxChars    longest article text accepted
     */
    ExtractPartition(LocalDate defaultDate, int maxChars) {
        this.defaultDate = defaultDate;
        this.maxChars = maxChars;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> records) {
        ArticleReader reader = new ArticleReader(maxChars);
        return new Iterator<>() {
            private final List<Row> pending = new ArrayList<>();
            private int next;

            @Override
            public boolean hasNext() {
                while (next == pending.size() && records.hasNext()) {
                    pending.clear();
                    next = 0;
                    Row r = records.next();
                    extract(reader, r.getString(0), r.getString(1), pending);
                }
                return next < pending.size();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return pending.get(next++);
            }
        };
    }

    /** The rows of one record. */
    void extract(ArticleReader reader, String record, String input, List<Row> out) {
        Article[] article = {null};
        InputError[] error = {null};
        reader.readJsonLine(record, input, new ArticleSink() {
            @Override
            public void article(Article a) {
                article[0] = a;
            }

            @Override
            public void error(InputError e) {
                error[0] = e;
            }
        });
        if (article[0] == null) {
            out.add(error(input, null, error[0] == null ? "no article in the record" : error[0].reason(), record));
            return;
        }
        Article a = article[0];
        Extraction x;
        try {
            x = ExecutorModels.extractor().extract(a, defaultDate);
        } catch (ExtractionException e) {
            out.add(error(input, a.id(), e.getMessage(), record));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // A defect met on one record must not fail the job: the record goes to the errors with the defect.
            out.add(error(input, a.id(), "internal error, article skipped: " + e, record));
            return;
        }
        java.sql.Date date = java.sql.Date.valueOf(x.date());
        out.add(RowFactory.create(ARTICLE, input, a.id(), date, x.dateSource(), x.lang(), x.tokens(),
                x.events().size(), null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null));
        List<Event> events = x.events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            MentionSignature s = MentionSignature.of(e, x.date());
            out.add(RowFactory.create(MENTION, input, a.id(), date, x.dateSource(), x.lang(), null, null, i,
                    e.sentence(), e.triggerBegin(), s.key(), s.source(), s.target(), e.type().code().value(), s.root(),
                    e.type().quadClass().number(), e.type().goldstein(), s.factuality().label(),
                    s.date() == null ? null : s.date().iso(),
                    s.date() == null ? null : s.date().precision().name().toLowerCase(java.util.Locale.ROOT),
                    s.placeCountry(), EventJson.line(e, false), null, null));
        }
    }

    private static Row error(String input, String articleId, String reason, String record) {
        String excerpt = record == null || record.length() <= RECORD_EXCERPT ? record
                : record.substring(0, RECORD_EXCERPT) + "…";
        return RowFactory.create(ERROR, input, articleId, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, reason, excerpt);
    }
}
