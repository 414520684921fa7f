package org.dyad.actor;

import java.util.regex.Matcher;

import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.nlp.WireHead;

/**
 * The dateline of a wire article ("CARACAS, Abr 9 (AFP) -", "GROZNY, Rusia, Dic 20", "Minsk, 23 may (EFE).-",
 * "QUITO (AFP) -"):
 * its place gives the default country of domestic actors ("la policía"), and its words are not actors of the
 * story. Stateless.
 */
public final class Dateline {
    /**
     * A detected dateline.
     *
     * @param country    the state of its place
     * @param endToken   index of the first token after the dateline
     * @param place      the place as written ("CARACAS")
     * @param placeBegin its start char offset in the article
     */
    public record Found(String country, int endToken, String place, int placeBegin) {
    }

    private Dateline() {
    }

    /**
     * Whether a sentence opens a story of its own: it holds a dateline's agency ("BRUSELAS (AFP) - La UE…") or
     * starts with a digest's slug ("COLOMBIA-CRISIS - El ex tesorero…"), as wire digests join several stories.
     */
    public static boolean opensStory(String sentence) {
        return WireHead.STORY_START.matcher(sentence).find();
    }

    /** The dateline at the start of a sentence, or null. */
    public static Found detect(Sentence s, ActorFinder.Mentions m) {
        Matcher x = WireHead.match(s.text());
        if (x == null) {
            return null;
        }
        int end = s.begin() + x.end();
        int endToken = s.size();
        for (Token t : s.tokens()) {
            if (t.begin() >= end) {
                endToken = t.index();
                break;
            }
        }
        String country = null;
        int placeStart = s.begin() + x.start(1);
        int countryStart = x.start(2) < 0 ? -1 : s.begin() + x.start(2);
        for (Token t : s.tokens()) {
            if (t.index() >= endToken) {
                break;
            }
            ActorDictionary.Match match = m.at(t.index());
            if (match == null || match.start() != t.index() || match.entry().country() == null) {
                continue;
            }
            ActorEntry.Kind kind = match.entry().kind();
            if (t.begin() == countryStart && kind == ActorEntry.Kind.COUNTRY) {
                country = match.entry().country();
                break;
            }
            if (t.begin() == placeStart && (kind == ActorEntry.Kind.CAPITAL || kind == ActorEntry.Kind.COUNTRY)) {
                country = match.entry().country();
            }
        }
        return country == null ? null : new Found(country, endToken, x.group(1).strip(), placeStart);
    }
}
