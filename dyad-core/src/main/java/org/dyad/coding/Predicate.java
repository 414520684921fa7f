package org.dyad.coding;

import java.util.Objects;

import org.dyad.cameo.CameoCode;

/**
 * One entry of a predicate dictionary.
 *
 * @param lemma      verb infinitive (with "se" for pronominal verbs) or event noun
 * @param object     object constraint: null for any, a noun lemma, or "@class"
 * @param code       the CAMEO code it yields
 * @param noun       whether the entry is an event noun
 * @param example    the example sentence of the entry
 * @param dyad       the source>target the example must give
 * @param origin     {@code file:line}
 */
public record Predicate(String lemma, String object, CameoCode code, boolean noun, String example, String dyad,
                        String origin) {
    public Predicate {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(code, "code");
    }

    /** The same entry yielding another code (an act whose code depends on who does it). */
    public Predicate withCode(CameoCode other) {
        return new Predicate(lemma, object, other, noun, example, dyad, origin);
    }
}
