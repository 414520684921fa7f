package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.trim;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.dyad.ingest.ArticleReader;

/**
 * Dyad as a Spark job: reads articles from JSONL or Parquet at any Hadoop path, extracts their events with the
 * library (models loaded once per executor), deduplicates the mentions across the whole corpus with the store's
 * rule, and writes Parquet under the output directory:
 * <ul>
 *   <li>{@code mentions/}: one row per event as extracted from an article (what {@code dyad extract} prints, whole
 *       in {@code event_json}), with the {@code event_id} it was grouped into;</li>
 *   <li>{@code events/}: one row per distinct event, with its mentions' ids;</li>
 *   <li>{@code gdelt/}: the distinct events as GDELT 2.0 event rows (text, 61 tab-separated columns), as
 *       {@code dyad export --format gdelt} writes them;</li>
 *   <li>{@code articles/}: one row per article extracted;</li>
 *   <li>{@code errors/}: one row per record that could not be read or extracted, with the reason.</li>
 * </ul>
 * A bad record never fails the job. Outputs are written beside the old ones and swapped in only when all are
 * complete, so a rerun replaces a previous run's output and a failed run leaves it as it was.
 */
public final class ExtractJob {
    /** The outputs, in the order they are swapped in. */
    static final List<String> OUTPUTS = List.of("mentions", "events", "articles", "errors", "gdelt");

    /** Input formats. */
    public enum Format { JSONL, PARQUET }

    /**
     * What to run.
     *
     * @param inputs      input paths (files, directories or globs), all of one format
     * @param format      their format
     * @param output      the output directory
     * @param defaultDate the date of articles that give none (null: the dateline's day, else today)
     * @param maxChars    longest article text accepted; longer ones go to the errors
     */
    public record Options(List<String> inputs, Format format, String output, LocalDate defaultDate, int maxChars) {
        public Options {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no input");
            }
        }
    }

    /** What a run wrote. */
    public record Summary(long articles, long mentions, long events, long errors) {
    }

    private ExtractJob() {
    }

    /** {@code spark-submit --class org.dyad.spark.ExtractJob dyad-spark.jar --output DIR INPUT...}. */
    public static void main(String[] args) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("dyad-spark: " + e.getMessage());
            err.println(USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("dyad extract").getOrCreate();
        try {
            Summary s = run(spark, options);
            err.printf(Locale.ROOT, "dyad-spark: %d articles, %d mentions, %d events, %d errors -> %s%n",
                    s.articles(), s.mentions(), s.events(), s.errors(), options.output());
        } finally {
            spark.stop();
        }
    }

    static final String USAGE = "usage: ExtractJob --output DIR [--format jsonl|parquet] [--date YYYY-MM-DD] "
            + "[--max-chars N] INPUT...";

    /** Parses the command line; the format defaults to that of the first input's extension. */
    static Options parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        Format format = null;
        LocalDate date = null;
        int maxChars = ArticleReader.DEFAULT_MAX_CHARS;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--") && i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            switch (a) {
                case "--output" -> output = args[++i];
                case "--format" -> {
                    String f = args[++i];
                    try {
                        format = Format.valueOf(f.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--format must be jsonl or parquet, not '" + f + "'");
                    }
                }
                case "--date" -> {
                    try {
                        date = LocalDate.parse(args[++i]);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--date must be YYYY-MM-DD, not '" + args[i] + "'");
                    }
                }
                case "--max-chars" -> {
                    try {
                        maxChars = Integer.parseInt(args[++i]);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--max-chars must be a number, not '" + args[i] + "'");
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(a);
                }
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("--output is required");
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input");
        }
        if (format == null) {
            format = inputs.get(0).toLowerCase(Locale.ROOT).endsWith(".parquet") ? Format.PARQUET : Format.JSONL;
        }
        return new Options(inputs, format, output, date, maxChars);
    }

    /** Runs the job on the session and returns what it wrote. */
    public static Summary run(SparkSession spark, Options o) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(o.output());
        String run = UUID.randomUUID().toString();
        Path tmp = new Path(out, "_tmp-" + run);
        try {
            FileSystem fs = out.getFileSystem(conf);
            removeLeftovers(fs, out);
            Dataset<Row> records = records(spark, o);
            // Extraction is the expensive step: it runs once, into a staging table the outputs are cut from.
            Path staged = new Path(tmp, "_staged");
            records.mapPartitions(new ExtractPartition(o.defaultDate(), o.maxChars()),
                            Encoders.row(ExtractPartition.SCHEMA))
                    .write().mode(SaveMode.Overwrite).parquet(staged.toString());
            Dataset<Row> all = spark.read().schema(ExtractPartition.SCHEMA).parquet(staged.toString());
            Dataset<Row> mentions = all.filter(col("kind").equalTo(ExtractPartition.MENTION));
            Dataset<Row> events = mentions
                    .groupByKey((MapFunction<Row, String>) r -> r.getAs("key"), Encoders.STRING())
                    .flatMapGroups(new ClusterGroup(), Encoders.row(ClusterGroup.SCHEMA));
            events.write().mode(SaveMode.Overwrite).parquet(new Path(tmp, "events").toString());
            Dataset<Row> membership = spark.read().parquet(new Path(tmp, "events").toString())
                    .select(col("event_id"), explode(col("mention_ids")).as("mention_id"));
            mentions.withColumn("mention_id", org.apache.spark.sql.functions.concat_ws("#", col("article_id"),
                            col("ordinal").cast("string")))
                    .join(membership, "mention_id")
                    .select(col("mention_id"), col("event_id"), col("article_id"), col("article_date"),
                            col("ordinal"), col("sentence"), col("trigger_begin"), col("source_code"),
                            col("target_code"), col("code"), col("root"), col("quad_class"), col("goldstein"),
                            col("factuality"), col("date"), col("date_precision"), col("place_country"),
                            col("event_json"), col("input"))
                    .write().mode(SaveMode.Overwrite).parquet(new Path(tmp, "mentions").toString());
            Dataset<Row> firstMentions = spark.read().parquet(new Path(tmp, "mentions").toString())
                    .select(col("mention_id").as("first_mention"), col("event_json"),
                            col("article_date").as("first_article_date"));
            spark.read().parquet(new Path(tmp, "events").toString())
                    .withColumn("first_mention", element_at(col("mention_ids"), 1))
                    .join(firstMentions, "first_mention")
                    .orderBy(col("event_id"))
                    .map(new GdeltLine(), Encoders.STRING())
                    .write().mode(SaveMode.Overwrite).text(new Path(tmp, "gdelt").toString());
            all.filter(col("kind").equalTo(ExtractPartition.ARTICLE))
                    .select("article_id", "article_date", "date_source", "lang", "tokens", "events", "input")
                    .write().mode(SaveMode.Overwrite).parquet(new Path(tmp, "articles").toString());
            all.filter(col("kind").equalTo(ExtractPartition.ERROR))
                    .select("input", "article_id", "reason", "record")
                    .write().mode(SaveMode.Overwrite).parquet(new Path(tmp, "errors").toString());
            Summary summary = new Summary(
                    spark.read().parquet(new Path(tmp, "articles").toString()).count(),
                    spark.read().parquet(new Path(tmp, "mentions").toString()).count(),
                    spark.read().parquet(new Path(tmp, "events").toString()).count(),
                    spark.read().parquet(new Path(tmp, "errors").toString()).count());
            fs.delete(staged, true);
            swapIn(fs, tmp, out, run);
            return summary;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the output under " + out + ": " + e.getMessage(), e);
        }
    }

    /** One row per record: its JSON text and the file it came from. Blank JSONL lines are dropped. */
    private static Dataset<Row> records(SparkSession spark, ExtractJob.Options o) {
        String[] paths = o.inputs().toArray(new String[0]);
        if (o.format() == Format.PARQUET) {
            Dataset<Row> table = spark.read().parquet(paths);
            return table.select(to_json(struct(col("*"))).as("record"), input_file_name().as("input"));
        }
        return spark.read().text(paths)
                .filter(length(trim(col("value"))).gt(0))
                .select(col("value").as("record"), input_file_name().as("input"));
    }

    /** Swaps each finished output in for the old one, then removes the old ones and the staging directory. */
    private static void swapIn(FileSystem fs, Path tmp, Path out, String run) throws IOException {
        Path old = new Path(out, "_old-" + run);
        for (String name : OUTPUTS) {
            Path current = new Path(out, name);
            if (fs.exists(current)) {
                fs.mkdirs(old);
                rename(fs, current, new Path(old, name));
            }
            rename(fs, new Path(tmp, name), current);
        }
        fs.delete(old, true);
        fs.delete(tmp, true);
    }

    private static void rename(FileSystem fs, Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) {
            throw new IOException("cannot rename " + from + " to " + to);
        }
    }

    /** Staging and old directories of earlier runs that died before they finished. */
    private static void removeLeftovers(FileSystem fs, Path out) throws IOException {
        if (!fs.exists(out)) {
            return;
        }
        for (FileStatus s : fs.listStatus(out)) {
            String name = s.getPath().getName();
            if (s.isDirectory() && (name.startsWith("_tmp-") || name.startsWith("_old-"))) {
                fs.delete(s.getPath(), true);
            }
        }
    }
}
