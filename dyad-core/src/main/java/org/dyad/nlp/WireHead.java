package org.dyad.nlp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a wire story: a dateline ("CARACAS, Abr 9 (AFP) -", "GROZNY, Rusia, Dic 20", "Minsk, 23 may (EFE).-",
 * "QUITO (AFP) -"), a digest's story head ("(AFP) EEUU-COMERCIO WASHINGTON - ") or a bare place head
 * ("JERUSALEN - "). A head closed by a dash or by its agency is a sentence of its own: parsed with the story's
 * first sentence, its place becomes that sentence's subject ("SEATTLE, EEUU, Dic 1 (AFP) - México rechazó…" had
 * Seattle rejecting). Stateless.
 */
public final class WireHead {
    /** A place, optional country, then a date (or a day: "LIMA, 25 (AFP)") or an agency, at a paragraph's start. */
    public static final Pattern DATELINE = Pattern.compile(
            "^(?:Por [^;]{3,80}; )?([\\p{Lu}][\\p{L}. '-]{1,40}?)(?:, ([\\p{Lu}][\\p{L} ]{2,30}))?"
                    + "(?:, (?:\\p{L}{3,10}\\.? \\d{1,2}|\\d{1,2} \\p{L}{3,10}\\.?|\\d{1,2} de \\p{L}{3,10})"
                    + "(?: de \\d{4})?\\s*(?:\\(\\s*\\p{Lu}+\\s*\\))?|, \\d{1,2}\\s*\\(\\s*\\p{Lu}+\\s*\\)"
                    + "|\\s*\\(\\s*\\p{Lu}+\\s*\\))\\s*(?:[-–—]|\\.-|$)?");

    /**
     * A news agency in brackets ("(AFP)"; not any acronym: "el Consejo Nacional Electoral (CNE)", nor "la Agence
     * France Presse (AFP)" when not at the start or before a dash).
     */
    private static final String AGENCY =
            "\\(\\s*(?:AFP|EFE|AP|DPA|ANSA|Reuters|REUTERS|Xinhua|Notimex|IPS|EP|Télam)\\s*\\)";

    /** An agency at the start or before a dash, or a digest's slug in capitals before a dash ("COLOMBIA-CRISIS - "). */
    public static final Pattern STORY_START = Pattern.compile(
            "^\\s*" + AGENCY + "|" + AGENCY + "\\s*[-–—]|^\\p{Lu}{3,}[\\p{Lu}, .-]*\\s[-–—](?:\\s|$)");

    /**
     * A digest's story head: the agency, the story's slug, then its place in capitals, an optional country and a
     * dash ("(AFP)      EEUU-COMERCIO   WASHINGTON - ", "(AFP) Filipinas-secuestro LAMITAN, Filipinas - ").
     */
    public static final Pattern DIGEST_HEAD = Pattern.compile("^\\s*" + AGENCY + "\\s+\\S+\\s+"
            + "(\\p{Lu}[\\p{Lu} .'-]{1,40}?)(?:, (\\p{Lu}[\\p{L} ]{2,30}?))?\\s+[-–—](?:\\s|$)");

    /** A story's head without date nor agency: its place in capitals, a dash ("JERUSALEN - ", "MEXICO-CHIAPAS - "). */
    public static final Pattern PLACE_HEAD = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu} .'-]{1,40}?)(?:, (\\p{Lu}[\\p{L} ]{2,30}?))?\\s+[-–—](?:\\s|$)");

    /** What closes a head that is a sentence of its own: a dash, ".-", or the agency in brackets. */
    private static final Pattern CLOSED = Pattern.compile("(?:[-–—]|\\.-|\\(\\s*\\p{Lu}+\\s*\\))\\s*$");

    /** The story's text after a head: a capital letter, a digit, an opening quote or bracket. */
    private static final Pattern BODY = Pattern.compile("\\s*[\\p{Lu}\\d\"“«¿¡(]");

    /** The heads in the order they are tried: a dateline, a digest's head, a bare place head. */
    private static final List<Pattern> HEADS = List.of(DATELINE, DIGEST_HEAD, PLACE_HEAD);

    private WireHead() {
    }

    /** The head at the start of a text (a dateline, a digest's head or a place head), or null. */
    public static Matcher match(CharSequence text) {
        for (Pattern p : HEADS) {
            Matcher x = p.matcher(text);
            if (x.lookingAt()) {
                return x;
            }
        }
        return null;
    }

    /**
     * Where a sentence's story starts after a closed head ("SEATTLE, EEUU, Dic 1 (AFP) - México rechazó…": at
     * "México"), or -1 where it has no such head or nothing follows it.
     */
    public static int bodyStart(CharSequence sentence) {
        Matcher x = match(sentence);
        if (x == null || x.end() >= sentence.length()) {
            return -1;
        }
        CharSequence head = sentence.subSequence(0, x.end());
        if (!CLOSED.matcher(head).find()) {
            return -1;
        }
        Matcher body = BODY.matcher(sentence).region(x.end(), sentence.length());
        return body.lookingAt() ? x.end() : -1;
    }
}
