package org.dyad.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * One word of a parsed sentence.
 *
 * @param index  position in its sentence, from 0
 * @param word   the word as written (a multi-word token's part, such as "de" of "del", as CoreNLP splits it)
 * @param lemma  dictionary form, lower case ("elogiar" for "elogió")
 * @param upos   Universal POS tag (VERB, NOUN, PROPN, …)
 * @param morph  morphological tag from the lexicon (EAGLES for Spanish, such as VMIF3S0), or "" if unknown
 * @param begin  start, as a UTF-16 char offset into the article text
 * @param end    end (exclusive), as a UTF-16 char offset into the article text
 * @param head   index of the syntactic head in the sentence, or -1 for the root
 * @param deprel Universal Dependencies relation to the head ("nsubj", "obl", "root", …)
 */
public record Token(int index, String word, String lemma, String upos, String morph, int begin, int end, int head,
                    String deprel) {

    /** The lower-cased word. */
    public String lower() {
        return word.toLowerCase(Locale.ROOT);
    }

    public boolean isVerb() {
        return upos.equals("VERB") || upos.equals("AUX");
    }

    public boolean isNominal() {
        return upos.equals("NOUN") || upos.equals("PROPN") || upos.equals("PRON");
    }

    /** The relation without its subtype ("obl" for "obl:arg"). */
    public String baseRelation() {
        int colon = deprel.indexOf(':');
        return colon < 0 ? deprel : deprel.substring(0, colon);
    }

    /** A verb form in the future indicative (EAGLES mood I, tense F). */
    public boolean isFuture() {
        return morph.length() >= 4 && morph.charAt(0) == 'V' && morph.charAt(2) == 'I' && morph.charAt(3) == 'F';
    }

    /** A verb form in the conditional (EAGLES tense C). */
    public boolean isConditional() {
        return morph.length() >= 4 && morph.charAt(0) == 'V' && morph.charAt(3) == 'C';
    }

    /**
     * A verb form in the subjunctive. Third-person imperatives ("busque", "visite") share the subjunctive's
     * form, and the lexicon may give either; news prose has almost no imperatives, so they count here.
     */
    public boolean isSubjunctive() {
        return morph.length() >= 3 && morph.charAt(0) == 'V' && (morph.charAt(2) == 'S' || morph.charAt(2) == 'M');
    }

    /** A finite verb form: indicative, subjunctive or imperative (EAGLES mood I, S or M). */
    public boolean isFinite() {
        return finite(morph);
    }

    /** Whether an EAGLES tag is that of a finite verb form (mood I, S or M). */
    public static boolean finite(String morph) {
        return morph.length() >= 3 && morph.charAt(0) == 'V' && "ISM".indexOf(morph.charAt(2)) >= 0;
    }

    /** An infinitive. */
    public boolean isInfinitive() {
        return morph.length() >= 3 && morph.charAt(0) == 'V' && morph.charAt(2) == 'N';
    }

    /** A gerund ("acusando"). */
    public boolean isGerund() {
        return morph.length() >= 3 && morph.charAt(0) == 'V' && morph.charAt(2) == 'G';
    }

    /** A past participle. */
    public boolean isParticiple() {
        return morph.length() >= 3 && morph.charAt(0) == 'V' && morph.charAt(2) == 'P';
    }

    /** Words that, as pronouns, introduce a relative clause ("el acuerdo, que firmaron…", "quien fuera canciller"). */
    public static final Set<String> RELATIVE_WORDS = Set.of("que", "quien", "quienes", "cual", "cuales");

    /** A simple past indicative form, the preterite ("firmó", EAGLES mood I, tense S). */
    public boolean isPreterite() {
        return morph.length() >= 4 && morph.charAt(0) == 'V' && morph.charAt(2) == 'I' && morph.charAt(3) == 'S';
    }

    /** A past imperfect indicative form ("decía", "anunciaban", EAGLES mood I, tense I). */
    public boolean isImperfect() {
        return morph.length() >= 4 && morph.charAt(0) == 'V' && morph.charAt(2) == 'I' && morph.charAt(3) == 'I';
    }

    /**
     * Whether two finite verb forms differ in grammatical number ("dijo" singular, "aprovechan" plural), by their
     * EAGLES tags; false when either form has none (an infinitive, a participle).
     */
    public static boolean disagreeInNumber(Token a, Token b) {
        char x = a.verbNumber();
        char y = b.verbNumber();
        return x != 0 && y != 0 && x != y;
    }

    /** A finite verb form of the third person ("dijo", "aprovechan"), by its EAGLES tag. */
    public boolean isThirdPerson() {
        return isFinite() && morph.length() > 4 && morph.charAt(4) == '3';
    }

    private char verbNumber() {
        if (!isFinite() || morph.length() < 6) {
            return 0;
        }
        char n = morph.charAt(5);
        return n == 'S' || n == 'P' ? n : 0;
    }

    /** A present-tense indicative form. */
    public boolean isPresent() {
        return morph.length() >= 4 && morph.charAt(0) == 'V' && morph.charAt(2) == 'I' && morph.charAt(3) == 'P';
    }

    /** A plural common noun ("visitas"), by its EAGLES tag, else by a written form longer than its lemma in -s. */
    public boolean isPluralNoun() {
        if (morph.length() >= 4 && morph.charAt(0) == 'N') {
            return morph.charAt(3) == 'P';
        }
        return upos.equals("NOUN") && word.length() > lemma.length()
                && word.toLowerCase(java.util.Locale.ROOT).endsWith("s");
    }
}
