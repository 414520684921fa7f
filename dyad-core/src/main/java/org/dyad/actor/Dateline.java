package org.dyad.actor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The dateline of a wire article ("CARACAS, Abr 9 (AFP) -", "GROZNY, Rusia, Dic 20", "Minsk, 23 may (EFE).-",
 * "QUITO (AFP) -"):
 * its place gives the default country of domestic actors ("la policía"), and its words are not actors of the
 * story. Stateless.
 */
public final class Dateline {
    /** A place, optional country, then a date (or a day: "LIMA, 25 (AFP)") or an agency, at a paragraph's start. */
    private static final Pattern SHAPE = Pattern.compile(
            "^(?:Por [^;]{3,80}; )?([\\p{Lu}][\\p{L}. '-]{1,40}?)(?:, ([\\p{Lu}][\\p{L} ]{2,30}))?"
                    + "(?:, (?:\\p{L}{3,10}\\.? \\d{1,2}|\\d{1,2} \\p{L}{3,10}\\.?|\\d{1,2} de \\p{L}{3,10})"
                    + "(?: de \\d{4})?\\s*(?:\\(\\s*\\p{Lu}+\\s*\\))?|, \\d{1,2}\\s*\\(\\s*\\p{Lu}+\\s*\\)"
                    + "|\\s*\\(\\s*\\p{Lu}+\\s*\\))\\s*(?:[-–—]|\\.-|$)?");

    /**
     * A news agency in brackets at the start or before a dash ("(AFP) -"; not any acronym: "el Consejo Nacional
     * Electoral (CNE)", nor "la Agence France Presse (AFP)"), or a digest's slug in capitals before a dash
     * ("COLOMBIA-CRISIS - ").
     */
    private static final String AGENCY =
            "\\(\\s*(?:AFP|EFE|AP|DPA|ANSA|Reuters|REUTERS|Xinhua|Notimex|IPS|EP|Télam)\\s*\\)";
    private static final Pattern STORY_START = Pattern.compile(
            "^\\s*" + AGENCY + "|" + AGENCY + "\\s*[-–—]|^\\p{Lu}{3,}[\\p{Lu}, .-]*\\s[-–—]\\s");

    /**
     * A digest's story head: the agency, the story's slug, then its place in capitals, an optional country and a
     * dash ("(AFP)      EEUU-COMERCIO   WASHINGTON - ", "(AFP) Filipinas-secuestro LAMITAN, Filipinas - ").
     */
    private static final Pattern DIGEST_HEAD = Pattern.compile("^\\s*" + AGENCY + "\\s+\\S+\\s+"
            + "(\\p{Lu}[\\p{Lu} .'-]{1,40}?)(?:, (\\p{Lu}[\\p{L} ]{2,30}?))?\\s+[-–—]\\s");

    /** A story's head without date nor agency: its place in capitals, a dash ("JERUSALEN - ", "MEXICO-CHIAPAS - "). */
    private static final Pattern PLACE_HEAD = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu} .'-]{1,40}?)(?:, (\\p{Lu}[\\p{L} ]{2,30}?))?\\s+[-–—]\\s");

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
        return STORY_START.matcher(sentence).find();
    }

    /** The dateline at the start of a sentence, or null. */
    public static Found detect(Sentence s, ActorFinder.Mentions m) {
        Matcher x = SHAPE.matcher(s.text());
        if (!x.lookingAt()) {
            x = DIGEST_HEAD.matcher(s.text());
            if (!x.lookingAt()) {
                x = PLACE_HEAD.matcher(s.text());
                if (!x.lookingAt()) {
                    return null;
                }
            }
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
