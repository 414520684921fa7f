package org.dyad.coding;

import java.util.List;

import org.dyad.actor.Actor;
import org.dyad.nlp.Token;

/**
 * An event found by the coder before its factuality and date are read.
 *
 * @param anchor    the verb whose clause carries the event (the light verb for a noun event)
 * @param trigger   the predicate word (the noun for a noun event)
 * @param predicate the dictionary entry
 * @param source    the acting actor
 * @param target    the recipient, or null
 * @param via       rules and entries used
 * @param negationIsTheAct whether the predicate's negation was read as the act itself ("no aceptó" → reject), so
 *                  the negation does not make the event negated
 * @param object    the verb's object that the entry names as part of the act ("firmaron un acuerdo"), or null: its
 *                  complements tell of the act ("un acuerdo en Bogotá" was signed there)
 */
public record Candidate(Token anchor, Token trigger, Predicate predicate, Actor source, Actor target,
                        List<String> via, boolean negationIsTheAct, Token object) {
    public Candidate(Token anchor, Token trigger, Predicate predicate, Actor source, Actor target, List<String> via) {
        this(anchor, trigger, predicate, source, target, via, false, null);
    }

    /** The same event with other actors and explanation. */
    public Candidate with(Actor otherSource, Actor otherTarget, List<String> otherVia) {
        return new Candidate(anchor, trigger, predicate, otherSource, otherTarget, otherVia, negationIsTheAct, object);
    }

    /** The same event, with whether its negation is the act and the object its entry names. */
    public Candidate read(boolean negationIsTheAct, Token object) {
        return new Candidate(anchor, trigger, predicate, source, target, via, negationIsTheAct, object);
    }
}
