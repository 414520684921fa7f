package org.dyad.coding;

import static org.dyad.coding.Codes.ARREST;
import static org.dyad.coding.Codes.LAWSUIT;
import static org.dyad.coding.Codes.MEET;
import static org.dyad.coding.Codes.POLICE;
import static org.dyad.coding.Codes.PROTEST_ROOT;
import static org.dyad.coding.Syntax.antecedent;
import static org.dyad.coding.Syntax.atTheHandsOf;
import static org.dyad.coding.Syntax.charged;
import static org.dyad.coding.Syntax.complements;
import static org.dyad.coding.Syntax.firstChild;
import static org.dyad.coding.Syntax.firstPerson;
import static org.dyad.coding.Syntax.governingVerb;
import static org.dyad.coding.Syntax.hasCase;
import static org.dyad.coding.Syntax.hasTargetCase;
import static org.dyad.coding.Syntax.inFavour;
import static org.dyad.coding.Syntax.mayBeObject;
import static org.dyad.coding.Syntax.onBehalf;
import static org.dyad.coding.Syntax.opensSentence;
import static org.dyad.coding.Syntax.passive;
import static org.dyad.coding.Syntax.passiveSubject;
import static org.dyad.coding.Syntax.quotedApart;
import static org.dyad.coding.Syntax.relativeBefore;
import static org.dyad.coding.Syntax.subject;
import static org.dyad.coding.Syntax.subjectOrAntecedent;
import static org.dyad.coding.Syntax.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dyad.actor.Actor;
import org.dyad.actor.ActorFinder;
import org.dyad.actor.Discourse;
import org.dyad.coding.PredicateChooser.Choice;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Who does an act and to whom: the source from the subject (or the passive agent, the controlling or previous
 * clause's subject when Spanish leaves it out, the speaker of a quote), the target from the object, a recipient's
 * preposition, an object pronoun or the parties "entre" two actors, each resolved to actors in the text.
 * Stateless and thread-safe.
 */
final class Participants {
    private static final String MEDIA = "MED";
    /** Where states sue one another that is no court by name: the WTO's dispute settlement. */
    private static final Set<String> TRIBUNALS = Set.of("WTO");
    /** The object pronouns of the third person, and whether each is plural. */
    private static final Map<String, Boolean> THIRD_PERSON_CLITICS = Map.of("lo", false, "la", false, "le", false,
            "los", true, "las", true, "les", true);
    /** Prepositions that make an infinitive the complement of its verb ("amenazó con", "se negó a", "trató de"). */
    private static final Set<String> COMPLEMENT_MARKS = Set.of("con", "a", "de");
    /** Cooperative acts (CAMEO 03-08): intents, meetings, cooperation, aid, yielding. */
    private static final Set<String> COOPERATIVE_ROOTS = Set.of("03", "04", "05", "06", "07", "08");
    /** Diplomatic cooperation and agreements (CAMEO 05). */
    private static final String COOPERATION = "05";
    /** Appeals, demands and coercion: their object does what they are for. */
    private static final Set<String> URGING_ROOTS = Set.of("02", "10", "17");
    private static final Set<String> AUTHORITIES = Set.of("GOV", "COP", "MIL", "JUD", "LEG");
    /** Sectors of bodies one belongs to as a member: parties, unions, the opposition, churches. */
    private static final Set<String> MEMBERSHIPS = Set.of("PTY", "LAB", "OPP", "REL");
    /** Dative clitics: whom something is given, said or done to ("le ofreció", "les pidió"). */
    private static final Set<String> DATIVES = Set.of("le", "les");
    /** Object clitics that stand for a person or group ("lo felicitó", "le pidió", "los recibió"). */
    private static final Set<String> OBJECT_CLITICS = Set.of("lo", "la", "los", "las", "le", "les");
    private static final Set<String> NEUTER_DEMONSTRATIVES = Set.of("ello", "esto", "eso", "aquello");
    /** Roots whose addressee may be the subject of a complement clause: appeals, demands, disapproval, rejection. */
    private static final Set<String> CLAUSE_ADDRESSEE_ROOTS = Set.of("02", "10", "11", "12");
    /** Roots whose addressee may be the subject of a causal clause ("porque …"): disapproval and rejection. */
    private static final Set<String> CAUSE_ADDRESSEE_ROOTS = Set.of("11", "12");
    /** How deep below the predicate a recipient nested in its complements may sit. */
    private static final int RECIPIENT_DEPTH = 3;
    /** Relations that open another clause or a side remark: a recipient is never looked for below them. */
    private static final Set<String> OTHER_CLAUSE = Set.of("nsubj", "nsubj:pass", "csubj", "ccomp", "advcl", "conj",
            "parataxis", "acl:relcl", "appos", "punct", "cc", "obl:agent", "dep", "list", "vocative");
    /** Determiners of a noun that refers back ("el diálogo", "este encuentro", "dicha reunión"). */
    private static final Set<String> DEFINITE = Set.of("el", "este", "ese", "aquel", "dicho");
    /** Sectors whose adjective names the agent of an event noun ("atentados guerrilleros", "represión policial"). */
    private static final Set<String> AGENT_ADJECTIVE_SECTORS = Set.of("REB", "INS", "UAF", "COP", "EDU", "LAB",
            "AGR", "CVL", "OPP", "SET", "REF", "CRM");
    /** Roots of threats and violence that are events even when the text does not say who did it. */
    private static final Set<String> UNATTRIBUTED_ROOTS = Set.of("13", "18", "19", "20");
    private static final String UNIDENTIFIED_ARMED = "UAF";
    /** A sentence (116, "find guilty"), which only a court passes. */
    private static final String SENTENCE = "116";
    private static final String JUDICIARY = "JUD";

    private final PredicateDictionary predicates;
    private final ActorFinder actors;
    private final PredicateChooser chooser;
    private final java.util.function.Predicate<String> reportingVerb;

    Participants(PredicateDictionary predicates, ActorFinder actors, PredicateChooser chooser,
                 java.util.function.Predicate<String> reportingVerb) {
        this.predicates = predicates;
        this.actors = actors;
        this.chooser = chooser;
        this.reportingVerb = reportingVerb;
    }

    /**
     * Whether a verb's subject is its object misread: a common noun after a verb with no object, naming no one ("su
     * discurso, en el que valoró la medida como un triunfo": the subject is unsaid).
     */
    private boolean objectTakenForSubject(Sentence s, ActorFinder.Mentions m, Token v, Token subj, Discourse d) {
        return mayBeObject(predicates, s, v, subj) && actors.resolve(s, m, subj, d, null).isEmpty();
    }

    /** The judicial body, or the WTO, that an "ante" complement names; or null. */
    Actor court(Sentence s, ActorFinder.Mentions m, Token c, Discourse d) {
        if (!hasCase(s, c, "ante")) {
            return null;
        }
        for (Actor a : actors.resolve(s, m, c, d, null)) {
            if ("JUD".equals(a.sector()) || TRIBUNALS.contains(a.code())) {
                return a;
            }
        }
        return null;
    }

    /**
     * The actor a phrase names, itself or by its "de" complement ("en las elecciones de EEUU", "el informe de
     * Newsweek"); empty when neither names one.
     */
    List<Actor> actorOfThing(Sentence s, ActorFinder.Mentions m, Token thing, Discourse d) {
        List<Actor> a = actors.resolve(s, m, thing, d, null);
        for (Token x : s.children(thing, t -> t.deprel().equals("nmod") && (hasCase(s, t, "de")
                || hasCase(s, t, "del")))) {
            if (!a.isEmpty()) {
                break;
            }
            a = actors.resolve(s, m, x, d, null);
        }
        return a;
    }

    /**
     * Whom a protest is aimed at when the text names no one: the actor behind what caused it ("el informe de
     * Newsweek, que … provocó varias protestas": the cause's own actor, else its "de" complement, else the subject
     * of the clause that names it), else whom it met ({@link #greeted}).
     */
    List<Actor> provokedOrGreeted(Sentence s, ActorFinder.Mentions m, Token protest, Discourse d,
                                  List<Actor> previous) {
        Token verb = s.parent(protest);
        if (verb != null && verb.isVerb() && predicates.is(WordClass.CAUSES, verb.lemma())
                && protest.deprel().equals("obj")) {
            Token cause = subjectOrAntecedent(s, m, verb);
            if (cause == null && verb.deprel().equals("conj") && s.parent(verb) != null) {
                // "el informe, que avivó el sentimiento … y provocó varias protestas": the first conjunct's subject.
                cause = subjectOrAntecedent(s, m, s.parent(verb));
            }
            if (cause != null) {
                List<Actor> a = actorOfThing(s, m, cause, d);
                Token clause = governingVerb(s, cause);
                if (a.isEmpty() && clause != null) {
                    Token owner = subject(s, m, clause);
                    a = owner == null ? List.of() : actors.resolve(s, m, owner, d, null);
                }
                if (!a.isEmpty()) {
                    return a;
                }
            }
        }
        return greeted(s, m, protest, d, previous);
    }

    /**
     * Who a protest meets when it is the agent of a passive ("el embajador fue recibido por protestas", "fue
     * abucheado con protestas"): the passive's subject, else the latest subject before it that names an actor,
     * else the previous sentence's.
     */
    private List<Actor> greeted(Sentence s, ActorFinder.Mentions m, Token protest, Discourse d,
                                List<Actor> previous) {
        Token verb = s.parent(protest);
        if (verb == null || !passive(predicates, s, verb)
                || !(hasCase(s, protest, "por") || hasCase(s, protest, "con"))) {
            return List.of();
        }
        Token subj = passiveSubject(s, verb);
        if (subj != null) {
            return actors.resolve(s, m, subj, d, null);
        }
        // "Brownfield acudió … y fue recibido por protestas": the latest subject before it that names an actor.
        for (int k = verb.index() - 1; k >= 0; k--) {
            if (s.token(k).deprel().startsWith("nsubj")) {
                List<Actor> a = actors.resolve(s, m, s.token(k), d, null);
                if (!a.isEmpty()) {
                    return a;
                }
            }
        }
        return previous;
    }

    /** The actors who act: subject, passive agent, or the controlling clause's subject. */
    List<Actor> sources(Sentence s, ActorFinder.Mentions m, Token v, Discourse d, List<Actor> previous) {
        Token cur = v;
        for (int hops = 0; hops < 4 && cur != null; hops++) {
            if (passive(predicates, s, cur)) {
                for (Token obl : s.children(cur, t -> t.deprel().startsWith("obl") || t.deprel().equals("obj")
                        || t.deprel().equals("nmod"))) {
                    if (hasCase(s, obl, "por")) {
                        List<Actor> a = actors.resolve(s, m, obl, d, null);
                        if (!a.isEmpty()) {
                            return a;
                        }
                    }
                    // "fue amenazado de muerte por las FARC": the parser may hang the agent on the complement
                    // before it; a "por" phrase there that names an actor is the agent all the same.
                    for (Token by : s.children(obl, t -> t.deprel().equals("nmod") && hasCase(s, t, "por"))) {
                        List<Actor> a = actors.resolve(s, m, by, d, null);
                        if (!a.isEmpty()) {
                            return a;
                        }
                    }
                    if (atTheHandsOf(s, obl)) {
                        // "fue asesinado a manos de unos policías", "murieron a manos del ejército": the agent of
                        // a passive ("manos" with its "de" complement, or a phrase after "a manos de" as one word).
                        List<Token> by = obl.lower().equals("manos") ? s.children(obl, t -> t.deprel()
                                .equals("nmod") && hasCase(s, t, "de")) : List.of(obl);
                        for (Token agent : by) {
                            List<Actor> a = actors.resolve(s, m, agent, d, null);
                            if (!a.isEmpty()) {
                                return a;
                            }
                        }
                    }
                }
                return List.of();
            }
            Token subj = subject(s, m, cur);
            if (subj == null && firstPerson(s, cur)) {
                Token speaker = trailingSpeaker(s, cur);
                if (speaker != null) {
                    return actors.resolve(s, m, speaker, d, null);
                }
            }
            if (subj != null && antecedent(s, cur, subj) != null) {
                // "Cavusoglu, quien se reunió con …": the relative pronoun stands for the noun it modifies; a noun
                // coordinated with it that has a relative clause of its own is not in this one ("la sociedad que
                // se movilizó … y la policía, que disparó").
                Token clause = cur;
                Token antecedent = s.parent(cur);
                List<Actor> a = actors.resolve(s, m, antecedent, d, null, h -> s.children(h, t ->
                        t.deprel().startsWith("acl") && t != clause).isEmpty());
                if (a.isEmpty() && predicates.is(WordClass.MESSAGES, antecedent.lemma())) {
                    // "Biden está planeando un discurso a la nación que pedirá a los estadounidenses…": what a
                    // speech, letter or statement asks, its author asks — the subject of the clause naming it.
                    Token governor = governingVerb(s, antecedent);
                    Token author = governor == null ? null : subject(s, m, governor);
                    if (author != null) {
                        a = actors.resolve(s, m, author, d, null);
                    }
                }
                return a;
            }
            if (subj != null && quotedApart(s, subj, cur)) {
                // '"Señor embajador, usted …", advirtió Chávez': words inside a quote are not the subject of the
                // verb that reports it; its speaker is the other nominal the parser hung on that verb.
                Token verb = cur;
                for (Token other : s.children(verb, t -> (t.deprel().equals("obj") || t.deprel().equals("nsubj"))
                        && t.index() > verb.index() && !quotedApart(s, t, verb))) {
                    return actors.resolve(s, m, other, d, null);
                }
                return List.of();
            }
            if (subj != null) {
                List<Actor> named = actors.resolve(s, m, subj, d, null);
                if (!named.isEmpty() || !mayBeObject(predicates, s, cur, subj)) {
                    return named;
                }
                // The object misread as the subject: the subject is unsaid (see objectTakenForSubject).
            }
            Token parent = s.parent(cur);
            if (parent == null) {
                break;
            }
            String rel = cur.deprel();
            if ((rel.equals("ccomp") || rel.equals("parataxis")) && firstPerson(s, cur)) {
                // "anunció que «hemos entregado una nota»": a first-person quote acts for its speaker.
                cur = parent;
                continue;
            }
            if (rel.equals("ccomp") && parent.isVerb() && cur.isSubjunctive()) {
                // "le pidió a Colombia que retire sus tropas", "quiere que Rusia coopere": a subjunctive complement
                // clause has another subject than the clause it completes (one's own act would be an infinitive,
                // "pidió retirar"); without one of its own, its subject is whom that clause addresses, or unsaid.
                return addressee(s, m, parent, d);
            }
            if (rel.equals("ccomp") && parent.isVerb() && cur.index() > parent.index()
                    && !Token.disagreeInNumber(cur, parent)) {
                // "Perú anunció que visitará Chile": a complement clause without a subject shares its
                // governing clause's subject — not when their verbs disagree in number ('la diputada dijo que
                // "aprovechan para robar"' tells of others).
                cur = parent;
                continue;
            }
            if ((rel.equals("acl") || rel.equals("advcl")) && (parent.head() < 0 || opensSentence(s, m, parent))
                    && parent.isNominal() && parent.index() < cur.index()
                    && cur.isFinite() && s.children(cur, t -> t.deprel().equals("mark")).isEmpty()) {
                // "Paramilitares de las AUC, ejecutaron a …": a finite verb the parser hung on the sentence's
                // first noun phrase has that phrase for subject.
                List<Actor> a = actors.resolve(s, m, parent, d, null);
                if (!a.isEmpty()) {
                    return a;
                }
            }
            if (rel.equals("acl") && cur.isInfinitive() && parent.upos().equals("NOUN")) {
                // "rechazó la propuesta de Alemania de sancionar a Rusia": the proposal's author acts in it.
                int clause = cur.index();
                for (Token c : s.children(parent, t -> t.deprel().equals("nmod") && t.index() < clause
                        && (hasCase(s, t, "de") || hasCase(s, t, "del")))) {
                    List<Actor> a = actors.resolve(s, m, c, d, null);
                    if (!a.isEmpty()) {
                        return a;
                    }
                }
            }
            if (rel.equals("acl") && !parent.isVerb()) {
                Token verb = s.parent(parent);
                if (verb != null && verb.isVerb()) {
                    cur = verb;
                    continue;
                }
                return List.of();
            }
            Token governor = s.parent(parent);
            if (rel.equals("conj") && parent.deprel().equals("ccomp") && governor != null
                    && reportingVerb.test(cur.lemma()) && reportingVerb.test(governor.lemma())) {
                // "Cuba dijo que Estados Unidos modificó el plazo, y denunció que…": a speech verb the parser
                // coordinated with the reported clause continues the speaker's words.
                cur = governor;
                continue;
            }
            if (rel.equals("conj") && passive(predicates, s, parent) && !passive(predicates, s, cur)) {
                // "Las marchas fueron autorizadas por el Gobierno y se concentrarán ante el Congreso": an active
                // conjunct of a passive shares its subject, the patient, not its agent.
                Token patient = passiveSubject(s, parent);
                return patient == null ? List.of() : actors.resolve(s, m, patient, d, null);
            }
            if ((rel.equals("conj") || rel.equals("advcl")) && cur.isThirdPerson() && parent.isThirdPerson()
                    && Token.disagreeInNumber(cur, parent)) {
                // "el presidente decretó la militarización … y en marzo asesinaron a la concejala", "visitará Perú
                // si lo invitan": a conjunct or adverbial clause whose verb disagrees in number has another, unsaid
                // subject.
                return List.of();
            }
            if (rel.equals("xcomp") || rel.equals("advcl") || rel.equals("conj")) {
                // "presionó a Ucrania para investigar a Biden": whom one urges, demands of or forces does what it is
                // for (but "llamó a Biden para felicitarlo" is the caller's act).
                Choice governing = rel.equals("advcl") && cur.isInfinitive() && hasCase(s, cur, "para")
                        ? chooser.choose(s, parent) : null;
                boolean urged = governing != null
                        && URGING_ROOTS.contains(governing.predicate().code().root());
                if (rel.equals("xcomp") && !predicates.isIntentFrame(parent.lemma()) || urged) {
                    // "pidió a Rusia retirar sus tropas": the object controls the infinitive, but one promises,
                    // wants or proposes one's own act ("prometió a Ucrania retirar sus tropas").
                    for (Token controller : s.children(parent, t -> t.deprel().equals("obj")
                            || t.deprel().equals("iobj"))) {
                        List<Actor> a = actors.resolve(s, m, controller, d, null);
                        if (!a.isEmpty()) {
                            return a;
                        }
                    }
                    if (rel.equals("xcomp") && !markedAddressees(s, parent).isEmpty()) {
                        // "invitó a Fox a visitar su país": someone no actor stands for does it, not the inviter.
                        return List.of();
                    }
                }
                cur = parent;
                continue;
            }
            return List.of();
        }
        if (cur != null && cur.head() < 0 && !cur.isInfinitive()) {
            // (An infinitive that heads its sentence is a heading, "Eliminar la prohibición de entrada": no one's.)
            return previous;
        }
        return List.of();
    }

    /**
     * The targets, with the authorities a domestic crowd addresses placed in the crowd's own state: when workers
     * of Colombia strike "contra el gobierno", the government is Colombia's, not that of another state the article
     * named earlier, unless the phrase itself names a state ("el gobierno de Ecuador").
     */
    private List<Actor> ownAuthorities(Actor source, List<Actor> targets) {
        String state = source.country();
        String sector = source.sector();
        if (state == null || sector == null || !actors.dictionary().isCountry(state)) {
            return targets;
        }
        java.util.function.Predicate<Actor> fellowMember = t -> t.country() == null && sector.equals(t.sector());
        if (MEMBERSHIPS.contains(sector) && targets.stream().anyMatch(fellowMember)) {
            // "el presidente de Morena llamó a los militantes": members of the source's own party, union or church
            // whom the text places nowhere are its own. (Not so a state's officials: "el embajador chileno en
            // Argentina solicitó al Gobierno" addresses Argentina's.)
            return placedIn(state, targets, fellowMember, "of the source's own sector: those of ");
        }
        if (!predicates.isCrowd(sector)) {
            return targets;
        }
        return placedIn(state, targets, t -> t.sector() != null && AUTHORITIES.contains(t.sector())
                && (t.country() == null || ActorFinder.stateInferred(t)) && !state.equals(t.country()),
                "authorities addressed by a domestic crowd: those of ");
    }

    /** The targets, those that pass {@code test} placed in {@code state} (with the reason, then the state). */
    private static List<Actor> placedIn(String state, List<Actor> targets, java.util.function.Predicate<Actor> test,
                                        String why) {
        List<Actor> out = new ArrayList<>(targets.size());
        for (Actor t : targets) {
            out.add(test.test(t) ? new Actor(t.text(), state + t.sector(), state, t.sector(), t.begin(), t.end(),
                    Actor.appended(t.via(), why + state)) : t);
        }
        return out;
    }

    /** The subject of a reporting verb that follows a quote and hangs on it ("…», dijo Chávez"), or null. */
    private Token trailingSpeaker(Sentence s, Token quoteVerb) {
        Token top = quoteVerb;
        while (s.parent(top) != null && Set.of("xcomp", "conj", "ccomp").contains(top.deprel())) {
            top = s.parent(top);
        }
        for (Token c : s.children(top, t -> (t.deprel().equals("parataxis") || t.deprel().equals("ccomp")
                || t.deprel().equals("dep")) && reportingVerb.test(t.lemma()))) {
            Token subj = firstChild(s, c, "nsubj");
            if (subj != null) {
                return subj;
            }
        }
        return null;
    }

    /**
     * The co-agents of the sources: "Francia, junto con Alemania, condenó…" and "Francia condenó… junto a
     * Alemania" are acts of both. A co-agent hangs on the subject or on the verb with "junto con" / "junto a".
     * A passive has none: "fue secuestrado junto con otras cuatro personas" names others who suffered the act.
     */
    List<Actor> coAgents(Sentence s, ActorFinder.Mentions m, Token v, Discourse d, List<Actor> sources) {
        if (passive(predicates, s, v)) {
            return List.of();
        }
        List<Token> hosts = new ArrayList<>();
        hosts.add(v);
        hosts.addAll(s.children(v, t -> t.deprel().startsWith("nsubj")));
        List<Actor> out = new ArrayList<>();
        for (Token host : hosts) {
            for (Token c : s.children(host, t -> (t.deprel().equals("nmod") || t.deprel().startsWith("obl"))
                    && hasCase(s, t, "junto"))) {
                for (Actor a : actors.resolve(s, m, c, d, null)) {
                    boolean known = out.stream().anyMatch(x -> x.code().equals(a.code()))
                            || sources.stream().anyMatch(x -> x.code().equals(a.code()));
                    if (!known) {
                        List<String> via = new ArrayList<>(a.via());
                        via.add("co-agent: 'junto con' / 'junto a' the subject");
                        out.add(new Actor(a.text(), a.code(), a.country(), a.sector(), a.begin(), a.end(), via));
                    }
                }
            }
        }
        return out;
    }

    /** The recipients: passive subject, object, indirect object, a complement with a recipient preposition. */
    List<Actor> targets(Sentence s, ActorFinder.Mentions m, Token v, Token noun, Discourse d,
                        List<Actor> sources, String root, Token theme) {
        String except = sources.get(0).country();
        // What a meeting or a talk is about is no party to it ("dialogó sobre Venezuela con Estados Unidos",
        // "habló de Rusia").
        boolean meeting = MEET.equals(root);
        // Whom an act favours ("a favor de López Obrador") is its recipient only if the act is cooperative ("votó a
        // favor de Venezuela"), not that of a denial or an attack ("niega hacer pintas a favor de López Obrador").
        boolean cooperative = COOPERATIVE_ROOTS.contains(root);
        java.util.function.Predicate<Token> partner = t -> hasTargetCase(s, t) && !(meeting && topic(s, t))
                && !onBehalf(s, t) && !contributed(s, t);
        // "habló con la prensa", "se reunió con periodistas": a press conference consults no one.
        java.util.function.UnaryOperator<List<Actor>> partners = found -> {
            if (meeting) {
                found.removeIf(a -> MEDIA.equals(a.sector()));
            }
            return found;
        };
        List<Token> slots = new ArrayList<>();
        boolean dative = !s.children(v, t -> t.upos().equals("PRON") && DATIVES.contains(t.lower())
                && (t.deprel().equals("obj") || t.deprel().equals("iobj"))).isEmpty();
        boolean passive = passive(predicates, s, v);
        if (passive) {
            Token sp = passiveSubject(s, v);
            if (sp != null) {
                slots.add(sp);
            }
        }
        if (noun != null) {
            for (Token c : s.children(noun, t -> t.deprel().equals("nmod"))) {
                if (partner.test(c)) {
                    slots.add(c);
                }
                // "una nota de protesta al embajador de Colombia": the recipient may hang one level down.
                for (Token cc : s.children(c, t -> t.deprel().equals("nmod") && hasTargetCase(s, t))) {
                    slots.add(cc);
                }
            }
        }
        for (Token c : complements(s, v)) {
            String rel = c.deprel();
            if (passive && hasCase(s, c, "por") || contributed(s, c)) {
                continue;
            }
            if ((rel.equals("obj") || rel.equals("iobj")) && theme != null && c.index() == theme.index()
                    && !hasCase(s, c, "a") && !hasCase(s, c, "al") && stateless(s, m, c, d, except)) {
                // "pidió tropas a Sudáfrica", "declaró persona non grata al embajador": the object the entry asked
                // for is the thing given or done, unless marked as a person with "a" ("expulsó a los diplomáticos")
                // or a state's ("aceptó la invitación china").
                continue;
            }
            if (rel.equals("obj") && c.upos().equals("NOUN") && dative && !hasCase(s, c, "a") && !hasCase(s, c, "al")) {
                // "le ofreció cinco ministerios", "les dio dos embajadas": beside a dative pronoun, the object is what
                // is given; the pronoun is whom.
                continue;
            }
            if (meeting && topic(s, c) || hasCase(s, c, "como")) {
                // ("coinciden en su experiencia como gobernantes": what they were, not whom they agree with.)
                continue;
            }
            if (rel.equals("obj") || rel.equals("iobj") || objectTakenForSubject(s, m, v, c, d)) {
                if (!onBehalf(s, c)) {
                    slots.add(c);
                }
            } else if (rel.startsWith("obl") && !rel.equals("obl:agent") && partner.test(c)) {
                slots.add(c);
            }
        }
        if (slots.stream().anyMatch(t -> (t.deprel().equals("obj") || t.deprel().equals("iobj"))
                && !hasCase(s, t, "por"))) {
            // "denunció ante el Instituto Electoral al PAN": whom one addresses before a body is the object; with no
            // object, the body is ("intercedió ante Rusia por Ucrania").
            List<Token> venues = slots.stream().filter(t -> t.deprel().startsWith("obl") && hasCase(s, t, "ante"))
                    .toList();
            slots.removeAll(venues);
            slots.addAll(venues);
        }
        // An "obj" with "por" is the passive agent the parser mislabelled: its complements are the source's.
        for (Token c : complements(s, v)) {
            if (!c.deprel().equals("obj") || hasCase(s, c, "por") || contributed(s, c)) {
                continue;
            }
            for (Token n : s.children(c, t -> t.deprel().equals("nmod"))) {
                if (hasTargetCase(s, n)) {
                    slots.add(n);
                }
                // "negó su responsabilidad en el ataque contra Siria": one level further down.
                for (Token nn : s.children(n, t -> t.deprel().equals("nmod") && hasTargetCase(s, t))) {
                    slots.add(nn);
                }
            }
        }
        // Whose proposal, accusation or offer is rejected, denied or accepted: "rechazó la propuesta de Rusia";
        // an act's agent before its patient: "criticó la invasión de Ucrania por Rusia".
        for (Token c : s.children(v, t -> t.deprel().equals("obj") && !hasCase(s, t, "por")
                && !(meeting && topic(s, t)) && (t.upos().equals("NOUN") || t.upos().equals("ADJ")))) {
            // (The tagger calls some nouns adjectives: "rechazó al mediador de Etiopía", "robó cereal de Ucrania".)
            if (!chooser.nounEntries(s, c).isEmpty()) {
                slots.addAll(s.children(c, t -> t.deprel().equals("nmod") && hasCase(s, t, "por")));
            }
            if (ActorFinder.namedThing(s, m, c) || ActorFinder.kin(c)) {
                // "conmemoró el Día de la Marina": the "de" phrase is part of a name; "criticó a la esposa del
                // presidente": whose relative she is.
                continue;
            }
            for (Token n : s.children(c, t -> t.deprel().equals("nmod") && (hasCase(s, t, "de")
                    || hasCase(s, t, "del")) && !ActorFinder.placeNoun(t))) {
                // ("ocuparon la catedral de la ciudad colombiana de Popayán": where the cathedral is.)
                slots.add(n);
            }
        }
        if (LAWSUIT.root().equals(root)) {
            // "presentó una demanda contra Chile ante la Corte Internacional de Justicia": the court a suit is
            // brought before is where, not whom, it is against.
            slots.removeIf(t -> court(s, m, t, d) != null);
        }
        for (Token slot : slots) {
            // "criticó al gobierno de Italia, al que acusó de racismo": a relative pronoun stands for its antecedent.
            boolean role = slot.deprel().equals("obj") || slot.deprel().equals("iobj")
                    || passive && slot.deprel().startsWith("nsubj") || hasCase(s, slot, "con");
            Token antecedent = role ? antecedent(s, v, slot) : null;
            Token who = antecedent != null ? antecedent : slot;
            List<Actor> found = partners.apply(actors.resolve(s, m, who, d, except));
            if (!found.isEmpty()) {
                return ownAuthorities(sources.get(0), found);
            }
        }
        if (predicates.is(WordClass.INTO_TARGETS, v.lemma())) {
            // "Rusia interfirió en las elecciones de Estados Unidos".
            for (Token c : s.children(v, t -> t.deprel().startsWith("obl") && hasCase(s, t, "en"))) {
                List<Actor> found = actorOfThing(s, m, c, d);
                found.removeIf(a -> a.country() != null && a.country().equals(except));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        for (Token slot : slots) {
            // "las protestas estudiantiles fueron reprimidas": an act done to an event is done to its agents.
            Actor agent = eventAgent(s, m, slot, d);
            if (agent != null && !agent.code().equals(sources.get(0).code())) {
                return List.of(agent);
            }
        }
        for (Token slot : slots) {
            // "Estados Unidos criticó el encuentro" after "Petro y Maduro firmaron un acuerdo": what is said of the
            // meeting told before is said to its sides.
            List<Actor> sides = slot.deprel().equals("obj") && !MEET.equals(root)
                    ? againstToldMeeting(s, slot, d, sources.get(0)) : List.of();
            if (!sides.isEmpty()) {
                return sides;
            }
        }
        if (PROTEST_ROOT.equals(root)) {
            // "protestaron por la incursión aérea estadounidense", "marcharon para protestar por…": a protest is
            // aimed at whoever did what it is about.
            List<Token> hosts = new ArrayList<>(noun == null ? List.of(v) : List.of(v, noun));
            hosts.addAll(s.children(v, t -> t.deprel().equals("advcl") && t.isInfinitive()
                    && predicates.verb(t.lemma()).stream().anyMatch(p -> p.code().root().equals(PROTEST_ROOT))));
            for (Token host : hosts) {
                for (Token c : s.children(host, t -> (t.deprel().startsWith("obl") || t.deprel().equals("nmod"))
                        && hasCase(s, t, "por") && !chooser.nounEntries(s, t).isEmpty())) {
                    Actor agent = eventAgent(s, m, c, d);
                    if (agent != null && !agent.code().equals(sources.get(0).code())) {
                        return List.of(agent);
                    }
                }
            }
        }
        // "amenazó con echar al embajador de Estados Unidos", "pidió a que retire sus tropas de Siria": the
        // recipient sits in the infinitive or subjunctive complement of the predicate.
        for (Token c : s.children(v, t -> (t.deprel().equals("xcomp") || t.deprel().equals("advcl")
                || t.deprel().equals("ccomp")) && t.isVerb() && t.index() > v.index())) {
            if (!c.isInfinitive() && !c.isSubjunctive() || meeting && (hasCase(s, c, "de") || hasCase(s, c, "sobre"))
                    || COOPERATION.equals(root) && hasCase(s, c, "para")) {
                // ("hablará de cerrarle la puerta a los inmigrantes": what one talks about, not with whom; "firmó el
                // memorándum para enviar tropas": one signs with a partner, not with those one sends.)
                continue;
            }
            // (Not where the act goes, "pidió a los heridos que acudieran al hospital", nor whom it favours.)
            List<Token> inner = new ArrayList<>(s.children(c, t -> (t.deprel().equals("obj")
                    || t.deprel().equals("iobj") || (t.deprel().startsWith("obl") && partner.test(t)))
                    && !ActorFinder.placeNoun(t) && (cooperative || !inFavour(s, t))));
            boolean complement = c.deprel().equals("xcomp") || !s.children(c, t -> t.deprel().equals("mark")
                    && COMPLEMENT_MARKS.contains(t.lower())).isEmpty();
            List<Token> actObjects = complement ? s.children(c, t -> t.deprel().equals("obj")) : List.of();
            for (Token o : actObjects) {
                // "rechazó firmar un acuerdo con Estados Unidos", "amenazó con revisar el contrato de gas a
                // Argentina": the partner of the act's object — in a complement, not a purpose ("se reunieron
                // para expresar su solidaridad con Irak" met no Iraqi).
                inner.addAll(s.children(o, t -> t.deprel().equals("nmod") && partner.test(t)));
            }
            for (Token slot : inner) {
                List<Actor> found = partners.apply(actors.resolve(s, m, slot, d, except));
                if (!found.isEmpty()) {
                    return ownAuthorities(sources.get(0), found);
                }
            }
        }
        List<Actor> deeper = MEET.equals(root) ? List.of()
                : nestedRecipient(s, m, v, d, sources.get(0), cooperative);
        if (!deeper.isEmpty()) {
            return ownAuthorities(sources.get(0), deeper);
        }
        if (CLAUSE_ADDRESSEE_ROOTS.contains(root)) {
            // "denunció que Estados Unidos viola el derecho internacional", "pidió que Chile retire sus tropas":
            // who an accusation, demand or rejection is about is the subject of its complement clause.
            List<Token> clauses = new ArrayList<>(s.children(v, t -> t.deprel().equals("ccomp") && t.isVerb()
                    && t.index() > v.index()));
            if (CAUSE_ADDRESSEE_ROOTS.contains(root)) {
                // "expresaron su disgusto porque el Gobierno redujo el presupuesto": disapproval is aimed at
                // whoever did what it is about.
                for (Token host : noun == null ? List.of(v) : List.of(v, noun)) {
                    clauses.addAll(s.children(host, t -> (t.deprel().equals("advcl") || t.deprel().equals("acl"))
                            && t.isVerb() && t.index() > host.index() && hasCase(s, t, "porque")));
                }
            }
            for (Token c : clauses) {
                Token subj = firstChild(s, c, "nsubj");
                if (subj != null && NEUTER_DEMONSTRATIVES.contains(subj.lower())) {
                    // "dijo que Estados Unidos modificó el plazo … y denunció que ello viola el derecho
                    // internacional": "ello" is the act told before it, whose doer is that clause's subject.
                    subj = earlierSubject(s, m, d, v, sources.get(0).country());
                }
                if (subj != null) {
                    List<Actor> found = actors.resolve(s, m, subj, d, except);
                    if (found.isEmpty()) {
                        // "denunció que la medida de Estados Unidos viola…": whose the thing that does it is.
                        found = new ArrayList<>(actorOfThing(s, m, subj, d));
                        found.removeIf(a -> a.country() != null && a.country().equals(except));
                    }
                    found.removeIf(a -> a.code().equals(sources.get(0).code()));
                    if (!found.isEmpty()) {
                        return ownAuthorities(sources.get(0), found);
                    }
                }
            }
        }
        Token clitic = null;
        for (Token c : s.children(v, t -> (t.deprel().equals("obj") || t.deprel().equals("iobj"))
                && t.upos().equals("PRON") && OBJECT_CLITICS.contains(t.lower()))) {
            clitic = c;
        }
        // A reporting verb's neuter "lo" is what is said ("lo dijo"); its dative is whom it is said to ("le dijo
        // que…", "le expresó su protesta"), and so is an accusative that is someone charged with something ("la
        // acusó de gestionar mal", "lo acusó de traición").
        boolean addressee = clitic != null && (!reportingVerb.test(v.lemma()) || !clitic.lower().equals("lo")
                || charged(s, v, clitic));
        if (addressee) {
            List<Actor> pronounTargets = pronounTargets(s, m, v, clitic, d, except);
            if (!pronounTargets.isEmpty()) {
                return pronounTargets;
            }
        }
        if (v.deprel().equals("conj")) {
            // "Kim invitó a Putin … y Putin aceptó": the second act answers the first one's subject.
            Token cur = s.parent(v);
            for (int hops = 0; hops < 3 && cur != null && cur.isVerb(); hops++) {
                Token subj = firstChild(s, cur, "nsubj");
                if (subj != null) {
                    List<Actor> a = actors.resolve(s, m, subj, d, except);
                    if (!a.isEmpty() && !java.util.Objects.equals(a.get(0).country(), except)) {
                        return a;
                    }
                }
                if (!Set.of("xcomp", "conj", "advcl").contains(cur.deprel())) {
                    break;
                }
                cur = s.parent(cur);
            }
        }
        return List.of();
    }

    /**
     * Whom a verb addresses: its object or indirect object marked with "a" ("pidió a Colombia", "al presidente"),
     * else its dative pronoun ("le pidió"). Empty when it addresses no one, or someone no actor stands for.
     */
    private List<Actor> addressee(Sentence s, ActorFinder.Mentions m, Token v, Discourse d) {
        List<Token> marked = markedAddressees(s, v);
        if (!marked.isEmpty()) {
            return actors.resolve(s, m, marked.get(0), d, null);
        }
        List<Token> datives = s.children(v, t -> (t.deprel().equals("obj") || t.deprel().equals("iobj"))
                && t.upos().equals("PRON") && DATIVES.contains(t.lower()));
        return datives.isEmpty() ? List.of() : pronounTargets(s, m, v, datives.get(0), d, null);
    }

    /** A verb's object and indirect object marked with "a": whom it addresses by name. */
    private static List<Token> markedAddressees(Sentence s, Token v) {
        return s.children(v, t -> (t.deprel().equals("obj") || t.deprel().equals("iobj"))
                && (hasCase(s, t, "a") || hasCase(s, t, "al")));
    }

    /** Whom an object pronoun of the verb stands for, or an empty list. */
    private List<Actor> pronounTargets(Sentence s, ActorFinder.Mentions m, Token v, Token pronoun, Discourse d,
                                       String except) {
        boolean sharedSubject = firstChild(s, v, "nsubj") == null && (v.deprel().equals("conj")
                || (v.isInfinitive() || v.isGerund()) && (v.deprel().equals("advcl") || v.deprel().equals("xcomp")));
        if (sharedSubject && s.parent(v) != null) {
            // "se reunió con Kim y le ofreció ayuda", "recibió al embajador y le expresó su protesta", "llamó a
            // Putin para felicitarlo": the pronoun of a second act of the same subject stands for whom the first
            // act was done to.
            for (Token c : s.children(s.parent(v), t -> t.index() < v.index() && t.isNominal()
                    && (Set.of("obj", "iobj").contains(t.baseRelation())
                    || t.baseRelation().equals("obl") && (hasCase(s, t, "a") || hasCase(s, t, "con"))))) {
                List<Actor> found = actors.resolve(s, m, c, d, except);
                if (!found.isEmpty()) {
                    return found.stream().map(a -> standingFor(pronoun, a,
                            "whom the first act of the same subject was done to")).toList();
                }
            }
        }
        if (v.deprel().equals("conj")) {
            return List.of();
        }
        Actor speaker = reportingSpeaker(s, m, v, pronoun, d, except);
        if (speaker != null) {
            // "Trump dijo que el próximo mandatario mexicano le prometió ayuda": in words reported by someone of
            // another state than the clause's subject, the pronoun stands for the speaker.
            return List.of(standingFor(pronoun, speaker, "the speaker reporting the clause"));
        }
        // "Putin llegó a Pyongyang. Kim lo recibió en el aeropuerto": a pronoun with no phrase to double stands
        // for the latest actor mentioned, of another state than the source's: on a gerund or an infinitive, in
        // its own sentence first ("anunció que el país abandonará la OMS, acusándola de…"), else before it.
        if (relativeBefore(s, pronoun)) {
            // "no ha querido hablar sobre la situación de su esposa, no la visitó": she is no state's actor.
            return List.of();
        }
        Actor a = v.isGerund() || v.isInfinitive() ? latestInSentence(s, m, d, pronoun, except) : null;
        if (a == null) {
            a = d.latest(except);
        }
        return a == null ? List.of() : List.of(standingFor(pronoun, a, null));
    }

    /** The speaker of a reporting verb whose complement clause holds the verb, if of another state, or null. */
    private Actor reportingSpeaker(Sentence s, ActorFinder.Mentions m, Token v, Token pronoun, Discourse d,
                                   String except) {
        Token reporting = s.parent(v);
        if (!v.deprel().equals("ccomp") || reporting == null || !reportingVerb.test(reporting.lemma())
                || firstChild(s, v, "nsubj") == null) {
            return null;
        }
        Token subj = subject(s, m, reporting);
        if (subj != null && THIRD_PERSON_CLITICS.containsKey(pronoun.lower())
                && subj.isPluralNoun() != THIRD_PERSON_CLITICS.get(pronoun.lower())) {
            // "si los jueces la piden, indicaron fuentes gubernamentales": "la" is not the sources.
            return null;
        }
        List<Actor> found = subj == null ? List.of() : actors.resolve(s, m, subj, d, except);
        return found.size() == 1 && found.get(0).country() != null ? found.get(0) : null;
    }

    /**
     * The latest actor of another state than {@code except} named before {@code pronoun} in its sentence, outside
     * the subjects ("el Grupo de Contacto (Alemania, … e Italia) lanzó un ultimátum a Milosevic, pidiéndole que…"
     * asks Milosevic); or null.
     */
    private Actor latestInSentence(Sentence s, ActorFinder.Mentions m, Discourse d, Token pronoun, String except) {
        Set<Token> subjects = new java.util.HashSet<>();
        for (Token t : s.tokens()) {
            if (t.deprel().startsWith("nsubj")) {
                subjects.addAll(s.subtree(t));
            }
        }
        Actor latest = null;
        for (Token t : s.tokens()) {
            if (t.index() < pronoun.index() && !subjects.contains(t)
                    && (t.upos().equals("NOUN") || t.upos().equals("PROPN"))
                    && !t.deprel().equals("flat") && !t.deprel().equals("nmod")) {
                List<Actor> found = actors.resolve(s, m, t, d, except);
                found.removeIf(x -> x.country() == null || x.country().equals(except));
                if (!found.isEmpty()) {
                    latest = found.get(found.size() - 1);
                }
            }
        }
        return latest;
    }

    /** The actor an object pronoun stands for, placed at the pronoun. */
    private static Actor standingFor(Token pronoun, Actor a, String why) {
        return new Actor(pronoun.word(), a.code(), a.country(), a.sector(), pronoun.begin(), pronoun.end(),
                Actor.appended(a.via(), "clitic '" + pronoun.word() + "' -> '" + a.text() + "'"
                        + (why == null ? "" : ", " + why)));
    }

    /** The latest subject before a verb that names an actor of another state than {@code except}, or null. */
    private Token earlierSubject(Sentence s, ActorFinder.Mentions m, Discourse d, Token v, String except) {
        for (int k = v.index() - 1; k >= 0; k--) {
            Token t = s.token(k);
            if (t.deprel().startsWith("nsubj") && actors.resolve(s, m, t, d, except).stream()
                    .anyMatch(a -> a.country() != null && !a.country().equals(except))) {
                return t;
            }
        }
        return null;
    }

    /** Whether a nominal names no state's actor of its own: "tropas", "persona", no actor, or one placed by default. */
    private boolean stateless(Sentence s, ActorFinder.Mentions m, Token t, Discourse d, String except) {
        return actors.resolve(s, m, t, d, except).stream()
                .allMatch(a -> a.country() == null || ActorFinder.stateByDefault(a));
    }

    /**
     * A mission that acts, placed only by its host ("la embajada en Buenos Aires presentó una protesta"), belongs to
     * the sending state: the latest other state's government of the article. As a recipient ("retiró a su
     * embajador en Argentina"), the host is the right state and this is not applied.
     */
    Actor sendingState(Sentence s, ActorFinder.Mentions m, Actor a, Discourse d) {
        if (a.country() == null) {
            return a;
        }
        for (Token t : s.tokens()) {
            if (t.begin() < a.begin() || t.end() > a.end() || !predicates.is(WordClass.MISSIONS, t.lemma())) {
                continue;
            }
            for (Token host : s.children(t, c -> c.deprel().equals("nmod") && hasCase(s, c, "en"))) {
                org.dyad.actor.ActorDictionary.Match x = m.at(host.index());
                if (x == null || !a.country().equals(x.entry().country())) {
                    continue;
                }
                Actor sender = d.recent(a.country(), "GOV");
                if (sender == null) {
                    return a;
                }
                List<String> via = new ArrayList<>(a.via());
                via.add("mission in '" + s.textBetween(s.token(x.start()).begin(), s.token(x.end() - 1).end())
                        + "' belongs to the sending state " + sender.country());
                String sector = a.sector() == null ? "GOV" : a.sector();
                return new Actor(a.text(), sender.country() + sector, sender.country(), sector, a.begin(), a.end(),
                        via);
            }
        }
        return a;
    }

    /**
     * A recipient nested in the predicate's complements, nearest first, when none stands in a direct slot: "admitió
     * su responsabilidad en el bombardeo contra Siria", "cedió ante la presión de Estados Unidos", "rechazó la
     * tregua propuesta por Ucrania". A nominal counts when it has a recipient preposition, is the "de" complement
     * of a complement (whose act or thing it is), or the agent of a participle; the search stays in the
     * predicate's clause, goes at most {@link #RECIPIENT_DEPTH} levels down and skips the subject, the source's
     * words and a passive's agent. Meetings are not searched: their partner is named directly ("se reunió con"),
     * and "se encontraban en el sitio Puerto de los Pescadores" is no meeting.
     */
    private List<Actor> nestedRecipient(Sentence s, ActorFinder.Mentions m, Token v, Discourse d, Actor source,
                                        boolean cooperative) {
        boolean passive = passive(predicates, s, v);
        java.util.function.Predicate<Token> inClause = t -> !OTHER_CLAUSE.contains(t.deprel())
                && !(passive && hasCase(s, t, "por")) && (t.end() <= source.begin() || t.begin() >= source.end());
        // Not on whose behalf or in whose favour (unless cooperative) the act is, nor what it contributes: a phrase
        // so marked neither is nor holds the recipient.
        java.util.function.Predicate<Token> forOthers = t -> !onBehalf(s, t) && (cooperative || !inFavour(s, t))
                && !contributed(s, t);
        // "Durante las administraciones de los presidentes Bush y Obama, la Guardia Nacional brindó apoyo": a time
        // adjunct holds no recipient.
        List<Token> level = new ArrayList<>(s.children(v, t -> inClause.test(t)
                && s.children(t, c -> c.deprel().equals("case") && Syntax.TIME_CASES.contains(c.lower())).isEmpty()));
        for (int depth = 1; depth <= RECIPIENT_DEPTH && !level.isEmpty(); depth++) {
            List<Token> next = new ArrayList<>();
            for (Token t : level) {
                Token head = s.parent(t);
                boolean nominal = t.upos().equals("NOUN") || t.upos().equals("PROPN");
                boolean byAgent = hasCase(s, t, "por") && head != null && head.index() != v.index()
                        && (head.upos().equals("ADJ") || head.upos().equals("VERB"));
                boolean ofComplement = depth > 1 && (hasCase(s, t, "de") || hasCase(s, t, "del"))
                        && head != null && head.upos().equals("NOUN");
                if (nominal && (hasTargetCase(s, t) || byAgent || ofComplement) && forOthers.test(t)
                        && !(depth > 1 && ActorFinder.placeNoun(t))) {
                    // (Deep in a clause, "por las calles de las principales ciudades colombianas" is where.)
                    List<Actor> found = actors.resolve(s, m, t, d, source.country());
                    if (found.isEmpty() && hasCase(s, t, "contra")) {
                        found = againstToldMeeting(s, t, d, source);
                    }
                    found.removeIf(a -> a.code().equals(source.code()));
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
                if (!t.isVerb() && !predicates.is(WordClass.DIRECTIONS, t.lemma()) && !ActorFinder.kin(t)
                        && forOthers.test(t)) {
                    // ("a 890 km al norte de Santiago" is where, not whom; "a la esposa del presidente" is not to
                    // the president.)
                    next.addAll(s.children(t, inClause));
                }
            }
            level = next;
        }
        return List.of();
    }

    /**
     * The "entre X y Y" complements of an event noun: its own, or one the parser hung on a coordinated modifier
     * ("la cooperación militar, económica y de otro tipo entre Corea del Norte y Rusia"), not below a verb.
     */
    List<Token> between(Sentence s, Token n) {
        List<Token> out = new ArrayList<>();
        // A conjunct that is an event of its own ("la visita y la reunión entre…") keeps its complements; a
        // participle that says how the act was done carries them ("el acuerdo firmado entre el FMI y Ecuador").
        List<Token> level = s.children(n, t -> t.deprel().equals("nmod") || t.deprel().equals("amod")
                || (t.deprel().equals("conj") && !t.isVerb() && chooser.nounEntries(s, t).isEmpty())
                || t.deprel().equals("acl") && t.isParticiple());
        for (int depth = 0; depth < 3 && !level.isEmpty() && out.isEmpty(); depth++) {
            List<Token> next = new ArrayList<>();
            for (Token t : level) {
                if (hasCase(s, t, "entre")) {
                    out.add(t);
                } else if (t.isParticiple() && s.parent(t) != null && s.parent(t).index() == n.index()) {
                    next.addAll(s.children(t, c -> c.deprel().equals("obl") || c.deprel().equals("obj")));
                } else if (!t.isVerb() && !(hasCase(s, t, "en") && ActorFinder.placeNoun(t))) {
                    // (Not below where it happens: "los enfrentamientos … en la frontera entre Gaza e Israel".)
                    next.addAll(s.children(t, c -> c.deprel().equals("nmod") || c.deprel().equals("amod")
                            || c.deprel().equals("conj")));
                }
            }
            level = next;
        }
        Token above = s.parent(n);
        if (out.isEmpty() && above != null) {
            // "tras enfrentamientos entre unos 800 campesinos y policías", "hubo choques armados entre…": the parser
            // may hang the phrase right after the noun (and its modifiers) on the word above it.
            int next = n.index() + 1;
            while (next < s.size() && s.token(next).head() == n.index()) {
                next++;
            }
            Token entre = next < s.size() ? s.token(next) : null;
            if (entre != null && entre.lower().equals("entre") && entre.deprel().equals("case")) {
                out.addAll(s.children(above, t -> t.index() == entre.head() && hasCase(s, t, "entre")));
            }
        }
        return out;
    }

    /** Whether an event noun names its two sides in an "entre X y Y" complement. */
    boolean betweenPair(Sentence s, ActorFinder.Mentions m, Token n, Discourse d) {
        return between(s, n).stream().anyMatch(c -> sides(s, m, c, d).size() >= 2);
    }

    /**
     * The actors an "entre X y Y" complement names; the parser may hang the second side on the first one's "de"
     * complement ("un combate entre guerrilleros de las FARC y el Ejército colombiano").
     */
    List<Actor> sides(Sentence s, ActorFinder.Mentions m, Token c, Discourse d) {
        List<Actor> found = actors.resolve(s, m, c, d, null);
        if (found.size() != 1) {
            return found;
        }
        List<Actor> out = new ArrayList<>(found);
        for (Token of : s.children(c, t -> t.deprel().equals("nmod")
                && (hasCase(s, t, "de") || hasCase(s, t, "del")))) {
            for (Token k : s.children(of, t -> t.deprel().equals("conj"))) {
                for (Actor a : actors.resolve(s, m, k, d, null)) {
                    if (out.stream().noneMatch(x -> x.code().equals(a.code()))) {
                        out.add(a.because("a side hung on the first side's 'de' complement"));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The two or more sides of a meeting noun's "entre X y Y", when the source is none of them, or with toldMeeting
     * those of the meeting told before that a definite noun names; else empty.
     */
    List<Actor> parties(Sentence s, ActorFinder.Mentions m, Token meeting, Discourse d, Actor source,
                        boolean toldMeeting) {
        if (chooser.nounEntries(s, meeting).stream().noneMatch(p -> p.code().root().equals(MEET))) {
            return List.of();
        }
        for (Token c : between(s, meeting)) {
            List<Actor> pair = sides(s, m, c, d);
            if (pair.size() >= 2 && pair.stream().noneMatch(a -> java.util.Objects.equals(a.country(),
                    source.country()) || a.code().equals(source.code()))) {
                return pair;
            }
        }
        List<Actor> told = d.lastMeeting();
        if (toldMeeting && toldBefore(s, meeting) && !told.isEmpty()
                && told.stream().noneMatch(a -> java.util.Objects.equals(a.country(), source.country()))) {
            // "Serbios y albaneses mantuvieron conversaciones … La ONU organizó este diálogo": a definite meeting
            // with no sides named is the one told before.
            List<Actor> out = new ArrayList<>();
            for (Actor a : told) {
                out.add(a.because("a side of the meeting told before ('" + meeting.word() + "')"));
            }
            return out;
        }
        return List.of();
    }

    /**
     * The other sides of the meeting told before, when an act is aimed "contra esa reunión" (a definite meeting
     * noun with no sides of its own): "los albaneses … protestaron contra esa reunión" after "los serbios y los
     * albaneses mantuvieron conversaciones" is aimed at the Serbs.
     */
    private List<Actor> againstToldMeeting(Sentence s, Token meeting, Discourse d, Actor source) {
        if (chooser.nounEntries(s, meeting).stream().noneMatch(p -> p.code().root().equals(MEET))
                || !toldBefore(s, meeting)) {
            return new ArrayList<>();
        }
        List<Actor> out = new ArrayList<>();
        for (Actor a : d.lastMeeting()) {
            if (!java.util.Objects.equals(a.country(), source.country())) {
                out.add(a.because("a side of the meeting told before ('" + meeting.word() + "')"));
            }
        }
        return out;
    }

    /**
     * Whether a meeting noun names the meeting told before: definite, itself or its phase ("este principio de
     * diálogo"), and with no sides of its own.
     */
    private boolean toldBefore(Sentence s, Token meeting) {
        Token above = s.parent(meeting);
        Token phrase = above != null && predicates.is(WordClass.PHASES, above.lemma()) ? above : meeting;
        return !s.children(phrase, t -> t.deprel().equals("det") && DEFINITE.contains(t.lemma())).isEmpty()
                && s.children(meeting, t -> t.deprel().equals("nmod")).isEmpty();
    }

    /** The agent an adjective gives an event noun ("la intervención rusa" → Russia), or null. */
    Actor eventAgent(Sentence s, ActorFinder.Mentions m, Token n, Discourse d) {
        if (!n.upos().equals("NOUN") || chooser.nounEntries(s, n).isEmpty()) {
            return null;
        }
        return modifierActor(s, m, n, d);
    }

    /**
     * The actor an adjective of an event noun names: a demonym ("la intervención rusa") or a crowd, armed-group
     * or police adjective ("los atentados guerrilleros"), or null.
     */
    Actor modifierActor(Sentence s, ActorFinder.Mentions m, Token n, Discourse d) {
        for (Token c : s.children(n, t -> t.deprel().equals("amod"))) {
            org.dyad.actor.ActorDictionary.Match x = m.at(c.index());
            if (x == null) {
                continue;
            }
            org.dyad.actor.ActorEntry e = x.entry();
            boolean demonym = e.kind() == org.dyad.actor.ActorEntry.Kind.DEMONYM && e.country() != null;
            boolean agent = e.kind() == org.dyad.actor.ActorEntry.Kind.AGENT && e.sector() != null
                    && AGENT_ADJECTIVE_SECTORS.contains(e.sector());
            if (!demonym && !agent) {
                continue;
            }
            List<Actor> a = actors.resolve(s, m, c, d, null);
            if (!a.isEmpty()) {
                return a.get(0);
            }
            int begin = s.token(x.start()).begin();
            int end = s.token(x.end() - 1).end();
            String country = demonym ? e.country() : null;
            String code = demonym ? e.code() : e.sector();
            return new Actor(s.textBetween(begin, end), code, country, e.sector(), begin, end,
                    List.of(e.kind().name().toLowerCase(java.util.Locale.ROOT) + " '" + s.textBetween(begin, end)
                            + "' " + e.origin()));
        }
        return null;
    }

    /**
     * Whom the text attributes an act that names no doer to: the "a" complement of a verb of attributing said of the
     * act's noun ("un atentado atribuido a grupos islamistas armados") or of a noun the act's verb has as its
     * adjunct ("fueron dinamitadas…, en acción que fue atribuida por las autoridades al ELN"); empty if none.
     */
    List<Actor> attributedDoers(Sentence s, ActorFinder.Mentions m, Token act, Discourse d) {
        // (The parser may hang a participle set off by commas on the act's "de" complement: "el asesinato del
        // alcalde, atribuido a paramilitares".)
        List<Token> hosts = new ArrayList<>(List.of(act));
        hosts.addAll(s.children(act, t -> (act.isVerb() ? t.deprel().startsWith("obl") : t.deprel().equals("nmod"))
                && t.upos().equals("NOUN")));
        for (Token host : hosts) {
            for (Token v : s.children(host, t -> (t.deprel().startsWith("acl") || t.deprel().equals("amod"))
                    && predicates.is(WordClass.ATTRIBUTING, t.lemma()))) {
                List<Actor> doers = complementActors(s, m, v, d, t -> (t.deprel().startsWith("obl")
                        || t.deprel().equals("iobj") || t.deprel().equals("obj"))
                        && (hasCase(s, t, "a") || hasCase(s, t, "al")));
                if (!doers.isEmpty()) {
                    return doers.stream().map(a -> new Actor(a.text(), a.code(), a.country(), a.sector(), a.begin(),
                            a.end(), Actor.appended(a.via(), "the act attributed to it by '" + v.word() + "'")))
                            .toList();
                }
            }
        }
        return List.of();
    }

    /** The actors of the first complement of {@code head} that {@code which} takes and that names any; or empty. */
    List<Actor> complementActors(Sentence s, ActorFinder.Mentions m, Token head, Discourse d,
                                 java.util.function.Predicate<Token> which) {
        for (Token c : s.children(head, which)) {
            List<Actor> found = actors.resolve(s, m, c, d, null);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * Who does an act the text does not attribute ({@code how}: the construction that leaves it out): the police
     * for an arrest, a court for a sentence ("fue condenado a ocho años de prisión"), unidentified men for threats
     * and violence, nobody (null) for anything else.
     */
    static Actor unnamedDoer(Token t, Predicate p, String how) {
        String sector;
        String who;
        if (p.code().value().equals(ARREST)) {
            sector = POLICE;
            who = "arrested by the police";
        } else if (p.code().value().equals(SENTENCE)) {
            sector = JUDICIARY;
            who = "sentenced by a court";
        } else if (UNATTRIBUTED_ROOTS.contains(p.code().root())) {
            sector = UNIDENTIFIED_ARMED;
            who = "unidentified perpetrators";
        } else {
            return null;
        }
        return new Actor(t.word(), sector, null, sector, t.begin(), t.end(),
                List.of(how + " '" + t.word() + "': " + who));
    }

    /**
     * Whether a complement is what one contributes: counted people or things after "con" ("colaboró con 70
     * personas", "apoyó con 30 expertos", which the parser may call an object), not a partner.
     */
    private static boolean contributed(Sentence s, Token t) {
        return hasCase(s, t, "con") && (t.upos().equals("NUM")
                || !s.children(t, c -> c.deprel().equals("nummod") && c.upos().equals("NUM")).isEmpty());
    }
}
