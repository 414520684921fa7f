package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.dedup.Deduplicator;
import org.dyad.dedup.EventCluster;
import org.dyad.dedup.MentionSignature;
import org.dyad.factuality.Factuality;
import org.dyad.time.TimeValue;

/**
 * Applies the store's deduplication rule ({@link Deduplicator}, {@link EventCluster}) to the mentions of one
 * grouping key ({@link MentionSignature#key()}): source, target and CAMEO root. Mentions are taken in order of
 * article date, article id, sentence, trigger offset and position in the article, so the events do not depend on
 * how Spark partitioned the data. An event's id is that of its first mention. Serializable, stateless and
 * thread-safe.
 */
final class ClusterGroup implements FlatMapGroupsFunction<String, Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;

    /** One row per event, with the ids of its mentions. */
    static final StructType SCHEMA = new StructType()
            .add("event_id", DataTypes.StringType, false)
            .add("key", DataTypes.StringType, false)
            .add("source_code", DataTypes.StringType, false)
            .add("target_code", DataTypes.StringType, true)
            .add("root", DataTypes.StringType, false)
            .add("code", DataTypes.StringType, false)
            .add("date", DataTypes.StringType, true)
            .add("date_precision", DataTypes.StringType, true)
            .add("window_from", DataTypes.DateType, false)
            .add("window_to", DataTypes.DateType, false)
            .add("place_country", DataTypes.StringType, true)
            .add("factuality", DataTypes.StringType, false)
            .add("first_article_id", DataTypes.StringType, false)
            .add("latest_article_date", DataTypes.DateType, false)
            .add("num_mentions", DataTypes.IntegerType, false)
            .add("num_articles", DataTypes.IntegerType, false)
            .add("mention_ids", DataTypes.createArrayType(DataTypes.StringType, false), false);

    /** What the rule and the canonical order read of a mention row. */
    record Mention(String id, String articleId, LocalDate articleDate, int sentence, int triggerBegin, int ordinal,
                   String code, MentionSignature signature) {
    }

    /** The canonical order of mentions: article date, article id, sentence, trigger offset, position. */
    static final Comparator<Mention> ORDER = Comparator.comparing(Mention::articleDate)
            .thenComparing(Mention::articleId)
            .thenComparingInt(Mention::sentence)
            .thenComparingInt(Mention::triggerBegin)
            .thenComparingInt(Mention::ordinal);

    /** The id of a mention: its article and position there. */
    static String mentionId(String articleId, int ordinal) {
        return articleId + "#" + ordinal;
    }

    static Mention mention(Row r) {
        String articleId = r.getAs("article_id");
        LocalDate articleDate = ((java.sql.Date) r.getAs("article_date")).toLocalDate();
        int ordinal = r.<Integer>getAs("ordinal");
        String target = r.getAs("target_code");
        MentionSignature s = new MentionSignature(r.getAs("source_code"), target, r.getAs("root"),
                TimeValue.parse(r.getAs("date")), articleDate, r.getAs("place_country"),
                Factuality.ofLabel(r.getAs("factuality")));
        return new Mention(mentionId(articleId, ordinal), articleId, articleDate, r.<Integer>getAs("sentence"),
                r.<Integer>getAs("trigger_begin"), ordinal, r.getAs("code"), s);
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
        List<Mention> mentions = new ArrayList<>();
        rows.forEachRemaining(r -> mentions.add(mention(r)));
        List<Row> out = new ArrayList<>();
        for (Deduplicator.Group<Mention> g : Deduplicator.group(mentions, Mention::signature, ORDER)) {
            EventCluster c = g.cluster();
            Mention first = g.members().get(0);
            MentionSignature s = first.signature();
            List<String> ids = new ArrayList<>();
            Set<String> articles = new LinkedHashSet<>();
            for (Mention m : g.members()) {
                ids.add(m.id());
                articles.add(m.articleId());
            }
            out.add(RowFactory.create("evt:" + first.id(), key, s.source(), s.target().isEmpty() ? null : s.target(),
                    s.root(), first.code(), c.date() == null ? null : c.date().iso(),
                    c.date() == null ? null : c.date().precision().name().toLowerCase(java.util.Locale.ROOT),
                    java.sql.Date.valueOf(c.from()), java.sql.Date.valueOf(c.to()), c.placeCountry(),
                    c.factuality().label(), first.articleId(), java.sql.Date.valueOf(c.latestArticle()),
                    c.mentions(), articles.size(), ids.toArray(new String[0])));
        }
        return out.iterator();
    }
}
