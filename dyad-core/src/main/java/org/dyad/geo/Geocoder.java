package org.dyad.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.dyad.actor.ActorDictionary;
import org.dyad.actor.ActorEntry;
import org.dyad.actor.ActorFinder;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Finds where an event happens — a locative phrase of its clause ("en Vladivostok", "en la ciudad de Grozny")
 * — and resolves it in the gazetteer, CLAVIN-style: first extract the name, then pick among the places of that
 * name. Why the picking is not just "largest population": a Chilean article's "Santiago" is Santiago de Chile
 * and a Spanish one's may be Santiago de Compostela, so places in the countries of the event's actors and the
 * dateline win first, population breaks the tie. Only locative phrases are read, so a metonym subject ("Moscú
 * respondió") is never taken for a place, and demonyms, agents and people never are. Thread-safe.
 */
public final class Geocoder {
    private static final Set<String> LOCATIVE = Set.of("en", "desde");
    /** Prepositions by which a place noun's complement is another party, not where it lies. */
    private static final Set<String> NOT_WHERE = Set.of("con", "entre", "contra", "sin", "hacia", "para", "por");
    private static final Set<String> ARTICLES = Set.of("el", "la", "los", "las");
    private static final Set<String> MISSIONS = Set.of("embajada", "consulado", "legación", "nunciatura",
            "representación");

    private final Gazetteer gazetteer;
    private final ActorDictionary actors;
    private final Predicate<String> commonNoun;
    private final Predicate<String> eventNoun;

    /**
     * @param commonNoun whether a word is, in lower case, a common noun of the language ("Puerto", "Villa"): such
     *                   a first word of a name is no place by itself ("Puerto Bolívar" is not "Puerto", an
     *                   alternate name of El Puerto de Santa María)
     * @param eventNoun whether a noun lemma names an act of its own ("guerra", "visita"): a place hung on such a
     *                  noun inside the event's phrase is that act's ("protestas contra la guerra en Irak" are not in
     *                  Iraq)
     */
    public Geocoder(Gazetteer gazetteer, ActorDictionary actors, Predicate<String> commonNoun,
                    Predicate<String> eventNoun) {
        this.gazetteer = gazetteer;
        this.actors = actors;
        this.commonNoun = commonNoun;
        this.eventNoun = eventNoun;
    }

    /**
     * The place of the event anchored at {@code anchor} with {@code trigger}, or null. The {@code object} the act's
     * entry names (or null) is searched too, one step below the anchor: "firmaron un acuerdo en Bogotá".
     */
    public Location placeOf(Sentence s, ActorFinder.Mentions m, Token trigger, Token anchor, Token object,
                            Set<String> context) {
        List<Token> roots = object == null ? List.of(trigger, anchor) : List.of(trigger, anchor, object);
        Location best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (Token t : s.tokens()) {
            if (!(t.deprel().startsWith("obl") || t.deprel().equals("nmod")) || !hasLocativeCase(s, t)) {
                continue;
            }
            for (Token root : roots) {
                int depth = depthWithinClause(s, root, t);
                if (depth >= 0 && root == object) {
                    depth++;
                }
                if (depth < 0 || depth >= bestDepth) {
                    continue;
                }
                Location found = resolvePhrase(s, m, t, context, true);
                if (found != null) {
                    best = found;
                    bestDepth = depth;
                }
            }
        }
        return best;
    }

    /**
     * The place that is the direct object of a verb ("bombardeó Járkov", "tomó la ciudad de Bajmut"), or null. An
     * object marked with the personal "a" is someone, not a place ("ejecutaron a Luis Alberto"), and a name must
     * be a place in full ("Luis" alone is no place here).
     */
    public Location objectPlaceOf(Sentence s, ActorFinder.Mentions m, Token verb, Set<String> context) {
        for (Token o : s.children(verb, x -> x.deprel().equals("obj") && s.children(x, c -> c.deprel().equals("case")
                && (c.lower().equals("a") || c.lower().equals("al"))).isEmpty())) {
            Location found = resolvePhrase(s, m, o, context, false);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Resolves a name found elsewhere (a dateline's place), or null. */
    public Location resolveName(String text, int begin, int end, Set<String> context, String via) {
        Place p = pick(gazetteer.lookup(text), context);
        return p == null ? null : new Location(text, begin, end, p, via);
    }

    private static boolean hasLocativeCase(Sentence s, Token t) {
        for (Token c : s.children(t, x -> x.deprel().equals("case"))) {
            if (LOCATIVE.contains(c.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tree distance from root down to t without entering another verb's clause or another act's noun phrase; -1 if
     * t is not there.
     */
    private int depthWithinClause(Sentence s, Token root, Token t) {
        int depth = 0;
        Token cur = t;
        while (cur != null && cur.index() != root.index()) {
            if (cur.index() != t.index() && (cur.upos().equals("VERB")
                    || cur.upos().equals("NOUN") && eventNoun.test(cur.lemma()) && !framing(s, cur))) {
                return -1;
            }
            cur = s.parent(cur);
            depth++;
        }
        return cur == null ? -1 : depth;
    }

    /**
     * Words that begin longer place names: such a word alone is another place ("San Vicente del Caguán", too small
     * for the gazetteer, is not San in Mali).
     */
    private static final Set<String> NAME_PREFIXES = Set.of("San", "Santa", "Santo", "São", "Puerto", "Port", "Porto",
            "Villa", "Ciudad", "Nueva", "Nuevo", "Monte", "Río", "Isla", "Bahía", "Cabo", "Fuerte", "Gran", "Punta",
            "Valle", "Cerro", "Saint", "Sainte", "Fort", "Mount", "New", "Lake", "El", "La", "Los", "Las");

    /** Prepositions by which an act frames another in time: "durante su reunión en Vostochni, Kim invitó…". */
    private static final Set<String> FRAMES = Set.of("durante", "en", "tras", "después", "antes");

    /** Whether an act's noun frames the clause (its place is the clause's), not an argument of the event. */
    private static boolean framing(Sentence s, Token noun) {
        return s.children(noun, x -> x.deprel().equals("case") && FRAMES.contains(x.lower())).size() > 0;
    }

    /** A proper name at the head of the phrase, or in its "de" complement ("la ciudad de Grozny"). */
    private Location resolvePhrase(Sentence s, ActorFinder.Mentions m, Token head, Set<String> context,
                                   boolean firstWordAlone) {
        List<Token> names = new ArrayList<>();
        if (head.upos().equals("PROPN")) {
            names.add(head);
        } else if (head.upos().equals("NOUN") && !MISSIONS.contains(head.lemma())) {
            // (Not "en las embajadas de Estados Unidos": a mission's "de" names whose it is, not where.)
            // (Nor "en la frontera con Colombia": a border with a state is no place in it.)
            names.addAll(s.children(head, x -> x.deprel().equals("nmod") && x.upos().equals("PROPN")
                    && s.children(x, c -> c.deprel().equals("case") && NOT_WHERE.contains(c.lower())).isEmpty()));
        }
        for (Token n : names) {
            int from = n.index();
            int to = n.index();
            for (Token c : s.children(n, x -> x.deprel().equals("flat") || x.deprel().equals("compound"))) {
                if (c.index() == to + 1 || (c.index() == to + 2 && s.token(to + 1).lower().startsWith("de"))) {
                    to = c.index();
                }
            }
            ActorDictionary.Match match = m.at(from);
            if (match != null && match.entry().kind() == ActorEntry.Kind.COUNTRY && match.start() == from) {
                String iso3 = match.entry().country();
                int begin = s.token(from).begin();
                int end = s.token(match.end() - 1).end();
                Place country = new Place(0, actors.countryName(iso3), iso3, "", Double.NaN, Double.NaN, 0);
                return new Location(s.textBetween(begin, end), begin, end, country, "locative");
            }
            if (match != null && match.entry().kind() != ActorEntry.Kind.CAPITAL) {
                continue;
            }
            if (from == to && from > 0 && ARTICLES.contains(s.token(from - 1).word())
                    && commonNoun.test(s.token(from).word())) {
                // "en la Liga española", "en el Congreso": a common noun named with a lower-case article is an
                // institution ("Liga" is also an alternate name of Riga); "La Paz" writes its article in capitals.
                continue;
            }
            int begin = s.token(from).begin();
            int end = s.token(to).end();
            String text = s.textBetween(begin, end);
            Place p = pick(gazetteer.lookup(text), context);
            if (p == null && to > from && firstWordAlone && !commonNoun.test(s.token(from).word())
                    && !NAME_PREFIXES.contains(s.token(from).word())
                    && !(from > 0 && ARTICLES.contains(s.token(from - 1).word()))) {
                // (Not "una huelga en la Goodyear Tire and Rubber Company": a longer name with a lower-case article
                // names a firm or an institution, not its first word's town.)
                text = s.token(from).word();
                end = s.token(from).end();
                p = pick(gazetteer.lookup(text), context);
            }
            if (p != null) {
                return new Location(text, begin, end, p, "locative");
            }
        }
        return null;
    }

    /**
     * The state of the first-level region or populated place with this name when the name says it with little
     * doubt: a region of one state only ("Antioquia", though an old name of Antakya too), else every place of that
     * name lies in one state, or the largest is ten times larger than any other state's ("Medellín"; not
     * "Córdoba"). Null otherwise, or for a state's own name.
     */
    public static String countryOf(Gazetteer gazetteer, String name) {
        Set<String> regions = gazetteer.regionCountries(name);
        if (regions.size() == 1) {
            return regions.iterator().next();
        }
        List<Place> places = gazetteer.lookup(name);
        if (places.isEmpty()) {
            return null;
        }
        if (places.stream().anyMatch(Place::isCountry)) {
            return null;
        }
        Place top = places.stream().max(Comparator.comparingLong(Place::population)).orElseThrow();
        long other = places.stream().filter(p -> !p.country().equals(top.country()))
                .mapToLong(Place::population).max().orElse(-1);
        return other < 0 || top.population() >= 10 * other ? top.country() : null;
    }

    /** The candidate in a context country with the largest population, else the largest overall. */
    static Place pick(List<Place> candidates, Set<String> context) {
        Comparator<Place> byPopulation = Comparator.comparingLong(Place::population);
        return candidates.stream()
                .max(Comparator.comparing((Place p) -> context.contains(p.country())).thenComparing(byPopulation))
                .orElse(null);
    }
}
