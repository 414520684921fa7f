package org.dyad.actor;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * What the reader of one article remembers while reading it: the people already named in full (so their
 * surnames may stand alone), the actors recently mentioned (for "el país", "el mandatario") and the dateline's
 * country. One per article; not thread-safe.
 */
public final class Discourse {
    private final LocalDate date;
    private final Set<String> namedPeople = new HashSet<>();
    private final Deque<Actor> recent = new ArrayDeque<>();
    private String datelineCountry;

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

    /** The most recent actor with a state, whose country differs from {@code except}, matching the sector if given. */
    public Actor recent(String except, String sector) {
        for (Actor a : recent) {
            if (except != null && except.equals(a.country())) {
                continue;
            }
            if (sector != null && !sector.equals(a.sector())) {
                continue;
            }
            return a;
        }
        return null;
    }

    public String datelineCountry() {
        return datelineCountry;
    }

    public void datelineCountry(String iso3) {
        this.datelineCountry = iso3;
    }
}
