package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.dyad.coding.Event;
import org.dyad.dedup.EventCluster;
import org.dyad.dedup.MentionSignature;
import org.dyad.factuality.Factuality;
import org.dyad.geo.Place;
import org.dyad.ingest.Article;
import org.dyad.pipeline.Extraction;
import org.dyad.time.TimeValue;

/**
 * Articles, distinct events and their mentions in an embedded DuckDB file or a PostgreSQL server.
 *
 * <p>Each article is stored in one transaction with all its mentions, so a killed ingest leaves no
 * partial article; an article already stored (same id or same content hash) is skipped, so a re-run
 * adds nothing. Each mention joins an existing event or creates one by the rule of
 * {@link EventCluster}, the same rule the Spark job applies to a whole corpus at once.
 *
 * <p>Thread-safe: calls are serialised on one connection. A DuckDB file is opened by one process at a time.
 */
public final class EventStore implements AutoCloseable {

    private static final String EVENT_COLUMNS = "e.id, e.source_code, e.source_name, e.source_country, "
            + "e.target_code, e.target_name, e.target_country, e.code, e.root, e.name, e.quad_class, e.goldstein, "
            + "e.plover, e.factuality, e.date_iso, e.day, e.place_name, e.place_country, e.place_admin1, "
            + "e.place_geonameid, e.latitude, e.longitude, e.first_seen, e.first_article, e.source_url, "
            + "e.n_mentions, e.n_articles, e.outlets";

    private static final String MENTION_COLUMNS = "m.id, m.event_id, m.article_id, m.sentence, m.sentence_begin, "
            + "m.sentence_end, m.code, m.trigger_text, m.trigger_begin, m.trigger_end, m.source_text, m.source_begin, "
            + "m.source_end, m.target_text, m.target_begin, m.target_end, m.factuality, m.attribution_text, "
            + "m.attribution_code, m.date_iso, m.date_text, m.place_text, m.place_begin, m.place_end, m.confidence, "
            + "m.evidence, m.via";

    private final Connection connection;
    private final Dialect dialect;
    private final String location;

    private EventStore(Connection connection, Dialect dialect, String location) {
        this.connection = connection;
        this.dialect = dialect;
        this.location = location;
    }

    /**
     * Opens a store, creating or migrating its schema.
     *
     * @param db a file path (an embedded DuckDB file, created if absent), {@code jdbc:duckdb:PATH} or
     *           {@code jdbc:postgresql://HOST[:PORT]/DB?user=…&password=…}
     */
    public static EventStore open(String db) {
        String url = db.startsWith("jdbc:") ? db : "jdbc:duckdb:" + Path.of(db).toAbsolutePath();
        Dialect dialect = Dialect.of(url);
        String shown = url.replaceAll("password=[^&]*", "password=…");
        Connection c;
        try {
            c = DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + shown + ": " + e.getMessage(), e);
        }
        try {
            Migrations.migrate(c, dialect);
            c.setAutoCommit(false);
            return new EventStore(c, dialect, shown);
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot prepare store " + shown + ": " + e.getMessage(), e);
        }
    }

    /** The database this store lives in (passwords hidden). */
    public String location() {
        return location;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The SHA-256 of an article's title and text: the same content under another id is the same article. */
    public static String contentHash(Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(a.title().strip().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(a.text().strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an article with this id or this content is already stored. */
    public synchronized boolean contains(Article a) {
        try {
            boolean found = exists(a.id(), contentHash(a));
            connection.commit();
            return found;
        } catch (SQLException e) {
            throw failure("cannot read " + location, e);
        }
    }

    /**
     * Stores an extracted article and its events in one transaction, or nothing if it is already stored.
     */
    public synchronized IngestResult store(Extraction x) {
        Article a = x.article();
        String hash = contentHash(a);
        try {
            if (exists(a.id(), hash)) {
                connection.rollback();
                return IngestResult.DUPLICATE;
            }
            insertArticle(x, hash);
            int created = 0;
            Set<Long> eventsOfArticle = new HashSet<>();
            for (Event e : x.events()) {
                MentionSignature sig = MentionSignature.of(e, x.date());
                lockKey(sig.key());
                long eventId = -1;
                EventCluster cluster = null;
                for (Map.Entry<Long, EventCluster> candidate : candidates(sig.key()).entrySet()) {
                    if (candidate.getValue().accepts(sig)) {
                        eventId = candidate.getKey();
                        cluster = candidate.getValue();
                        break;
                    }
                }
                if (cluster == null) {
                    eventId = nextId("event_ids");
                    insertEvent(eventId, EventCluster.of(sig), e, x);
                    created++;
                } else {
                    TimeValue before = cluster.date();
                    cluster.add(sig);
                    updateEvent(eventId, cluster, before, e, x, !eventsOfArticle.contains(eventId));
                }
                eventsOfArticle.add(eventId);
                insertMention(eventId, e, a.id());
            }
            connection.commit();
            return new IngestResult(true, created, x.events().size());
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw failure("cannot store " + a.origin() + " in " + location, e);
        }
    }

    private boolean exists(String id, String hash) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT 1 FROM articles WHERE id = ? OR content_hash = ? LIMIT 1")) {
            p.setString(1, id);
            p.setString(2, hash);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /** On PostgreSQL, two writers must not create the same event at once: lock its key for the transaction. */
    private void lockKey(String key) throws SQLException {
        if (dialect != Dialect.POSTGRESQL) {
            return;
        }
        try (PreparedStatement p = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            p.setString(1, key);
            p.executeQuery().close();
        }
    }

    private long nextId(String sequence) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT nextval('" + sequence + "')")) {
            r.next();
            return r.getLong(1);
        }
    }

    private Map<Long, EventCluster> candidates(String key) throws SQLException {
        Map<Long, EventCluster> out = new LinkedHashMap<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT id, window_from, window_to, year_only, "
                + "date_iso, place_country, factuality, latest_article, n_mentions FROM events "
                + "WHERE dedup_key = ? ORDER BY id")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), EventCluster.restore(key, date(r, 2), date(r, 3), r.getBoolean(4),
                            TimeValue.parse(r.getString(5)), r.getString(6), Factuality.ofLabel(r.getString(7)),
                            date(r, 8), r.getInt(9)));
                }
            }
        }
        return out;
    }

    private void insertArticle(Extraction x, String hash) throws SQLException {
        Article a = x.article();
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO articles (id, url, source, published, date_source, lang, title, content_hash, body, "
                        + "tokens, n_events, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            p.setString(++i, a.id());
            setString(p, ++i, a.url());
            setString(p, ++i, a.source());
            setDate(p, ++i, x.date());
            p.setString(++i, x.dateSource());
            p.setString(++i, x.lang());
            p.setString(++i, a.title());
            p.setString(++i, hash);
            p.setString(++i, a.text());
            p.setInt(++i, x.tokens());
            p.setInt(++i, x.events().size());
            p.setTimestamp(++i, Timestamp.from(Instant.now()));
            p.executeUpdate();
        }
    }

    private void insertEvent(long id, EventCluster c, Event e, Extraction x) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO events (id, dedup_key, source_code, "
                + "source_name, source_country, source_sector, target_code, target_name, target_country, "
                + "target_sector, code, root, name, quad_class, goldstein, plover, factuality, date_iso, "
                + "date_precision, day, window_from, window_to, year_only, latest_article, place_name, place_country, "
                + "place_admin1, place_geonameid, latitude, longitude, first_seen, first_article, source_url, "
                + "n_mentions, n_articles, outlets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            p.setLong(++i, id);
            p.setString(++i, c.key());
            p.setString(++i, e.source().code());
            p.setString(++i, e.source().text());
            setString(p, ++i, e.source().country());
            setString(p, ++i, e.source().sector());
            setString(p, ++i, e.target() == null ? null : e.target().code());
            setString(p, ++i, e.target() == null ? null : e.target().text());
            setString(p, ++i, e.target() == null ? null : e.target().country());
            setString(p, ++i, e.target() == null ? null : e.target().sector());
            p.setString(++i, e.type().code().value());
            p.setString(++i, e.type().code().root());
            p.setString(++i, e.type().name());
            p.setInt(++i, e.type().quadClass().number());
            p.setDouble(++i, e.type().goldstein());
            p.setString(++i, e.type().plover());
            p.setString(++i, c.factuality().label());
            setString(p, ++i, c.date() == null ? null : c.date().iso());
            setString(p, ++i, c.date() == null ? null : c.date().precision().name().toLowerCase(Locale.ROOT));
            setDate(p, ++i, c.date() == null ? x.date() : c.date().start());
            setDate(p, ++i, c.from());
            setDate(p, ++i, c.to());
            p.setBoolean(++i, c.yearOnly());
            setDate(p, ++i, c.latestArticle());
            Place place = e.place() == null ? null : e.place().place();
            setString(p, ++i, place == null ? null : place.name());
            setString(p, ++i, place == null ? null : place.country());
            setString(p, ++i, place == null || place.admin1().isEmpty() ? null : place.admin1());
            setInt(p, ++i, place == null || place.geonameId() <= 0 ? null : place.geonameId());
            setDouble(p, ++i, place == null || place.isCountry() ? null : degrees(place.latitude()));
            setDouble(p, ++i, place == null || place.isCountry() ? null : degrees(place.longitude()));
            setDate(p, ++i, x.date());
            p.setString(++i, x.article().id());
            setString(p, ++i, x.article().url());
            p.setInt(++i, 1);
            p.setInt(++i, 1);
            p.setString(++i, outlet(x.article()));
            p.executeUpdate();
        }
    }

    private void updateEvent(long id, EventCluster c, TimeValue dateBefore, Event e, Extraction x,
                             boolean newArticle) throws SQLException {
        StoredEvent old = event(id).orElseThrow();
        String code = old.code();
        String name = old.name();
        double goldstein = old.goldstein();
        String plover = old.plover();
        if (code.endsWith("0") && !e.type().code().value().endsWith("0")) {
            // A mention that gives the specific act ("042") refines one coded only by its root ("040").
            code = e.type().code().value();
            name = e.type().name();
            goldstein = e.type().goldstein();
            plover = e.type().plover();
        }
        Set<String> outlets = new LinkedHashSet<>(old.outlets());
        String outlet = outlet(x.article());
        if (!outlet.isEmpty()) {
            outlets.add(outlet);
        }
        StoredPlace place = old.place();
        if (place == null && e.place() != null) {
            Place p = e.place().place();
            place = new StoredPlace(p.name(), p.country(), p.admin1().isEmpty() ? null : p.admin1(),
                    p.geonameId() <= 0 ? null : p.geonameId(), p.isCountry() ? null : degrees(p.latitude()),
                    p.isCountry() ? null : degrees(p.longitude()));
        }
        LocalDate day = c.date() == null ? old.day() : c.date().start();
        LocalDate firstSeen = x.date().isBefore(old.firstSeen()) ? x.date() : old.firstSeen();
        try (PreparedStatement p = connection.prepareStatement("UPDATE events SET code = ?, name = ?, goldstein = ?, "
                + "plover = ?, factuality = ?, date_iso = ?, date_precision = ?, day = ?, window_from = ?, "
                + "window_to = ?, latest_article = ?, place_name = ?, place_country = ?, place_admin1 = ?, "
                + "place_geonameid = ?, latitude = ?, longitude = ?, first_seen = ?, n_mentions = ?, n_articles = ?, "
                + "outlets = ? WHERE id = ?")) {
            int i = 0;
            p.setString(++i, code);
            p.setString(++i, name);
            p.setDouble(++i, goldstein);
            p.setString(++i, plover);
            p.setString(++i, c.factuality().label());
            setString(p, ++i, c.date() == null ? null : c.date().iso());
            setString(p, ++i, c.date() == null ? null : c.date().precision().name().toLowerCase(Locale.ROOT));
            setDate(p, ++i, day);
            setDate(p, ++i, c.from());
            setDate(p, ++i, c.to());
            setDate(p, ++i, c.latestArticle());
            setString(p, ++i, place == null ? null : place.name());
            setString(p, ++i, place == null ? null : place.country());
            setString(p, ++i, place == null ? null : place.admin1());
            setInt(p, ++i, place == null ? null : place.geonameId());
            setDouble(p, ++i, place == null ? null : place.latitude());
            setDouble(p, ++i, place == null ? null : place.longitude());
            setDate(p, ++i, firstSeen);
            p.setInt(++i, c.mentions());
            p.setInt(++i, old.articles() + (newArticle ? 1 : 0));
            p.setString(++i, String.join("|", outlets));
            p.setLong(++i, id);
            p.executeUpdate();
        }
    }

    private void insertMention(long eventId, Event e, String articleId) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO mentions (id, event_id, article_id, "
                + "sentence, sentence_begin, sentence_end, code, trigger_text, trigger_begin, trigger_end, "
                + "source_text, source_begin, source_end, target_text, target_begin, target_end, factuality, "
                + "attribution_text, attribution_code, date_iso, date_text, place_text, place_begin, place_end, "
                + "confidence, evidence, via) VALUES (nextval('mention_ids'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            p.setLong(++i, eventId);
            p.setString(++i, articleId);
            p.setInt(++i, e.sentence());
            p.setInt(++i, e.begin());
            p.setInt(++i, e.end());
            p.setString(++i, e.type().code().value());
            p.setString(++i, e.trigger());
            p.setInt(++i, e.triggerBegin());
            p.setInt(++i, e.triggerEnd());
            p.setString(++i, e.source().text());
            p.setInt(++i, e.source().begin());
            p.setInt(++i, e.source().end());
            setString(p, ++i, e.target() == null ? null : e.target().text());
            setInt(p, ++i, e.target() == null ? null : e.target().begin());
            setInt(p, ++i, e.target() == null ? null : e.target().end());
            p.setString(++i, e.factuality().label());
            setString(p, ++i, e.attribution() == null ? null : e.attribution().text());
            setString(p, ++i, e.attribution() == null ? null : e.attribution().code());
            setString(p, ++i, e.date() == null ? null : e.date().iso());
            setString(p, ++i, e.dateText());
            setString(p, ++i, e.place() == null ? null : e.place().text());
            setInt(p, ++i, e.place() == null ? null : e.place().begin());
            setInt(p, ++i, e.place() == null ? null : e.place().end());
            p.setDouble(++i, Confidence.of(e));
            p.setString(++i, e.evidence());
            p.setString(++i, String.join("\n", e.via()));
            p.executeUpdate();
        }
    }

    /** Degrees to six decimals (about 0.1 m): the gazetteer keeps single precision, which prints noise. */
    private static double degrees(double d) {
        return Math.round(d * 1e6) / 1e6;
    }

    private static String outlet(Article a) {
        return a.source() == null ? "" : a.source().strip().replace('|', '/');
    }

    /** One event by id. */
    public synchronized Optional<StoredEvent> event(long id) {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT " + EVENT_COLUMNS + " FROM events e WHERE e.id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(event(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("cannot read " + location, e);
        }
    }

    /** The events a query matches, ordered by day then id, one page of them. */
    public synchronized Page<StoredEvent> events(EventQuery q) {
        Where w = where(q);
        try {
            long total;
            try (PreparedStatement p = connection.prepareStatement("SELECT COUNT(*) FROM events e" + w.sql)) {
                w.bind(p);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            List<StoredEvent> items = new ArrayList<>();
            try (PreparedStatement p = connection.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events e"
                    + w.sql + " ORDER BY e.day, e.id LIMIT " + q.limit() + " OFFSET " + q.offset())) {
                w.bind(p);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        items.add(event(r));
                    }
                }
            }
            connection.commit();
            return new Page<>(items, total, q.offset(), q.limit());
        } catch (SQLException e) {
            throw failure("cannot query " + location, e);
        }
    }

    /** Every event a query matches (its page ignored), in order of day then id, streamed. */
    public synchronized void eachEvent(EventQuery q, Consumer<StoredEvent> sink) {
        Where w = where(q);
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT " + EVENT_COLUMNS + " FROM events e" + w.sql + " ORDER BY e.day, e.id")) {
            p.setFetchSize(1000);
            w.bind(p);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sink.accept(event(r));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw failure("cannot query " + location, e);
        }
    }

    /** Every mention of the events a query matches, in order of event then mention id, streamed. */
    public synchronized void eachMention(EventQuery q, Consumer<StoredMention> sink) {
        Where w = where(q);
        try (PreparedStatement p = connection.prepareStatement("SELECT " + MENTION_COLUMNS
                + " FROM mentions m JOIN events e ON e.id = m.event_id" + w.sql + " ORDER BY e.day, e.id, m.id")) {
            p.setFetchSize(1000);
            w.bind(p);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sink.accept(mention(r));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw failure("cannot query " + location, e);
        }
    }

    /** The mentions of one event, in order of article date and position. */
    public synchronized List<StoredMention> mentions(long eventId) {
        try (PreparedStatement p = connection.prepareStatement("SELECT " + MENTION_COLUMNS
                + " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? "
                + "ORDER BY a.published, m.article_id, m.trigger_begin")) {
            p.setLong(1, eventId);
            List<StoredMention> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(mention(r));
                }
            }
            connection.commit();
            return out;
        } catch (SQLException e) {
            throw failure("cannot read " + location, e);
        }
    }

    /** Stored articles, the latest first (by date, then by id). */
    public synchronized List<ArticleSummary> articles(int offset, int limit) {
        try (PreparedStatement p = connection.prepareStatement("SELECT id, title, published, source, url, n_events "
                + "FROM articles ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?")) {
            p.setInt(1, Math.max(1, Math.min(limit, EventQuery.MAX_LIMIT)));
            p.setInt(2, Math.max(0, offset));
            List<ArticleSummary> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new ArticleSummary(r.getString(1), r.getString(2), date(r, 3), r.getString(4),
                            r.getString(5), r.getInt(6)));
                }
            }
            connection.commit();
            return out;
        } catch (SQLException e) {
            throw failure("cannot read " + location, e);
        }
    }

    /** An article with its mentions and their events. */
    public synchronized Optional<StoredArticle> article(String id) {
        try {
            StoredArticle found = null;
            try (PreparedStatement p = connection.prepareStatement("SELECT id, url, source, published, lang, title, "
                    + "body, content_hash FROM articles WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        found = new StoredArticle(r.getString(1), r.getString(2), r.getString(3), date(r, 4),
                                r.getString(5), r.getString(6), r.getString(7), r.getString(8), List.of(), List.of());
                    }
                }
            }
            if (found == null) {
                connection.commit();
                return Optional.empty();
            }
            List<StoredMention> mentions = new ArrayList<>();
            try (PreparedStatement p = connection.prepareStatement("SELECT " + MENTION_COLUMNS
                    + " FROM mentions m WHERE m.article_id = ? ORDER BY m.trigger_begin, m.id")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        mentions.add(mention(r));
                    }
                }
            }
            List<StoredEvent> events = new ArrayList<>();
            try (PreparedStatement p = connection.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events e "
                    + "WHERE e.id IN (SELECT event_id FROM mentions WHERE article_id = ?) ORDER BY e.id")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        events.add(event(r));
                    }
                }
            }
            connection.commit();
            return Optional.of(new StoredArticle(found.id(), found.url(), found.source(), found.date(), found.lang(),
                    found.title(), found.body(), found.contentHash(), mentions, events));
        } catch (SQLException e) {
            throw failure("cannot read " + location, e);
        }
    }

    /**
     * Counts per quad class and the Goldstein sum per period of the events between two actors, every
     * period from the first to the last included (empty ones too).
     *
     * @param a        an actor code or country
     * @param b        the other
     * @param directed only a → b rather than either way
     * @param by       period size
     * @param from     first day, or null
     * @param to       last day, or null
     */
    public synchronized List<TimelineBucket> timeline(String a, String b, boolean directed, Period by,
                                                      LocalDate from, LocalDate to) {
        EventQuery q = EventQuery.builder().dyad(a, b, directed).from(from).to(to).limit(1).build();
        Where w = where(q);
        String period = "CAST(date_trunc('" + by.unit() + "', e.day) AS DATE)";
        TreeMap<LocalDate, double[]> rows = new TreeMap<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT " + period + " AS p, e.quad_class, COUNT(*), "
                + "SUM(e.goldstein) FROM events e" + w.sql + " GROUP BY p, e.quad_class ORDER BY p")) {
            w.bind(p);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    double[] row = rows.computeIfAbsent(date(r, 1), k -> new double[5]);
                    row[r.getInt(2) - 1] += r.getLong(3);
                    row[4] += r.getDouble(4);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw failure("cannot query " + location, e);
        }
        List<TimelineBucket> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        TimeValue.Precision precision = switch (by) {
            case DAY -> TimeValue.Precision.DAY;
            case WEEK -> TimeValue.Precision.WEEK;
            case MONTH -> TimeValue.Precision.MONTH;
            case YEAR -> TimeValue.Precision.YEAR;
        };
        for (LocalDate d = rows.firstKey(); !d.isAfter(rows.lastKey()); d = next(d, by)) {
            double[] row = rows.getOrDefault(d, new double[5]);
            out.add(new TimelineBucket(d, new TimeValue(d, precision).iso(), (int) row[0], (int) row[1], (int) row[2],
                    (int) row[3], Math.round(row[4] * 100) / 100.0));
        }
        return out;
    }

    private static LocalDate next(LocalDate d, Period by) {
        return switch (by) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
            case YEAR -> d.plusYears(1);
        };
    }

    /**
     * Actors whose code starts with the query, whose country is it, or whose written name contains it;
     * most active first.
     */
    public synchronized List<ActorSummary> actors(String query, int limit) {
        String q = query == null ? "" : query.strip();
        try (PreparedStatement p = connection.prepareStatement("SELECT code, country, MIN(name), COUNT(*) AS n FROM ("
                + "SELECT source_code AS code, source_country AS country, source_name AS name FROM events UNION ALL "
                + "SELECT target_code, target_country, target_name FROM events WHERE target_code IS NOT NULL) t "
                + "WHERE code LIKE ? OR country = ? OR LOWER(name) LIKE ? "
                + "GROUP BY code, country ORDER BY n DESC, code LIMIT " + Math.max(1, Math.min(limit, 1000)))) {
            p.setString(1, q.toUpperCase(Locale.ROOT) + "%");
            p.setString(2, q.toUpperCase(Locale.ROOT));
            p.setString(3, "%" + q.toLowerCase(Locale.ROOT) + "%");
            List<ActorSummary> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new ActorSummary(r.getString(1), r.getString(2), r.getString(3), r.getInt(4)));
                }
            }
            connection.commit();
            return out;
        } catch (SQLException e) {
            throw failure("cannot query " + location, e);
        }
    }

    /**
     * The most active directed dyads in a period, by country where known (else by actor code), for an
     * actor network.
     */
    public synchronized List<DyadSummary> dyads(LocalDate from, LocalDate to, int limit) {
        EventQuery q = EventQuery.builder().from(from).to(to).limit(1).build();
        Where w = where(q);
        String src = "COALESCE(e.source_country, e.source_code)";
        String tgt = "COALESCE(e.target_country, e.target_code)";
        String sql = "SELECT " + src + " AS s, " + tgt + " AS t, COUNT(*) AS n, "
                + "SUM(CASE WHEN e.quad_class <= 2 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class >= 3 THEN 1 ELSE 0 END), "
                + "SUM(e.goldstein) FROM events e" + w.sql + (w.sql.isEmpty() ? " WHERE " : " AND ")
                + "e.target_code IS NOT NULL AND " + src + " <> " + tgt
                + " GROUP BY s, t ORDER BY n DESC, s, t LIMIT " + Math.max(1, Math.min(limit, 1000));
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            w.bind(p);
            List<DyadSummary> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new DyadSummary(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getInt(5),
                            Math.round(r.getDouble(6) * 100) / 100.0));
                }
            }
            connection.commit();
            return out;
        } catch (SQLException e) {
            throw failure("cannot query " + location, e);
        }
    }

    /** Totals. */
    public synchronized StoreStats stats() {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM events), "
                     + "(SELECT COUNT(*) FROM mentions)")) {
            r.next();
            StoreStats st = new StoreStats(r.getLong(1), r.getLong(2), r.getLong(3), Migrations.version(connection));
            connection.commit();
            return st;
        } catch (SQLException e) {
            throw failure("cannot read " + location, e);
        }
    }

    /** The JDBC connection, for exports that hand a query to the database; not for writes. */
    Connection connection() {
        return connection;
    }

    @Override
    public synchronized void close() {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot close " + location, e);
        }
    }

    /** A WHERE clause with its parameters. */
    private record Where(String sql, List<Object> params) {
        void bind(PreparedStatement p) throws SQLException {
            for (int i = 0; i < params.size(); i++) {
                Object v = params.get(i);
                if (v instanceof LocalDate d) {
                    p.setDate(i + 1, java.sql.Date.valueOf(d));
                } else if (v instanceof Integer n) {
                    p.setInt(i + 1, n);
                } else {
                    p.setString(i + 1, (String) v);
                }
            }
        }
    }

    private static Where where(EventQuery q) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (q.actor() != null) {
            parts.add("(" + matches("source", q.actor(), params) + " OR " + matches("target", q.actor(), params) + ")");
        }
        if (q.dyadSource() != null) {
            String forward = "(" + matches("source", q.dyadSource(), params) + " AND "
                    + matches("target", q.dyadTarget(), params) + ")";
            if (q.directed()) {
                parts.add(forward);
            } else {
                parts.add("(" + forward + " OR (" + matches("source", q.dyadTarget(), params) + " AND "
                        + matches("target", q.dyadSource(), params) + "))");
            }
        }
        if (q.code() != null) {
            parts.add("e.code LIKE ?");
            params.add(q.code() + "%");
        }
        if (q.root() != null) {
            parts.add("e.root = ?");
            params.add(q.root());
        }
        if (q.quadClass() != null) {
            parts.add("e.quad_class = ?");
            params.add(q.quadClass());
        }
        if (q.factuality() != null) {
            parts.add("e.factuality = ?");
            params.add(q.factuality().label());
        }
        if (q.from() != null) {
            parts.add("e.day >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            parts.add("e.day <= ?");
            params.add(q.to());
        }
        if (q.place() != null) {
            parts.add("(e.place_country = ? OR LOWER(e.place_name) = ? OR LOWER(e.place_admin1) = ?)");
            params.add(q.place().toUpperCase(Locale.ROOT));
            params.add(q.place().toLowerCase(Locale.ROOT));
            params.add(q.place().toLowerCase(Locale.ROOT));
        }
        if (q.text() != null) {
            parts.add("EXISTS (SELECT 1 FROM mentions tm JOIN articles ta ON ta.id = tm.article_id "
                    + "WHERE tm.event_id = e.id AND (LOWER(tm.evidence) LIKE ? OR LOWER(ta.title) LIKE ?))");
            String like = "%" + q.text().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            params.add(like);
            params.add(like);
        }
        return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), params);
    }

    /** An actor matches by code prefix ("PRK" matches "PRKGOV") or by country. */
    private static String matches(String role, String actor, List<Object> params) {
        params.add(actor.replace("%", "").replace("_", "") + "%");
        params.add(actor);
        return "(e." + role + "_code LIKE ? OR e." + role + "_country = ?)";
    }

    private static StoredEvent event(ResultSet r) throws SQLException {
        String placeName = r.getString(17);
        StoredPlace place = placeName == null ? null : new StoredPlace(placeName, r.getString(18), r.getString(19),
                integer(r, 20), decimal(r, 21), decimal(r, 22));
        String outlets = r.getString(28);
        return new StoredEvent(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getInt(11),
                r.getDouble(12), r.getString(13), Factuality.ofLabel(r.getString(14)), TimeValue.parse(r.getString(15)),
                date(r, 16), place, date(r, 23), r.getString(24), r.getString(25), r.getInt(26), r.getInt(27),
                outlets == null || outlets.isEmpty() ? List.of() : Arrays.asList(outlets.split("\\|")));
    }

    private static StoredMention mention(ResultSet r) throws SQLException {
        String via = r.getString(27);
        return new StoredMention(r.getLong(1), r.getLong(2), r.getString(3), r.getInt(4), r.getInt(5), r.getInt(6),
                r.getString(7), r.getString(8), r.getInt(9), r.getInt(10), r.getString(11), r.getInt(12),
                r.getInt(13), r.getString(14), integer(r, 15), integer(r, 16), Factuality.ofLabel(r.getString(17)),
                r.getString(18), r.getString(19), r.getString(20), r.getString(21), r.getString(22), integer(r, 23),
                integer(r, 24), r.getDouble(25), r.getString(26),
                via == null || via.isEmpty() ? List.of() : Arrays.asList(via.split("\n")));
    }

    private static LocalDate date(ResultSet r, int i) throws SQLException {
        java.sql.Date d = r.getDate(i);
        return d == null ? null : d.toLocalDate();
    }

    private static Integer integer(ResultSet r, int i) throws SQLException {
        int v = r.getInt(i);
        return r.wasNull() ? null : v;
    }

    private static Double decimal(ResultSet r, int i) throws SQLException {
        double v = r.getDouble(i);
        return r.wasNull() ? null : v;
    }

    private static void setString(PreparedStatement p, int i, String v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.VARCHAR);
        } else {
            p.setString(i, v);
        }
    }

    private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setInt(i, v);
        }
    }

    private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.DOUBLE);
        } else {
            p.setDouble(i, v);
        }
    }

    private static void setDate(PreparedStatement p, int i, LocalDate v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.DATE);
        } else {
            p.setDate(i, java.sql.Date.valueOf(v));
        }
    }

    private static StoreException failure(String message, Exception e) {
        if (e instanceof StoreException se) {
            return se;
        }
        return new StoreException(message + ": " + e.getMessage(), e);
    }
}
