package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dyad.actor.ActorFinder;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Questions about a Spanish sentence's dependency tree (Universal Dependencies, as the parser gives it) that the
 * coder's rules share: voice, subjects and complements, prepositions, negation, person and number, quotation.
 * Static and stateless.
 */
final class Syntax {
    private Syntax() {
    }

    /** Prepositions that introduce a recipient. */
    /** Prepositions of a time adjunct: "durante los gobiernos de Bush y Obama" is when, not whom. */
    static final Set<String> TIME_CASES = Set.of("durante", "tras", "antes", "después", "mientras");
    static final Set<String> TARGET_CASES = Set.of("a", "al", "con", "contra", "hacia", "ante", "sobre",
            "para", "entre", "frente");

    /** Whether a clause under a noun states its act ("la orden de expulsar…", "la decisión de que abandone…"). */
    static boolean actClause(Sentence s, Token c) {
        // A complement clause, not a relative one ("un viaje a Texas donde debía reunirse con Bush").
        boolean infinitive = c.isInfinitive() && !s.children(c, t -> t.lower().equals("de")
                && t.deprel().equals("mark")).isEmpty();
        return c.upos().equals("VERB") && c.deprel().equals("acl") && (infinitive
                || !s.children(c, t -> t.lower().equals("que") && t.deprel().equals("mark")).isEmpty());
    }

    /** A token's first dependent with the relation {@code rel}, or null. */
    static Token firstChild(Sentence s, Token head, String rel) {
        for (Token t : s.children(head)) {
            if (t.deprel().equals(rel)) {
                return t;
            }
        }
        return null;
    }

    /** Forms of "ser" that make a participle passive ("fue secuestrada"); the tagger often lemmatises "fue" as "ir". */
    static final Set<String> SER = union(org.dyad.nlp.es.SpanishLexicon.SER_FORMS, Set.of("ser"));

    /**
     * Whether a phrase is marked by "a manos de": as one preposition ("a" with "manos de" fixed to it), or as
     * "manos" itself with a "de" complement.
     */
    static boolean atTheHandsOf(Sentence s, Token phrase) {
        if (phrase.lower().equals("manos") && hasCase(s, phrase, "a")) {
            return !s.children(phrase, t -> t.deprel().equals("nmod") && hasCase(s, t, "de")).isEmpty();
        }
        return s.children(phrase, t -> t.deprel().equals("case") && t.lower().equals("a")).stream()
                .anyMatch(a -> s.children(a, t -> t.deprel().equals("fixed") && t.lower().equals("manos"))
                        .size() == 1);
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** Whether a verb is passive: by its syntax, or a verb of dying at someone's hands (word class "deaths"). */
    static boolean passive(PredicateDictionary words, Sentence s, Token v) {
        if (firstChild(s, v, "nsubj:pass") != null || firstChild(s, v, "aux:pass") != null) {
            return true;
        }
        if (words.is(WordClass.DEATHS, v.lemma()) && !s.children(v, t -> atTheHandsOf(s, t)).isEmpty()) {
            // "murieron a manos del ejército": to die at someone's hands is to be killed by them.
            return true;
        }
        if (!v.isParticiple()) {
            return false;
        }
        List<Token> auxiliaries = s.children(v, t -> t.deprel().startsWith("aux") || t.deprel().equals("cop"));
        for (Token c : auxiliaries) {
            if (SER.contains(c.lower())) {
                return true;
            }
        }
        // A participle with a subject and no auxiliary is said of what suffered the act: "los niños agredidos"
        // (which the parser may make a clause), "firmado el acuerdo".
        return auxiliaries.isEmpty() && firstChild(s, v, "nsubj") != null;
    }

    /**
     * A participle the parser read as an adjective under "ser" ("fue secuestrado por las FARC"): a passive verb
     * all the same.
     */
    static boolean predicativeParticiple(Sentence s, Token v) {
        if (!v.upos().equals("ADJ") || !v.isParticiple()) {
            return false;
        }
        return !s.children(v, t -> (t.deprel().equals("cop") || t.deprel().startsWith("aux"))
                && SER.contains(t.lower())).isEmpty();
    }

    /** Whether a subject stands where an object would: a common noun after an active verb with no object. */
    static boolean mayBeObject(PredicateDictionary words, Sentence s, Token v, Token subj) {
        return subj.deprel().equals("nsubj") && subj.index() > v.index() && subj.upos().equals("NOUN")
                && !passive(words, s, v) && s.children(v, t -> t.deprel().equals("obj")).isEmpty();
    }

    /** A passive with a patient and no agent ("una persona fue secuestrada en Antioquia"). */
    static boolean agentlessPassive(PredicateDictionary words, Sentence s, Token v) {
        if (!passive(words, s, v)) {
            return false;
        }
        Token patient = passiveSubject(s, v);
        return patient != null && (patient.upos().equals("NOUN") || patient.upos().equals("PROPN"));
    }

    /** The patient of a passive: its (passive) subject. */
    static Token passiveSubject(Sentence s, Token v) {
        Token t = firstChild(s, v, "nsubj:pass");
        return t != null ? t : firstChild(s, v, "nsubj");
    }

    /** The nearest verb above a token, or null. */
    static Token governingVerb(Sentence s, Token t) {
        Token v = s.parent(t);
        while (v != null && !v.isVerb()) {
            v = s.parent(v);
        }
        return v;
    }

    /** A clause's subject, or the noun its relative pronoun stands for ("el informe, que provocó…"). */
    static Token subjectOrAntecedent(Sentence s, ActorFinder.Mentions m, Token clause) {
        Token subj = subject(s, m, clause);
        Token antecedent = subj == null ? null : antecedent(s, clause, subj);
        return antecedent != null ? antecedent : subj;
    }

    /**
     * The noun a relative pronoun of a relative clause stands for: the word the clause hangs on ("el informe, que
     * provocó…", "al gobierno, al que acusó…"); null when {@code word} is no relative pronoun of such a clause.
     */
    static Token antecedent(Sentence s, Token clause, Token word) {
        return Token.RELATIVE_WORDS.contains(word.lower()) && clause.deprel().startsWith("acl") ? s.parent(clause)
                : null;
    }

    /** A verb in the third person plural ("protestan", "marcharon"), by its AnCora tag (VMIP3P0). */
    static boolean thirdPlural(Token v) {
        String morph = v.morph();
        return morph.length() > 5 && morph.charAt(0) == 'V' && morph.charAt(4) == '3' && morph.charAt(5) == 'P';
    }

    /** Quotation marks. */
    static final Set<String> QUOTES = Set.of("\"", "“", "”", "«", "»");

    /** Whether one of the two tokens stands inside a quotation and the other outside it. */
    static boolean quotedApart(Sentence s, Token a, Token b) {
        return quoted(s, a) != quoted(s, b);
    }

    /** Whether a token stands inside quotation marks: an odd number of quote marks before it in the sentence. */
    static boolean quoted(Sentence s, Token t) {
        int marks = 0;
        for (int k = 0; k < t.index(); k++) {
            if (QUOTES.contains(s.token(k).word())) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /** A verb in the first person, itself or by its auxiliary ("hemos decidido"), by its AnCora tag. */
    static boolean firstPerson(Sentence s, Token v) {
        if (v.morph().length() > 4 && v.morph().charAt(0) == 'V' && v.morph().charAt(4) == '1') {
            return true;
        }
        for (Token aux : s.children(v, t -> t.deprel().startsWith("aux"))) {
            if (aux.morph().length() > 4 && aux.morph().charAt(4) == '1') {
                return true;
            }
        }
        return false;
    }

    /** Whether a nominal or clause is introduced by the preposition or conjunction {@code prep}. */
    static boolean hasCase(Sentence s, Token nominal, String prep) {
        for (Token c : s.children(nominal)) {
            if ((c.deprel().equals("case") || c.deprel().equals("mark")) && c.lower().equals(prep)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a nominal is introduced by a preposition of recipients ("a", "contra", "con"…). */
    static boolean hasTargetCase(Sentence s, Token nominal) {
        if (hasCase(s, nominal, "junto")) {
            return false; // "junto con Alemania" is a co-agent, never the recipient
        }
        for (Token c : s.children(nominal)) {
            if (c.deprel().equals("case") || c.deprel().equals("fixed")) {
                String w = c.lower();
                if (TARGET_CASES.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A complement that says what a talk is about: "sobre", "acerca de", "de". */
    static boolean topic(Sentence s, Token t) {
        return hasCase(s, t, "sobre") || hasCase(s, t, "acerca") || hasCase(s, t, "de") || hasCase(s, t, "del");
    }

    /**
     * The dependents of a verb, with the complements the parser hung elsewhere: on its gerund although they stand
     * before it ("expulsó del país al agregado militar acusándolo de espionaje": a gerund's own complements follow
     * it, bar its clitics), or, for an infinitive, on the verb governing it.
     */
    static List<Token> complements(Sentence s, Token v) {
        List<Token> out = new ArrayList<>(s.children(v));
        Token parent = s.parent(v);
        if (v.isInfinitive() && v.deprel().equals("xcomp") && parent != null
                && s.children(v, t -> t.deprel().equals("obj")).isEmpty()) {
            // "decidió cerrar temporalmente … sus fronteras con Georgia": an object after the infinitive, which
            // the parser hung on the verb governing it, is the infinitive's.
            out.addAll(s.children(parent, t -> t.deprel().equals("obj") && t.index() > v.index()));
        }
        for (Token g : s.children(v, t -> t.deprel().equals("advcl") && t.isGerund() && t.index() > v.index())) {
            out.addAll(s.children(g, t -> t.index() > v.index() && t.index() < g.index()
                    && (t.deprel().equals("obj") || t.deprel().startsWith("obl"))));
        }
        return out;
    }

    /**
     * A verb's subject, past a dateline the parser read as one ("SANTIAGO, 10 oct (AFP) - La policía golpeó…" has
     * two "subjects"; the place is not the story's).
     */
    static Token subject(Sentence s, ActorFinder.Mentions m, Token v) {
        for (Token c : s.children(v, t -> t.deprel().equals("nsubj"))) {
            if (c.index() >= m.start()) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether a nominal is the sentence's first word after any dateline ("Paramilitares de las AUC , ejecutaron
     * … , ANTIOQUIA": the parser made the closing place the root and hung the verb on the opening phrase).
     */
    static boolean opensSentence(Sentence s, ActorFinder.Mentions m, Token t) {
        int first = m.start();
        while (first < s.size() && s.token(first).upos().equals("PUNCT")) {
            first++;
        }
        return t.index() == first;
    }

    /** Whether a relative ("su esposa", "sus hijos") agreeing with an object pronoun precedes it in the sentence. */
    static boolean relativeBefore(Sentence s, Token pronoun) {
        String p = pronoun.lower();
        char gender = p.startsWith("la") ? 'F' : p.startsWith("lo") ? 'M' : 0;
        char number = p.endsWith("s") ? 'P' : 'S';
        for (Token t : s.tokens()) {
            if (t.index() >= pronoun.index()) {
                break;
            }
            String morph = t.morph();
            if (ActorFinder.kin(t) && morph.length() > 3 && morph.charAt(3) == number
                    && (gender == 0 || morph.charAt(2) == gender || morph.charAt(2) == 'C')) {
                return true;
            }
        }
        return false;
    }

    /** A "de" complement of the verb or of its object pronoun: what someone is charged with. */
    static boolean charged(Sentence s, Token v, Token pronoun) {
        for (Token host : List.of(v, pronoun)) {
            for (Token c : s.children(host, t -> t.index() > pronoun.index())) {
                if (hasCase(s, c, "de") || !s.children(c, t -> t.deprel().equals("mark")
                        && t.lower().equals("de")).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    static final Set<String> NEGATIONS = Set.of("no", "nunca", "jamás");

    /** Whether a verb is negated by an adverb of its own ("no aceptó", "nunca reconoció"). */
    static boolean negated(Sentence s, Token v) {
        return !s.children(v, t -> t.deprel().equals("advmod") && NEGATIONS.contains(t.lower())).isEmpty();
    }

    /** "a favor de López Obrador", "en favor de los presos": whom an act favours. */
    static boolean inFavour(Sentence s, Token t) {
        return afterLocution(s, t, "favor");
    }

    /** "a nombre del gobierno", "en nombre de su país": on whose behalf one acts, who is no recipient. */
    static boolean onBehalf(Sentence s, Token t) {
        return afterLocution(s, t, "nombre");
    }

    /**
     * Whether a nominal is the {@code noun} of a locution "a/en noun de" ("a favor de", "en nombre de") or, where the
     * parser makes the locution one preposition, is introduced by it.
     */
    private static boolean afterLocution(Sentence s, Token t, String noun) {
        if (t.lemma().equals(noun) && (hasCase(s, t, "a") || hasCase(s, t, "en"))) {
            return true;
        }
        return s.children(t, c -> c.deprel().equals("case") && (c.lower().equals("a") || c.lower().equals("en")))
                .stream().anyMatch(c -> !s.children(c, x -> x.deprel().equals("fixed") && x.lemma().equals(noun))
                        .isEmpty());
    }
}
