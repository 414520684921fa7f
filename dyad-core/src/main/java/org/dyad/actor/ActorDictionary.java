package org.dyad.actor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.dyad.data.DataFileException;
import org.dyad.data.TsvFile;
import org.dyad.text.Fold;

/**
 * The actor dictionary: states with their names, capitals, seats of power and demonyms (names and capitals
 * derived from GeoNames and CLDR, the rest from reviewed files), named people with dated roles, organisations
 * and generic agents. Phrases are matched on case- and accent-folded words; a phrase written with a capital
 * letter only matches capitalised words, so "La Moneda" does not match "la moneda". Immutable and thread-safe.
 */
public final class ActorDictionary {
    private static final String BASE = "org/dyad/actor/";
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern SPLIT = Pattern.compile("\\s+");
    private static final Set<String> ARTICLES = Set.of("el", "la", "los", "las", "the");

    /** A phrase's words and the entries it names. */
    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Entry> entries = new ArrayList<>(1);
    }

    /** An entry with the shape of the phrase that reached it: which words need a capital, which all capitals. */
    private record Entry(ActorEntry entry, boolean[] capitalised, boolean[] acronym) {
    }

    /**
     * A phrase found in a token sequence.
     *
     * @param shouted whether a name was matched in words written in capitals ("MOSCU", "DACA"): fine in a dateline,
     *                doubtful in running text, where capitals are mostly acronyms (lines all in capitals are recased
     *                before they are read)
     */
    public record Match(int start, int end, ActorEntry entry, boolean shouted) {
        public Match(int start, int end, ActorEntry entry) {
            this(start, end, entry, false);
        }

        public int length() {
            return end - start;
        }
    }

    private final Node root = new Node();
    private final Set<String> countries = new HashSet<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> outletCountries = new HashMap<>();
    /** Agents (by phrase) that name someone only as the head of a body another phrase names: see agents.tsv. */
    private final Set<String> headsOnly = new HashSet<>();
    private int size;

    private ActorDictionary() {
    }

    /** The language of the texts the dictionary reads: agents of agents.tsv in another language are not loaded. */
    public static final String LANGUAGE = "es";

    /**
     * Loads the dictionary shipped with Dyad for Spanish texts: names of states, organisations and people in every
     * language, generic agents in Spanish only ("mayor" is an English mayor but a Spanish "larger", "media" English
     * media but a Spanish average).
     */
    public static ActorDictionary load() {
        ActorDictionary d = new ActorDictionary();
        d.loadCountries();
        d.loadAliases(BASE + "country-aliases.tsv");
        d.loadDemonyms(BASE + "demonyms.tsv");
        d.loadOrganizations(BASE + "organizations.tsv");
        d.loadPeople(BASE + "people.tsv");
        d.loadAgents(BASE + "agents.tsv");
        d.loadOutlets(BASE + "outlets.tsv");
        return d;
    }

    /** A dictionary of the generic agents of one file only, for tests of its format. */
    static ActorDictionary agents(String resource) {
        ActorDictionary d = new ActorDictionary();
        d.loadAgents(resource);
        return d;
    }

    /** Number of phrases in the dictionary. */
    public int size() {
        return size;
    }

    /** Whether a code is a known state's ISO3 code. */
    public boolean isCountry(String iso3) {
        return countries.contains(iso3);
    }

    /** The English name of a state, or the code itself. */
    public String countryName(String iso3) {
        return countryNames.getOrDefault(iso3, iso3);
    }

    private void loadCountries() {
        Set<String> excluded = new HashSet<>();
        for (TsvFile.Row row : TsvFile.readResource(BASE + "country-name-exclusions.tsv", 3)) {
            excluded.add(row.get(0) + "\t" + row.get(1));
        }
        String file = "org/dyad/geonames/countries.tsv";
        for (TsvFile.Row row : TsvFile.readResource(file, 7)) {
            String iso2 = row.get(0);
            String iso3 = row.get(1);
            if (!ISO3.matcher(iso3).matches()) {
                throw row.error("not an ISO3 code: " + iso3);
            }
            countries.add(iso3);
            countryNames.put(iso3, row.get(3));
            String origin = file + ":" + row.line();
            ActorEntry e = new ActorEntry(ActorEntry.Kind.COUNTRY, iso3, iso3, null, null, null, false, row.get(3),
                    origin);
            List<String> names = new ArrayList<>(List.of(row.get(3), row.get(5), row.get(6)));
            for (Locale lang : List.of(Locale.ENGLISH, new Locale("es"))) {
                names.add(new Locale("", iso2).getDisplayCountry(lang));
            }
            for (String name : names) {
                if (!name.isEmpty() && !name.equals(iso2) && !excluded.contains(iso3 + "\t" + name)) {
                    add(name, e);
                }
            }
            if (!row.get(4).equals("-")) {
                add(row.get(4), new ActorEntry(ActorEntry.Kind.CAPITAL, iso3, iso3, null, null, null, false,
                        row.get(4), origin));
            }
        }
    }

    private void loadAliases(String file) {
        for (TsvFile.Row row : TsvFile.readResource(file, 3)) {
            String iso3 = requireCountry(row, 0);
            ActorEntry.Kind kind = switch (row.get(1)) {
                case "name" -> ActorEntry.Kind.COUNTRY;
                case "capital" -> ActorEntry.Kind.CAPITAL;
                case "seat" -> ActorEntry.Kind.SEAT;
                case "office" -> ActorEntry.Kind.OFFICE;
                default -> throw row.error("kind must be name, capital, seat or office, not '" + row.get(1) + "'");
            };
            String sector = kind == ActorEntry.Kind.SEAT || kind == ActorEntry.Kind.OFFICE ? "GOV" : null;
            ActorEntry e = new ActorEntry(kind, sector == null ? iso3 : iso3 + sector, iso3, sector, null, null, false,
                    row.get(2), origin(row));
            String[] words = SPLIT.split(row.get(2), 2);
            boolean article = words.length == 2 && ARTICLES.contains(words[0].toLowerCase(Locale.ROOT));
            if (kind == ActorEntry.Kind.OFFICE) {
                // "el Papa", "del Papa", "al Papa": the finder asks for the article ("papa" alone is a potato).
                if (!article) {
                    throw row.error("an office is written with its article (el Papa), not '" + row.get(2) + "'");
                }
                add(words[1], e);
            } else {
                add(row.get(2), e);
                if (kind == ActorEntry.Kind.SEAT && article) {
                    add(words[1], e);
                }
            }
        }
    }

    private void loadDemonyms(String file) {
        for (TsvFile.Row row : TsvFile.readResource(file, 6)) {
            String iso3 = requireCountry(row, 0);
            ActorEntry e = new ActorEntry(ActorEntry.Kind.DEMONYM, iso3, iso3, null, null, null, false, row.get(1),
                    origin(row));
            for (int i = 1; i <= 4; i++) {
                add(row.get(i), e);
            }
            add(row.get(5), e);
        }
    }

    private void loadOrganizations(String file) {
        for (TsvFile.Row row : TsvFile.readResource(file, 4)) {
            String code = row.get(0);
            if (!code.matches("[A-Z]{3}([A-Z]{3})*")) {
                throw row.error("organisation code must be upper-case letters in groups of three: '" + code + "'");
            }
            String country = row.get(1);
            if (!country.matches("[A-Z]{3}")) {
                throw row.error("country must be an ISO3 or organisation code: '" + country + "'");
            }
            String sector = row.get(2).equals("-") ? null : row.get(2);
            if (sector != null && !Sector.isValid(sector)) {
                throw row.error("unknown sector '" + sector + "'");
            }
            String[] names = row.get(3).split("\\|");
            ActorEntry e = new ActorEntry(ActorEntry.Kind.ORGANIZATION, code, country, sector, null, null, false,
                    names[0], origin(row));
            for (String name : names) {
                if (name.isBlank()) {
                    throw row.error("empty name in the names column");
                }
                add(name.strip(), e);
            }
        }
    }

    private void loadPeople(String file) {
        for (TsvFile.Row row : TsvFile.readResource(file, 7)) {
            String code = row.get(3);
            if (!code.matches("[A-Z]{3}([A-Z]{3})?")) {
                throw row.error("code must be a country or organisation plus an optional sector: '" + code + "'");
            }
            String country = code.substring(0, 3);
            String sector = code.length() > 3 ? code.substring(3) : null;
            if (sector != null && !Sector.isValid(sector)) {
                throw row.error("unknown sector '" + sector + "'");
            }
            LocalDate from = date(row, 4, false);
            LocalDate to = row.get(5).equals("-") ? null : date(row, 5, true);
            if (from != null && to != null && to.isBefore(from)) {
                throw row.error("role ends before it starts");
            }
            String name = row.get(0);
            ActorEntry full = new ActorEntry(ActorEntry.Kind.PERSON, code, country, sector, from, to, false, name,
                    origin(row));
            add(name, full);
            if (!row.get(1).equals("-")) {
                for (String alias : row.get(1).split("\\|")) {
                    if (!alias.isBlank()) {
                        add(alias.strip(), full);
                    }
                }
            }
            if (!row.get(2).equals("-")) {
                add(row.get(2), new ActorEntry(ActorEntry.Kind.PERSON, code, country, sector, from, to, true, name,
                        origin(row)));
            }
        }
    }

    private void loadAgents(String file) {
        Map<String, Integer> listed = new HashMap<>();
        for (TsvFile.Row row : TsvFile.readResource(file, 3, 4)) {
            Integer before = listed.putIfAbsent(row.get(0) + "\t" + row.get(2), row.line());
            if (before != null) {
                throw row.error("'" + row.get(0) + "' is already listed on line " + before);
            }
            String sector = row.get(1);
            if (!Sector.isValid(sector)) {
                throw row.error("unknown sector '" + sector + "'");
            }
            if (!row.get(2).equals("es") && !row.get(2).equals("en")) {
                throw row.error("lang must be es or en");
            }
            if (row.cells().size() > 3 && !row.get(3).equals(HEAD_OF)) {
                throw row.error("the fourth column, when present, must be '" + HEAD_OF + "'");
            }
            if (!row.get(2).equals(LANGUAGE)) {
                continue;
            }
            if (row.cells().size() > 3) {
                headsOnly.add(row.get(0));
            }
            add(row.get(0), new ActorEntry(ActorEntry.Kind.AGENT, sector, null, sector, null, null, false, row.get(0),
                    origin(row)));
        }
    }

    private void loadOutlets(String file) {
        for (TsvFile.Row row : TsvFile.readResource(file, 3)) {
            String iso3 = requireCountry(row, 1);
            for (String name : row.get(0).split("\\|")) {
                if (name.isBlank()) {
                    throw row.error("empty name in the names column");
                }
                String previous = outletCountries.put(Fold.fold(name.strip()), iso3);
                if (previous != null && !previous.equals(iso3)) {
                    throw row.error("outlet '" + name.strip() + "' is already listed for " + previous);
                }
            }
        }
    }

    /** The mark of agents.tsv for an agent that names someone only as the head of a body. */
    private static final String HEAD_OF = "head-of";

    /**
     * Whether an agent names someone only as the head of a body another phrase of the mention names ("el director
     * de la policía colombiana"), and no one by itself ("el director de cine").
     */
    public boolean headsOnly(ActorEntry agent) {
        return agent.kind() == ActorEntry.Kind.AGENT && headsOnly.contains(agent.label());
    }

    /**
     * The home state of a domestic news outlet or data source named as an article's source ("El Tiempo" → COL),
     * or null for an unknown or international one (AFP, EFE).
     */
    public String outletCountry(String outlet) {
        return outlet == null || outlet.isBlank() ? null : outletCountries.get(Fold.fold(outlet.strip()));
    }

    private static String origin(TsvFile.Row row) {
        return row.file() + ":" + row.line();
    }

    private String requireCountry(TsvFile.Row row, int column) {
        String iso3 = row.get(column);
        if (!countries.contains(iso3)) {
            throw row.error("unknown country code '" + iso3 + "'");
        }
        return iso3;
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; an end date takes the last day of its period. */
    private static LocalDate date(TsvFile.Row row, int column, boolean end) {
        String v = row.get(column);
        try {
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate first = LocalDate.parse(v + "-01");
                return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw row.error("column " + (column + 1) + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + v + "'");
        }
    }

    private void add(String phrase, ActorEntry entry) {
        if (phrase.indexOf(',') >= 0) {
            return;
        }
        String[] words = SPLIT.split(phrase.strip());
        if (words.length == 0 || words[0].isEmpty()) {
            throw new DataFileException(entry.origin() + ": empty phrase");
        }
        Node n = root;
        boolean[] caps = new boolean[words.length];
        boolean[] acronym = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            caps[i] = Fold.capitalised(words[i]) && entry.kind() != ActorEntry.Kind.AGENT;
            acronym[i] = isAcronym(words[i]); // agents too: "ONG" matches only in capitals, and is no shout
            n = n.next.computeIfAbsent(Fold.fold(words[i]), k -> new Node());
        }
        for (Entry existing : n.entries) {
            if (existing.entry().equals(entry)) {
                return;
            }
        }
        n.entries.add(new Entry(entry, caps, acronym));
        size++;
    }

    /**
     * All phrases that start at {@code start} in a word sequence, longest first.
     *
     * @param words a function from position to the word as written (null past the end)
     */
    public List<Match> matchesAt(IntFunction<String> words, int start) {
        List<Match> out = new ArrayList<>();
        Node n = root;
        int i = start;
        while (true) {
            String w = words.apply(i);
            if (w == null) {
                break;
            }
            n = n.next.get(Fold.fold(w));
            if (n == null) {
                break;
            }
            i++;
            for (Entry e : n.entries) {
                if (shapeFits(e, words, start)) {
                    out.add(new Match(start, i, e.entry(), shouted(e, words, start)));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return out;
    }

    /**
     * "UN" must not match "Un", nor "US" "us": an acronym matches only an acronym. A name written with capitals
     * needs its first capitalised word capitalised in the text ("La Moneda" is not "la moneda"), and the word after
     * an opening article ("El mundo" is not El Mundo); later words may be written small, as Spanish often writes
     * them ("Reporteros sin fronteras", "Corea del sur").
     */
    private static boolean shapeFits(Entry e, IntFunction<String> words, int start) {
        boolean first = true;
        for (int k = 0; k < e.capitalised().length; k++) {
            String w = words.apply(start + k);
            if (e.capitalised()[k] && first) {
                if (!Fold.capitalised(w)) {
                    return false;
                }
                // An article opening a name is capitalised at any sentence start: the name's own word must be too
                // ("El mundo debe presionar…" is not the daily El Mundo).
                first = ARTICLES.contains(w.toLowerCase(Locale.ROOT)) && k + 1 < e.capitalised().length;
            }
            if (e.acronym()[k] && !isAcronym(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of a name that is no acronym is written in capitals ("DACA" for "Daca"). */
    private static boolean shouted(Entry e, IntFunction<String> words, int start) {
        for (int k = 0; k < e.capitalised().length; k++) {
            String w = words.apply(start + k);
            if (!e.acronym()[k] && w.length() >= 3 && isAcronym(w)) {
                return true;
            }
        }
        return false;
    }

    /** Two or more letters, all upper case (dots and digits allowed: "EE.UU.", "G20"). */
    private static boolean isAcronym(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
