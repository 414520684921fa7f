package org.dyad.actor;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * What the reader of one article remembers while reading it: the people already named in full (so their
 * surnames may stand alone), the actors recently mentioned (for "el país", "el mandatario"), the sides of the
 * latest meeting (for "este diálogo"), the dateline's country and the states the text names. One per article; not
 * thread-safe.
 */
public final class Discourse {
    private final LocalDate date;
    private final Set<String> namedPeople = new HashSet<>();
    private final Deque<Actor> recent = new ArrayDeque<>();
    private String datelineCountry;
    private String outletCountry;
    private final List<Actor> accusers = new ArrayList<>();
    private List<Actor> lastMeeting = List.of();

    public Discourse(LocalDate date) {
        this.date = date;
    }

    /** The article date, or null. */
    public LocalDate date() {
        return date;
    }

    public void personNamed(String label) {
        namedPeople.add(label);
    }

    public boolean wasNamed(String label) {
        return namedPeople.contains(label);
    }

    private final Set<String> statesNamed = new HashSet<>();

    /** Records the states the whole text names (by name, capital, seat of power or demonym), read before it. */
    public void statesNamed(Set<String> iso3) {
        statesNamed.addAll(iso3);
    }

    /** Whether the text names this state anywhere, before or after the sentence being read. */
    public boolean namesState(String iso3) {
        return iso3 != null && statesNamed.contains(iso3);
    }

    private final Set<String> otherFullNames = new HashSet<>();

    /** Records the surname of someone named in full who is not in the dictionary ("Domingo Vázquez"). */
    public void otherPersonNamed(String surname) {
        otherFullNames.add(surname.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether someone not in the dictionary was named in full with this surname earlier in the article. */
    public boolean otherPersonHasSurname(String surname) {
        return otherFullNames.contains(surname.toLowerCase(java.util.Locale.ROOT));
    }

    /** Records an actor as just mentioned (most recent first). */
    public void mentioned(Actor actor) {
        if (actor.country() == null) {
            return;
        }
        recent.addFirst(actor);
        if (recent.size() > 30) {
            recent.removeLast();
        }
    }

    /** The latest actor mentioned (a clause's subject last), of another state than {@code except}; or null. */
    public Actor latest(String except) {
        for (Actor a : recent) {
            if (except == null || !except.equals(a.country())) {
                return a;
            }
        }
        return null;
    }

    /** The latest actor mentioned that passes {@code test}; or null. */
    public Actor latestWhere(java.util.function.Predicate<Actor> test) {
        for (Actor a : recent) {
            if (test.test(a)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The antecedent for an anaphor: among the recently mentioned actors whose country differs from
     * {@code except} (and whose sector matches, if given), the one of the most often mentioned country, the
     * latest on a tie. Salience beats recency because a country named in passing ("un frente contra Estados
     * Unidos") is rarely what "el país" or the other side of "su cumbre" refers to.
     */
    public Actor recent(String except, String sector) {
        return recent(except, sector, a -> true);
    }

    /** {@link #recent(String, String)} among the actors that {@code test} accepts. */
    public Actor recent(String except, String sector, java.util.function.Predicate<Actor> test) {
        Map<String, Integer> counts = new HashMap<>();
        for (Actor a : recent) {
            counts.merge(a.country(), 1, Integer::sum);
        }
        Actor best = null;
        for (Actor a : recent) {
            if ((except != null && except.equals(a.country())) || !test.test(a)) {
                continue;
            }
            if (sector != null && !sector.equals(a.sector())) {
                continue;
            }
            if (best == null || counts.get(a.country()) > counts.get(best.country())) {
                best = a;
            }
        }
        return best;
    }

    /**
     * The latest actor, of another state than {@code except}, whose words include one of {@code words} as a whole
     * word and that {@code trusted} accepts; or null.
     */
    public Actor recentWithWord(List<String> words, String except, java.util.function.Predicate<Actor> trusted) {
        if (words.isEmpty()) {
            return null;
        }
        for (Actor a : recent) {
            if ((except != null && except.equals(a.country())) || !trusted.test(a)) {
                continue;
            }
            String text = " " + a.text().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
            for (String w : words) {
                if (text.contains(" " + w + " ")) {
                    return a;
                }
            }
        }
        return null;
    }

    private final Map<String, Actor> namedInPhrases = new HashMap<>();

    /** Records that a person unknown to the dictionary, with this surname, was named inside an actor's phrase. */
    public void named(String surname, Actor actor) {
        namedInPhrases.putIfAbsent(surname.toLowerCase(java.util.Locale.ROOT), actor);
    }

    /** The actor whose phrase earlier named someone with this surname, or null. */
    public Actor namedEarlier(String surname) {
        return namedInPhrases.get(surname.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Up to {@code n} of the latest actors, each of a state not in {@code taken} nor repeated: those of the sector
     * first, then any.
     */
    public List<Actor> recentOfSector(String sector, Set<String> taken, int n) {
        List<Actor> out = new ArrayList<>(recentWhere(a -> sector.equals(a.sector()), taken, n));
        Set<String> seen = new HashSet<>(taken);
        out.forEach(a -> seen.add(a.country()));
        out.addAll(recentWhere(a -> true, seen, n - out.size()));
        return out;
    }

    /** Up to {@code n} of the latest actors that pass {@code test}, one per state, none of the states {@code taken}. */
    public List<Actor> recentWhere(java.util.function.Predicate<Actor> test, Set<String> taken, int n) {
        Set<String> seen = new HashSet<>(taken);
        List<Actor> out = new ArrayList<>();
        for (Actor a : recent) {
            if (out.size() >= n) {
                break;
            }
            if (test.test(a) && seen.add(a.country())) {
                out.add(a);
            }
        }
        return out;
    }

    /** Records the two sides of a meeting the article tells of ("Serbia y Albania mantuvieron conversaciones"). */
    public void met(Actor a, Actor b) {
        lastMeeting = List.of(a, b);
    }

    /** The two sides of the latest meeting told, or an empty list. */
    public List<Actor> lastMeeting() {
        return lastMeeting;
    }

    /** Records an actor who accused or suspected someone in this article. */
    public void accused(Actor actor) {
        if (actor.country() != null && accusers.stream().noneMatch(a -> a.code().equals(actor.code()))) {
            accusers.add(actor);
        }
    }

    /** The actors who made accusations earlier in the article, in order. */
    public List<Actor> accusers() {
        return List.copyOf(accusers);
    }

    public String datelineCountry() {
        return datelineCountry;
    }

    public void datelineCountry(String iso3) {
        this.datelineCountry = iso3;
    }

    /** The home state of the article's outlet when it is a domestic one, or null. */
    public String outletCountry() {
        return outletCountry;
    }

    public void outletCountry(String iso3) {
        this.outletCountry = iso3;
    }
}
