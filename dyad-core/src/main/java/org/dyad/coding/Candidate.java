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
 */
public record Candidate(Token anchor, Token trigger, Predicate predicate, Actor source, Actor target,
                        List<String> via) {
}
