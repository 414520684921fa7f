package org.dyad.store;

import java.util.List;

import org.dyad.actor.Actor;
import org.dyad.coding.Event;

/**
 * How sure Dyad is of one mention, from 0 to 1, read off how its actors were resolved: an actor
 * named in the clause counts fully; one found by anaphora counts 0.8; one given the dateline's or
 * the article's main country counts 0.7; an event implied by another (an accusation read off an
 * allegation) counts 0.8. The factors multiply. A ranking aid, not a calibrated probability.
 */
public final class Confidence {

    private Confidence() {
    }

    /** The confidence of an event as extracted. */
    public static double of(Event e) {
        double c = actor(e.source());
        if (e.target() != null) {
            c *= actor(e.target());
        }
        if (mentions(e.via(), "implied") || mentions(e.via(), "belief or accusation itself")) {
            c *= 0.8;
        }
        return Math.round(c * 1000) / 1000.0;
    }

    private static double actor(Actor a) {
        if (mentions(a.via(), "dateline country") || mentions(a.via(), "main country")) {
            return 0.7;
        }
        if (mentions(a.via(), "anaphora")) {
            return 0.8;
        }
        return 1.0;
    }

    private static boolean mentions(List<String> via, String word) {
        for (String v : via) {
            if (v.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
