package org.dyad.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.dyad.actor.Actor;
import org.dyad.actor.ActorDictionary;
import org.dyad.actor.ActorFinder;
import org.dyad.actor.Dateline;
import org.dyad.actor.Discourse;
import org.dyad.cameo.CameoCatalog;
import org.dyad.cameo.CameoCode;
import org.dyad.cameo.EventType;
import org.dyad.coding.Candidate;
import org.dyad.coding.Event;
import org.dyad.coding.EventCoder;
import org.dyad.coding.PredicateDictionary;
import org.dyad.factuality.Factuality;
import org.dyad.factuality.FactualityTagger;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.Geocoder;
import org.dyad.geo.Location;
import org.dyad.ingest.Article;
import org.dyad.nlp.CoreNlpParser;
import org.dyad.nlp.LanguageIdentifier;
import org.dyad.nlp.NlpException;
import org.dyad.nlp.ParsedText;
import org.dyad.nlp.Parser;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.nlp.es.SpanishLexicon;
import org.dyad.time.SpanishTimeTagger;
import org.dyad.time.TimeExpression;
import org.dyad.time.TimeValue;
import org.dyad.timing.StageTimes;

/**
 * Dyad's extraction facade: article in, coded events out. Wires language identification, the parser, actor
 * finding, event coding, factuality and time. Models and dictionaries load once in {@link #create}; one
 * instance is shared by all threads ({@link #extract} is thread-safe).
 */
public final class Extractor {
    /** Languages Dyad codes today. */
    public static final Set<String> SUPPORTED = Set.of("es");

    private final LanguageIdentifier languages;
    private final Parser parser;
    private final CameoCatalog catalog;
    private final ActorFinder actors;
    private final EventCoder coder;
    private final FactualityTagger factuality;
    private final SpanishTimeTagger times;
    private final Geocoder geocoder;
    private final StageTimes stageTimes;
    private final UnaryOperator<String> accents;
    private final PredicateDictionary predicates;

    private Extractor(LanguageIdentifier languages, Parser parser, CameoCatalog catalog, ActorFinder actors,
                      PredicateDictionary predicates, Geocoder geocoder, UnaryOperator<String> accents,
                      StageTimes stageTimes) {
        this.stageTimes = stageTimes;
        this.accents = accents;
        this.languages = languages;
        this.parser = parser;
        this.catalog = catalog;
        this.actors = actors;
        this.factuality = new FactualityTagger(actors);
        this.coder = new EventCoder(predicates, actors, factuality::isSpeechVerb);
        this.predicates = predicates;
        this.times = new SpanishTimeTagger();
        this.geocoder = geocoder;
    }

    /** Loads the Spanish pipeline: CoreNLP models, lexicon, dictionaries. Takes some seconds and about 1 GB. */
    public static Extractor create() {
        return create(StageTimes.OFF);
    }

    /**
     * Loads the Spanish pipeline, recording the time of each stage in {@code times}: the CoreNLP annotators,
     * SUTime, lemmas, then Dyad's {@code language}, {@code actors}, {@code coding}, {@code factuality},
     * {@code time} and {@code geocoding}.
     */
    public static Extractor create(StageTimes times) {
        CameoCatalog catalog = CameoCatalog.load();
        ActorDictionary dictionary = ActorDictionary.load();
        PredicateDictionary predicates = PredicateDictionary.load(catalog);
        Gazetteer gazetteer = Gazetteer.load();
        SpanishLexicon lexicon = new SpanishLexicon();
        return new Extractor(new LanguageIdentifier(), new CoreNlpParser(lexicon, times), catalog,
                new ActorFinder(dictionary, name -> Geocoder.countryOf(gazetteer, name)), predicates,
                new Geocoder(gazetteer, dictionary, lexicon::isCommonNoun, lemma -> !predicates.noun(lemma).isEmpty()),
                lexicon::restoreAccent, times);
    }

    /** Stage names, in {@link StageTimes}. */
    public static final String LANGUAGE = "language";
    public static final String ACTORS = "actors";
    public static final String CODING = "coding";
    public static final String FACTUALITY = "factuality";
    public static final String TIME = "time";
    public static final String GEOCODING = "geocoding";

    public CameoCatalog catalog() {
        return catalog;
    }

    public Parser parser() {
        return parser;
    }

    /**
     * Extracts the events of an article.
     *
     * @param article     the article
     * @param defaultDate the date to use when the article has none (null: today's date)
     */
    public Extraction extract(Article article, LocalDate defaultDate) throws ExtractionException {
        String lang = article.lang();
        if (lang == null || lang.isBlank()) {
            long t = stageTimes.start();
            lang = languages.identify(article.title().isBlank() ? article.text() : article.title() + "\n"
                    + article.text());
            stageTimes.lap(LANGUAGE, t);
        }
        if (!SUPPORTED.contains(lang)) {
            throw new ExtractionException("unsupported language '" + lang + "' (Dyad codes: "
                    + String.join(", ", SUPPORTED) + ")");
        }
        LocalDate date = article.date();
        String dateSource = "input";
        if (date == null) {
            date = defaultDate;
        }
        if (date == null) {
            LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
            LocalDate dateline = datelineDate(article.text(), today);
            date = dateline != null ? dateline : today;
            dateSource = dateline != null ? "dateline" : "today";
        }
        ParsedText parsed;
        try {
            parsed = parser.parse(headlineCase(article.text(), actors.dictionary(), accents), date);
        } catch (NlpException e) {
            throw new ExtractionException(e.getMessage(), e);
        }
        Set<String> statesNamed = actors.statesNamed(parsed.sentences());
        Discourse discourse = discourse(article, date, statesNamed);
        Location datelinePlace = null;
        List<Event> events = new ArrayList<>();
        Subjects previousSubjects = Subjects.NONE;
        StoryDay storyDay = null;
        int storyStart = 0;
        TimeValue firstDay = null;
        StageTimes st = stageTimes;
        // The dateline is read first, so that a headline above it has its state too ("El Camp Nou, escenario de
        // protestas" above "BARCELONA, España, Mar 23").
        long lead = st.start();
        Dateline.Found dateline = null;
        int datelineSentence = -1;
        for (Sentence s : parsed.sentences().subList(0, Math.min(3, parsed.sentences().size()))) {
            dateline = Dateline.detect(s, actors.scan(s, new Discourse(date)));
            if (dateline != null) {
                datelineSentence = s.index();
                discourse.datelineCountry(dateline.country());
                datelinePlace = geocoder.resolveName(dateline.place(), dateline.placeBegin(),
                        dateline.placeBegin() + dateline.place().length(), Set.of(dateline.country()), "dateline");
                break;
            }
        }
        st.lap(GEOCODING, lead);
        for (Sentence s : parsed.sentences()) {
            long t = st.start();
            Dateline.Found own = null;
            boolean opensStory = Dateline.opensStory(s.text());
            if (s.index() > Math.max(datelineSentence, 0) && opensStory) {
                // A wire digest's next story ("BRUSELAS (AFP) - La UE…"): its names, anaphora, subjects and
                // domestic state are its own, not the story's before it.
                discourse = discourse(article, date, statesNamed);
                own = Dateline.detect(s, actors.scan(s, discourse));
                if (own != null) {
                    discourse.datelineCountry(own.country());
                    datelinePlace = geocoder.resolveName(own.place(), own.placeBegin(),
                            own.placeBegin() + own.place().length(), Set.of(own.country()), "dateline");
                }
                previousSubjects = Subjects.NONE;
            }
            ActorFinder.Mentions mentions = actors.scan(s, discourse);
            if (s.index() == datelineSentence) {
                mentions = mentions.from(dateline.endToken());
            } else if (own != null) {
                mentions = mentions.from(own.endToken());
            }
            t = st.lap(ACTORS, t);
            List<Candidate> candidates = coder.code(s, mentions, discourse, previousSubjects.inheritedBy(s));
            t = st.lap(CODING, t);
            if (opensStory) {
                storyDay = null;
                storyStart = events.size();
                firstDay = null;
            }
            Scope scope = new Scope(parsed, s, mentions, discourse, datelinePlace, date, storyDay);
            Set<String> seen = new HashSet<>();
            for (Candidate raw : candidates) {
                Candidate c = struckPlace(scope, addressed(localized(scope, raw)));
                if (c.predicate().code().value().equals(DENY)) {
                    denyEarlierAllegations(events, c.source());
                }
                // (A signing is a meeting of its two sides too: "firmaron un acuerdo en Caracas".)
                boolean met = c.predicate().code().root().equals(MEETING_ROOT)
                        && !c.predicate().code().value().equals(MEDIATE)
                        || c.predicate().code().value().equals(SIGN_AGREEMENT);
                if (met && c.target() != null && !c.target().code().equals(c.source().code())) {
                    discourse.met(c.source(), c.target());
                }
                for (Event e : finish(article, scope, c)) {
                    if (mentionedAgain(s, c, e, events)) {
                        continue;
                    }
                    String key = e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|"
                            + e.type().code();
                    if (seen.add(key)) {
                        events.add(e);
                    }
                }
            }
            if (firstDay == null) {
                firstDay = namedDay(scope);
            }
            if (scope.reached == null) {
                scope.reached = toldDay(scope);
            }
            if (scope.reached != null) {
                if (storyDay == null && scope.reached.day().equals(firstDay)) {
                    backdate(events, storyStart, scope.reached);
                }
                storyDay = scope.reached;
            }
            t = st.start();
            previousSubjects = subjects(s, mentions, discourse, previousSubjects);
            remember(s, mentions, discourse);
            st.lap(ACTORS, t);
        }
        return new Extraction(article, lang, date, dateSource, parsed.tokenCount(), events);
    }

    /** Why an undated past act took the article's date, before the story names its day. */
    private static final String PAPER_DAY = "time: the article's date, the story naming no day yet";

    /**
     * "Con apenas unas horas en el cargo, Biden firmó 17 decretos… Biden envió este miércoles un memorándum": the
     * past acts a story tells without a time before it first names its day happened on that day, like those after
     * it, not on the day of the paper. Only the first day a story names is its day: "se lanzaron a las calles este
     * martes … bloquearon la calle … Alemán rechazó el lunes" tells Tuesday's blockade.
     */
    private static void backdate(List<Event> events, int storyStart, StoryDay first) {
        for (int k = storyStart; k < events.size(); k++) {
            Event e = events.get(k);
            if (e.via().contains(PAPER_DAY)) {
                events.set(k, e.withDate(first.day(), PAPER_DAY,
                        "time: the day the story names later, '" + first.text() + "' of a later act"));
            }
        }
    }

    /** How many days before the article's date a day an act happened on may be and still be the story's day. */
    private static final int STORY_DAYS = 7;

    /** The day a story has reached, as its text named it ("el miércoles"). */
    private record StoryDay(String text, TimeValue day) {
    }

    /**
     * The day a past act told in the sentence is dated by, if it can be the story's day: a day in the week up to the
     * article's date, named for an act in the preterite ("Biden firmó este miércoles…"), not a day aimed at ("para
     * el viernes", "hasta el miércoles"). Older days ("en 1998") are background, not the story's time.
     */
    private static StoryDay storyDay(Scope scope, Candidate c, TimeExpression when, Factuality f) {
        return toldInPreterite(scope.sentence, c) && isRealised(f) && namedDay(scope, when)
                ? new StoryDay(when.text(), when.value()) : null;
    }

    /**
     * The day of a past act the sentence tells without coding it, if it can be the story's day: "Fernández habló el
     * lunes último… El mandatario argentino emitió el comentario" (the comment was Monday's). Only a day said of
     * the verb itself, not of a noun ("la elección de este domingo"), nor in a relative clause, which describes a
     * thing named ("el acuerdo, que firmaron el lunes,").
     */
    private static StoryDay toldDay(Scope scope) {
        Sentence s = scope.sentence;
        for (TimeExpression x : scope.times(false)) {
            Token day = tokenAt(s, x);
            if (day != null && namedDay(scope, x)) {
                Token v = s.parent(day);
                if (v != null && v.isVerb() && v.upos().equals("VERB") && v.isPreterite()
                        && !v.deprel().startsWith("acl")
                        && s.children(v).stream().noneMatch(c -> c.lower().equals("no"))) {
                    return new StoryDay(x.text(), x.value());
                }
            }
        }
        return null;
    }

    /** The first day in the week up to the article's date the sentence names, not aimed at; or null. */
    private static TimeValue namedDay(Scope scope) {
        for (TimeExpression x : scope.times(false)) {
            if (namedDay(scope, x)) {
                return x.value();
            }
        }
        return null;
    }

    /**
     * Whether an act is told in the preterite: its verb, its auxiliary ("fue agredido") or the verb of its noun
     * ("emitió el comentario").
     */
    private static boolean toldInPreterite(Sentence s, Candidate c) {
        Token t = c.trigger();
        return t.isPreterite() || !t.isVerb() && c.anchor().isPreterite()
                || s.children(t).stream().anyMatch(x -> x.deprel().startsWith("aux") && x.isPreterite());
    }

    /** Whether an expression names a day in the week up to the article's date, not aimed at. */
    private static boolean namedDay(Scope scope, TimeExpression x) {
        TimeValue v = x.value();
        return !x.rule().startsWith("dateline") && v.precision() == TimeValue.Precision.DAY
                && !v.start().isAfter(scope.date) && !v.start().isBefore(scope.date.minusDays(STORY_DAYS))
                && !aimed(scope.sentence, x);
    }

    /** Whether a day is aimed at or bounds a span ("para el viernes", "hasta el miércoles"). */
    private static boolean aimed(Sentence s, TimeExpression when) {
        int before = -1;
        for (Token t : s.tokens()) {
            if (t.end() <= when.begin()) {
                before = t.index();
            }
        }
        if (before > 0 && ARTICLES.contains(s.token(before).lower())) {
            before--; // "para el 10 de abril": the day's article stands between.
        }
        if (before < 0) {
            return false;
        }
        String word = s.token(before).lower();
        // "dirigirá la delegación a partir de este jueves": the day a span starts on.
        boolean fromOn = word.equals("de") && before >= 2 && s.token(before - 1).lower().equals("partir")
                && s.token(before - 2).lower().equals("a");
        return AIMED.contains(word) || fromOn;
    }

    /** Prepositions by which a day is aimed at or bounds a span rather than dating an act. */
    private static final Set<String> AIMED = Set.of("para", "hasta", "desde");
    private static final Set<String> ARTICLES = Set.of("el", "la", "los", "las");

    /**
     * Words by which a sentence places its act away from the story's day: "recientemente acusó", "desde ese momento
     * criticó", "entonces firmó".
     */
    private static final Set<String> ELSEWHEN = Set.of("recientemente", "últimamente", "anteriormente", "previamente",
            "entonces", "desde", "antiguamente", "cuando");

    private static boolean isRealised(Factuality f) {
        return f != Factuality.EXPECTED && f != Factuality.HYPOTHETICAL && f != Factuality.NEGATED;
    }

    /**
     * "Brownfield acudió el viernes al estadio … y fue recibido por protestas": the parser may coordinate the second
     * clause with the sentence's main verb rather than with the clause just before it; the latest verb between the
     * two, inside the main verb's clause, lends its time.
     */
    private static TimeExpression previousConjunctTime(Sentence s, Token head, Token conjunct,
                                                       List<TimeExpression> exprs) {
        for (int k = conjunct.index() - 1; k > head.index(); k--) {
            Token v = s.token(k);
            if (v.isVerb() && Set.of("advcl", "conj").contains(v.deprel()) && s.dominates(head, v)) {
                TimeExpression when = closest(s, v, v, exprs);
                if (when != null) {
                    return when;
                }
            }
        }
        return null;
    }

    private static final Set<String> DEFINITE = Set.of("el", "la", "este", "esta", "ese", "esa", "dicho", "dicha",
            "aquel", "aquella");

    /**
     * Whether an event noun only names again an act coded in an earlier sentence: "la protesta", "esa visita" — a
     * singular noun with a definite or demonstrative article — after an event of the same root by the same source
     * ("fue recibido por protestas … repudió los excesos en la protesta"), unless its own time sets it apart
     * ("la marcha de este martes").
     */
    private static boolean mentionedAgain(Sentence s, Candidate c, Event event, List<Event> earlier) {
        Token n = c.trigger();
        if (!n.upos().equals("NOUN") || n.lower().endsWith("s")) {
            return false;
        }
        boolean definite = !s.children(n, t -> t.deprel().equals("det") && DEFINITE.contains(t.lower())).isEmpty();
        if (!definite) {
            return false;
        }
        String root = c.predicate().code().root();
        return earlier.stream().anyMatch(e -> e.sentence() < s.index() && e.type().code().root().equals(root)
                && (e.source().code().equals(event.source().code()) || unnamedCrowd(event)
                && java.util.Objects.equals(e.source().country(), event.source().country()))
                && (event.dateText() == null || java.util.Objects.equals(e.date(), event.date())));
    }

    /** A protest noun's default agent, named by the noun itself ("la protesta"): any crowd of its state. */
    private static boolean unnamedCrowd(Event e) {
        return e.source().begin() == e.triggerBegin() && e.source().end() == e.triggerEnd();
    }

    /**
     * The text with its lines in capitals ("GUERRILLA DINAMITA DOS TORRES EN COLOMBIA") in sentence case, which
     * the tagger and parser read: a word keeps its capital only where it begins a name of the actor
     * dictionary (an acronym stays in capitals). Each character maps to one character, so offsets hold.
     */
    static String headlineCase(String text, ActorDictionary dictionary) {
        return headlineCase(text, dictionary, UnaryOperator.identity());
    }

    /** The same, giving the words of such lines the accents capitals drop ("MOTIN" → "motín"; see accents). */
    static String headlineCase(String text, ActorDictionary dictionary, UnaryOperator<String> accents) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            out.append(recaseLine(text.substring(start, end), dictionary, accents));
            if (nl < 0) {
                break;
            }
            out.append('\n');
            start = nl + 1;
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern WORD =
            java.util.regex.Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'.\\-]*");

    private static String recaseLine(String line, ActorDictionary dictionary, UnaryOperator<String> accents) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (letters < 12 || upper < letters * 0.9) {
            return line;
        }
        List<int[]> spans = new ArrayList<>();
        java.util.regex.Matcher w = WORD.matcher(line);
        while (w.find()) {
            spans.add(new int[] {w.start(), w.end()});
        }
        char[] chars = line.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char lower = Character.toLowerCase(chars[i]);
            if (Character.isLetter(chars[i]) && Character.toUpperCase(lower) == chars[i]) {
                chars[i] = lower;
            }
        }
        java.util.function.IntFunction<String> caps = k -> k < spans.size()
                ? line.substring(spans.get(k)[0], spans.get(k)[1]) : null;
        java.util.function.IntFunction<String> titled = k -> {
            String word = caps.apply(k);
            return word == null ? null : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
        };
        for (int[] span : spans) {
            // A lower-cased word regains the accent capitals drop; same length, so offsets hold.
            String word = new String(chars, span[0], span[1] - span[0]);
            String restored = accents.apply(word);
            if (restored.length() == word.length()) {
                restored.getChars(0, restored.length(), chars, span[0]);
            }
        }
        for (int k = 0; k < spans.size(); k++) {
            boolean acronym = false;
            int until = nameEnd(dictionary, titled, k);
            if (until < 0) {
                until = nameEnd(dictionary, caps, k);
                acronym = true;
            }
            for (int j = k; j < until; j++) {
                int b = spans.get(j)[0];
                int e = acronym ? spans.get(j)[1] : b + 1;
                for (int i = b; i < e; i++) {
                    chars[i] = line.charAt(i);
                }
            }
            k = Math.max(k, until - 1);
        }
        if (!spans.isEmpty()) {
            int first = spans.get(0)[0];
            chars[first] = Character.toUpperCase(chars[first]);
        }
        return new String(chars);
    }

    /** The end (exclusive word index) of a proper name of the dictionary starting at word k, or -1. */
    private static int nameEnd(ActorDictionary dictionary, java.util.function.IntFunction<String> words, int k) {
        for (ActorDictionary.Match m : dictionary.matchesAt(words, k)) {
            org.dyad.actor.ActorEntry.Kind kind = m.entry().kind();
            String label = m.entry().label();
            boolean acronymAgent = kind == org.dyad.actor.ActorEntry.Kind.AGENT
                    && label.equals(label.toUpperCase(Locale.ROOT)); // "ONG" stays in capitals
            if ((kind != org.dyad.actor.ActorEntry.Kind.AGENT && kind != org.dyad.actor.ActorEntry.Kind.DEMONYM)
                    || acronymAgent) {
                return m.end();
            }
        }
        return -1;
    }

    /**
     * The day of a wire dateline at the top of the text ("CARACAS, Abr 9 (AFP)"), taken as the latest such day
     * not after today, since a dateline names no year; or null.
     */
    private LocalDate datelineDate(String text, LocalDate today) {
        int head = Math.min(text.length(), 300);
        for (TimeExpression x : times.tag(text, 0, head, today, false)) {
            if (x.rule().startsWith("dateline") && x.value().precision() == TimeValue.Precision.DAY) {
                return x.value().start();
            }
        }
        return null;
    }

    /**
     * The events of a candidate: itself with factuality and date; for a denial, one per earlier accuser; for an
     * act that someone believes or accuses (alleged), also that actor's accusation (112) of each party.
     */
    private List<Event> finish(Article article, Scope scope, Candidate c) {
        Discourse d = scope.discourse;
        long t = stageTimes.start();
        FactualityTagger.Assessment a = factuality.assess(scope.sentence, scope.mentions, c.anchor(), c.trigger(), d,
                c.negationIsTheAct());
        if (a.factuality() == Factuality.REPORTED && firstPerson(scope.sentence, c.anchor())
                && a.speakers().stream().anyMatch(x -> x.code().equals(c.source().code()))) {
            // '"le he pedido a Amnistía que revise…", agregó Myers': a speaker telling of their own act in the first
            // person does that act in the telling; it is asserted, with its attribution kept.
            List<String> via = new ArrayList<>(a.via());
            via.add("the speaker's own act in the first person: asserted");
            a = new FactualityTagger.Assessment(Factuality.ASSERTED, a.attribution(), via, a.speakers());
        }
        stageTimes.lap(FACTUALITY, t);
        List<Event> out = new ArrayList<>();
        if (c.predicate().code().value().equals(DENY) && !d.accusers().isEmpty()) {
            for (Actor accuser : d.accusers()) {
                if (!accuser.country().equals(c.source().country())) {
                    Candidate denial = c.with(c.source(), accuser,
                            Actor.appended(c.via(), "denial answers the accusation of '" + accuser.text() + "'"));
                    out.add(event(article, scope, denial, a));
                }
            }
        } else if (c.target() != null || !c.predicate().code().value().equals(DENY)) {
            out.add(event(article, scope, c, a));
        }
        if (c.predicate().code().value().equals(ACCUSE) && a.factuality() == Factuality.ASSERTED
                && c.target() != null && c.source().country() != null) {
            // "Maduro acusó a Estados Unidos de preparar una invasión … La Casa Blanca rechazó las acusaciones":
            // an accusation made is one a later denial answers, whether or not its charge is coded.
            d.accused(c.source());
        }
        if (a.factuality() == Factuality.ALLEGED) {
            for (Actor speaker : a.speakers()) {
                if (speaker.country() == null) {
                    continue;
                }
                d.accused(speaker);
                for (Actor accused : java.util.Arrays.asList(c.source(), c.target())) {
                    if (accused == null || accused.country() == null
                            || speaker.country().equals(accused.country())) {
                        continue;
                    }
                    Candidate accusation = new Candidate(c.anchor(), c.anchor(), accusePredicate(), speaker, accused,
                            Actor.appended(c.via(), "accusation implied by '" + c.anchor().word() + "' alleged by '"
                                    + speaker.text() + "'"));
                    FactualityTagger.Assessment asserted = new FactualityTagger.Assessment(Factuality.ASSERTED,
                            null, List.of("the belief or accusation itself is asserted"), List.of());
                    out.add(event(article, scope, accusation, asserted));
                }
            }
        }
        return out;
    }

    private static final String DENY = "016";

    /**
     * The candidate with its domestic agents ("la policía", "paramilitares", "los campesinos") given a state when
     * the article could not: the state where the act happens (its locative place), else the one state the
     * sentence names, else the dateline's or the article's main state, else the home state of a domestic outlet.
     * A sector alone is kept when none says.
     */
    private Candidate localized(Scope scope, Candidate c) {
        c = placedAbroad(scope, c);
        boolean sourceOpen = c.source().country() == null && c.source().sector() != null;
        // A target is placed only beside a placed source: "Rusia retiró sus tropas" keeps its bare target.
        boolean targetOpen = sourceOpen && c.target() != null && c.target().country() == null
                && c.target().sector() != null;
        if (!sourceOpen) {
            return localTarget(scope, c);
        }
        if (TRANSNATIONAL.contains(c.source().sector())) {
            // "grupos de derechos humanos condenaron a Estados Unidos": a rights group or an NGO the text ties to
            // no state is no agent of the state it speaks about; event data codes it NGO.
            String code = c.source().sector().equals(NGO) ? NGO : NGO + c.source().sector();
            Actor ngo = new Actor(c.source().text(), code, NGO, c.source().sector(),
                    c.source().begin(), c.source().end(), Actor.appended(c.source().via(), "tied to no state: " + NGO));
            return c.with(ngo, c.target(), c.via());
        }
        Set<String> context = new HashSet<>();
        for (Actor x : java.util.Arrays.asList(c.source(), c.target())) {
            if (x != null && x.country() != null) {
                context.add(x.country());
            }
        }
        String country = null;
        String how = null;
        Location place = scope.placeOf(c, context);
        String sole = soleState(scope.sentence, scope.mentions);
        Actor main = scope.discourse.recent(null, null, actors::ofState);
        if (place != null && actors.dictionary().isCountry(place.place().country())) {
            country = place.place().country();
            how = "place of the act '" + place.text() + "'";
        } else if (sole != null && !((STATE_BODIES.contains(c.source().sector())
                || c.predicate().code().root().equals(MEETING_ROOT)) && sole.equals(bareState(c.target())))) {
            // Not an official's when that state is the bare recipient: "el canciller viajó a Turquía" is no Turkish
            // minister, nor does anyone visit their own state ("el periodista viajó a Perú"); though "los
            // campesinos se preparan a invadir Brasilia" are Brazilian.
            country = sole;
            how = "the one state the sentence names";
        } else if (scope.discourse.datelineCountry() != null) {
            country = scope.discourse.datelineCountry();
            how = "the dateline's state";
        } else if (main != null) {
            country = main.country();
            how = "the article's main state";
        } else if (scope.discourse.outletCountry() != null) {
            country = scope.discourse.outletCountry();
            how = "the home state of the outlet";
        }
        if (country == null || !actors.dictionary().isCountry(country)) {
            return c;
        }
        Actor source = sourceOpen ? locate(c.source(), country, how) : c.source();
        Actor target = targetOpen ? locate(c.target(), country, how) : c.target();
        if (target != null && target.code().equals(source.code())) {
            target = c.target();
        }
        return c.with(source, target, c.via());
    }

    /**
     * The candidate with its domestic agents moved to the state where the act happens, when their state was only
     * the default (the dateline's, the article's main state, the outlet's home) or, for a crowd, an earlier mention's:
     * "PEKIN, Oct 21 - … choques entre policías y manifestantes en Londres" are in Britain. A state the sentence names
     * itself keeps its agents.
     */
    private Candidate placedAbroad(Scope scope, Candidate c) {
        Actor source = c.source();
        // (So is a crowd named again: "los transportistas" of an earlier sentence had that default too.)
        boolean defaulted = ActorFinder.stateByDefault(source)
                || ActorFinder.stateInferred(source) && predicates.isCrowd(source.sector());
        if (source.sector() == null || source.country() == null || !defaulted) {
            return c;
        }
        Location place = scope.placeOf(c, Set.of(source.country()));
        String sole = soleState(scope.sentence, scope.mentions);
        if (place == null || !actors.dictionary().isCountry(place.place().country())
                || place.place().country().equals(source.country())
                || sole != null && !sole.equals(place.place().country())) {
            return c;
        }
        String country = place.place().country();
        String how = "place of the act '" + place.text() + "'";
        Actor target = c.target();
        if (target != null && target.sector() != null && source.country().equals(target.country())
                && ActorFinder.stateByDefault(target)) {
            target = locate(ActorFinder.withoutDefaultState(target), country, how);
        }
        return c.with(locate(ActorFinder.withoutDefaultState(source), country, how), target, c.via());
    }

    /** The state an actor is when named as the state itself ("Turquía", not "el gobierno turco"), or null. */
    private static String bareState(Actor a) {
        return a != null && a.country() != null && a.sector() == null && a.code().equals(a.country())
                ? a.country() : null;
    }

    /**
     * A state's act on a sector with no state ("posiciones independentistas", "los rebeldes") at a place of that
     * same state ("en Grozny") is done to that state's own rebels, civilians or opponents.
     */
    private Candidate localTarget(Scope scope, Candidate c) {
        Actor target = c.target();
        String country = c.source().country();
        if (target != null && target.sector() != null && !STATE_BODIES.contains(target.sector())
                && !ELITES.equals(target.sector()) && !ActorFinder.namedEarlier(target)
                && country != null && !country.equals(target.country()) && ActorFinder.stateByDefault(target)
                && country.equals(soleState(scope.sentence, scope.mentions))) {
            // "El ejército de Mali mató a veinte yihadistas" in a story mostly of other states: an agent of no
            // named state in a sentence naming only the acting state's is of that state, not the story's default
            // (not someone named before, nor a former official: "el ex mandatario").
            return c.with(c.source(), locate(ActorFinder.withoutDefaultState(target), country,
                    "the one state the sentence names"), c.via());
        }
        if (target == null || target.country() != null || target.sector() == null || country == null
                || !actors.dictionary().isCountry(country)) {
            return c;
        }
        String sole = soleState(scope.sentence, scope.mentions);
        if (c.source().sector() != null && OVERSIGHT.contains(c.source().sector())
                && STATE_BODIES.contains(target.sector()) && country.equals(sole)) {
            // "El Senado estadounidense respaldó el nombramiento … como secretario de Transporte": a legislature's or
            // court's act on an official of no named state, in a sentence of no other state, is domestic. (A
            // government's is not: "Teherán protestó por las presunciones del magistrado" is a foreign judge.)
            return c.with(c.source(), locate(target, country, "an official of the acting body's state"), c.via());
        }
        if (c.source().sector() != null && STATE_BODIES.contains(c.source().sector())
                && REPRESSED.contains(target.sector()) && (c.predicate().code().value().equals(REPRESSION)
                || c.predicate().code().value().startsWith(ARREST)) && (sole == null || country.equals(sole))) {
            // "Autoridades iraníes optan por mano dura para reprimir a los opositores": a state's police, army or
            // government arrest and repress their own opponents, protesters and civilians.
            return c.with(c.source(), locate(target, country, "repressed by its own state"), c.via());
        }
        if (c.source().sector() != null && STATE_BODIES.contains(c.source().sector())
                && OPPOSITION.equals(target.sector())) {
            // "el gobierno ofrece negociar con la oposición": the opposition a state's body deals with is its own.
            return c.with(c.source(), locate(target, country, "the opposition of the acting body's state"), c.via());
        }
        Location place = scope.placeOf(c, Set.of(country));
        if (place == null && scope.dateline != null) {
            place = scope.dateline;
        }
        if (place == null || !country.equals(place.place().country())) {
            return c;
        }
        Actor located = locate(target, country, "the act happens in its state, at '" + place.text() + "'");
        return c.with(c.source(), located, c.via());
    }

    private static final String OPPOSITION = "OPP";
    private static final String ELITES = "ELI";

    /** Those a state represses or arrests at home: opponents, protesters, civilians, workers, students, farmers. */
    private static final Set<String> REPRESSED = Set.of("OPP", "CVL", "LAB", "EDU", "AGR");
    private static final String ARREST = "173";

    /** Legislatures and courts, which act on the officials of their own state. */
    private static final Set<String> OVERSIGHT = Set.of("LEG", "JUD");
    /** The bodies of a state: government, legislature, courts, armed forces, police. */
    private static final Set<String> STATE_BODIES = Set.of("GOV", "LEG", "JUD", "MIL", "COP");

    /** Meetings and visits (CAMEO root 04), and mediation, which brings others to meet. */
    private static final String MEETING_ROOT = "04";
    /** Signing a formal agreement (057), which its two sides do together. */
    private static final String SIGN_AGREEMENT = "057";
    private static final String MEDIATE = "045";

    /** Sectors of non-governmental organisations (rights groups, NGOs), coded NGO when the text gives no state. */
    private static final Set<String> TRANSNATIONAL = Set.of("HRI", "NGO");
    private static final String NGO = "NGO";

    /** Roots of force: assault, fight, mass violence. */
    private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");

    /**
     * A state's use of force with no named recipient, on a place of another state, is on that state: "Rusia
     * bombardeó Járkov", "las tropas rusas tomaron la ciudad de Bajmut", "ataques aéreos en Alepo" by Turkey. So
     * is its threat of force ("amenazó con lanzar una intervención militar en Venezuela").
     */
    private Candidate struckPlace(Scope scope, Candidate c) {
        String country = c.source().country();
        CameoCode code = c.predicate().code();
        if (c.target() != null || country == null || !actors.dictionary().isCountry(country)
                || !FORCE_ROOTS.contains(code.root()) && !code.threatensForce()) {
            return c;
        }
        Set<String> context = Set.of(country);
        Location place = c.anchor().isVerb()
                ? geocoder.objectPlaceOf(scope.sentence, scope.mentions, c.anchor(), context) : null;
        if (place == null && c.anchor().isVerb()) {
            place = datelineTown(scope, c.anchor());
        }
        boolean object = place != null;
        if (place == null) {
            place = scope.placeOf(c, context);
        }
        if (place == null) {
            return c;
        }
        String struck = place.place().country();
        boolean sourceItself = place.begin() < c.source().end() && c.source().begin() < place.end();
        if (struck == null || !actors.dictionary().isCountry(struck) || (struck.equals(country) && !object)
                || sourceItself) {
            // Force "en Grozny" by a state's own troops says where, not on whom; "bombardearon Grozny" says both.
            // Nor is the place the source's own name: "la guerra de Estados Unidos" is no war on the US.
            return c;
        }
        Actor target = new Actor(place.text(), struck, struck, null, place.begin(), place.end(),
                List.of("place struck '" + place.text() + "' in " + struck));
        return c.with(c.source(), target, Actor.appended(c.via(), (struck.equals(country)
                ? "force on a place of its own state -> " : "force on a place of another state -> ") + struck));
    }

    /** Nouns by which an article datelined in a town names that town ("la ciudad", "la capital"). */
    private static final Set<String> TOWN_NOUNS = Set.of("ciudad", "capital", "localidad", "urbe", "municipio",
            "pueblo");

    /**
     * The dateline's town when a verb's object is "la ciudad" or a part of it ("cercan la parte norte de la
     * ciudad", "bombardearon el centro de la capital") with no name of its own; null otherwise.
     */
    private static Location datelineTown(Scope scope, Token verb) {
        if (scope.dateline == null) {
            return null;
        }
        Sentence s = scope.sentence;
        for (Token o : s.children(verb, t -> t.deprel().equals("obj") && t.upos().equals("NOUN"))) {
            List<Token> heads = new ArrayList<>(List.of(o));
            heads.addAll(s.children(o, t -> t.deprel().equals("nmod") && t.upos().equals("NOUN")));
            for (Token h : heads) {
                boolean definite = !s.children(h, t -> t.deprel().equals("det") && t.lemma().equals("el")).isEmpty();
                boolean named = !s.children(h, t -> t.upos().equals("PROPN") || t.upos().equals("ADJ")).isEmpty();
                if (definite && !named && TOWN_NOUNS.contains(h.lemma())) {
                    return scope.dateline;
                }
            }
        }
        return null;
    }

    /** CAMEO's violent repression. */
    private static final String REPRESSION = "175";

    /** Sectors whose protest, when the text names no addressee, is aimed at their own government. */
    private static final Set<String> DOMESTIC_PROTESTERS = Set.of("CVL", "OPP", "LAB", "EDU", "AGR", "HLH", "SET",
            "REF", "BUS", "PTY", "REL");

    /**
     * A domestic protest without a named addressee ("miles de civiles se manifestaron en Grozny") is aimed at
     * the government of its state, the way CAMEO codes crowds against authorities.
     */
    private Candidate addressed(Candidate c) {
        Actor src = c.source();
        if (c.target() == null && c.predicate().code().value().startsWith(REPRESSION) && src.country() != null
                && actors.dictionary().isCountry(src.country())) {
            // "la policía disparó a mansalva", "la represión policial": repression without a named victim falls
            // on the state's own civilians.
            Actor civilians = new Actor(src.country(), src.country() + "CVL", src.country(), "CVL", src.begin(),
                    src.end(), List.of("the civilians of the repressing state"));
            return c.with(src, civilians,
                    Actor.appended(c.via(), "repression without a named victim -> civilians of " + src.country()));
        }
        if (c.target() != null || !c.predicate().code().root().equals("14") || src.country() == null
                || !actors.dictionary().isCountry(src.country()) || src.sector() == null
                || !DOMESTIC_PROTESTERS.contains(src.sector())) {
            return c;
        }
        Actor government = new Actor(src.country(), src.country() + "GOV", src.country(), "GOV", src.begin(),
                src.end(), List.of("a domestic protest addresses its government"));
        return c.with(src, government,
                Actor.appended(c.via(), "protest without addressee -> government of " + src.country()));
    }

    /** A verb in the first person by its AnCora tag, or by its auxiliary's ("he pedido"). */
    private static boolean firstPerson(Sentence s, Token v) {
        if (v.morph().length() > 4 && v.morph().charAt(0) == 'V' && v.morph().charAt(4) == '1') {
            return true;
        }
        return !s.children(v, t -> t.deprel().startsWith("aux") && t.morph().length() > 4
                && t.morph().charAt(4) == '1').isEmpty();
    }

    private static Actor locate(Actor a, String country, String how) {
        return new Actor(a.text(), country + a.sector(), country, a.sector(), a.begin(), a.end(),
                Actor.appended(a.via(), "domestic agent of " + country + ": " + how));
    }

    /** The state that the sentence's country names, capitals and demonyms all point to, or null. */
    private String soleState(Sentence s, ActorFinder.Mentions m) {
        String found = null;
        for (Token t : s.tokens()) {
            ActorDictionary.Match x = m.at(t.index());
            if (x == null || x.start() != t.index()) {
                continue;
            }
            org.dyad.actor.ActorEntry.Kind kind = x.entry().kind();
            boolean names = kind == org.dyad.actor.ActorEntry.Kind.COUNTRY
                    || kind == org.dyad.actor.ActorEntry.Kind.CAPITAL || kind == org.dyad.actor.ActorEntry.Kind.DEMONYM;
            String iso3 = x.entry().country();
            if (!names || iso3 == null || !actors.dictionary().isCountry(iso3)) {
                continue;
            }
            if (found != null && !found.equals(iso3)) {
                return null;
            }
            found = iso3;
        }
        return found;
    }

    /** "Tanto Corea del Norte como Rusia han negado las acusaciones": the acts alleged of the denier become denied. */
    private static void denyEarlierAllegations(List<Event> events, Actor denier) {
        if (denier.country() == null) {
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            boolean party = denier.country().equals(e.source().country())
                    || (e.target() != null && denier.country().equals(e.target().country()));
            if (e.factuality() == Factuality.ALLEGED && party) {
                events.set(i, e.withFactuality(Factuality.DENIED, "denied by '" + denier.text() + "'"));
            }
        }
    }

    /** Accuse (112), not specified below. */
    private static final String ACCUSE = "112";

    private org.dyad.coding.Predicate accusePredicate() {
        return new org.dyad.coding.Predicate("(alleged frame)", null, org.dyad.cameo.CameoCode.of(ACCUSE), false,
                "", "", "Extractor: accusation implied by an alleged frame");
    }


    /**
     * What the events of one sentence share: its parse, actors, the article's discourse, dateline and date, and
     * its time expressions, tagged at most once per reading (past or future) however many events it holds.
     */
    private final class Scope {
        final ParsedText parsed;
        final Sentence sentence;
        final ActorFinder.Mentions mentions;
        final Discourse discourse;
        final Location dateline;
        final LocalDate date;
        /** The day the story has reached in earlier sentences, or null: see {@link #storyDay}. */
        final StoryDay storyDay;
        /** The day the story reaches in this sentence, set as its acts are dated. */
        StoryDay reached;
        private final java.util.Map<Boolean, List<TimeExpression>> times = new java.util.HashMap<>(2);

        Scope(ParsedText parsed, Sentence sentence, ActorFinder.Mentions mentions, Discourse discourse,
              Location dateline, LocalDate date, StoryDay storyDay) {
            this.parsed = parsed;
            this.sentence = sentence;
            this.mentions = mentions;
            this.discourse = discourse;
            this.dateline = dateline;
            this.date = date;
            this.storyDay = storyDay;
        }

        private final java.util.Map<List<Object>, java.util.Optional<Location>> places = new java.util.HashMap<>();

        /**
         * The place of the candidate's act, picked in favour of the {@code context} states: geocoded once per
         * sentence for each such question, however many steps ask it.
         */
        Location placeOf(Candidate c, Set<String> context) {
            Token object = c.object();
            return places.computeIfAbsent(List.of(c.trigger().index(), c.anchor().index(),
                            object == null ? -1 : object.index(), Set.copyOf(context)),
                    k -> java.util.Optional.ofNullable(geocoder.placeOf(sentence, mentions, c.trigger(), c.anchor(),
                            object, context)))
                    .orElse(null);
        }

        List<TimeExpression> times(boolean future) {
            return times.computeIfAbsent(future, f -> withSutime(
                    Extractor.this.times.tag(parsed.text(), sentence.begin(), sentence.end(), date, f), parsed,
                    sentence));
        }
    }

    private Event event(Article article, Scope scope, Candidate c, FactualityTagger.Assessment a) {
        Sentence s = scope.sentence;
        ActorFinder.Mentions m = scope.mentions;
        Discourse d = scope.discourse;
        Location dateline = scope.dateline;
        LocalDate date = scope.date;
        long t = stageTimes.start();
        // A bare month or weekday of a planned act lies ahead, and so does one of an act told in the simple
        // conditional ("el presidente visitaría Argelia en mayo"), which speaks of what is to come.
        List<TimeExpression> exprs = scope.times(a.factuality() == Factuality.EXPECTED
                || a.factuality() == Factuality.HYPOTHETICAL && c.anchor().isConditional());
        // "pidió este lunes la detención de los opositores": a past verb dates itself, not the act its noun asks for,
        // unless the day is aimed at ("llamaron para este viernes a un paro").
        boolean askedBefore = a.factuality() == Factuality.EXPECTED && c.trigger() != c.anchor()
                && !c.trigger().isVerb() && c.anchor().isPreterite();
        TimeExpression when = closest(s, c.trigger(), askedBefore ? c.trigger() : c.anchor(), exprs);
        if (when == null && askedBefore) {
            // (A day after the story's even when read as past, "convocó a una marcha el próximo sábado", cannot date
            // the past call; "pidió este lunes" can.)
            TimeExpression aimedAt = closest(s, c.anchor(), c.anchor(), exprs);
            boolean ahead = aimedAt != null && scope.times(false).stream().anyMatch(x -> x.begin() == aimedAt.begin()
                    && x.value().start().isAfter(date));
            when = aimedAt != null && (aimed(s, aimedAt) || ahead) ? aimedAt : null;
        }
        Token governor = c.anchor();
        boolean realised = a.factuality() != Factuality.EXPECTED && a.factuality() != Factuality.HYPOTHETICAL;
        for (int hops = 0; when == null && realised && hops < 2; hops++) {
            if (!Set.of("advcl", "xcomp", "conj").contains(governor.deprel()) || s.parent(governor) == null) {
                break;
            }
            Token conjunct = governor;
            governor = s.parent(governor);
            when = closest(s, governor, governor, exprs);
            if (when == null && conjunct.deprel().equals("conj")) {
                when = previousConjunctTime(s, governor, conjunct, exprs);
            }
        }
        for (Token v = c.anchor(); when == null && realised && v != null; ) {
            // "cuando Venezuela expulsó al agregado acusándolo de espionaje": the gerund shares its verb's time.
            when = whenClauseTime(s, v, exprs);
            v = Set.of("advcl", "xcomp", "conj").contains(v.deprel()) && v.isVerb() ? s.parent(v) : null;
        }
        t = stageTimes.lap(TIME, t);
        TimeValue value;
        String dateText = null;
        StoryDay storyDay = null;
        boolean storyTold = false;
        if (when != null) {
            value = when.value();
            dateText = when.text();
        } else if (!isRealised(a.factuality())) {
            value = null;
        } else if (toldInPreterite(s, c) && exprs.stream().allMatch(x -> x.rule().startsWith("dateline"))
                && s.tokens().stream().noneMatch(x -> ELSEWHEN.contains(x.lower()))) {
            // "Biden firmó este miércoles un memorándum… Biden revirtió la decisión…": a past act told without a time
            // in a sentence that names none happened on the day the story has reached, not on the day of the paper;
            // until the story names a day, on the paper's, then moved (see backdate).
            storyDay = scope.storyDay;
            storyTold = true;
            value = storyDay == null ? TimeValue.day(date) : storyDay.day();
        } else {
            value = TimeValue.day(date);
        }
        StoryDay reached = when == null ? null : storyDay(scope, c, when, a.factuality());
        if (reached != null) {
            scope.reached = reached;
        }
        Set<String> context = new HashSet<>();
        for (Actor x : java.util.Arrays.asList(c.source(), c.target())) {
            if (x != null && x.country() != null) {
                context.add(x.country());
            }
        }
        if (d.datelineCountry() != null) {
            context.add(d.datelineCountry());
        }
        t = stageTimes.start();
        Location place = scope.placeOf(c, context);
        stageTimes.lap(GEOCODING, t);
        if (place == null && realised && dateline != null
                && dateline.place().country().equals(c.source().country())) {
            // The dateline tells where the reporter is; it is the event's place only for that country's actors.
            place = dateline;
        }
        EventType type = catalog.get(c.predicate().code());
        // The words as published: a headline in capitals was parsed re-cased (same offsets).
        String trigger = article.text().substring(c.trigger().begin(), c.trigger().end());
        List<String> via = new ArrayList<>(c.via());
        via.add("source: " + String.join("; ", c.source().via()));
        if (c.target() != null) {
            via.add("target: " + String.join("; ", c.target().via()));
        }
        via.addAll(a.via());
        if (when != null) {
            via.add("time rule " + when.rule() + " '" + when.text() + "'");
        } else if (storyDay != null) {
            via.add("time: the day the story has reached, '" + storyDay.text() + "' of an earlier act");
        } else if (storyTold) {
            via.add(PAPER_DAY);
        }
        if (place != null) {
            via.add("place (" + place.via() + ") '" + place.text() + "' -> " + place.place().name() + ", "
                    + place.place().country() + " geonames:" + place.place().geonameId());
        }
        return new Event(article.id(), s.index(), c.source(), c.target(), type, trigger, c.trigger().begin(),
                c.trigger().end(), a.factuality(), a.attribution(), value, dateText, place,
                article.text().substring(s.begin(), s.end()), s.begin(), s.end(),
                via);
    }

    /**
     * Dyad's own expressions, which know the verb's tense, plus those only SUTime found (with a value at a
     * precision Dyad reads: a day, an ISO week, a month or a year).
     */
    private static List<TimeExpression> withSutime(List<TimeExpression> own, ParsedText parsed, Sentence s) {
        List<TimeExpression> out = new ArrayList<>(own);
        for (org.dyad.nlp.TimeMention t : parsed.times()) {
            if (t.begin() < s.begin() || t.end() > s.end()) {
                continue;
            }
            TimeValue v = TimeValue.parse(t.value());
            if (v == null || own.stream().anyMatch(x -> x.begin() < t.end() && t.begin() < x.end())) {
                continue;
            }
            out.add(new TimeExpression(t.text(), t.begin(), t.end(), v, "sutime"));
        }
        return out;
    }

    /** The time expression that belongs to the event: inside its clause, nearest in the tree. */
    private static TimeExpression closest(Sentence s, Token trigger, Token anchor, List<TimeExpression> exprs) {
        TimeExpression best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (TimeExpression x : exprs) {
            if (x.rule().startsWith("dateline")) {
                continue;
            }
            Token t = tokenAt(s, x);
            if (t == null) {
                continue;
            }
            for (Token root : List.of(trigger, anchor)) {
                if (!s.dominates(root, t)) {
                    continue;
                }
                int depth = 0;
                boolean crossesClause = false;
                Token cur = t;
                while (cur != null && cur.index() != root.index()) {
                    if (cur.isVerb() && cur.index() != t.index() && cur.upos().equals("VERB")) {
                        crossesClause = true;
                    }
                    cur = s.parent(cur);
                    depth++;
                }
                if (!crossesClause && depth < bestDepth) {
                    best = x;
                    bestDepth = depth;
                }
            }
        }
        return best;
    }

    /**
     * The time a "cuando" clause hangs on: "desde febrero, cuando Venezuela expulsó al agregado militar" happened in
     * February. Null when the verb is no such clause.
     */
    private static TimeExpression whenClauseTime(Sentence s, Token verb, List<TimeExpression> exprs) {
        Token head = s.parent(verb);
        if (head == null || !(verb.deprel().startsWith("acl") || verb.deprel().equals("advcl"))
                || s.children(verb, t -> t.lower().equals("cuando")).isEmpty()) {
            return null;
        }
        for (TimeExpression x : exprs) {
            Token t = tokenAt(s, x);
            if (t != null && t.index() == head.index() && !x.rule().startsWith("dateline")) {
                return x;
            }
        }
        return null;
    }

    /** The syntactic head of the tokens a time expression covers. */
    private static Token tokenAt(Sentence s, TimeExpression x) {
        Token head = null;
        for (Token t : s.tokens()) {
            if (t.begin() >= x.begin() && t.end() <= x.end()) {
                Token p = s.parent(t);
                boolean inside = p != null && p.begin() >= x.begin() && p.end() <= x.end();
                if (!inside && (head == null || t.upos().equals("NOUN") || t.upos().equals("NUM"))) {
                    head = t;
                }
            }
        }
        return head;
    }

    /**
     * A new discourse for an article's story: its date, the home state of its outlet if domestic, and the states the
     * article names.
     */
    private Discourse discourse(Article article, LocalDate date, Set<String> statesNamed) {
        Discourse d = new Discourse(date);
        d.outletCountry(actors.dictionary().outletCountry(article.source()));
        d.statesNamed(statesNamed);
        return d;
    }

    /** The actors who are the sentence's main subject, for the next sentence's null subject. */
    private Subjects subjects(Sentence s, ActorFinder.Mentions m, Discourse d, Subjects previous) {
        for (Token t : s.tokens()) {
            if (t.head() < 0) {
                for (Token c : s.children(t, x -> x.deprel().equals("nsubj"))) {
                    List<Actor> a = actors.resolve(s, m, c, d, null);
                    if (!a.isEmpty()) {
                        return new Subjects(a, t);
                    }
                }
            }
        }
        return previous;
    }

    /** The actors last named as a sentence's subject, and the verb they were the subject of. */
    private record Subjects(List<Actor> actors, Token verb) {
        static final Subjects NONE = new Subjects(List.of(), null);

        /**
         * The subjects a sentence may take for its unsaid one: none when its main verb, in the third person,
         * disagrees in number with theirs ('La diputada declaró…' then '"Aprovechan estos momentos para robar"'
         * tells of others; a speaker's "invitaremos" may be hers).
         */
        List<Actor> inheritedBy(Sentence s) {
            for (Token t : s.tokens()) {
                if (t.head() < 0 && verb != null && t.isThirdPerson() && Token.disagreeInNumber(t, verb)) {
                    return List.of();
                }
            }
            return actors;
        }
    }

    /** Records the actors of the sentence as recent, for anaphora, subjects last (most salient). */
    private void remember(Sentence s, ActorFinder.Mentions m, Discourse d) {
        List<Actor> subjectActors = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (!t.isNominal()) {
                continue;
            }
            Token p = s.parent(t);
            boolean isHead = p == null || !ActorFinder.nounPhrase(s, p).contains(t) || p.isVerb();
            // (The sides "entre X y Y" of an event noun are named in their own right: "la reunión entre el
            // ministro ruso … y su homólogo ucraniano" tells of both ministers; not "la alarma entre sus vecinos".)
            boolean sides = !isHead && !s.children(t, c -> c.deprel().equals("case") && c.lower().equals("entre"))
                    .isEmpty();
            if (!isHead && !sides) {
                continue;
            }
            List<Actor> a = actors.resolve(s, m, t, d, null).stream().filter(x -> !ActorFinder.byOffice(x)).toList();
            if (a.isEmpty() || sides && a.size() < 2) {
                continue;
            }
            a.forEach(x -> actors.rememberNames(s, m, x, d));
            if (t.deprel().startsWith("nsubj")) {
                subjectActors.addAll(a);
            } else {
                a.forEach(d::mentioned);
            }
        }
        subjectActors.forEach(d::mentioned);
    }
}
