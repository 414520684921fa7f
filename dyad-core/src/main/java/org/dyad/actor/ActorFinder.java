package org.dyad.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dyad.data.DataFileException;
import org.dyad.data.WordClasses;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Finds actors in parsed sentences: dictionary phrases first, then the noun phrase around a syntactic head is
 * read as one actor (head agent + demonym or "de" country + apposed name: "el presidente ruso Vladimir Putin"
 * is one RUSGOV), coordinated heads as several. Stateless and thread-safe; article state lives in
 * {@link Discourse}.
 */
public final class ActorFinder {
    /** The word classes this class's rules name, read once (each class is checked when its rule's set is made). */
    private static final String WORD_CLASSES = "org/dyad/actor/es/word-classes.tsv";
    private static final Map<String, Set<String>> WORDS = WordClasses.read(WORD_CLASSES);

    /** The words of a class of the word class file; the file must define it. */
    private static Set<String> words(String name) {
        Set<String> words = WORDS.get(name);
        if (words == null) {
            throw new DataFileException(WORD_CLASSES + ": defines no class '" + name + "', which the actor finder "
                    + "needs");
        }
        return words;
    }

    /** Relations that leave the noun phrase of a head. */
    private static final Set<String> OUTSIDE_NP = Set.of("conj", "cc", "acl", "acl:relcl", "advcl", "ccomp",
            "parataxis", "csubj", "xcomp", "dep", "orphan", "discourse", "vocative", "list");
    private static final Set<String> NOMINAL_OR_ADJ = Set.of("NOUN", "PROPN", "ADJ");
    /** Quantity nouns whose "de" phrase is the real head: "miles de manifestantes". */
    private static final Set<String> QUANTITIES = words("quantities");
    /** Diplomats and missions, whose "en" phrase names the state they are accredited to. */
    private static final Set<String> ACCREDITED = words("accredited");
    /** Nouns that stand for a state already mentioned. */
    private static final Set<String> COUNTRY_ANAPHORS = words("country-anaphors");

    private final ActorDictionary dictionary;

    /** How an actor's state was inferred rather than named, as its explanation says it. */
    private static final String ANAPHORA = "anaphora -> ";
    private static final String NAMED_EARLIER = "named earlier in ";
    private static final String POSSESSOR = "possessive -> ";
    private static final String DATELINE_COUNTRY = "dateline country ";
    private static final String PLACE_COUNTRY = "town or region of ";
    private final java.util.function.Function<String, String> placeCountry;
    private static final Set<String> CURRENCY_SIGNS = Set.of("$", "€", "£", "¥");
    /** The articles before an office's name ("el Papa", "del Papa", "al Papa"). */
    private static final Set<String> OFFICE_ARTICLES = Set.of("el", "del", "al", "the");
    private static final String MAIN_COUNTRY = "article's main country ";
    private static final String OUTLET_COUNTRY = "home country of the outlet ";
    /** The media sector. */
    private static final String MEDIA = "MED";
    private static final String DEMONYM = ActorEntry.Kind.DEMONYM.name().toLowerCase(java.util.Locale.ROOT) + " ";

    private static final String OFFICE = ActorEntry.Kind.OFFICE.name().toLowerCase(java.util.Locale.ROOT) + " ";

    /**
     * Whether the actor is named by a state's one office ("el Papa"): no antecedent for "el mandatario" or "el
     * país", nor what makes its state the story's, as the office is named where other states' leaders meet it.
     */
    public static boolean byOffice(Actor a) {
        return !a.via().isEmpty() && a.via().get(0).startsWith(OFFICE);
    }

    /** Whether the resolver inferred the actor's state (anaphora, dateline, main state, outlet) from the text. */
    public static boolean stateInferred(Actor a) {
        return a.via().stream().anyMatch(v -> v.startsWith(ANAPHORA) || v.startsWith(DATELINE_COUNTRY)
                || v.startsWith(MAIN_COUNTRY) || v.startsWith(OUTLET_COUNTRY));
    }

    /** Whether the actor's state is only a default: the dateline's, the article's main state, the outlet's home. */
    public static boolean stateByDefault(Actor a) {
        return a.via().stream().anyMatch(v -> v.startsWith(DATELINE_COUNTRY) || v.startsWith(MAIN_COUNTRY)
                || v.startsWith(OUTLET_COUNTRY));
    }

    /** Whether the actor is someone named earlier in the article ("la aspirante … Ingrid Betancourt"). */
    public static boolean namedEarlier(Actor a) {
        return a.via().stream().anyMatch(v -> v.startsWith(NAMED_EARLIER));
    }

    /** The actor with its default state's explanation dropped, to be placed anew. */
    public static Actor withoutDefaultState(Actor a) {
        return new Actor(a.text(), a.code(), a.country(), a.sector(), a.begin(), a.end(), a.via().stream()
                .filter(v -> !v.startsWith(DATELINE_COUNTRY) && !v.startsWith(MAIN_COUNTRY)
                        && !v.startsWith(OUTLET_COUNTRY)).toList());
    }

    /** Whether a noun names a relative ("la esposa del presidente"), who is not the one named after it. */
    public static boolean kin(Token t) {
        return KIN.contains(t.lemma()) || KIN.contains(t.lower());
    }

    /** Whether the actor belongs to a state (not to an international body or to no one). */
    public boolean ofState(Actor a) {
        return a.country() != null && dictionary.isCountry(a.country());
    }

    /** Whether the actor is an organisation the dictionary names ("la OMS", "las FARC"), not a state or agent. */
    public static boolean namedOrganisation(Actor a) {
        return !a.via().isEmpty() && a.via().get(0).startsWith(ORGANIZATION);
    }

    /** Whether the actor is a person the dictionary names ("López Obrador"), not a group or body. */
    public static boolean namedPerson(Actor a) {
        return !a.via().isEmpty() && a.via().get(0).startsWith(PERSON);
    }

    private static final String PERSON = ActorEntry.Kind.PERSON.name().toLowerCase(java.util.Locale.ROOT) + " ";

    /**
     * Whether two actors name two different organisations, though their codes may be one ("la candidata de Morena
     * denunció al PAN": two Mexican parties, both MEXPTY).
     */
    public static boolean distinctOrganisations(Actor a, Actor b) {
        String x = organisationEntry(a);
        String y = organisationEntry(b);
        return x != null && y != null && !x.equals(y);
    }

    private static String organisationEntry(Actor a) {
        // The entry's origin (file:line), not the words: "PAN" and "Partido Acción Nacional" are one.
        return a.via().stream().filter(v -> v.startsWith(ORGANIZATION)).map(v -> v.substring(v.lastIndexOf("' ") + 1))
                .findFirst().orElse(null);
    }

    private static final String ORGANIZATION = ActorEntry.Kind.ORGANIZATION.name().toLowerCase(java.util.Locale.ROOT)
            + " ";

    /** Nouns that stand for an organisation already named, after a demonstrative or alone after the article. */
    private static final Set<String> ORGANISATION_ANAPHORS = words("organisation-anaphors");
    private static final Set<String> DEMONSTRATIVES = Set.of("ese", "esa", "este", "esta", "aquel", "aquella",
            "dicho", "dicha");

    /**
     * "ese organismo", "dicha organización", "la organización" with nothing to say which: a reference back to an
     * organisation; "la organización humanitaria", "una entidad de crédito" are not.
     */
    private static boolean organisationAnaphor(Sentence s, Token head) {
        if (!ORGANISATION_ANAPHORS.contains(head.lemma()) || head.isPluralNoun()) {
            return false;
        }
        // The tagger calls "dicha" an adjective as often as a determiner.
        List<Token> dets = s.children(head, t -> t.deprel().equals("det")
                || t.deprel().equals("amod") && DEMONSTRATIVES.contains(t.lower()));
        if (dets.size() != 1) {
            return false;
        }
        String det = dets.get(0).lower();
        boolean bare = s.children(head, t -> t.deprel().equals("amod") && !DEMONSTRATIVES.contains(t.lower())
                || t.deprel().equals("appos")
                || t.deprel().startsWith("acl") || t.deprel().equals("flat") || t.deprel().equals("nmod")
                && (hasCaseWord(s, t, "de") || hasCaseWord(s, t, "del"))).isEmpty();
        return DEMONSTRATIVES.contains(det) || ((det.equals("la") || det.equals("el")) && bare);
    }

    /** Whether the actor was found through a demonym first ("30.000 israelíes"), not by naming the state. */
    public static boolean namedByDemonym(Actor a) {
        return !a.via().isEmpty() && a.via().get(0).startsWith(DEMONYM);
    }

    /** Determiners of a role that point at no one in particular. */
    private static final Set<String> NON_SPECIFIC = Set.of("cualquier", "cualquiera", "ningún", "ninguna",
            "ninguno", "todo", "toda", "todos", "todas", "cada");

    /** Participles whose agent owns whom they are said of: "las tropas enviadas por la OTAN" are NATO's. */
    private static final Set<String> OWN_AGENTS = words("own-agents");

    /** Nouns that name an institution with an article ("la justicia", "el Estado") and an ideal or a rank without. */
    private static final Set<String> BARE_ABSTRACTS = words("bare-abstracts");
    private static final Set<String> CONTRACTED_ARTICLES = Set.of("al", "del");

    /** Currencies, which a demonym qualifies without making them actors ("el franco francés cedió"). */
    private static final Set<String> CURRENCIES = words("currencies");

    /** Relatives, whose "de" phrase names whose relatives they are: "la esposa del presidente", "el hijo de". */
    private static final Set<String> KIN = words("kin");

    /**
     * Capitalised nouns that begin the name of a day, a law, a prize, a place or a contest: the "de" phrase after
     * them is part of the name ("el Día de la Marina", "el Museo del Ejército", "la Ley de la Policía").
     */
    private static final Set<String> NAMED_THINGS = words("named-things");

    /** Whether a head names a thing whose name holds an actor word ("el Día de la Marina"). */
    public static boolean namedThing(Sentence s, Mentions m, Token head) {
        return NAMED_THINGS.contains(head.word()) && m.at(head.index()) == null
                && !s.children(head, t -> (t.deprel().equals("nmod") || t.deprel().equals("flat"))
                && (hasCaseWord(s, t, "de") || hasCaseWord(s, t, "del"))).isEmpty();
    }

    /** Posts, units and vehicles of an agent: "el puesto de policía" is the police's, not a kind of post. */
    private static final Set<String> POSTS_AND_UNITS = words("posts-and-units");

    /** Heads that stand for the group their adjective names: "las posiciones independentistas" are the rebels. */
    private static final Set<String> GROUP_HOLDINGS = words("group-holdings");

    /** A finder that places no agent by a town's name. */
    public ActorFinder(ActorDictionary dictionary) {
        this(dictionary, name -> null);
    }

    /**
     * @param placeCountry the state of a town or region by its name, or null when unknown or ambiguous: "el
     *                     alcalde de Medellín" is Colombia's
     */
    public ActorFinder(ActorDictionary dictionary, java.util.function.Function<String, String> placeCountry) {
        this.dictionary = dictionary;
        this.placeCountry = placeCountry;
    }

    public ActorDictionary dictionary() {
        return dictionary;
    }

    /** The dictionary phrases of a sentence, longest-leftmost, one per token. */
    public record Mentions(ActorDictionary.Match[] byToken, int start) {
        public Mentions(ActorDictionary.Match[] byToken) {
            this(byToken, 0);
        }

        public ActorDictionary.Match at(int token) {
            return byToken[token];
        }

        /**
         * Mentions without those before a token, and noun phrases cut there: a dateline's place is not an actor
         * of the story, nor part of one ("LIMA, 10 mar (AFP) - Tres sindicalistas" is "Tres sindicalistas").
         */
        public Mentions from(int token) {
            ActorDictionary.Match[] copy = byToken.clone();
            for (int i = 0; i < Math.min(token, copy.length); i++) {
                copy[i] = null;
            }
            return new Mentions(copy, token);
        }
    }

    /** The states a text names anywhere: by name, capital, seat of power or demonym. */
    public Set<String> statesNamed(List<Sentence> sentences) {
        Set<String> out = new HashSet<>();
        for (Sentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                for (ActorDictionary.Match x : dictionary.matchesAt(k -> k < s.size() ? s.token(k).word() : null, i)) {
                    ActorEntry.Kind kind = x.entry().kind();
                    if ((kind == ActorEntry.Kind.COUNTRY || kind == ActorEntry.Kind.CAPITAL
                            || kind == ActorEntry.Kind.SEAT || kind == ActorEntry.Kind.DEMONYM)
                            && dictionary.isCountry(x.entry().country())) {
                        out.add(x.entry().country());
                    }
                }
            }
        }
        return out;
    }

    /** Finds the dictionary phrases of a sentence and records the people it names in full. */
    public Mentions scan(Sentence s, Discourse d) {
        ActorDictionary.Match[] by = new ActorDictionary.Match[s.size()];
        int i = 0;
        while (i < s.size()) {
            final int start = i;
            ActorDictionary.Match best = null;
            List<ActorDictionary.Match> all =
                    dictionary.matchesAt(k -> k < s.size() ? s.token(k).word() : null, start);
            if (all.isEmpty()) {
                all = formerOffices(s, start);
            }
            for (ActorDictionary.Match m : all) {
                ActorEntry e = m.entry();
                if (!e.validOn(d.date())) {
                    if (e.kind() != ActorEntry.Kind.PERSON) {
                        continue;
                    }
                    // Out of office, a named leader still belongs to a state: as one of its elites.
                    e = new ActorEntry(e.kind(), e.country().length() == 3 && dictionary.isCountry(e.country())
                            ? e.country() + "ELI" : e.country(), e.country(), "ELI", null, null, e.surname(),
                            e.label(), e.origin() + " (outside the role's dates)");
                    m = new ActorDictionary.Match(m.start(), m.end(), e, m.shouted());
                }
                if (e.kind() == ActorEntry.Kind.AGENT && !NOMINAL_OR_ADJ.contains(s.token(start).upos())
                        && !NOMINAL_OR_ADJ.contains(s.token(m.end() - 1).upos())) {
                    continue;
                }
                if (e.kind() == ActorEntry.Kind.AGENT && !"ELI".equals(e.sector())
                        && formerOffice(s, s.token(m.end() - 1))) {
                    // "el que fuera presidente de Mozambique", "quien fuera canciller": a former office holder, one
                    // of the state's elites, as "el expresidente".
                    e = new ActorEntry(e.kind(), "ELI", e.country(), "ELI", e.from(), e.to(), e.surname(), e.label(),
                            e.origin() + " (a former office: 'que fuera')");
                    m = new ActorDictionary.Match(m.start(), m.end(), e, m.shouted());
                }
                if (e.surname() && !d.wasNamed(e.label()) && !loneOfficeHolder(s, m, e, all, d)) {
                    continue;
                }
                if (e.kind() == ActorEntry.Kind.OFFICE && (start == 0
                        || !OFFICE_ARTICLES.contains(s.token(start - 1).lower()))) {
                    // "el Papa", "del Sumo Pontífice": an office only after its article ("Papa Noel", "la papa").
                    continue;
                }
                if (m.end() < s.size() && CURRENCY_SIGNS.contains(s.token(m.end()).word())) {
                    // "US$1.000", "RD$ 500": a currency, not a state.
                    continue;
                }
                boolean capital = Character.isUpperCase(s.token(start).word().codePointAt(0));
                if ((e.kind() == ActorEntry.Kind.AGENT || e.kind() == ActorEntry.Kind.DEMONYM) && m.length() == 1
                        && ((e.kind() == ActorEntry.Kind.AGENT ? surname(s, start, d)
                        : capital && d.otherPersonHasSurname(s.token(start).word()))
                        || all.stream().anyMatch(x -> x.entry().surname() && d.wasNamed(x.entry().label())))) {
                    // "Pablo Iglesias", and "Iglesias" alone after him: a surname, not the churches; "Arnoldo
                    // Alemán", and "Alemán" after him: no German.
                    continue;
                }
                if (e.kind() == ActorEntry.Kind.DEMONYM && start > 0 && s.token(start - 1).lower().equals("anti")) {
                    // "manifestantes anti chinos" are against China, not of it.
                    continue;
                }
                if (e.kind() == ActorEntry.Kind.DEMONYM && s.token(start).morph().startsWith("NCMS")
                        && (start > 0 && s.token(start - 1).lower().equals("en") || bareObject(s, s.token(start)))) {
                    // "las palabras en inglés", "habló en ruso", "habla inglés": a language.
                    continue;
                }
                if (m.shouted() && !headInCapitals(s, start)) {
                    // "el programa DACA" is no "Daca" (Dhaka): a name in capitals counts only where a dateline
                    // stands, at the start ("MOSCU, 10 jun (AFP)") or after a digest's head in capitals ("(AFP)
                    // PERU-PROTESTA LIMA - ").
                    continue;
                }
                if (best == null || m.length() > best.length()
                        || (m.length() == best.length() && better(e, best.entry()))) {
                    best = m;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            for (int k = best.start(); k < best.end(); k++) {
                by[k] = best;
            }
            if (best.entry().kind() == ActorEntry.Kind.PERSON && !best.entry().surname()) {
                d.personNamed(best.entry().label());
            }
            i = best.end();
        }
        recordOtherFullNames(s, by, d);
        dropLocalNamesakes(s, by);
        dropCredits(s, by);
        dropThingNames(s, by);
        return new Mentions(by);
    }

    /** Phrases that begin with an agent's word and name a thing ("cortes de ruta" are road blockades). */
    private static final Set<String> THING_PHRASES = words("thing-phrases");

    /** Drops an agent match that begins a phrase naming a thing (class "thing-phrases"): "los cortes de ruta". */
    private static void dropThingNames(Sentence s, ActorDictionary.Match[] by) {
        for (int k = 0; k < by.length; k++) {
            ActorDictionary.Match x = by[k];
            if (x == null || x.start() != k || x.entry().kind() != ActorEntry.Kind.AGENT) {
                continue;
            }
            StringBuilder phrase = new StringBuilder(s.token(k).lower());
            for (int j = k + 1; j < Math.min(s.size(), k + 4); j++) {
                phrase.append(' ').append(s.token(j).lower());
                if (THING_PHRASES.contains(phrase.toString())) {
                    for (int i = x.start(); i < x.end(); i++) {
                        by[i] = null;
                    }
                    break;
                }
            }
        }
    }

    /**
     * An outlet named in parentheses is the credit of the text, not an actor of it: "(AFP)", "(EFE)" would otherwise
     * make France or Spain the state of every unplaced agent of a wire digest; so is the outlet a speaker talks to.
     */
    private static void dropCredits(Sentence s, ActorDictionary.Match[] by) {
        for (int k = 1; k < by.length; k++) {
            ActorDictionary.Match x = by[k];
            if (x == null || x.start() != k || x.entry().kind() != ActorEntry.Kind.ORGANIZATION
                    || !MEDIA.equals(x.entry().sector())) {
                continue;
            }
            boolean credit = s.token(k - 1).word().equals("(") && x.end() < s.size()
                    && s.token(x.end()).word().equals(")");
            // "declaró a la AFP", "dijo a EFE": the outlet a speaker talks to is where the words appeared.
            int a = s.token(k - 1).lower().equals("la") ? k - 2 : k - 1;
            boolean interviewer = a >= 1 && s.token(a).lower().equals("a") && s.token(a - 1).isVerb();
            if (credit || interviewer) {
                for (int j = x.start(); j < x.end(); j++) {
                    by[j] = null;
                }
            }
        }
    }

    /**
     * Nouns of places smaller than a city and of institutions: a state or capital named right after them is a
     * namesake ("vereda Buenos Aires", "Hospital San José").
     */
    private static final Set<String> LOCAL_PLACES = words("local-places");
    private static final Set<String> DEFINITE = Set.of("el", "la", "del", "al");
    private static final Set<String> PRIZES = words("prizes");
    /** Of those, the ones also named with "de" ("el municipio de Puerto Rico", not "un barrio de Caracas"). */
    private static final Set<String> NAMED_WITH_DE = words("named-with-de");

    /**
     * Country and capital names that are really other places: a village, a street or a municipality named after
     * them ("la vereda Buenos Aires", "el municipio de Puerto Rico"), the first words of a longer name ("San José
     * de Apartadó"), and a name in a closing list of places in capitals beside names that are no actors ("…, META ,
     * PUERTO RICO"). A list of states in a headline ("EEUU, RUSIA Y CHINA") keeps its actors.
     */
    private static void dropLocalNamesakes(Sentence s, ActorDictionary.Match[] by) {
        int k = 0;
        while (k < by.length) {
            ActorDictionary.Match x = by[k];
            if (x == null || x.start() != k) {
                k++;
                continue;
            }
            ActorEntry.Kind kind = x.entry().kind();
            boolean place = kind == ActorEntry.Kind.COUNTRY || kind == ActorEntry.Kind.CAPITAL;
            if (place && (afterLocalPlaceNoun(s, x.start()) || beforeLongerName(s, by, x)
                    || inPlaceList(s, by, x))) {
                for (int j = x.start(); j < x.end(); j++) {
                    by[j] = null;
                }
            }
            k = x.end();
        }
    }

    private static boolean afterLocalPlaceNoun(Sentence s, int start) {
        if (start >= 1 && LOCAL_PLACES.contains(s.token(start - 1).lower())) {
            return true;
        }
        if (start >= 2 && s.token(start - 1).lower().equals("de")
                && PRIZES.contains(s.token(start - 2).lower())) {
            // "el premio Nobel de La Paz" is no prize of Bolivia.
            return true;
        }
        // "el municipio de Puerto Rico" is named so; "un municipio de Colombia" is in Colombia.
        return start >= 3 && s.token(start - 1).lower().equals("de")
                && NAMED_WITH_DE.contains(s.token(start - 2).lower())
                && DEFINITE.contains(s.token(start - 3).lower());
    }

    /**
     * "San José de Apartadó", "Santiago de Cali": a capital's name that goes on with "de" and a proper name that
     * is no actor ("Santiago de Chile" is the capital).
     */
    private static boolean beforeLongerName(Sentence s, ActorDictionary.Match[] by, ActorDictionary.Match x) {
        int end = x.end();
        if (x.entry().kind() != ActorEntry.Kind.CAPITAL || end >= s.size()) {
            return false;
        }
        if (end + 1 < s.size() && (s.token(end).lower().equals("de") || s.token(end).lower().equals("del"))
                && s.token(end + 1).upos().equals("PROPN") && by[end + 1] == null) {
            return true;
        }
        // "la iglesia de San Juan Bautista", "el Washington Post": a capitalised word that goes on the name, unless
        // it is an abbreviation ("Washington DC") or an actor itself.
        Token next = s.token(end);
        return next.upos().equals("PROPN") && by[end] == null && next.word().length() > 3
                && Character.isUpperCase(next.word().codePointAt(0)) && !allCaps(s, end, end + 1);
    }

    private static boolean inPlaceList(Sentence s, ActorDictionary.Match[] by, ActorDictionary.Match x) {
        if (!allCaps(s, x.start(), x.end()) || x.start() <= 2) {
            // (A dateline's country is no closing list: "BALTIMORE, EEUU, Dic 8 (AFP)".)
            return false;
        }
        return capsNeighbourWithoutActor(s, by, x.start() - 2, -1) || capsNeighbourWithoutActor(s, by, x.end() + 1, 1);
    }

    /** Whether the word at {@code k}, across a comma from the name, is in capitals and no actor. */
    private static boolean capsNeighbourWithoutActor(Sentence s, ActorDictionary.Match[] by, int k, int step) {
        int comma = k - step;
        if (k < 0 || k >= s.size() || comma < 0 || comma >= s.size() || !s.token(comma).word().equals(",")) {
            return false;
        }
        return allCaps(s, k, k + 1) && by[k] == null;
    }

    /** Written in capitals: more capital letters than small ones in each word ("QUINCHiA" from a stripped accent). */
    private static boolean allCaps(Sentence s, int from, int to) {
        for (int j = from; j < to; j++) {
            String w = s.token(j).word();
            int upper = 0;
            int lower = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isUpperCase(c)) {
                    upper++;
                } else if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
            if (upper < 2 || lower >= upper) {
                return false;
            }
        }
        return true;
    }

    /** More people than this bearing one surname in the dictionary make it a common surname ("Rodríguez"). */
    private static final int MAX_BEARERS = 2;

    /**
     * Whether a surname standing alone, before its bearer was named in full, still names them: "Samper canceló la
     * reunión" in 1994. Only for the one bearer of the surname in office on the article's date, when at most one
     * other person of the dictionary bears it (so never "Rodríguez" nor "Kim"), or for its only bearer once all
     * their roles ended, in a text that names their state ("Mandela" in 2013, as one of its elites); written as a
     * lone proper name (not part of "Domingo Vázquez"), and not the surname of someone else the article named in
     * full.
     */
    private boolean loneOfficeHolder(Sentence s, ActorDictionary.Match m, ActorEntry e,
                                     List<ActorDictionary.Match> all, Discourse d) {
        if (e.kind() != ActorEntry.Kind.PERSON || !s.token(m.start()).upos().equals("PROPN")) {
            return false;
        }
        // A title in capitals before the surname is no first name: "Presidente Fujimori viaja a Brasilia".
        if (properName(s, m.start() - 1) && !titleBefore(s, m.start()) || properName(s, m.end())) {
            return false;
        }
        List<ActorEntry> bearers = all.stream()
                .filter(x -> x.end() == m.end() && x.entry().kind() == ActorEntry.Kind.PERSON && x.entry().surname())
                .map(ActorDictionary.Match::entry)
                .toList();
        long people = bearers.stream().map(ActorEntry::label).distinct().count();
        long inOffice = bearers.stream().filter(x -> x.validOn(d.date())).map(ActorEntry::label).distinct().count();
        // A leader of the past whose surname no one else of the dictionary bears keeps it ("Mandela" in 2013) in a
        // text that names his state (so "Nelson" is no Australian minister in an article that never names Australia).
        boolean former = people == 1 && d.date() != null
                && bearers.stream().allMatch(x -> x.to() != null && d.date().isAfter(x.to()))
                && d.namesState(e.country());
        return (inOffice == 1 || former) && people <= MAX_BEARERS
                && !d.otherPersonHasSurname(s.token(m.end() - 1).word());
    }

    /** A noun that is a verb's direct object with no determiner ("habla inglés", "aprendió ruso"). */
    private static boolean bareObject(Sentence s, Token t) {
        return t.deprel().equals("obj") && s.children(t, c -> c.deprel().equals("det")
                || c.deprel().equals("case")).isEmpty();
    }

    /** Whether every word before token {@code k} is written without a lower-case letter. */
    private static boolean headInCapitals(Sentence s, int k) {
        for (int i = 0; i < k; i++) {
            if (s.token(i).word().chars().anyMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words right before token {@code k} are an agent of the dictionary ("Presidente", "Canciller"). */
    private boolean titleBefore(Sentence s, int k) {
        for (int start = Math.max(0, k - 3); start < k; start++) {
            for (ActorDictionary.Match x : dictionary.matchesAt(i -> i < k ? s.token(i).word() : null, start)) {
                if (x.end() == k && x.entry().kind() == ActorEntry.Kind.AGENT) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a capitalised word is a surname: after a first name the lexicon knows as a proper noun ("Pablo
     * Iglesias", not "Organizaciones Campesinas"), or alone, without article, once a person of that surname the
     * dictionary does not know has been named.
     */
    private static boolean surname(Sentence s, int k, Discourse d) {
        Token t = s.token(k);
        if (!Character.isUpperCase(t.word().codePointAt(0))) {
            return false;
        }
        if (properName(s, k) && properName(s, k - 1) && s.token(k - 1).morph().startsWith("NP")) {
            return true;
        }
        return d.otherPersonHasSurname(t.word()) && s.children(t, c -> c.deprel().equals("det")).isEmpty();
    }

    /** Nouns of a state's parts, whose "de" complement names the place: "el estado de Miranda". */
    private static final Set<String> ADMIN_UNITS = words("admin-units");
    /** Nouns of places within a state, besides its parts: streets, squares, roads, quarters. */
    private static final Set<String> PLACES = words("places");

    /**
     * Whether a noun names a place ("las calles de las ciudades colombianas", "acudieran al hospital"), which is
     * where, not who: a state's part or a place within it; not "estado", which is also the State itself.
     */
    public static boolean placeNoun(Token t) {
        return t.upos().equals("NOUN") && !t.lemma().equals(STATE)
                && (ADMIN_UNITS.contains(t.lemma()) || PLACES.contains(t.lemma()) || LOCAL_PLACES.contains(t.lemma()));
    }

    private static final String STATE = "estado";

    private static boolean properName(Sentence s, int k) {
        return k >= 0 && k < s.size() && s.token(k).upos().equals("PROPN")
                && Character.isUpperCase(s.token(k).word().codePointAt(0));
    }

    /**
     * Remembers the people the dictionary does not know that an actor's phrase names in full ("la periodista
     * estadounidense Megyn Kelly"), so that their name or surname alone later stands for that actor.
     */
    public void rememberNames(Sentence s, Mentions m, Actor a, Discourse d) {
        if (a.country() == null) {
            return;
        }
        int k = 0;
        while (k < s.size()) {
            int end = k;
            while (end < s.size() && properName(s, end) && s.token(end).begin() >= a.begin()
                    && s.token(end).end() <= a.end() && m.at(end) == null) {
                end++;
            }
            // A name after a preposition is a place's ("los campesinos de San Carlos"), not a person's.
            boolean afterPreposition = k > 0 && s.token(k - 1).upos().equals("ADP");
            if (end - k >= 2 && !afterPreposition) {
                d.named(s.token(end - 1).word(), a);
            }
            k = Math.max(end, k + 1);
        }
        // "el Consejo Nacional Electoral (CNE) de Ecuador … exige al CNE": an acronym the text defines in
        // parentheses inside the actor's phrase names that actor from then on.
        for (int i = 1; i + 1 < s.size(); i++) {
            Token t = s.token(i);
            if (t.begin() >= a.begin() && t.end() <= a.end() && m.at(i) == null && acronym(t.word())
                    && s.token(i - 1).word().equals("(") && s.token(i + 1).word().equals(")")) {
                d.named(t.word(), a);
            }
        }
    }

    private static boolean hasCaseWord(Sentence s, Token nominal, String word) {
        return !s.children(nominal, t -> t.deprel().equals("case") && t.lower().equals(word)).isEmpty();
    }

    /** Whether the word introduces the nominal, as its case or as a subordinator ("que Italia"). */
    private static boolean hasMark(Sentence s, Token nominal, String word) {
        return !s.children(nominal, t -> (t.deprel().equals("case") || t.deprel().equals("mark"))
                && t.lower().equals(word)).isEmpty();
    }

    /** A proper name with the words the parser joined to it ("San Carlos"). */
    private static String properNameAt(Sentence s, Token name) {
        int from = name.index();
        int to = name.index();
        for (Token c : s.children(name, t -> t.deprel().equals("flat") || t.deprel().equals("compound"))) {
            from = Math.min(from, c.index());
            to = Math.max(to, c.index());
        }
        return s.textBetween(s.token(from).begin(), s.token(to).end());
    }

    /**
     * A generic agent word in the singular, without article or modifier of its own, in a "de" complement of a thing
     * ("su plan de gobierno", "una patrulla de policía"): it classifies the thing; it names no actor.
     */
    private static boolean classifier(Sentence s, Mentions m, Token head) {
        ActorDictionary.Match own = m.at(head.index());
        Token parent = s.parent(head);
        if (own == null || own.entry().kind() != ActorEntry.Kind.AGENT || !head.upos().equals("NOUN")
                || head.lower().endsWith("s") // "el asesinato de transeúntes": bare plurals are people
                || !head.deprel().equals("nmod") || parent == null || !parent.upos().equals("NOUN")
                || m.at(parent.index()) != null || !hasCaseWord(s, head, "de")
                || QUANTITIES.contains(parent.lower()) || QUANTITIES.contains(parent.lemma())
                || POSTS_AND_UNITS.contains(parent.lemma()) || GROUP_HOLDINGS.contains(parent.lemma())) {
            return false; // "un grupo de mujeres" are those people; "el puesto de policía" is the police's
        }
        return s.children(head, t -> !t.deprel().equals("case")).isEmpty();
    }

    /** An acronym a text may define: two to six capitals (a lower-case letter allowed inside: "PdL"). */
    private static boolean acronym(String w) {
        if (w.length() < 2 || w.length() > 6 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            upper += Character.isUpperCase(c) ? 1 : 0;
        }
        return upper >= 2 && upper >= w.length() - 1;
    }

    /** Remembers the surnames of people named in full whom the dictionary does not know ("Domingo Vázquez"). */
    private static void recordOtherFullNames(Sentence s, ActorDictionary.Match[] by, Discourse d) {
        int k = 0;
        while (k < s.size()) {
            int end = k;
            while (end < s.size() && properName(s, end)) {
                end++;
            }
            if (end - k >= 2) {
                boolean known = false;
                for (int j = k; j < end; j++) {
                    known |= by[j] != null && by[j].entry().kind() == ActorEntry.Kind.PERSON;
                }
                if (!known) {
                    d.otherPersonNamed(s.token(end - 1).word());
                }
            }
            k = Math.max(end, k + 1);
        }
    }

    /** Among equal-length phrases: someone in office on the date, a full name over a surname, the latest role. */
    private static boolean better(ActorEntry a, ActorEntry b) {
        boolean aInRole = a.kind() != ActorEntry.Kind.PERSON || a.from() != null;
        boolean bInRole = b.kind() != ActorEntry.Kind.PERSON || b.from() != null;
        if (aInRole != bInRole) {
            return aInRole;
        }
        if (a.surname() != b.surname()) {
            return !a.surname();
        }
        if (a.from() != null && b.from() != null) {
            return a.from().isAfter(b.from());
        }
        return false;
    }

    /** The actors a nominal head stands for: itself and each head coordinated with it. */
    public List<Actor> resolve(Sentence s, Mentions m, Token head, Discourse d, String exceptCountry) {
        return resolve(s, m, head, d, exceptCountry, h -> true);
    }

    /**
     * The actors a nominal head stands for, keeping of the heads coordinated with it only those {@code conjunct}
     * accepts (the head itself is always kept).
     */
    public List<Actor> resolve(Sentence s, Mentions m, Token head, Discourse d, String exceptCountry,
                               java.util.function.Predicate<Token> conjunct) {
        List<Actor> out = new ArrayList<>();
        for (Token h : coordinated(s, head)) {
            if (h != head && (!conjunct.test(h) || sameHolder(s, m, head, h))) {
                continue;
            }
            if (loneStateAmongPlaces(s, m, h)) {
                continue;
            }
            List<Actor> sides = meetingSides(s, h, d);
            if (!sides.isEmpty()) {
                out.addAll(sides);
                continue;
            }
            List<Token> listed = flatList(s, m, h);
            Actor a = actorOf(s, m, h, d, exceptCountry, listed);
            if (a != null) {
                out.add(a);
                out.addAll(sharedHead(s, m, h, a));
                out.addAll(pluralAntecedents(s, h, d, a, exceptCountry));
            }
            for (Token t : listed) {
                ActorDictionary.Match x = m.at(t.index());
                ActorEntry e = x.entry();
                int begin = s.token(x.start()).begin();
                int end = s.token(x.end() - 1).end();
                out.add(new Actor(s.textBetween(begin, end), e.code(), e.country(), e.sector(), begin, end,
                        List.of("listed " + e.kind().name().toLowerCase(java.util.Locale.ROOT) + " '"
                                + s.textBetween(begin, end) + "' " + e.origin())));
            }
        }
        return out;
    }

    private static final Set<String> POSSESSIVES = Set.of("su", "sus");

    /**
     * Whether a conjunct names a second office of the head's holder: two singular roles under one article ("el
     * presidente y canciller de Rusia", "el líder opositor y gobernador de Miranda") are one person; with an
     * article of its own ("el presidente y el canciller") the conjunct is another.
     */
    private static boolean sameHolder(Sentence s, Mentions m, Token head, Token conjunct) {
        return role(m, head) && role(m, conjunct) && !head.isPluralNoun() && !conjunct.isPluralNoun()
                && !s.children(head, t -> t.deprel().equals("det")).isEmpty()
                && s.children(conjunct, t -> t.deprel().equals("det")).isEmpty();
    }

    private static boolean role(Mentions m, Token t) {
        ActorDictionary.Match x = m.at(t.index());
        return t.upos().equals("NOUN") && x != null && x.entry().kind() == ActorEntry.Kind.AGENT;
    }

    /** Whether a token hangs below a head through "de" complements only ("los dirigentes de los sindicatos"). */
    private static boolean ofChain(Sentence s, Token head, Token t) {
        Token cur = t;
        while (cur != null && cur.index() != head.index()) {
            if (cur.deprel().equals("nmod") && !hasCaseWord(s, cur, "de") && !hasCaseWord(s, cur, "del")) {
                return false;
            }
            if (!cur.deprel().equals("nmod") && !cur.deprel().equals("amod") && !cur.deprel().equals("flat")
                    && !cur.deprel().equals("compound")) {
                return false;
            }
            if (cur.deprel().equals("amod") && (cur.isParticiple()
                    || cur.lower().matches(".*[ai]d[oa]s?") && cur.lemma().matches(".*[aei]r"))) {
                // "el ex presidente Alberto Fujimori, refugiado en Tokio": a participle says what became of the
                // leader, not whom he leads.
                return false;
            }
            cur = s.parent(cur);
        }
        return cur != null;
    }

    /** Words for who leads or speaks for a body: of the body's sector ("el portavoz del ejército" is MIL). */
    private static final Set<String> LEADERS = words("leaders");

    /**
     * The owner a possessive determiner of the head refers to: the subject of the nearest clause above it that
     * names an actor with a state, not containing the head itself; or null.
     */
    private Actor possessor(Sentence s, Mentions m, Token head, Discourse d) {
        return possessor(s, m, head, d, false);
    }

    /** The possessor, read through infinitives whose subject is their governing verb's when so asked. */
    private Actor possessor(Sentence s, Mentions m, Token head, Discourse d, boolean throughInfinitives) {
        if (s.children(head, t -> t.deprel().equals("det") && POSSESSIVES.contains(t.lower())).isEmpty()) {
            return null;
        }
        Token cur = s.parent(head);
        for (int hops = 0; hops < 4 && cur != null; hops++) {
            if (throughInfinitives && cur.isVerb() && cur.isInfinitive() && cur.deprel().equals("xcomp")
                    && s.children(cur, t -> t.deprel().startsWith("nsubj")).isEmpty() && s.parent(cur) != null
                    && s.children(s.parent(cur), t -> t.deprel().equals("obj") || t.deprel().equals("iobj"))
                    .isEmpty()) {
                // "Japón prometió retirar sus tropas": the infinitive's subject is its governing verb's (not so
                // "forzó a Siria a retirar sus tropas", whose object does it).
                cur = s.parent(cur);
                continue;
            }
            if (cur.isVerb()) {
                for (Token subj : s.children(cur, t -> t.deprel().startsWith("nsubj"))) {
                    if (subj.index() == head.index() || s.dominates(subj, head)) {
                        continue;
                    }
                    Actor owner = actorOf(s, m, subj, d, null, List.of());
                    if (owner != null && owner.country() != null) {
                        return owner;
                    }
                }
                return null;
            }
            cur = s.parent(cur);
        }
        return null;
    }

    /** Armed forces (an actor's sector). */
    private static final String MILITARY = "MIL";

    /**
     * Whether a head with a possessive ("sus tropas de Irak") has a "de" complement that names a state or its
     * capital, {@code country}: where the forces are, not whose.
     */
    private static boolean forcesInPlace(Sentence s, Mentions m, Token head, String country) {
        if (s.children(head, t -> t.deprel().equals("det") && POSSESSIVES.contains(t.lower())).isEmpty()) {
            return false;
        }
        return !s.children(head, t -> t.deprel().equals("nmod") && (hasCaseWord(s, t, "de")
                || hasCaseWord(s, t, "del")) && m.at(t.index()) != null
                && (m.at(t.index()).entry().kind() == ActorEntry.Kind.COUNTRY
                || m.at(t.index()).entry().kind() == ActorEntry.Kind.CAPITAL)
                && country.equals(m.at(t.index()).entry().country())).isEmpty();
    }

    /** Nouns for the sides of a meeting ("ambas partes", "las dos delegaciones"). */
    private static final Set<String> SIDES = words("sides");

    /**
     * "Las dos delegaciones", "ambas partes" after a meeting was told: its two sides, each as its own actor; empty
     * for any other phrase, or when no meeting was told.
     */
    private static List<Actor> meetingSides(Sentence s, Token h, Discourse d) {
        List<Actor> told = d.lastMeeting();
        if (told.size() != 2 || !SIDES.contains(h.lemma()) || !h.isPluralNoun()
                || s.children(h, t -> COUNTS.getOrDefault(t.lower(), 0) == 2).isEmpty()) {
            return List.of();
        }
        List<Actor> out = new ArrayList<>();
        for (Actor a : told) {
            List<String> via = new ArrayList<>(a.via());
            via.add(ANAPHORA + "'" + a.text() + "' (a side of the meeting told before)");
            out.add(new Actor(h.word(), a.code(), a.country(), a.sector(), h.begin(), h.end(), via));
        }
        return out;
    }

    private static final Map<String, Integer> COUNTS = Map.of("dos", 2, "ambos", 2, "ambas", 2, "tres", 3,
            "cuatro", 4);
    /** Determiners by which a counted plural refers back. */
    private static final Set<String> DEFINITE_PLURALS = Set.of("los", "las", "ambos", "ambas", "estos", "estas",
            "esos", "esas", "sus");

    /** Whether a plural noun has a determiner by which it refers back ("los dos cancilleres", "ambos países"). */
    private static boolean definitePlural(Sentence s, Token noun) {
        return !s.children(noun, t -> (t.deprel().equals("det") || t.deprel().equals("nummod"))
                && DEFINITE_PLURALS.contains(t.lower())).isEmpty();
    }

    /**
     * The other antecedents of a counted plural role ("los dos cancilleres", "ambos presidentes", "cada uno de
     * los otros dos cancilleres") whose first antecedent {@code a} was found by anaphora: the latest actors of the
     * same sector from other states, up to the count.
     */
    private List<Actor> pluralAntecedents(Sentence s, Token h, Discourse d, Actor a, String exceptCountry) {
        boolean states = a.sector() == null && COUNTRY_ANAPHORS.contains(h.lemma());
        if (a.sector() == null && !states || a.via().stream().noneMatch(v -> v.startsWith(ANAPHORA))) {
            return List.of();
        }
        Token noun = h;
        if (QUANTITIES.contains(h.lower()) || QUANTITIES.contains(h.lemma())) {
            for (Token c : s.children(h, t -> t.deprel().equals("nmod") && !t.upos().equals("PRON"))) {
                noun = c;
                break;
            }
        }
        int count = 0;
        for (Token c : s.children(noun, t -> t.deprel().equals("nummod") || t.deprel().equals("det"))) {
            count = Math.max(count, COUNTS.getOrDefault(c.lower(), 0));
            // "los otros dos cancilleres": the parser may hang the number on the article.
            for (Token cc : s.children(c, t -> t.deprel().equals("nummod"))) {
                count = Math.max(count, COUNTS.getOrDefault(cc.lower(), 0));
            }
        }
        // "los dos cancilleres", "ambos presidentes" refer back; "la concurrencia de dos médicos" names new people.
        if (count < 2 || !definitePlural(s, noun)) {
            return List.of();
        }
        Set<String> taken = new HashSet<>();
        taken.add(a.country());
        if (exceptCountry != null) {
            taken.add(exceptCountry);
        }
        List<Actor> out = new ArrayList<>();
        // "el canciller de Chile visitó Perú y pidió fortalecer la cooperación entre ambos países": states counted
        // toward an act of one of them include its own, so it is done to the others only.
        int wanted = states && exceptCountry != null ? count - 2 : count - 1;
        List<Actor> others = wanted <= 0 ? List.of() : states ? d.recentWhere(this::ofState, taken, wanted)
                : d.recentOfSector(a.sector(), taken, wanted);
        List<Actor> told = d.lastMeeting();
        if (count == 2 && wanted > 0 && told.size() == 2 && (states || "GOV".equals(a.sector()))
                && told.stream().anyMatch(t -> java.util.Objects.equals(t.country(), a.country()))) {
            // "Petro y Maduro firmaron un acuerdo … Estados Unidos criticó el encuentro … los dos gobiernos acordaron":
            // the two are the sides of the meeting told, not the latest states named.
            others = told.stream().filter(t -> t.country() != null && !taken.contains(t.country()) && ofState(t))
                    .limit(wanted).toList();
        }
        for (Actor other : others) {
            List<String> via = new ArrayList<>(a.via().stream().filter(v -> !v.startsWith(ANAPHORA)).toList());
            via.add(ANAPHORA + "'" + other.text() + "' (one of " + count + ")");
            String code = states ? other.country() : other.country() + a.sector();
            out.add(new Actor(a.text(), code, other.country(), a.sector(), a.begin(), a.end(), via));
        }
        return out;
    }

    /**
     * Whether a state's name stands in a list of other places that are not states, where it names a region
     * of the same kind: "en Arizona, Georgia, Nevada y Wisconsin" is the US state, not the Caucasian state.
     */
    private static boolean loneStateAmongPlaces(Sentence s, Mentions m, Token h) {
        ActorDictionary.Match own = m.at(h.index());
        if (own == null || own.entry().kind() != ActorEntry.Kind.COUNTRY) {
            return false;
        }
        Token top = h;
        while (top.deprel().equals("conj") && s.parent(top) != null) {
            top = s.parent(top);
        }
        List<Token> members = coordinated(s, top);
        if (members.size() < 3) {
            return false;
        }
        for (Token other : members) {
            if (other.index() == h.index()) {
                continue;
            }
            ActorDictionary.Match x = m.at(other.index());
            if (x != null || !other.upos().equals("PROPN")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The other states of a coordinated "de" complement that share the head's role: "los presidentes de
     * Ucrania y Rusia", "los ciudadanos de Irán, Libia y Siria" are one actor per state.
     */
    private List<Actor> sharedHead(Sentence s, Mentions m, Token head, Actor first) {
        List<Actor> out = new ArrayList<>();
        if (first.country() == null || !dictionary.isCountry(first.country())) {
            return out;
        }
        for (Token of : s.children(head, t -> t.deprel().equals("nmod"))) {
            ActorDictionary.Match own = m.at(of.index());
            if (own == null || !first.country().equals(own.entry().country())) {
                continue;
            }
            List<Token> conjuncts = coordinated(s, of);
            for (Token c : conjuncts.subList(1, conjuncts.size())) {
                ActorDictionary.Match x = m.at(c.index());
                if (x == null || x.entry().kind() != ActorEntry.Kind.COUNTRY || x.entry().country() == null
                        || x.entry().country().equals(first.country())) {
                    continue;
                }
                String country = x.entry().country();
                String code = first.sector() != null && !first.code().equals(first.country())
                        ? country + first.sector() : country;
                int begin = s.token(x.start()).begin();
                int end = s.token(x.end() - 1).end();
                out.add(new Actor(s.textBetween(begin, end), code, country, first.sector(), begin, end,
                        List.of("shares the head of '" + first.text() + "' " + x.entry().origin())));
            }
        }
        return out;
    }

    /**
     * Names the parser hung as "flat" parts of a head although commas or "y" separate them
     * ("Estados Unidos, Corea del Sur y sus socios"): each starts a dictionary name of its own.
     */
    private static List<Token> flatList(Sentence s, Mentions m, Token head) {
        List<Token> out = new ArrayList<>();
        for (Token t : s.children(head, c -> c.deprel().equals("flat") || c.deprel().equals("appos"))) {
            ActorDictionary.Match x = m.at(t.index());
            if (x == null || x.start() != t.index() || t.index() == 0 || x.entry().country() == null) {
                continue;
            }
            ActorDictionary.Match own = m.at(head.index());
            if (own != null && own.end() > t.index()) {
                continue;
            }
            String before = s.token(t.index() - 1).lower();
            if (before.equals("y") || before.equals("e") || (before.equals(",") && t.deprel().equals("flat"))) {
                out.add(t);
            }
        }
        return out;
    }

    /** The head and its nominal conjuncts, in order. */
    public static List<Token> coordinated(Sentence s, Token head) {
        List<Token> out = new ArrayList<>();
        out.add(head);
        for (int i = 0; i < out.size(); i++) {
            for (Token c : s.children(out.get(i), t -> t.deprel().equals("conj") && t.isNominal())) {
                if (!gapped(s, head, c)) {
                    out.add(c);
                }
            }
        }
        // A flat name mis-parsed over a list ("Estados Unidos, Corea del Sur y …") hides conjuncts as flat.
        out.sort(Comparator.comparingInt(Token::index));
        return out;
    }

    /**
     * Whether a conjunct opens a gapped clause rather than joining the head: "Rusia por su invasión de Ucrania y
     * Corea del Norte por el avance de su programa": "Corea del Norte" is followed by a phrase with the same
     * preposition as the noun the head completes, hung on that noun — the parallel of "Rusia por su invasión".
     */
    private static boolean gapped(Sentence s, Token head, Token conjunct) {
        Token noun = s.parent(head);
        if (noun == null || !head.deprel().equals("nmod")) {
            return false;
        }
        Token nounCase = null;
        for (Token c : s.children(noun, t -> t.deprel().equals("case"))) {
            nounCase = c;
        }
        int end = conjunct.index();
        for (Token t : s.subtree(conjunct)) {
            end = Math.max(end, t.index());
        }
        if (nounCase == null || end + 1 >= s.size()) {
            return false;
        }
        Token next = s.token(end + 1);
        Token phrase = s.parent(next);
        return next.deprel().equals("case") && next.lower().equals(nounCase.lower()) && phrase != null
                && phrase.head() == noun.index();
    }

    /** Whether a role noun is said in a relative clause of the past ("el que fuera presidente", "quien fue"). */
    private static boolean formerOffice(Sentence s, Token role) {
        return !s.children(role, t -> t.deprel().equals("cop") && FORMER_COPULAS.contains(t.lower())).isEmpty()
                && !s.children(role, t -> (t.deprel().startsWith("nsubj") || t.deprel().equals("obj"))
                        && t.upos().equals("PRON") && Token.RELATIVE_WORDS.contains(t.lower())).isEmpty();
    }

    private static final Set<String> FORMER_COPULAS = Set.of("fuera", "fuese", "fue");

    /** Sectors of the state's offices, whose former holders are of its elites. */
    private static final Set<String> STATE_OFFICES = Set.of("GOV", "LEG", "JUD", "MIL", "COP", "SPY");

    /**
     * An office with the prefix of its former holder, as one word or two ("exministro", "ex-canciller", "ex jefe de
     * Estado", "el ex dictador"): one of the state's elites, as "expresidente" is. Only offices of the state: the
     * prefix is no part of other words ("expertos", "exportadores" name no office once stripped).
     */
    private List<ActorDictionary.Match> formerOffices(Sentence s, int start) {
        String lower = s.token(start).lower();
        int from = start;
        String first;
        if (lower.equals("ex") && start + 1 < s.size()) {
            from = start + 1;
            first = s.token(from).word();
        } else if (lower.startsWith("ex-") && lower.length() > 5) {
            first = s.token(start).word().substring(3);
        } else if (lower.startsWith("ex") && lower.length() > 4) {
            first = s.token(start).word().substring(2);
        } else {
            return List.of();
        }
        int office = from;
        List<ActorDictionary.Match> out = new ArrayList<>();
        for (ActorDictionary.Match m : dictionary.matchesAt(
                k -> k == office ? first : k < s.size() ? s.token(k).word() : null, office)) {
            ActorEntry e = m.entry();
            if (e.kind() == ActorEntry.Kind.AGENT && STATE_OFFICES.contains(e.sector())) {
                out.add(new ActorDictionary.Match(start, m.end(), new ActorEntry(e.kind(), "ELI", e.country(), "ELI",
                        e.from(), e.to(), e.surname(), e.label(), e.origin() + " (a former office: 'ex')"),
                        m.shouted()));
            }
        }
        return out;
    }

    /** The tokens of the noun phrase of a head, without clauses and conjuncts. */
    public static List<Token> nounPhrase(Sentence s, Token head) {
        List<Token> out = new ArrayList<>();
        collect(s, head, out, 0);
        out.sort(Comparator.comparingInt(Token::index));
        return out;
    }

    private static void collect(Sentence s, Token t, List<Token> out, int depth) {
        out.add(t);
        if (depth > 6) {
            return;
        }
        for (Token c : s.children(t)) {
            if (!OUTSIDE_NP.contains(c.deprel())) {
                collect(s, c, out, depth + 1);
            }
        }
    }

    /**
     * A noun phrase without the preposition that introduces it and the punctuation around it, so an actor reads
     * "Rusia", not "con Rusia", and "el líder norcoreano, Kim Jong-un", not the same with its closing comma.
     */
    static List<Token> trimmed(List<Token> np) {
        int from = 0;
        int to = np.size();
        // (A multiword preposition's fixed words too: "a manos de unos policías" is "unos policías".)
        while (from < to - 1 && (np.get(from).upos().equals("ADP") || np.get(from).upos().equals("PUNCT")
                || np.get(from).upos().equals("CCONJ") || np.get(from).deprel().equals("fixed"))) {
            from++;
        }
        while (to - 1 > from && np.get(to - 1).upos().equals("PUNCT")) {
            to--;
        }
        return np.subList(from, to);
    }

    /** Tree distance of {@code t} below {@code head}. */
    private static int depth(Sentence s, Token head, Token t) {
        int d = 0;
        Token cur = t;
        while (cur != null && cur.index() != head.index() && d < 50) {
            cur = s.parent(cur);
            d++;
        }
        return d;
    }

    /** Prepositions of what a thing is aimed at or about, which never name its owner. */
    private static final Set<String> AIMED = Set.of("contra", "hacia", "sobre");

    private Actor actorOf(Sentence s, Mentions m, Token head, Discourse d, String exceptCountry,
                          List<Token> listed) {
        List<Token> np = ownPhrase(s, m, head, listed);
        if (np.isEmpty()) {
            return null;
        }
        if (head.upos().equals("PRON") && !head.lower().equals("nosotros") && !QUANTITIES.contains(head.lower())) {
            return pronounReferent(s, m, head, d, exceptCountry);
        }
        if (classifier(s, m, head) || namedThing(s, m, head)
                || kin(head) && m.at(head.index()) == null) {
            // ("la esposa del presidente" is not the president.)
            return null;
        }
        if (BARE_ABSTRACTS.contains(head.lower()) && head.upos().equals("NOUN")
                && s.children(head, t -> t.deprel().startsWith("det") || t.deprel().equals("amod")
                || t.deprel().equals("nmod") || CONTRACTED_ARTICLES.contains(t.lower())).isEmpty()) {
            // "exigir justicia", "una visita de Estado": without article or modifier these name an ideal or a
            // rank, not the judiciary or the state ("la justicia", "del Estado" do).
            return null;
        }
        List<ActorDictionary.Match> matches = matchesInside(s, m, np);
        ActorDictionary.Match own = m.at(head.index());
        if (own != null && !matches.contains(own)) {
            matches.add(own);
        }
        if (matches.isEmpty() && own == null && organisationAnaphor(s, head)) {
            // "el retiro de Estados Unidos de ese organismo" after "la OMS": the organisation named last.
            // (Not an outlet: "la AFP" is a source, seldom "el organismo" of the next sentence.)
            Actor org = d.latestWhere(a -> namedOrganisation(a) && !MEDIA.equals(a.sector()));
            if (org != null) {
                return spanning(s, np, org.code(), org.country(), org.sector(),
                        Actor.appended(org.via(), ANAPHORA + "'" + org.text() + "'"));
            }
        }
        // Not "el estado de sitio", "el estado de derecho": a "de" complement makes "estado" a condition.
        // Nor "22 estados", "varios países": a plural refers back only with a definite determiner ("ambos países").
        // Nor "una visita de Estado", "un golpe de Estado": a bare "de" complement of a noun classifies it.
        boolean anaphor = COUNTRY_ANAPHORS.contains(head.lemma()) && own == null && !(head.lemma().equals("estado")
                && !s.children(head, t -> t.deprel().equals("nmod") && hasCaseWord(s, t, "de")).isEmpty())
                && !(head.deprel().equals("nmod") && hasCaseWord(s, head, "de")
                && s.children(head, t -> t.deprel().equals("det")).isEmpty() && !head.isPluralNoun())
                && (!head.isPluralNoun() || definitePlural(s, head));
        if (matches.isEmpty() && head.upos().equals("PROPN") && d.namedEarlier(head.word()) != null) {
            // "Kelly" after "la periodista estadounidense Megyn Kelly": someone the dictionary does not know, named
            // earlier inside an actor's phrase, is that actor.
            Actor earlier = d.namedEarlier(head.word());
            List<String> via = new ArrayList<>(earlier.via());
            via.add(NAMED_EARLIER + "'" + earlier.text() + "'");
            return new Actor(head.word(), earlier.code(), earlier.country(), earlier.sector(), head.begin(),
                    head.end(), via);
        }
        if (own == null && !anaphor) {
            for (Token c : s.children(head, t -> t.deprel().equals("appos"))) {
                ActorDictionary.Match x = m.at(c.index());
                if (x != null && x.entry().kind() != ActorEntry.Kind.AGENT) {
                    own = x;
                    break;
                }
            }
        }
        if (own == null && !anaphor) {
            // The head must name or describe an actor: "vínculos con Corea del Norte" is not North Korea.
            if (QUANTITIES.contains(head.lower()) || QUANTITIES.contains(head.lemma())
                    || head.upos().equals("NUM")) {
                // "varios cientos de israelíes": the "de" phrase, not the quantifier hung on the same head.
                for (Token c : s.children(head, t -> t.deprel().equals("nmod") && !t.upos().equals("PRON"))) {
                    return actorOf(s, m, c, d, exceptCountry, List.of());
                }
            }
            boolean demonymModifier = !s.children(head, t -> t.deprel().equals("amod") && m.at(t.index()) != null
                    && (m.at(t.index()).entry().kind() == ActorEntry.Kind.DEMONYM
                    || (GROUP_HOLDINGS.contains(head.lemma())
                    && m.at(t.index()).entry().kind() == ActorEntry.Kind.AGENT))).isEmpty();
            // "prisioneros ucranianos" is a Ukrainian actor; "vínculos con Corea del Norte" is not North Korea, nor
            // "el franco francés" France.
            if ((head.upos().equals("NOUN") && (!demonymModifier || CURRENCIES.contains(head.lemma())))
                    || head.upos().equals("PRON")
                    || head.upos().equals("NUM") || head.upos().equals("ADJ")) {
                // An adjective names no one but by itself: "a cinco nacionales condenados en Estados Unidos".
                return null;
            }
        }
        if (matches.isEmpty() && !anaphor) {
            return null;
        }
        ActorDictionary.Match ownMatch = own;
        if (own != null && dictionary.headsOnly(own.entry()) && matches.stream().allMatch(x -> x == ownMatch)) {
            // "el director de cine", "la directora de la película": a director is someone's only as head of a body.
            return null;
        }
        matches.sort(Comparator.comparingInt(x -> minDepth(s, head, x)));
        ActorDictionary.Match party = partyAdjective(s, head, own, matches);
        if (party != null && matches.stream().anyMatch(x -> x.entry().kind() == ActorEntry.Kind.PERSON)) {
            // "el líder sandinista Daniel Ortega": the person's role says whose he is.
            matches.remove(party);
            party = null;
        }
        String country = null;
        String sector = null;
        String orgCode = null;
        List<String> via = new ArrayList<>();
        for (ActorDictionary.Match x : matches) {
            ActorEntry e = x.entry();
            if (country == null && e.country() != null) {
                country = e.country();
                if (e.kind() == ActorEntry.Kind.ORGANIZATION) {
                    orgCode = e.code();
                }
                via.add(e.kind().name().toLowerCase(java.util.Locale.ROOT) + " '" + text(s, x) + "' " + e.origin());
            }
        }
        if (party != null && !LEADERS.contains(head.lemma())) {
            // "el gobierno priísta", "el régimen chavista", "los diputados panistas": a party's adjective says whose
            // side an agent is on, and so its state; the agent keeps its sector ("los dirigentes priístas" lead the
            // party, and are of it).
            orgCode = null;
            sector = own.entry().sector();
            via.add("agent '" + text(s, own) + "' " + own.entry().origin());
        }
        // A named person's or organisation's sector beats a generic agent's: "el líder de las FARC" is REB.
        if (own != null && own.entry().kind() == ActorEntry.Kind.AGENT && LEADERS.contains(head.lemma())) {
            // "los dirigentes de los sindicatos", "el portavoz del ejército", "el presidente del Senado": who
            // leads or speaks for a body is of its sector.
            for (ActorDictionary.Match x : matches) {
                ActorEntry e = x.entry();
                if (x != own && e.kind() == ActorEntry.Kind.AGENT && e.sector() != null
                        && !e.sector().equals(own.entry().sector()) && ofChain(s, head, s.token(x.start()))) {
                    sector = e.sector();
                    via.add("agent '" + text(s, x) + "' led by '" + text(s, own) + "' " + e.origin());
                    break;
                }
            }
        }
        for (boolean named : new boolean[] {true, false}) {
            for (ActorDictionary.Match x : matches) {
                ActorEntry e = x.entry();
                boolean isNamed = e.kind() == ActorEntry.Kind.PERSON || e.kind() == ActorEntry.Kind.ORGANIZATION;
                if (sector == null && e.sector() != null && isNamed == named) {
                    sector = e.sector();
                    if (e.country() == null) {
                        via.add("agent '" + text(s, x) + "' " + e.origin());
                    }
                }
            }
        }
        if (country == null && sector != null) {
            // "el alcalde de Medellín", "la policía de Antioquia": an agent of a town or region is its state's.
            country = stateOfPlace(s, m, head, via);
        }
        if (country == null && !s.children(head, t -> (t.deprel().equals("det") || t.deprel().equals("amod"))
                && NON_SPECIFIC.contains(t.lower())).isEmpty()) {
            // "trabajará con cualquier gobierno que resulte de la votación", "ningún país": no one in particular.
            return null;
        }
        boolean ownedByExcepted = false;
        if (country == null && sector != null) {
            // "pidió que Bolivia retire sus tropas": a possessive's owner is the subject of its clause. When that
            // is the state being excluded ("Rusia retiró sus tropas" as a recipient), no other state is guessed.
            Actor owner = possessor(s, m, head, d);
            if (owner != null && owner.country().equals(exceptCountry)) {
                ownedByExcepted = true;
            } else if (owner != null) {
                country = owner.country();
                via.add(POSSESSOR + "'" + owner.text() + "'");
            }
        }
        if (country != null && MILITARY.equals(sector) && orgCode == null && forcesInPlace(s, m, head, country)) {
            // "Japón retiró sus tropas de Irak": the subject's own forces; the state after "de" is where they are,
            // and what the phrase names as a recipient.
            Actor owner = possessor(s, m, head, d, true);
            if (owner != null && !owner.country().equals(country)) {
                sector = null;
                via.add(POSSESSOR + "the forces of '" + owner.text() + "' in " + country);
            }
        }
        if (country == null && ownedByExcepted) {
            return spanning(s, np, sector, null, sector, via);
        }
        if (country == null) {
            country = contextState(s, m, head, d, exceptCountry, anaphor, sector, matches, via);
            if (country == null) {
                // A sector alone is still a CAMEO actor ("la guerrilla" → REB) when no state can be read.
                return sector != null ? spanning(s, np, sector, null, sector, via) : null;
            }
        }
        String code;
        if (orgCode != null) {
            code = orgCode;
        } else if (sector != null && country.length() == 3 && dictionary.isCountry(country)) {
            code = country + sector;
        } else {
            code = country;
        }
        return spanning(s, np, code, country, sector, via);
    }

    /**
     * The party named by an adjective of the head agent ("priísta" in "el gobierno priísta"), or null: a one-word
     * organisation match in lower case that modifies a head the dictionary knows as an agent with a sector.
     */
    private static ActorDictionary.Match partyAdjective(Sentence s, Token head, ActorDictionary.Match own,
                                                        List<ActorDictionary.Match> matches) {
        if (own == null || own.entry().kind() != ActorEntry.Kind.AGENT || own.entry().sector() == null) {
            return null;
        }
        for (ActorDictionary.Match x : matches) {
            Token t = s.token(x.start());
            if (x.entry().kind() == ActorEntry.Kind.ORGANIZATION && x.end() - x.start() == 1
                    && t.deprel().equals("amod") && s.parent(t) == head && Character.isLowerCase(t.word().charAt(0))) {
                return x;
            }
        }
        return null;
    }

    /**
     * The state of the town or region a "de" complement of the head names, which the dictionary does not know as
     * an actor ("de Medellín"; "del estado de Miranda", "de la provincia de Buenos Aires"), or null; adds the reason
     * to {@code via}.
     */
    private String stateOfPlace(Sentence s, Mentions m, Token head, List<String> via) {
        List<Token> places = new ArrayList<>();
        for (Token c : s.children(head, t -> t.deprel().equals("nmod") && (hasCaseWord(s, t, "de")
                || hasCaseWord(s, t, "del")))) {
            if (ADMIN_UNITS.contains(c.lemma())) {
                places.addAll(s.children(c, t -> t.deprel().equals("nmod") && hasCaseWord(s, t, "de")));
            } else {
                places.add(c);
            }
        }
        for (Token c : places.stream().filter(t -> t.upos().equals("PROPN") && m.at(t.index()) == null).toList()) {
            String place = properNameAt(s, c);
            String iso3 = placeCountry.apply(place);
            if (iso3 != null && dictionary.isCountry(iso3)) {
                via.add(PLACE_COUNTRY + "'" + place + "': " + iso3);
                return iso3;
            }
        }
        return null;
    }

    /**
     * The state that the text around a phrase naming none gives an anaphor ("el país", in its sentence or before) or
     * an agent of {@code sector} ("el embajador", "la policía"): an earlier actor, else for an agent the dateline's
     * state, the article's main state or the outlet's; null if none. Adds the reason to {@code via}.
     */
    private String contextState(Sentence s, Mentions m, Token head, Discourse d, String exceptCountry,
                                boolean anaphor, String sector, List<ActorDictionary.Match> matches,
                                List<String> via) {
        Actor antecedent = anaphor ? earlierInSentence(s, m, head, exceptCountry) : null;
        if (antecedent == null && !anaphor) {
            // "el embajador" after "el embajador de Estados Unidos, William Brownfield": the latest actor named
            // with the same role word and its state, before the most salient state of the sector.
            antecedent = d.recentWithWord(agentWords(s, matches), exceptCountry, a -> !stateInferred(a));
        }
        if (antecedent == null && !anaphor && MEDIA.equals(sector)) {
            // "La cadena NBC emitió una entrevista que la tertuliana Megyn Kelly realizó…": a journalist works for
            // the outlet the sentence names.
            String outlet = outletInSentence(s, m, head, via);
            if (outlet != null) {
                return outlet;
            }
        }
        if (antecedent == null) {
            // "el país" is a state, never an international body; "la organización pro derechos humanos" may
            // be the one named before with that sector.
            // ("los manifestantes" are no named politician of the opposition.)
            antecedent = anaphor ? d.recent(exceptCountry, null, this::ofState)
                    : d.recent(exceptCountry, sector, a -> !(head.isPluralNoun() && namedPerson(a)));
        }
        if (antecedent != null && (anaphor || sector != null)) {
            via.add(ANAPHORA + "'" + antecedent.text() + "'");
            return antecedent.country();
        } else if (d.datelineCountry() != null && sector != null) {
            via.add(DATELINE_COUNTRY + d.datelineCountry());
            return d.datelineCountry();
        } else if (sector != null && d.recent(null, null, this::ofState) != null) {
            // A domestic agent ("la policía", "los alcaldes") belongs to the article's main state.
            String main = d.recent(null, null, this::ofState).country();
            via.add(MAIN_COUNTRY + main);
            return main;
        } else if (sector != null && d.outletCountry() != null) {
            // Nothing in the text places it: a domestic outlet reports on its own state.
            via.add(OUTLET_COUNTRY + d.outletCountry());
            return d.outletCountry();
        }
        return null;
    }

    /** The state of the one media outlet other than {@code head} its sentence names, or null; adds the reason. */
    private static String outletInSentence(Sentence s, Mentions m, Token head, List<String> via) {
        Set<String> states = new java.util.LinkedHashSet<>();
        String name = null;
        for (int i = 0; i < s.size(); i++) {
            ActorDictionary.Match x = m.at(i);
            if (x != null && x.start() == i && (i > head.index() || x.end() <= head.index())
                    && x.entry().kind() == ActorEntry.Kind.ORGANIZATION && MEDIA.equals(x.entry().sector())
                    && x.entry().country() != null) {
                states.add(x.entry().country());
                name = s.textBetween(s.token(x.start()).begin(), s.token(x.end() - 1).end());
            }
        }
        if (states.size() != 1) {
            return null;
        }
        via.add("outlet named in the sentence '" + name + "'");
        return states.iterator().next();
    }

    /** The actor named by a noun phrase, spanning its {@link #trimmed} words. */
    private static Actor spanning(Sentence s, List<Token> np, String code, String country, String sector,
                                  List<String> via) {
        List<Token> words = trimmed(np);
        int begin = words.get(0).begin();
        int end = words.get(words.size() - 1).end();
        return new Actor(s.textBetween(begin, end), code, country, sector, begin, end, via);
    }

    /** The dictionary matches whose words all lie inside the phrase, in the phrase's order. */
    private static List<ActorDictionary.Match> matchesInside(Sentence s, Mentions m, List<Token> np) {
        List<ActorDictionary.Match> matches = new ArrayList<>();
        for (Token t : np) {
            ActorDictionary.Match mt = m.at(t.index());
            if (mt != null && !matches.contains(mt)) {
                boolean inside = true;
                for (int k = mt.start(); k < mt.end(); k++) {
                    if (!np.contains(s.token(k))) {
                        inside = false;
                        break;
                    }
                }
                if (inside) {
                    matches.add(mt);
                }
            }
        }
        return matches;
    }

    /**
     * The words of a head's noun phrase that may name whose it is: without the coordinated phrases {@code listed}
     * separately, a dateline, and the complements that say where someone is, what one is compared with, what one
     * is aimed at or who acted on one.
     */
    private List<Token> ownPhrase(Sentence s, Mentions m, Token head, List<Token> listed) {
        List<Token> np = new ArrayList<>(nounPhrase(s, head));
        for (Token t : listed) {
            np.removeAll(s.subtree(t));
        }
        np.removeIf(t -> t.index() < m.start());
        for (Token t : List.copyOf(np)) {
            Token host = s.parent(t);
            if (t != head && t.deprel().equals("nmod") && hasCaseWord(s, t, "en") && host != null
                    && !ACCREDITED.contains(host.lemma())) {
                // "el ex canciller Orlando Letelier, el 21 de setiembre de 1976 en Washington": where someone is,
                // not whose. (A diplomat's "en" names the state he is sent to, the recipient of his recall.)
                np.removeAll(s.subtree(t));
            } else if (t != head && t.deprel().equals("nmod") && hasMark(s, t, "que")) {
                // "más refugiados que Italia": what they are compared with, not whose they are.
                np.removeAll(s.subtree(t));
            } else if (t != head && t.deprel().equals("nmod") && AIMED.stream().anyMatch(w -> hasCaseWord(s, t, w))) {
                // "el líder de las protestas contra Pinochet": whom something is aimed at, not whose it is.
                np.removeAll(s.subtree(t));
            } else if (t != head && hasCaseWord(s, t, "por") && host != null && host != head
                    && (host.deprel().equals("amod") || host.deprel().startsWith("acl"))
                    && !OWN_AGENTS.contains(host.lemma())) {
                // "los inmigrantes rechazados por Italia", "los rehenes liberados por las FARC": who acted on
                // them, not whose they are (but "las tropas enviadas por la OTAN" are NATO's).
                np.removeAll(s.subtree(t));
            } else if (t != head && (hasCaseWord(s, t, "a") || hasCaseWord(s, t, "al")) && host != null
                    && host != head && (host.deprel().equals("amod") || host.deprel().startsWith("acl"))
                    && host.isParticiple()) {
                // "un alcalde atribuido a las FARC", "los rehenes entregados a Colombia": to whom something is
                // attributed or given, not whose it is.
                np.removeAll(s.subtree(t));
            }
        }
        return np;
    }

    /**
     * What a pronoun stands for: the actor its apposition or the parenthesis right after it names ("a ellos
     * (Amnistía Internacional)"), or null.
     */
    private Actor pronounReferent(Sentence s, Mentions m, Token head, Discourse d, String exceptCountry) {
        for (Token c : s.children(head, t -> t.deprel().equals("appos") && m.at(t.index()) != null)) {
            return actorOf(s, m, c, d, exceptCountry, List.of());
        }
        int k = head.index();
        if (k + 2 < s.size() && s.token(k + 1).word().equals("(") && m.at(k + 2) != null
                && m.at(k + 2).entry().kind() != ActorEntry.Kind.AGENT) {
            return actorOf(s, m, s.token(k + 2), d, exceptCountry, List.of());
        }
        return null;
    }

    /** A state named before the anaphor in the same sentence: the subject's first, else the leftmost. */
    private Actor earlierInSentence(Sentence s, Mentions m, Token anaphor, String except) {
        Actor fallback = null;
        for (Token t : s.tokens()) {
            if (t.index() >= anaphor.index()) {
                break;
            }
            ActorDictionary.Match x = m.at(t.index());
            if (x == null || x.start() != t.index() || x.entry().country() == null
                    || x.entry().country().equals(except)) {
                continue;
            }
            ActorEntry e = x.entry();
            int begin = s.token(x.start()).begin();
            int end = s.token(x.end() - 1).end();
            Actor a = new Actor(s.textBetween(begin, end), e.code(), e.country(), e.sector(), begin, end,
                    List.of(e.origin()));
            Token cur = t;
            while (cur != null && !cur.deprel().startsWith("nsubj")) {
                cur = s.parent(cur);
            }
            if (cur != null) {
                return a;
            }
            if (fallback == null) {
                fallback = a;
            }
        }
        return fallback;
    }

    private static int minDepth(Sentence s, Token head, ActorDictionary.Match x) {
        int best = Integer.MAX_VALUE;
        for (int k = x.start(); k < x.end(); k++) {
            best = Math.min(best, depth(s, head, s.token(k)));
        }
        return best;
    }

    /** The words of the generic agents among the matches ("embajador", "agregado militar"), lower case. */
    private static List<String> agentWords(Sentence s, List<ActorDictionary.Match> matches) {
        List<String> out = new ArrayList<>();
        for (ActorDictionary.Match x : matches) {
            if (x.entry().kind() == ActorEntry.Kind.AGENT) {
                out.add(text(s, x).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    private static String text(Sentence s, ActorDictionary.Match x) {
        return s.textBetween(s.token(x.start()).begin(), s.token(x.end() - 1).end());
    }
}
