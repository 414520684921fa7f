package org.dyad.coding;

import static org.dyad.coding.Codes.ARREST;
import static org.dyad.coding.Codes.CRITICISM;
import static org.dyad.coding.Codes.FORCE;
import static org.dyad.coding.Codes.REDUCE_RELATIONS;
import static org.dyad.coding.Syntax.QUOTES;
import static org.dyad.nlp.Token.RELATIVE_WORDS;
import static org.dyad.coding.Syntax.actClause;
import static org.dyad.coding.Syntax.complements;
import static org.dyad.coding.Syntax.firstChild;
import static org.dyad.coding.Syntax.hasCase;
import static org.dyad.coding.Syntax.passive;
import static org.dyad.coding.Syntax.quoted;
import static org.dyad.coding.Syntax.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dyad.actor.Actor;
import org.dyad.actor.ActorFinder;
import org.dyad.actor.Discourse;
import org.dyad.cameo.CameoCode;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Which dictionary entry a verb or an event noun takes in its clause: the entries whose object or complement
 * constraints the clause meets, less the readings the clause rules out (a figure of speech, a thing where a person
 * is meant, a name, an idiom, a war on a social ill), with the undoing, intent and threat of an act coded as
 * CAMEO codes them. Stateless and thread-safe.
 */
final class PredicateChooser {
    /** The object constraint of a verb used without object or complement ("miles manifestaron en Madrid"). */
    private static final String INTRANSITIVE = "!";
    /** Object constraint: any direct object, but one ("desaparecieron a un joven", not "el partido desaparecerá"). */
    private static final String TRANSITIVE = "+";
    /** Object constraint: someone and nothing asked of them ("llamó al presidente", not "llamó a X a votar"). */
    private static final String ONLY_SOMEONE = "=";
    /** Hosting a visit (043): one hosts people, but receives things ("recibió una carta"). */
    private static final String HOST = "043";
    /** Intents, meetings, negotiation and agreements (CAMEO 03-06): the ends of a diplomatic "offensive". */
    private static final Set<String> DIPLOMACY = Set.of("03", "04", "05", "06");
    /** Roots of war, whose nouns have figurative uses ("guerra comercial"); a "political" killing is a killing. */
    private static final Set<String> WARFARE = Set.of("19", "20");
    /** Word classes of people. */
    private static final List<WordClass> PEOPLE = List.of(WordClass.PEOPLE, WordClass.PRISONERS);
    /** Determiners that make an object specific: a specific person as object takes the personal "a". */
    private static final Set<String> SPECIFIC = Set.of("el", "este", "ese", "aquel", "su", "mi", "nuestro", "tu");
    /** Codes of actors that are no international body though not states (CAMEO's NGO and MNC). */
    private static final Set<String> NON_GOVERNMENTAL = Set.of("NGO", "MNC");
    /** Word classes of things, which neither march nor strike nor are arrested. */
    static final List<WordClass> THINGS = List.of(WordClass.VEHICLES, WordClass.BUILDINGS, WordClass.WEAPONS,
            WordClass.WAYS, WordClass.VOTES);
    private static final String INVITATION = "invitación";
    private static final Set<String> CONTROLLED = Set.of("xcomp", "advcl", "ccomp");

    private final PredicateDictionary predicates;
    private final ActorFinder actors;

    PredicateChooser(PredicateDictionary predicates, ActorFinder actors) {
        this.predicates = predicates;
        this.actors = actors;
    }

    /**
     * A verb's entry: its predicate, the event noun a light verb carries ("lanzar un ataque"), the rules that chose
     * it, and the object the entry names, if it names one.
     */
    record Choice(Predicate predicate, Token noun, List<String> via, Token object) {
        Choice(Predicate predicate, Token noun, List<String> via) {
            this(predicate, noun, via, null);
        }
    }

    /** The dictionary entry a verb takes in its clause, or null. */
    Choice choose(Sentence s, Token v) {
        boolean pronominal = !s.children(v, t -> t.lower().equals("se")
                && (t.deprel().startsWith("expl") || t.deprel().equals("obj") || t.deprel().equals("iobj"))).isEmpty();
        if (pronominal && predicates.is(WordClass.NAMING, v.lemma())
                && s.children(v, t -> hasCase(s, t, "a") || hasCase(s, t, "al")).isEmpty()) {
            // "la empresa se llama APIVER": a name given, no act.
            return null;
        }
        List<Predicate> entries = new ArrayList<>();
        if (pronominal) {
            entries.addAll(predicates.verb(v.lemma() + "se"));
        }
        entries.addAll(predicates.verb(v.lemma()));
        if (entries.isEmpty() && predicates.is(WordClass.DEATHS, v.lemma()) && passive(predicates, s, v)) {
            // "una persona fue muerta por hombres armados": "ser muerto" is the passive of "matar", and so is dying
            // at someone's hands ("murieron a manos del ejército").
            entries.addAll(predicates.verb("matar"));
        }
        ruleOut(s, v, entries);
        if (!s.children(v, t -> t.deprel().equals("obj") && (thingClass(s, t)
                || !hasCase(s, t, "a") && !hasCase(s, t, "al") && thing(s, t))).isEmpty()) {
            // "Trump capturó 232 votos electorales", "intentaban detener los vehículos": one arrests people, whom
            // Spanish marks with the personal "a"; an unmarked object that names no one is a thing, and so is a
            // vehicle with the "a" ("detuvieron a 11 barcos pesqueros").
            entries.removeIf(p -> p.code().value().startsWith(ARREST));
        }
        if (entries.stream().anyMatch(p -> p.code().value().equals(HOST)) && !s.children(v, t -> t.deprel()
                .equals("obj") && t.upos().equals("NOUN") && !hasCase(s, t, "a") && !hasCase(s, t, "al")
                && !person(t) && nounEntries(s, t).isEmpty()).isEmpty()) {
            // "recibió una carta de felicitación": one hosts people, whom Spanish marks with the personal "a"; a
            // letter or a call is received (but "recibió la visita de…" is hosting).
            entries.removeIf(p -> p.code().value().equals(HOST));
        }
        if (predicates.is(WordClass.PERSON_VERBS, v.lemma()) && !passive(predicates, s, v)
                && s.subtree(v).stream().noneMatch(t -> t.deprel().equals("case")
                && (t.lower().equals("a") || t.lower().equals("al")))
                && !s.children(v, t -> t.deprel().equals("obj") && t.upos().equals("NOUN") && !person(t)).isEmpty()) {
            // "se dispone a ejecutar un plan": one executes people, whom Spanish marks with the personal "a"; a
            // plan or an order is carried out (but "ejecutaron de varios impactos a una persona" has its "a").
            entries.removeIf(p -> FORCE.contains(p.code().root()));
        }
        if (predicates.is(WordClass.STRUGGLES, v.lemma())
                && s.children(v, t -> t.deprel().equals("obj") && !hasCase(s, t, "en")
                && !hasCase(s, t, "por") || t.deprel().startsWith("obl") && (hasCase(s, t, "contra")
                || hasCase(s, t, "con"))).isEmpty()
                && s.children(v, t -> true).stream().anyMatch(t -> hasCase(s, t, "por")
                || !s.children(t, x -> x.deprel().equals("nmod") && hasCase(s, x, "por")).isEmpty()
                || cooperativePurpose(s, t))) {
            // "luchar por la paz", "combatir por sus derechos", "luchó para devolver la libertad": striving for a
            // cause, with no adversary (not "lucharon para derrocar al gobierno"). (The parser hangs the cause on an
            // adverbial phrase as often: "luchar en conjunto por la paz", and may take it for an object.)
            entries.removeIf(p -> FORCE.contains(p.code().root()));
        }
        // Every noun that may be the object: "pidió a Estados Unidos la extradición" has two objects, and
        // the parser often reads a post-verbal object as the subject.
        List<Token> objects = new ArrayList<>();
        for (Token c : complements(s, v)) {
            String rel = c.deprel();
            if (rel.equals("obj") || rel.equals("nsubj:pass")
                    || (rel.equals("nsubj") && c.index() > v.index() && c.upos().equals("NOUN"))) {
                objects.addAll(ActorFinder.coordinated(s, c));
                if (predicates.is(WordClass.PHASES, c.lemma()) || predicates.is(WordClass.PARTS, c.lemma())) {
                    // "organizó este principio de diálogo": the phase's "de" complement is the act; "cerraron un
                    // tramo de la avenida": what a part is of is acted on too.
                    objects.addAll(s.children(c, t -> t.deprel().equals("nmod") && t.upos().equals("NOUN")
                            && hasCase(s, t, "de")));
                }
            }
            if (rel.equals("obj") || rel.equals("iobj")) {
                // "exigió a Venezuela elecciones": the parser may hang the thing asked for on the recipient.
                objects.addAll(s.children(c, t -> t.deprel().equals("appos") && t.upos().equals("NOUN")));
            }
        }
        boolean passiveClause = passive(predicates, s, v);
        if (v.deprel().startsWith("acl") && !s.children(v, t -> RELATIVE_WORDS.contains(t.lower())
                && (t.deprel().equals("obj") || t.deprel().equals("nsubj:pass")
                || (passiveClause && t.deprel().equals("nsubj")))).isEmpty()) {
            // "un encuentro … que será facilitado por Turquía", "el acuerdo que firmaron": the relative pronoun
            // stands for the noun the clause modifies (or, hung one noun too low, the noun above it).
            Token antecedent = s.parent(v);
            for (int up = 0; up < 2 && antecedent != null && antecedent.upos().equals("NOUN"); up++) {
                objects.add(antecedent);
                antecedent = s.parent(antecedent);
            }
        }
        Token obj = null;
        for (Token o : objects) {
            if (o.upos().equals("NOUN")) {
                obj = o;
                break;
            }
        }
        if (obj == null && predicates.isLightVerb(v.lemma())) {
            // "llegaron a un acuerdo", "convocó a una huelga": a light verb may take its event noun with "a".
            for (Token c : complements(s, v)) {
                if (obj == null && c.deprel().startsWith("obl") && c.upos().equals("NOUN")
                        && (hasCase(s, c, "a") || hasCase(s, c, "al")) && !nounEntries(s, c).isEmpty()) {
                    obj = c;
                }
            }
        }
        // After the objects, a noun complement with "con" or "a" may meet an entry's object constraint:
        // "amenazó con una huelga", "puso fin a la huelga", "condenado a veinte años de prisión".
        for (Token c : complements(s, v)) {
            if (c.deprel().startsWith("obl") && !c.deprel().equals("obl:agent") && c.upos().equals("NOUN")
                    && (hasCase(s, c, "con") || hasCase(s, c, "a") || hasCase(s, c, "al"))) {
                objects.addAll(ActorFinder.coordinated(s, c));
            }
        }
        // "se manifestó a favor de Bolivia": the parser makes "a favor de" one preposition; its noun may meet an
        // entry's constraint.
        for (Token c : complements(s, v)) {
            for (Token cs : s.children(c, t -> t.deprel().equals("case"))) {
                objects.addAll(s.children(cs, t -> t.deprel().equals("fixed") && t.upos().equals("NOUN")));
            }
        }
        // A name given with "de", without article, is a predicate of the object, and may meet an entry's
        // constraint too: "tildó de dictador al presidente", "calificó al presidente de Colombia de traidor" (where
        // the parser hangs the name on the object's own "de" complement); not "la acción de los terroristas".
        for (Token c : complements(s, v)) {
            List<Token> named = c.deprel().equals("obj") || c.deprel().equals("iobj")
                    || c.deprel().startsWith("obl") && hasCase(s, c, "a") ? s.subtree(c) : List.of(c);
            for (Token n : named) {
                if ((n.deprel().startsWith("obl") || n.deprel().equals("nmod")) && hasCase(s, n, "de")
                        && firstChild(s, n, "det") == null && predicates.is(WordClass.INSULTS, n.lemma())) {
                    objects.add(n);
                }
            }
        }
        Token invitation = objects.isEmpty() && v.deprel().equals("conj") ? invitation(s, s.parent(v)) : null;
        if (invitation != null) {
            // "Kim invitó a Putin a visitar el país y Putin aceptó": what is accepted is the invitation.
            for (Predicate p : entries) {
                if (INVITATION.equals(p.object())) {
                    return new Choice(p, null, List.of("verb '" + v.word() + "' answering the invitation of '"
                            + invitation.word() + "' " + p.origin()));
                }
            }
        }
        if (entries.stream().anyMatch(p -> FORCE.contains(p.code().root()))) {
            // "bombardear a Putin con acusaciones", "atacó al gobierno con críticas": force with words is a figure
            // of speech; the act is the words'.
            for (Token c : s.children(v, t -> t.deprel().startsWith("obl") && hasCase(s, t, "con")
                    && t.upos().equals("NOUN"))) {
                List<Predicate> words = nounEntries(s, c);
                if (!words.isEmpty() && !FORCE.contains(words.get(0).code().root())) {
                    return new Choice(words.get(0), c, List.of("verb of force '" + v.word() + "' with '" + c.word()
                            + "': a figure of speech " + words.get(0).origin()));
                }
            }
            // "atacó a Alemania en una entrevista", "arremetió en Twitter contra sus críticos": force where one
            // speaks or writes is criticism.
            for (Token c : s.children(v, t -> t.deprel().startsWith("obl") && hasCase(s, t, "en")
                    && predicates.is(WordClass.SPEECH_VENUES, t.lemma().toLowerCase(java.util.Locale.ROOT)))) {
                return new Choice(ruleEntry(v, CRITICISM), null,
                        List.of("verb of force '" + v.word() + "' in '" + c.word() + "': a figure of speech -> "
                                + CRITICISM.value()));
            }
        }
        // A compound event noun is more specific than the verb's entry for its head: "iniciaron una huelga de
        // hambre" is a hunger strike (142) before it is a strike begun (143).
        if (obj != null && predicates.isLightVerb(v.lemma())) {
            List<Predicate> specific = specificNounEntries(s, obj);
            if (!specific.isEmpty()) {
                Predicate p = specific.get(0);
                return new Choice(p, obj, List.of("light verb '" + v.word() + "' + event noun phrase '" + obj.word()
                        + "…' " + p.origin()));
            }
        }
        for (Predicate p : entries) {
            if (p.object() == null || p.object().startsWith("@") || p.object().equals(INTRANSITIVE)
                    || p.object().equals(TRANSITIVE) || p.object().equals(ONLY_SOMEONE)) {
                continue;
            }
            for (Token o : objects) {
                if (predicates.satisfies(p.object(), o.lemma()) && !threatByOtherMeans(s, p, o) && !notAnEvent(s, o)) {
                    // "emprendió una ofensiva diplomática", "libran una guerra comercial": no force, no event.
                    return warByOtherMeans(s, p, o) ? null : new Choice(p, null, List.of("verb '" + v.word()
                            + "' + object '" + o.word() + "' " + p.origin()), o);
                }
            }
        }
        for (Predicate p : entries) {
            if (p.object() == null || !p.object().startsWith("@")) {
                continue;
            }
            for (Token o : objects) {
                if (meets(s, p.object(), o) && !threatByOtherMeans(s, p, o) && !notAnEvent(s, o)) {
                    return warByOtherMeans(s, p, o) ? null : new Choice(p, null, List.of("verb '" + v.word()
                            + "' + object '" + o.word() + "' " + p.origin()), o);
                }
            }
        }
        if (obj != null && obj.upos().equals("NOUN") && predicates.isLightVerb(v.lemma())) {
            List<Predicate> nounEntries = nounEntries(s, obj);
            if (!nounEntries.isEmpty()) {
                Predicate p = nounEntries.get(0);
                return new Choice(p, obj, List.of("light verb '" + v.word() + "' + event noun '" + obj.word() + "' "
                        + p.origin()));
            }
        }
        // '"Hablé con un jugador…", manifestó tras un acto': a quotation before the verb is what it says.
        boolean quoted = s.tokens().stream().anyMatch(t -> t.index() < v.index() && QUOTES.contains(t.word()));
        boolean intransitive = objects.isEmpty() && !quoted && s.children(v, t -> t.deprel().equals("ccomp")
                || t.deprel().equals("xcomp") || t.deprel().equals("iobj") || t.deprel().equals("parataxis"))
                .isEmpty() && !v.deprel().equals("parataxis");
        for (Predicate p : entries) {
            if (intransitive && INTRANSITIVE.equals(p.object())) {
                return new Choice(p, null, List.of("intransitive verb '" + v.word() + "' " + p.origin()));
            }
        }
        if (onlySomeone(s, v, objects)) {
            for (Predicate p : entries) {
                if (ONLY_SOMEONE.equals(p.object())) {
                    return new Choice(p, null, List.of("verb '" + v.word() + "' with someone and nothing asked of "
                            + "them " + p.origin()));
                }
            }
        }
        // A passive's subject is its object: "fue desaparecido por paramilitares". A preposition other than the
        // personal "a" marks an oblique the parser took for an object ("desapareció de la escena pública"). The
        // reflexive "se" is no object of another: "el gobierno se ocupa de los desempleados" occupies nothing.
        boolean directObject = !s.children(v, t -> t.deprel().equals("obj") && !t.lower().equals("se")
                && s.children(t, c -> c.deprel().equals("case") && !c.lower().equals("a") && !c.lower().equals("al"))
                .isEmpty()).isEmpty() || passive(predicates, s, v);
        for (Predicate p : entries) {
            if (p.object() == null || directObject && TRANSITIVE.equals(p.object())) {
                return new Choice(p, null, List.of("verb '" + v.word() + "' " + p.origin()));
            }
        }
        return null;
    }

    /**
     * The undoing of an act: its entry and, where a verb states the undone act, that verb, the act's root and object,
     * and the international body it left, if it left one.
     */
    record Undoing(Choice choice, Token act, String root, Token object, Actor left) {
    }

    /** Whether a verb has a cooperative sense (roots 01 to 09) and none of force ("devolver", not "derrocar"). */
    private boolean cooperative(Sentence s, Token v) {
        // Entries for an object the verb does not have are not its readings ("retomar el control" is not
        // "retomar el trabajo").
        List<Token> objects = s.children(v, t -> t.deprel().equals("obj"));
        List<Predicate> entries = predicates.verb(v.lemma()).stream().filter(p -> p.object() == null
                || p.object().equals(INTRANSITIVE) || p.object().equals(TRANSITIVE) || p.object().equals(ONLY_SOMEONE)
                || objects.stream().anyMatch(o -> meets(s, p.object(), o))).toList();
        return entries.stream().anyMatch(p -> p.code().root().compareTo("09") <= 0)
                && entries.stream().noneMatch(p -> FORCE.contains(p.code().root()));
    }

    /**
     * "revocó las sanciones contra Cuba", "revirtió la decisión de abandonar la OMS", "anuló la orden de expulsar a
     * los diplomáticos rusos": a verb of undoing (class "undoing") whose object is an act, or names one in an
     * infinitive, codes the act's undoing (undo-codes.tsv), toward the act's recipients; or null.
     */
    Undoing undoing(Sentence s, ActorFinder.Mentions m, Token v, Discourse d) {
        if (!predicates.is(WordClass.UNDOING, v.lemma())) {
            return null;
        }
        for (Token o : s.children(v, t -> t.upos().equals("NOUN") && (t.deprel().equals("obj")
                || t.deprel().equals("nsubj:pass") || t.deprel().startsWith("obl") && hasCase(s, t, "con")))) {
            List<Predicate> own = nounEntries(s, o);
            CameoCode undo = own.isEmpty() ? null : predicates.undoCode(own.get(0).code());
            if (undo != null) {
                return new Undoing(new Choice(ruleEntry(v, undo), null, List.of("verb of undoing '" + v.word()
                        + "' + act '" + o.word() + "' (" + own.get(0).code().value() + ") -> " + undo.value()
                        + " (undo-codes.tsv)"), o), null, null, null, null);
            }
            for (Token c : s.children(o, t -> actClause(s, t))) {
                Choice inner = choose(s, c);
                Actor left = leftOrganisation(s, m, c, d);
                CameoCode act = left != null ? REDUCE_RELATIONS : inner == null ? null : inner.predicate().code();
                undo = act == null ? null : predicates.undoCode(act);
                if (undo != null) {
                    return new Undoing(new Choice(ruleEntry(v, undo), null, List.of("verb of undoing '" + v.word()
                            + "' + '" + o.word() + "' naming the act '" + c.word() + "' (" + act.value() + ") -> "
                            + undo.value() + " (undo-codes.tsv)"), o), c, act.root(),
                            inner == null ? null : inner.object(), left);
                }
            }
        }
        return null;
    }

    /**
     * Whether a verb is the act named by the object of a verb of undoing and so no act of that verb's subject
     * ("revirtió la decisión de abandonar la OMS": Biden does not leave the WHO).
     */
    boolean undone(Sentence s, Token v) {
        if (!actClause(s, v) || !v.isInfinitive() || !s.children(v, t -> t.deprel().startsWith("nsubj")).isEmpty()) {
            return false;
        }
        Token noun = s.parent(v);
        Token undoer = noun == null || !noun.deprel().equals("obj") && !noun.deprel().startsWith("obl")
                ? null : s.parent(noun);
        return undoer != null && predicates.is(WordClass.UNDOING, undoer.lemma());
    }

    /**
     * A verb with a person or body for object and nothing asked of them: no event noun, no infinitive or clause
     * complement, no "a" complement of the verb or of its object ("llamó al presidente de Rusia", "llamó a
     * Putin para felicitarlo"; not "llamó a los países a la calma", "llamó a Rusia a negociar").
     */
    private boolean onlySomeone(Sentence s, Token v, List<Token> objects) {
        List<Token> complements = s.children(v, t -> t.deprel().equals("obj") || t.deprel().equals("iobj"));
        // (A second object is what is asked, "llamó a Siria a la calma"; so is an event or a thing, "llamaron a
        // una jornada de movilización", "llamó a una salida negociada".)
        List<Token> persons = complements.stream().filter(t -> t.upos().equals("PROPN") || t.upos().equals("PRON")
                || t.upos().equals("NOUN") && person(t) && nounEntries(s, t).isEmpty()).toList();
        if (persons.size() != 1 || complements.size() != 1
                || objects.stream().anyMatch(o -> !persons.contains(o))) {
            return false;
        }
        if (!s.children(v, t -> t.deprel().equals("xcomp") || t.deprel().equals("ccomp")
                || t.deprel().startsWith("obl") && (hasCase(s, t, "a") || hasCase(s, t, "al"))
                || t.deprel().equals("advcl") && !s.children(t, x -> x.deprel().equals("mark")
                && (x.lower().equals("a") || x.lower().equals("que"))).isEmpty()).isEmpty()) {
            return false;
        }
        return persons.stream().allMatch(o -> s.children(o, t -> (t.deprel().equals("nmod")
                || t.deprel().equals("acl")) && (hasCase(s, t, "a") || hasCase(s, t, "al")
                || !s.children(t, x -> x.deprel().equals("mark") && x.lower().equals("a")).isEmpty())).isEmpty());
    }

    /**
     * Whether an event noun only completes another noun: the complement of a compound entry ("nota de
     * protesta" is one act, a formal protest) or of a head that names a thing ("campo de concentración", see
     * the class "no-event-heads" of noun-classes.tsv).
     */
    boolean partOfName(Sentence s, Token n) {
        Token head = s.parent(n);
        if (head == null || !n.deprel().equals("nmod") || !head.upos().equals("NOUN")) {
            return false;
        }
        return !specificNounEntries(s, head).isEmpty() || predicates.is(WordClass.NO_EVENT_HEADS, head.lemma());
    }

    /** "poner en marcha", "sobre la marcha": a noun of the class "idioms-with-en" after "en" or "sobre". */
    boolean idiom(Sentence s, Token n) {
        return (hasCase(s, n, "en") || hasCase(s, n, "sobre"))
                && predicates.is(WordClass.IDIOMS_WITH_EN, n.lemma());
    }

    /**
     * Removes the readings that a complement of the verb rules out (ruled-out-readings.tsv): "combatir la
     * pandemia", "luchar contra la corrupción" are no force; "ocupar un puesto" is no occupation.
     */
    private void ruleOut(Sentence s, Token v, List<Predicate> entries) {
        for (PredicateDictionary.RuledOut r : predicates.ruledOut()) {
            boolean present = !s.children(v, t -> (r.preposition() == null ? t.deprel().equals("obj")
                    : t.deprel().startsWith("obl") && hasCase(s, t, r.preposition()))
                    && inClass(s, t, r.nounClass())).isEmpty();
            if (present) {
                entries.removeIf(p -> r.prefixes().stream().anyMatch(p.code().value()::startsWith));
            }
        }
    }

    /**
     * Whether a noun is of a class of noun-classes.tsv, itself or as what a noun of kind or instance names ("todo
     * acto de violencia", "la ola de criminalidad").
     */
    private boolean inClass(Sentence s, Token t, String nounClass) {
        if (predicates.satisfies("@" + nounClass, t.lemma())) {
            return true;
        }
        return predicates.is(WordClass.KINDS, t.lemma()) && s.children(t, c -> c.deprel().equals("nmod")
                && hasCase(s, c, "de")).stream().anyMatch(c -> predicates.satisfies("@" + nounClass, c.lemma()));
    }

    /** The entries of an event noun, the most specific first: "cooperación militar" before "cooperación". */
    List<Predicate> nounEntries(Sentence s, Token n) {
        List<Predicate> specific = specificNounEntries(s, n);
        if (!specific.isEmpty()) {
            return notAnEvent(s, n) ? List.of() : specific;
        }
        // A plural with a meaning of its own is listed as written: "dio las gracias" (not "la gracia").
        List<Predicate> asWritten = n.lower().equals(n.lemma()) ? List.of() : predicates.noun(n.lower());
        List<Predicate> entries = asWritten.isEmpty() ? predicates.noun(n.lemma()) : asWritten;
        // (The compound test runs only for a noun that has entries: this lookup is on every noun's path.)
        if (entries.isEmpty() || notAnEvent(s, n)
                || WARFARE.contains(entries.get(0).code().root()) && (figurative(s, n) || againstSocialIll(s, n))) {
            return List.of();
        }
        return entries;
    }

    /** A noun of war waged on a social ill: "la guerra contra el narcotráfico", "la batalla contra la pobreza". */
    private boolean againstSocialIll(Sentence s, Token n) {
        return !s.children(n, t -> t.deprel().equals("nmod") && hasCase(s, t, "contra")
                && inClass(s, t, WordClass.SOCIAL_ILLS.id())).isEmpty();
    }

    /**
     * Whether an entry of war meets its object noun qualified by another field ("una guerra comercial"), or waged
     * to talk or agree ("emprendió otra ofensiva para firmar el acuerdo con el FMI"; not "para poner fin a la
     * violencia").
     */
    private boolean warByOtherMeans(Sentence s, Predicate p, Token object) {
        Token verb = s.parent(object);
        return WARFARE.contains(p.code().root()) && (figurative(s, object)
                || verb != null && !s.children(verb, t -> cooperativePurpose(s, t) && diplomatic(s, t)).isEmpty());
    }

    /** Whether a verb's act is a statement of intent, a meeting, a negotiation or an agreement (roots 03-06). */
    private boolean diplomatic(Sentence s, Token v) {
        Choice c = choose(s, v);
        return c != null && DIPLOMACY.contains(c.predicate().code().root());
    }

    /**
     * Whether an entry threatening military force (138) meets its object qualified by another field ("amenazó con
     * represalias comerciales"): a threat all the same, but the verb's general entry codes it.
     */
    private boolean threatByOtherMeans(Sentence s, Predicate p, Token object) {
        return p.code().threatensForce() && figurative(s, object);
    }

    /** Whether a clause is an infinitive of purpose ("para …") whose verb is cooperative ("para firmar"). */
    private boolean cooperativePurpose(Sentence s, Token t) {
        return t.isInfinitive() && cooperative(s, t)
                && !s.children(t, x -> x.deprel().equals("mark") && x.lower().equals("para")).isEmpty();
    }

    /** An entry made by a rule of the coder rather than read from the dictionary, for a verb. */
    static Predicate ruleEntry(Token v, CameoCode code) {
        return new Predicate(v.lemma(), null, code, false, "", "", "rule");
    }

    /**
     * "una ofensiva diplomática", "la guerra comercial", "una batalla judicial": a noun qualified by a field other
     * than arms (class "figurative-domains"), which makes force by other means no force.
     */
    private boolean figurative(Sentence s, Token n) {
        return !s.children(n, t -> t.deprel().equals("amod") && (predicates.is(WordClass.FIGURATIVE_DOMAINS, t.lemma())
                || predicates.is(WordClass.FIGURATIVE_DOMAINS, t.lower()))).isEmpty();
    }

    /**
     * Whether an event noun is part of a compound that names no act (class "not-events": "marcha atrás", "paro
     * cardíaco", "ataque de pánico"), or the object of a verb that makes an idiom with it ("rendir protesta"). Such a
     * noun meets no verb entry's object constraint either ("decretó la alerta sanitaria" is no police alert).
     */
    private boolean notAnEvent(Sentence s, Token n) {
        Token verb = s.parent(n);
        if (verb != null && verb.isVerb() && n.deprel().equals("obj")
                && predicates.is(WordClass.NOT_EVENTS, verb.lemma() + " " + n.lemma())) {
            // "rindió protesta como presidente", "tomó protesta a sus candidatos": (in Mexico) took an oath.
            return true;
        }
        for (Token c : s.children(n, t -> t.deprel().equals("amod") || t.deprel().equals("advmod")
                || t.deprel().equals("nmod"))) {
            Token cs = firstChild(s, c, "case");
            String prep = c.deprel().equals("nmod") && cs != null ? cs.lower() + " " : "";
            if (predicates.is(WordClass.NOT_EVENTS, n.lemma() + " " + prep + c.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Entries for the noun with a modifier ("conversación telefónica", "envío de armas"), or an empty list. */
    private List<Predicate> specificNounEntries(Sentence s, Token n) {
        for (String key : compoundKeys(s, n)) {
            List<Predicate> found = predicates.noun(key);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * The ways the dictionaries write a noun with one of its modifiers, in the order of its modifiers: "corte de
     * ruta" for "el corte de la ruta", "ayuda humanitaria".
     */
    private static List<String> compoundKeys(Sentence s, Token n) {
        List<String> keys = new ArrayList<>();
        for (Token c : s.children(n)) {
            if (c.deprel().equals("amod")) {
                keys.add(n.lemma() + " " + c.lemma());
                keys.add(n.lemma() + " " + c.lower());
            } else if (c.deprel().equals("nmod") || c.deprel().equals("compound")) {
                Token cs = firstChild(s, c, "case");
                String prep = cs == null ? "" : cs.lower() + " ";
                keys.add(n.lemma() + " " + prep + c.lemma());
                keys.add(n.lemma() + " " + prep + c.lower());
            }
        }
        return keys;
    }

    /**
     * Whether an object meets an entry's object constraint (a noun or a class) by its head ("levantaron la huelga")
     * or, for a class that lists compounds, by its head with a modifier ("suspendieron el corte de ruta", not "el
     * corte de luz").
     */
    private boolean meets(Sentence s, String constraint, Token o) {
        return predicates.satisfies(constraint, o.lemma())
                || compoundKeys(s, o).stream().anyMatch(k -> predicates.satisfies(constraint, k));
    }

    /** Whether a noun names people: a person noun of the classes, or an agent or group of the actor dictionary. */
    private boolean person(Token n) {
        for (WordClass c : PEOPLE) {
            if (predicates.is(c, n.lemma())) {
                return true;
            }
        }
        for (String w : List.of(n.word(), n.lemma())) {
            if (!actors.dictionary().matchesAt(k -> k == 0 ? w : null, 0).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an object without the personal "a" names things, not people: a noun of a class of things (votes,
     * vehicles, buildings, arms, roads), itself or counted ("miles de votos"), or a specific noun naming no one
     * ("detener el avance"). A bare or counted noun may be people all the same ("detuvo 15 sospechosos").
     */
    private boolean thing(Sentence s, Token t) {
        if (thingClass(s, t)) {
            return true;
        }
        Token n = t.upos().equals("NUM") ? firstChild(s, t, "nmod") : t;
        if (n == null || !n.upos().equals("NOUN")) {
            return false;
        }
        boolean specific = !s.children(n, x -> x.deprel().startsWith("det") && SPECIFIC.contains(x.lemma()))
                .isEmpty();
        return specific && !person(n);
    }

    /** Whether an object (or the noun a number counts) is in a class of things: vehicles, buildings, arms, roads. */
    private boolean thingClass(Sentence s, Token t) {
        Token n = t.upos().equals("NUM") ? firstChild(s, t, "nmod") : t;
        return n != null && n.upos().equals("NOUN")
                && THINGS.stream().anyMatch(c -> predicates.is(c, n.lemma()));
    }

    /** Whether an actor is an international body: an organisation code that is no state, no NGO and no company. */
    boolean internationalBody(Actor a) {
        return a.country() != null && !actors.dictionary().isCountry(a.country())
                && !NON_GOVERNMENTAL.contains(a.country());
    }

    /** The international organisation a verb of leaving leaves (its object or "de" complement), or null. */
    Actor leftOrganisation(Sentence s, ActorFinder.Mentions m, Token v, Discourse d) {
        if (!predicates.is(WordClass.LEAVING_VERBS, v.lemma())) {
            return null;
        }
        for (Token c : s.children(v, t -> t.deprel().equals("obj") || (t.deprel().startsWith("obl")
                && (hasCase(s, t, "de") || hasCase(s, t, "del"))))) {
            for (Actor a : actors.resolve(s, m, c, d, null)) {
                if (internationalBody(a)) {
                    return a;
                }
            }
        }
        return null;
    }

    /** The verb "invitar" a coordinated clause answers: the conjunct's head or the clause it completes. */
    private static Token invitation(Sentence s, Token head) {
        for (int hops = 0; hops < 2 && head != null; hops++) {
            if (head.lemma().equals("invitar")) {
                return head;
            }
            head = head.deprel().equals("xcomp") ? s.parent(head) : null;
        }
        return null;
    }

    /** Whether a verb's or noun's manner is contemptuous or harsh: an adverb, or a phrase two levels down at most. */
    boolean disparaging(Sentence s, Token v) {
        for (Token c : s.children(v, t -> t.deprel().equals("advmod") || t.deprel().startsWith("obl")
                || t.deprel().equals("nmod"))) {
            if (disparagingWord(c) || !s.children(c, t -> (t.deprel().equals("amod") || t.deprel().equals("nmod"))
                    && disparagingWord(t)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private boolean disparagingWord(Token t) {
        return predicates.is(WordClass.DISPARAGING, t.lemma()) || predicates.is(WordClass.DISPARAGING, t.lower());
    }

    /** A cooperative act stated as its actor's will: the frame verb that states it, and the intent's code. */
    record Intended(Token frame, Predicate predicate, List<String> via) {
    }

    /**
     * "quiere trabajar con el Congreso", "presiona para impulsar las asociaciones con Rusia", "prometió la entrega
     * de un bono": an act of roots 04-08 that its own actor says it wants, plans or promises to do is, in CAMEO,
     * the statement of that intent (root 03), anchored on the verb that states it (whose tense gives the
     * factuality). The act must be the frame's event noun or an infinitive without a subject of its own: "quiere
     * que Rusia coopere" asks another to act. Null when no such frame governs the act or the act has no intent
     * code.
     */
    Intended intended(Sentence s, Token verb, Token noun, Predicate p, List<String> via) {
        Token threat = s.parent(verb);
        if (verb.isInfinitive() && CONTROLLED.contains(verb.deprel())
                && firstChild(s, verb, "nsubj") == null && threat != null && threat.isVerb()
                && predicates.is(WordClass.THREATS, threat.lemma()) && predicates.threatCode(p.code()) != null) {
            // "amenazó con romper relaciones con Ucrania", "amenazó con lanzar una intervención militar": CAMEO
            // codes the threat of the act (1313, 1384), not the act.
            CameoCode code = predicates.threatCode(p.code());
            List<String> v = new ArrayList<>(via);
            v.add("'" + threat.word() + "' threatens the act: " + p.code().value() + " -> " + code.value()
                    + " (threat-codes.tsv)");
            return new Intended(threat, p.withCode(code), v);
        }
        Token frame = null;
        if (noun != null && predicates.isIntentFrame(verb.lemma())) {
            frame = verb;
        } else if (verb.isInfinitive() && CONTROLLED.contains(verb.deprel()) && firstChild(s, verb, "nsubj") == null) {
            Token parent = s.parent(verb);
            if (parent != null && parent.isVerb() && predicates.isIntentFrame(parent.lemma())) {
                frame = parent;
            }
        }
        if (frame == null || frame == verb && noun == null) {
            return null;
        }
        CameoCode intent = predicates.intentCode(p.code());
        if (intent == null) {
            return null;
        }
        List<String> v = new ArrayList<>(via);
        v.add("'" + frame.word() + "' states the will to act: " + p.code().value() + " -> " + intent.value()
                + " (intent-codes.tsv)");
        return new Intended(frame, p.withCode(intent), v);
    }
}
