package org.dyad.coding;

import static org.dyad.coding.Codes.ARREST;
import static org.dyad.coding.Codes.FORCE;
import static org.dyad.coding.Codes.PROTEST_ROOT;
import static org.dyad.coding.Codes.REDUCE_RELATIONS;
import static org.dyad.coding.Codes.THREATS;
import static org.dyad.coding.PredicateChooser.PHASES;
import static org.dyad.coding.PredicateChooser.THING_CLASSES;
import static org.dyad.coding.PredicateChooser.ruleEntry;
import static org.dyad.coding.Syntax.RELATIVES;
import static org.dyad.coding.Syntax.agentlessPassive;
import static org.dyad.coding.Syntax.charged;
import static org.dyad.coding.Syntax.complements;
import static org.dyad.coding.Syntax.firstChild;
import static org.dyad.coding.Syntax.firstPerson;
import static org.dyad.coding.Syntax.governingVerb;
import static org.dyad.coding.Syntax.hasCase;
import static org.dyad.coding.Syntax.hasTargetCase;
import static org.dyad.coding.Syntax.mayBeObject;
import static org.dyad.coding.Syntax.negated;
import static org.dyad.coding.Syntax.onBehalf;
import static org.dyad.coding.Syntax.opensSentence;
import static org.dyad.coding.Syntax.passive;
import static org.dyad.coding.Syntax.passiveSubject;
import static org.dyad.coding.Syntax.predicativeParticiple;
import static org.dyad.coding.Syntax.quotedApart;
import static org.dyad.coding.Syntax.relativeBefore;
import static org.dyad.coding.Syntax.subject;
import static org.dyad.coding.Syntax.subjectOrAntecedent;
import static org.dyad.coding.Syntax.thirdPlural;
import static org.dyad.coding.Syntax.topic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dyad.actor.Actor;
import org.dyad.actor.ActorFinder;
import org.dyad.actor.Discourse;
import org.dyad.cameo.CameoCode;
import org.dyad.coding.PredicateChooser.Choice;
import org.dyad.coding.PredicateChooser.Undoing;
import org.dyad.coding.PredicateChooser.Intended;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Codes the events of a parsed sentence from the dependency tree: a predicate from the dictionary (a verb, a
 * light verb with an event noun, or an event noun with its own actors), the source from the subject (or the
 * passive agent, or the controlling or previous clause's subject when Spanish leaves it out), the target from
 * the object or a prepositional complement. One candidate per source and target pair. Stateless and
 * thread-safe.
 */
public final class EventCoder {
    private static final Set<String> POSSESSIVES = Set.of("su", "sus");
    /** A denial keeps no recipient here: the pipeline answers it to the article's accusers. */
    private static final String DENIAL = "016";

    private final PredicateDictionary predicates;
    private final ActorFinder actors;
    private final java.util.function.Predicate<String> reportingVerb;
    private final PredicateChooser chooser;

    public EventCoder(PredicateDictionary predicates, ActorFinder actors) {
        this(predicates, actors, lemma -> false);
    }

    /**
     * A coder that also gives a first-person quote to its speaker when the reporting verb follows it
     * ("«lo voy a echar», dijo Chávez").
     *
     * @param reportingVerb which verb lemmas report speech (what one says, alleges or denies)
     */
    public EventCoder(PredicateDictionary predicates, ActorFinder actors,
                      java.util.function.Predicate<String> reportingVerb) {
        this.predicates = predicates;
        this.actors = actors;
        this.reportingVerb = reportingVerb;
        this.chooser = new PredicateChooser(predicates, actors);
    }

    /** The candidates of one sentence; also records the sentence's subject for the next null subject. */
    public List<Candidate> code(Sentence s, ActorFinder.Mentions m, Discourse d, List<Actor> previousSubjects) {
        List<Candidate> out = new ArrayList<>();
        Set<Integer> consumedNouns = new HashSet<>();
        for (Token v : s.tokens()) {
            if (!v.upos().equals("VERB") && !predicativeParticiple(s, v)) {
                continue;
            }
            if (received(s, m, v, d, previousSubjects, out, consumedNouns) || chooser.undone(s, v)) {
                continue;
            }
            Choice choice = chooser.choose(s, v);
            Undoing undoing = choice == null ? chooser.undoing(s, m, v, d) : null;
            if (undoing != null) {
                choice = undoing.choice();
            }
            Actor leftBody = chooser.leftOrganisation(s, m, v, d);
            if (leftBody != null && (choice == null || choice.predicate().code().value().equals(MILITARY_RETREAT))) {
                // "Estados Unidos abandonó la OMS", "se retiró de la OTAN": leaving an international body cuts the
                // relation with it (160), whatever the verb's other senses.
                choice = new Choice(ruleEntry(v, REDUCE_RELATIONS), null,
                        List.of("verb '" + v.word() + "' leaving the international body '" + leftBody.text() + "' -> "
                                + REDUCE_RELATIONS.value()));
            } else {
                leftBody = null;
            }
            if (choice == null) {
                continue;
            }
            Actor court = LEGAL_ROOTS.contains(choice.predicate().code().root())
                    && !choice.predicate().code().value().equals(LAWSUIT.value()) ? venue(s, m, v, choice.noun(), d)
                    : null;
            if (court != null) {
                // "demandó a Colombia ante la Corte Internacional de Justicia", "denunció a Estados Unidos ante la
                // OMC": a demand or an accusation brought before a court is a lawsuit.
                List<String> why = new ArrayList<>(choice.via());
                why.add("brought before '" + court.text() + "': legal action -> " + LAWSUIT.value());
                choice = new Choice(ruleEntry(v, LAWSUIT), choice.noun(), why,
                        choice.object());
            }
            List<Actor> sources = sources(s, m, v, d, previousSubjects).stream()
                    .map(a -> sendingState(s, m, a, d)).toList();
            List<String> via = choice.via();
            boolean doerUnnamed = false;
            if (sources.isEmpty() && agentlessPassive(s, v) && !s.children(v, t -> hasCase(s, t, "por")
                    && predicates.satisfies("@" + NATURAL_FORCES, t.lemma())).isEmpty()) {
                // "cuando México fue golpeado por dos terremotos": nature strikes; no one assaults.
                continue;
            }
            if (sources.isEmpty() && agentlessPassive(s, v)) {
                // "tres personas fueron asesinadas", "fue amenazado de muerte", "fueron detenidos en el aeropuerto":
                // violence, threats and arrests without a named agent are still events.
                Actor doer = unnamedDoer(v, choice.predicate(), "agentless passive");
                if (doer != null) {
                    sources = List.of(doer);
                    doerUnnamed = true;
                }
            }
            if (sources.isEmpty() && choice.predicate().code().root().equals(PROTEST_ROOT) && thirdPlural(v)
                    && firstChild(s, v, "nsubj") == null && previousSubjects.isEmpty()) {
                // "PROTESTAN POR AUMENTO SALARIAL": a protest with no subject to refer back to is a crowd's.
                sources = List.of(new Actor(v.word(), CROWD, null, CROWD, v.begin(), v.end(),
                        List.of("protest verb '" + v.word() + "' without subject: a crowd of civilians")));
            }
            Token crowd = firstChild(s, v, "nsubj");
            String code = choice.predicate().code().value();
            if (sources.isEmpty() && crowd != null && DEMONSTRATIONS.stream().anyMatch(code::startsWith)
                    && unnamedCrowd(crowd)) {
                // "abogados laboralistas manifestaron contra el tribunal", "fueron 12.000 los que protestaron":
                // people whom the dictionary does not know, demonstrating or striking, are a crowd of civilians.
                sources = List.of(new Actor(crowd.word(), CROWD, null, CROWD, crowd.begin(), crowd.end(),
                        List.of("unknown plural subject '" + crowd.word() + "' of a demonstration: a crowd")));
            }
            if (sources.isEmpty() || choice.noun() != null && betweenPair(s, m, choice.noun(), d)) {
                // "se realizó la reunión entre X y Y", "no mantendrá el acuerdo firmado entre el FMI y el
                // presidente": the noun carries its own actors.
                continue;
            }
            if (choice.noun() != null) {
                consumedNouns.add(choice.noun().index());
            }
            if (choice.object() != null) {
                // "presentó una protesta ante Argentina": the object named by the entry is this act, not another.
                consumedNouns.add(choice.object().index());
            }
            Token targetHost = choice.noun() != null ? choice.noun() : null;
            List<Actor> targets = targets(s, m, v, targetHost, d, sources, choice.predicate().code().root(),
                    choice.object());
            if (leftBody != null) {
                targets = List.of(leftBody);
            }
            if (undoing != null && undoing.act() != null) {
                // "revocó la orden de expulsar a los diplomáticos rusos": the undoing reaches whom the act did.
                targets = undoing.left() != null ? List.of(undoing.left())
                        : targets(s, m, undoing.act(), null, d, sources, undoing.root(), undoing.object());
            }
            if (choice.noun() == null && predicates.satisfies("@" + ARRIVALS, v.lemma())) {
                // "el presidente de Chile llegó a Madrid": an arrival is a visit only by a government or its
                // officials, to another state named after "a" or "en" (not "llegó procedente de Alemania", "los
                // manifestantes llegaron a la Explanada", "llegó al Senado", "la paz llegó a Colombia").
                String home = sources.get(0).country();
                if (home == null || sources.stream().anyMatch(a -> !"GOV".equals(a.sector()))) {
                    continue;
                }
                targets = targets.stream().filter(t -> t.sector() == null && t.country() != null
                        && !t.country().equals(home) && arrivedAt(s, t)).toList();
                if (targets.isEmpty()) {
                    continue;
                }
            }
            if (targets.isEmpty() && doerUnnamed) {
                // "René González … fueron detenidos": with neither doer nor victim known, nothing is coded.
                continue;
            }
            Token trigger = choice.noun() != null ? choice.noun() : v;
            Predicate predicate = choice.predicate();
            CameoCode opposite = choice.noun() == null ? predicates.negatedOpposite(v.lemma()) : null;
            boolean negationIsTheAct = opposite != null && negated(s, v);
            if (negationIsTheAct) {
                // "no aceptó la propuesta", "no acatará el fallo": the refusal is the act.
                predicate = predicate.withCode(opposite);
                via = new ArrayList<>(via);
                via.add("negated '" + v.word() + "' is a refusal -> " + opposite.value() + " (negated-opposites.tsv)");
            }
            Token meeting = choice.noun() != null ? choice.noun() : choice.object();
            List<Actor> parties = meeting == null ? List.of() : parties(s, m, meeting, d, sources.get(0));
            if (!parties.isEmpty() && (predicate.code().root().equals(MEET)
                    || predicate.code().value().equals(MEDIATE.value()))) {
                // "Turquía organizó un encuentro entre Rusia y Ucrania", "un diálogo entre X y Y que será facilitado
                // por Z": a meeting between two others that the source brings about is mediation, toward each side.
                predicate = predicate.withCode(MEDIATE);
                targets = parties;
                via = new ArrayList<>(via);
                via.add("meeting between others brought about by the source -> " + MEDIATE.value());
            }
            if (predicate.code().root().equals(STATEMENT_ROOT) && (chooser.disparaging(s, v)
                    || choice.noun() != null && chooser.disparaging(s, choice.noun()))) {
                // "emitió el comentario … de manera despectiva": a statement made with contempt is criticism.
                predicate = predicate.withCode(CRITICISM);
                via = new ArrayList<>(via);
                via.add("statement made disparagingly -> " + CRITICISM.value() + " (noun-classes.tsv: disparaging)");
            }
            if (FORCE.contains(predicate.code().root()) && choice.noun() == null && verbalAttack(sources, targets)) {
                // "Trump continúa atacando a los medios", "el presidente arremetió contra el Congreso": force by a
                // politician on the press, the courts, parliament or a party of the own state is words.
                predicate = predicate.withCode(CRITICISM);
                via = new ArrayList<>(via);
                via.add("force by a politician on the press, courts, parliament or parties of the own state -> "
                        + CRITICISM.value());
            }
            Token anchor = v;
            Intended intended = chooser.intended(s, v, choice.noun(), predicate, via);
            if (intended != null) {
                anchor = intended.frame();
                predicate = intended.predicate();
                via = intended.via();
                if (targets.isEmpty()) {
                    // "prometió a Ucrania retirar sus tropas": the promise is made to its addressee (by the
                    // intended act's rules: "no ha querido hablar con la prensa" still consults no one).
                    targets = targets(s, m, anchor, null, d, sources, choice.predicate().code().root(), null);
                }
            }
            int before = out.size();
            addPairs(out, anchor, trigger, predicate, sources, targets, via);
            for (Actor coAgent : coAgents(s, m, v, d, sources)) {
                addPairs(out, anchor, trigger, predicate, List.of(coAgent), targets, via);
            }
            if (negationIsTheAct) {
                for (int k = before; k < out.size(); k++) {
                    Candidate c = out.get(k);
                    out.set(k, new Candidate(c.anchor(), c.trigger(), c.predicate(), c.source(), c.target(), c.via(),
                            true));
                }
            }
        }
        for (Token n : s.tokens()) {
            if (!n.upos().equals("NOUN") || consumedNouns.contains(n.index())) {
                continue;
            }
            if (leavingNoun(s, m, n, d, out)) {
                continue;
            }
            List<Predicate> entries = chooser.nounEntries(s, n);
            if (entries.isEmpty() || chooser.partOfName(s, n) || chooser.idiom(s, n)) {
                continue;
            }
            String root = entries.get(0).code().root();
            boolean sameAct = out.stream().anyMatch(c -> c.predicate().code().root().equals(root)
                    && s.dominates(c.anchor(), n));
            if (sameAct) {
                // "participaron en una manifestación": the verb's event already is this act.
                continue;
            }
            nounEvent(s, m, n, entries.get(0), d, previousSubjects, out);
        }
        // "prometió retirar sus tropas": the promise is coded as the intent to withdraw (0356); the frame verb's own
        // general entry ("prometer" 030, "amenazar" 130) for the same actors would count the one statement twice.
        out.removeIf(c -> c.trigger() == c.anchor() && (predicates.isIntentFrame(c.anchor().lemma())
                || predicates.satisfies("@" + THREATS, c.anchor().lemma()))
                && out.stream().anyMatch(o -> o != c && o.anchor() == c.anchor() && o.trigger() != c.trigger()
                && o.predicate().code().root().equals(c.predicate().code().root())
                && o.source().code().equals(c.source().code())));
        return out;
    }

    private static final Set<String> POLITICIANS = Set.of("GOV", "LEG", "PTY", "OPP", "ELI");
    private static final Set<String> INSTITUTIONS = Set.of("MED", "JUD", "LEG", "PTY");

    /** Whether force by these sources on these targets is a politician's words against the own state's institutions. */
    private static boolean verbalAttack(List<Actor> sources, List<Actor> targets) {
        Actor source = sources.get(0);
        return source.sector() != null && POLITICIANS.contains(source.sector()) && source.country() != null
                && !targets.isEmpty() && targets.stream().allMatch(t -> t.sector() != null
                && INSTITUTIONS.contains(t.sector()) && source.country().equals(t.country()));
    }

    private static final String NATURAL_FORCES = "natural-forces";

    private static final String DIRECTIONS = "directions";
    private static final String PATIENT_NOUNS = "patient-nouns";

    /**
     * Who does an act the text does not attribute ({@code how}: the construction that leaves it out): the police
     * for an arrest, unidentified men for threats and violence, nobody (null) for anything else.
     */
    private static Actor unnamedDoer(Token t, Predicate p, String how) {
        String sector;
        String who;
        if (p.code().value().equals(ARREST)) {
            sector = POLICE;
            who = "arrested by the police";
        } else if (UNATTRIBUTED_ROOTS.contains(p.code().root())) {
            sector = UNIDENTIFIED_ARMED;
            who = "unidentified perpetrators";
        } else {
            return null;
        }
        return new Actor(t.word(), sector, null, sector, t.begin(), t.end(),
                List.of(how + " '" + t.word() + "': " + who));
    }

    /** Roots of threats and violence that are events even when the text does not say who did it. */
    private static final Set<String> UNATTRIBUTED_ROOTS = Set.of("13", "18", "19", "20");
    private static final String UNIDENTIFIED_ARMED = "UAF";
    /** Conventional military force (CAMEO 19): invading, occupying, annexing are a state's acts. */
    private static final String CONQUEST_ROOT = "19";
    private static final String POLICE = "COP";
    private static final String MEDIA = "MED";

    /**
     * Whether a verb's subject is its object misread: a common noun after a verb with no object, naming no one ("su
     * discurso, en el que valoró la medida como un triunfo": the subject is unsaid).
     */
    private boolean objectTakenForSubject(Sentence s, ActorFinder.Mentions m, Token v, Token subj, Discourse d) {
        return mayBeObject(s, v, subj) && actors.resolve(s, m, subj, d, null).isEmpty();
    }

    private static final CameoCode LAWSUIT = CameoCode.of("115");
    /** Roots of demands and accusations, which become a lawsuit when brought before a court. */
    private static final Set<String> LEGAL_ROOTS = Set.of("10", "11");
    /** Where states sue one another that is no court by name: the WTO's dispute settlement. */
    private static final Set<String> TRIBUNALS = Set.of("WTO");
    /** Prepositions that make an infinitive the complement of its verb ("amenazó con", "se negó a", "trató de"). */
    private static final Set<String> COMPLEMENT_MARKS = Set.of("con", "a", "de");

    /**
     * The court an act is brought before: an "ante" complement of the verb, or of its event noun, naming a judicial
     * body ("ante la Corte Internacional de Justicia", "ante un tribunal de Perú") or the WTO; or null.
     */
    private Actor venue(Sentence s, ActorFinder.Mentions m, Token v, Token noun, Discourse d) {
        List<Token> complements = new ArrayList<>(s.children(v, t -> t.deprel().startsWith("obl")
                && hasCase(s, t, "ante")));
        for (Token host : noun == null ? s.children(v, t -> t.deprel().equals("obj")) : List.of(noun)) {
            complements.addAll(s.children(host, t -> t.deprel().equals("nmod") && hasCase(s, t, "ante")));
        }
        for (Token c : complements) {
            Actor court = court(s, m, c, d);
            if (court != null) {
                return court;
            }
        }
        return null;
    }

    /** The judicial body, or the WTO, that an "ante" complement names; or null. */
    private Actor court(Sentence s, ActorFinder.Mentions m, Token c, Discourse d) {
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

    /** Verbs by which the subject undergoes an act named by their object ("recibió críticas de la oposición"). */
    private static final Set<String> RECEIVING = Set.of("recibir", "obtener", "sufrir", "padecer", "cosechar");

    /**
     * "El presidente recibió duras críticas de la oposición", "Haití recibió ayuda de Estados Unidos", "sufrió un
     * ataque de los rebeldes": the act the object names is done by its "de" or "por" complement (of the noun, or hung
     * on the verb) to the subject. Adds the events, marks the noun as used and returns true; false when the verb is
     * no such act.
     */
    private boolean received(Sentence s, ActorFinder.Mentions m, Token v, Discourse d, List<Actor> previous,
                             List<Candidate> out, Set<Integer> consumedNouns) {
        Token obj = RECEIVING.contains(v.lemma()) ? firstChild(s, v, "obj") : null;
        List<Predicate> entries = obj == null || !obj.upos().equals("NOUN") ? List.of() : chooser.nounEntries(s, obj);
        if (entries.isEmpty()) {
            return false;
        }
        Predicate p = entries.get(0);
        List<Actor> doers = new ArrayList<>();
        for (Token host : List.of(obj, v)) {
            for (Token c : s.children(host, t -> (t.deprel().equals("nmod") || t.deprel().startsWith("obl"))
                    && t.index() > obj.index() && (hasCase(s, t, "de") || hasCase(s, t, "del")
                    || hasCase(s, t, "por")))) {
                if (doers.isEmpty()) {
                    doers.addAll(actors.resolve(s, m, c, d, null));
                }
            }
        }
        List<Actor> subjects = sources(s, m, v, d, previous);
        if (doers.isEmpty() || subjects.isEmpty()) {
            return false;
        }
        consumedNouns.add(obj.index());
        addPairs(out, v, obj, p, doers, subjects, List.of("'" + v.word() + "' + event noun '" + obj.word() + "' "
                + p.origin() + ": done by its 'de' or 'por' complement to the subject"));
        return true;
    }

    /** Nouns of leaving ("el retiro de Estados Unidos de la OMS", "la salida del Reino Unido de la UE"). */
    private static final Set<String> LEAVING_NOUNS = Set.of("retiro", "retirada", "salida", "abandono",
            "desvinculación", "separación");

    /**
     * A noun of leaving with a state in one "de" phrase and an international body in another ("el retiro de Estados
     * Unidos de ese organismo", the second phrase often hung on the first): the state cuts its relation with the
     * body (160), as with the verbs. Adds the event and returns true; false when the noun is no such act.
     */
    private boolean leavingNoun(Sentence s, ActorFinder.Mentions m, Token n, Discourse d, List<Candidate> out) {
        if (!LEAVING_NOUNS.contains(n.lemma())) {
            return false;
        }
        List<Token> phrases = new ArrayList<>();
        for (Token c : s.children(n, t -> t.deprel().equals("nmod") && (hasCase(s, t, "de") || hasCase(s, t, "del")))) {
            phrases.add(c);
            phrases.addAll(s.children(c, t -> t.deprel().equals("nmod") && t.index() > c.index()
                    && (hasCase(s, t, "de") || hasCase(s, t, "del"))));
        }
        Actor body = null;
        Actor leaver = null;
        for (Token c : phrases) {
            for (Actor a : actors.resolve(s, m, c, d, null)) {
                boolean international = chooser.internationalBody(a);
                if (international && body == null) {
                    body = a;
                } else if (!international && leaver == null && a.country() != null) {
                    leaver = a;
                }
            }
        }
        if (body == null || leaver == null) {
            return false;
        }
        Predicate p = new Predicate(n.lemma(), null, REDUCE_RELATIONS, false, "", "", "rule");
        Token anchor = governingVerb(s, n);
        addPairs(out, anchor == null ? n : anchor, n, p, List.of(leaver), List.of(body),
                List.of("noun '" + n.word() + "' of leaving the international body '" + body.text() + "' -> "
                        + REDUCE_RELATIONS.value()));
        return true;
    }

    /** CAMEO's coercion: arrests, administrative sanctions, dismissals. */
    private static final String COERCE_ROOT = "17";

    /** Demonstrations, hunger strikes and strikes (CAMEO 140–143): what crowds do. */
    private static final Set<String> DEMONSTRATIONS = Set.of("140", "141", "142", "143");
    /** Pronouns and quantities that stand for a number of people ("los que protestaron", "miles marcharon"). */
    private static final Set<String> PEOPLE_PRONOUNS = Set.of("los", "las", "quienes", "ellos", "ellas", "muchos",
            "muchas", "varios", "varias", "algunos", "algunas", "miles", "cientos", "centenares", "decenas", "todos");

    /** Whether a subject the dictionary does not know names a number of people: a plural noun or such a pronoun. */
    private boolean unnamedCrowd(Token subj) {
        if (subj.upos().equals("NUM") || (subj.upos().equals("PRON") && PEOPLE_PRONOUNS.contains(subj.lower()))) {
            return true;
        }
        if (!subj.upos().equals("NOUN") || !subj.isPluralNoun() || !predicates.noun(subj.lemma()).isEmpty()) {
            return false;
        }
        for (String c : THING_CLASSES) {
            if (predicates.satisfies(c, subj.lemma())) {
                return false;
            }
        }
        return true;
    }

    /** Speeches, letters and statements, whose words are their author's (noun-classes.tsv: messages). */
    private static final String MESSAGES = "messages";

    /** Acts whose "en" complement names the recipient's domain (noun-classes.tsv: into-targets). */
    private static final String INTO_TARGETS = "into-targets";

    /**
     * The actor a phrase names, itself or by its "de" complement ("en las elecciones de EEUU", "el informe de
     * Newsweek"); empty when neither names one.
     */
    private List<Actor> actorOfThing(Sentence s, ActorFinder.Mentions m, Token thing, Discourse d) {
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

    /** Verbs by which something causes a protest ("provocó protestas", "desató una ola de protestas"). */
    private static final Set<String> CAUSES = Set.of("provocar", "desatar", "generar", "suscitar", "causar",
            "motivar", "despertar", "originar", "detonar", "encender", "avivar");

    /**
     * Whom a protest is aimed at when the text names no one: the actor behind what caused it ("el informe de
     * Newsweek, que … provocó varias protestas": the cause's own actor, else its "de" complement, else the subject
     * of the clause that names it), else whom it met ({@link #greeted}).
     */
    private List<Actor> provokedOrGreeted(Sentence s, ActorFinder.Mentions m, Token protest, Discourse d,
                                          List<Actor> previous) {
        Token verb = s.parent(protest);
        if (verb != null && verb.isVerb() && CAUSES.contains(verb.lemma()) && protest.deprel().equals("obj")) {
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
        if (verb == null || !passive(s, verb) || !(hasCase(s, protest, "por") || hasCase(s, protest, "con"))) {
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
    private List<Actor> sources(Sentence s, ActorFinder.Mentions m, Token v, Discourse d, List<Actor> previous) {
        Token cur = v;
        for (int hops = 0; hops < 4 && cur != null; hops++) {
            if (passive(s, cur)) {
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
                    if (obl.lower().equals("manos") && hasCase(s, obl, "a")) {
                        // "fue asesinado a manos de unos policías": the agent of a passive.
                        for (Token by : s.children(obl, t -> t.deprel().equals("nmod") && hasCase(s, t, "de"))) {
                            List<Actor> a = actors.resolve(s, m, by, d, null);
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
            if (subj != null && RELATIVES.contains(subj.lower()) && cur.deprel().startsWith("acl")
                    && s.parent(cur) != null) {
                // "Cavusoglu, quien se reunió con …": the relative pronoun stands for the noun it modifies; a noun
                // coordinated with it that has a relative clause of its own is not in this one ("la sociedad que
                // se movilizó … y la policía, que disparó").
                Token clause = cur;
                Token antecedent = s.parent(cur);
                List<Actor> a = actors.resolve(s, m, antecedent, d, null, h -> s.children(h, t ->
                        t.deprel().startsWith("acl") && t != clause).isEmpty());
                if (a.isEmpty() && predicates.satisfies("@" + MESSAGES, antecedent.lemma())) {
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
                if (!named.isEmpty() || !mayBeObject(s, cur, subj)) {
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
            if (rel.equals("conj") && passive(s, parent) && !passive(s, cur)) {
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

    /** Diplomatic cooperation and agreements (CAMEO 05). */
    private static final String COOPERATION = "05";
    /** Appeals, demands and coercion: their object does what they are for. */
    private static final Set<String> URGING_ROOTS = Set.of("02", "10", "17");

    private static final Set<String> AUTHORITIES = Set.of("GOV", "COP", "MIL", "JUD", "LEG");

    /**
     * The targets, with the authorities a domestic crowd addresses placed in the crowd's own state: when workers
     * of Colombia strike "contra el gobierno", the government is Colombia's, not that of another state the article
     * named earlier, unless the phrase itself names a state ("el gobierno de Ecuador").
     */
    /** Sectors of bodies one belongs to as a member: parties, unions, the opposition, churches. */
    private static final Set<String> MEMBERSHIPS = Set.of("PTY", "LAB", "OPP", "REL");

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
    private List<Actor> coAgents(Sentence s, ActorFinder.Mentions m, Token v, Discourse d, List<Actor> sources) {
        if (passive(s, v)) {
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
    private List<Actor> targets(Sentence s, ActorFinder.Mentions m, Token v, Token noun, Discourse d,
                                List<Actor> sources, String root, Token theme) {
        String except = sources.get(0).country();
        // What a meeting or a talk is about is no party to it ("dialogó sobre Venezuela con Estados Unidos",
        // "habló de Rusia").
        boolean meeting = MEET.equals(root);
        java.util.function.Predicate<Token> partner = t -> hasTargetCase(s, t) && !(meeting && topic(s, t))
                && !onBehalf(s, t);
        // "habló con la prensa", "se reunió con periodistas": a press conference consults no one.
        java.util.function.UnaryOperator<List<Actor>> partners = found -> {
            if (meeting) {
                found.removeIf(a -> MEDIA.equals(a.sector()));
            }
            return found;
        };
        List<Token> slots = new ArrayList<>();
        boolean passive = passive(s, v);
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
            if (passive && hasCase(s, c, "por")) {
                continue;
            }
            if ((rel.equals("obj") || rel.equals("iobj")) && theme != null && c.index() == theme.index()
                    && !hasCase(s, c, "a") && !hasCase(s, c, "al") && stateless(s, m, c, d, except)) {
                // "pidió tropas a Sudáfrica", "declaró persona non grata al embajador": the object the entry asked
                // for is the thing given or done, unless marked as a person with "a" ("expulsó a los diplomáticos")
                // or a state's ("aceptó la invitación china").
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
            if (!c.deprel().equals("obj") || hasCase(s, c, "por")) {
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
            List<Actor> found = partners.apply(actors.resolve(s, m, slot, d, except));
            if (!found.isEmpty()) {
                return ownAuthorities(sources.get(0), found);
            }
        }
        if (predicates.satisfies("@" + INTO_TARGETS, v.lemma())) {
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
            List<Token> inner = new ArrayList<>(s.children(c, t -> t.deprel().equals("obj")
                    || t.deprel().equals("iobj") || (t.deprel().startsWith("obl") && partner.test(t))));
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
        List<Actor> deeper = MEET.equals(root) ? List.of() : nestedRecipient(s, m, v, d, sources.get(0));
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

    private static final String STATEMENT_ROOT = "01";
    private static final CameoCode CRITICISM = CameoCode.of("111");

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
        Actor speaker = reportingSpeaker(s, m, v, d, except);
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
    private Actor reportingSpeaker(Sentence s, ActorFinder.Mentions m, Token v, Discourse d, String except) {
        Token reporting = s.parent(v);
        if (!v.deprel().equals("ccomp") || reporting == null || !reportingVerb.test(reporting.lemma())
                || firstChild(s, v, "nsubj") == null) {
            return null;
        }
        Token subj = subject(s, m, reporting);
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

    /** Object clitics that stand for a person or group ("lo felicitó", "le pidió", "los recibió"). */
    private static final Set<String> OBJECT_CLITICS = Set.of("lo", "la", "los", "las", "le", "les");

    private static final Set<String> NEUTER_DEMONSTRATIVES = Set.of("ello", "esto", "eso", "aquello");

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

    private static final String MEET = "04";
    /** Roots whose addressee may be the subject of a complement clause: appeals, demands, disapproval, rejection. */
    private static final Set<String> CLAUSE_ADDRESSEE_ROOTS = Set.of("02", "10", "11", "12");
    /** Roots whose addressee may be the subject of a causal clause ("porque …"): disapproval and rejection. */
    private static final Set<String> CAUSE_ADDRESSEE_ROOTS = Set.of("11", "12");
    /** Whether a nominal names no state's actor: "tropas", "persona", or no actor at all. */
    private boolean stateless(Sentence s, ActorFinder.Mentions m, Token t, Discourse d, String except) {
        return actors.resolve(s, m, t, d, except).stream().allMatch(a -> a.country() == null);
    }

    /** Diplomatic missions and envoys: "en X" names the host state, not theirs. */
    private static final Set<String> MISSIONS = Set.of("embajada", "embajador", "embajadora", "consulado", "cónsul",
            "misión", "delegación", "legación", "representación", "encargado");

    /**
     * A mission that acts, placed only by its host ("la embajada en Buenos Aires presentó una protesta"), belongs to
     * the sending state: the latest other state's government of the article. As a recipient ("retiró a su
     * embajador en Argentina"), the host is the right state and this is not applied.
     */
    private Actor sendingState(Sentence s, ActorFinder.Mentions m, Actor a, Discourse d) {
        if (a.country() == null) {
            return a;
        }
        for (Token t : s.tokens()) {
            if (t.begin() < a.begin() || t.end() > a.end() || !MISSIONS.contains(t.lemma())) {
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

    /** How deep below the predicate a recipient nested in its complements may sit. */
    private static final int RECIPIENT_DEPTH = 3;
    /** Prepositions of a time adjunct: "durante los gobiernos de Bush y Obama" is when, not whom. */
    private static final Set<String> TIME_CASES = Set.of("durante", "tras", "antes", "después", "mientras");
    /** Relations that open another clause or a side remark: a recipient is never looked for below them. */
    private static final Set<String> OTHER_CLAUSE = Set.of("nsubj", "nsubj:pass", "csubj", "ccomp", "advcl", "conj",
            "parataxis", "acl:relcl", "appos", "punct", "cc", "obl:agent", "dep", "list", "vocative");

    /**
     * A recipient nested in the predicate's complements, nearest first, when none stands in a direct slot: "admitió
     * su responsabilidad en el bombardeo contra Siria", "cedió ante la presión de Estados Unidos", "rechazó la
     * tregua propuesta por Ucrania". A nominal counts when it has a recipient preposition, is the "de" complement
     * of a complement (whose act or thing it is), or the agent of a participle; the search stays in the
     * predicate's clause, goes at most {@link #RECIPIENT_DEPTH} levels down and skips the subject, the source's
     * words and a passive's agent. Meetings are not searched: their partner is named directly ("se reunió con"),
     * and "se encontraban en el sitio Puerto de los Pescadores" is no meeting.
     */
    private List<Actor> nestedRecipient(Sentence s, ActorFinder.Mentions m, Token v, Discourse d, Actor source) {
        boolean passive = passive(s, v);
        java.util.function.Predicate<Token> inClause = t -> !OTHER_CLAUSE.contains(t.deprel())
                && !(passive && hasCase(s, t, "por")) && (t.end() <= source.begin() || t.begin() >= source.end());
        // "Durante las administraciones de los presidentes Bush y Obama, la Guardia Nacional brindó apoyo": a time
        // adjunct holds no recipient.
        List<Token> level = new ArrayList<>(s.children(v, t -> inClause.test(t)
                && s.children(t, c -> c.deprel().equals("case") && TIME_CASES.contains(c.lower())).isEmpty()));
        for (int depth = 1; depth <= RECIPIENT_DEPTH && !level.isEmpty(); depth++) {
            List<Token> next = new ArrayList<>();
            for (Token t : level) {
                Token head = s.parent(t);
                boolean nominal = t.upos().equals("NOUN") || t.upos().equals("PROPN");
                boolean byAgent = hasCase(s, t, "por") && head != null && head.index() != v.index()
                        && (head.upos().equals("ADJ") || head.upos().equals("VERB"));
                boolean ofComplement = depth > 1 && (hasCase(s, t, "de") || hasCase(s, t, "del"))
                        && head != null && head.upos().equals("NOUN");
                if (nominal && (hasTargetCase(s, t) || byAgent || ofComplement) && !onBehalf(s, t)
                        && !(depth > 1 && ActorFinder.placeNoun(t))) {
                    // (Deep in a clause, "por las calles de las principales ciudades colombianas" is where.)
                    List<Actor> found = actors.resolve(s, m, t, d, source.country());
                    found.removeIf(a -> a.code().equals(source.code()));
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
                if (!t.isVerb() && !predicates.satisfies("@" + DIRECTIONS, t.lemma()) && !ActorFinder.kin(t)
                        && !onBehalf(s, t)) {
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
    private List<Token> between(Sentence s, Token n) {
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
                } else if (!t.isVerb()) {
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
    private boolean betweenPair(Sentence s, ActorFinder.Mentions m, Token n, Discourse d) {
        return between(s, n).stream().anyMatch(c -> actors.resolve(s, m, c, d, null).size() >= 2);
    }

    /** Verbs of arriving, which are visits only by a state to another (class "arrivals": "llegó a Madrid"). */
    private static final String ARRIVALS = "arrivals";

    /** Whether an actor is named where one arrives: after "a" or "en" ("llegó a Berlín", "arribó en Lima"). */
    private static boolean arrivedAt(Sentence s, Actor a) {
        for (Token t : s.tokens()) {
            if (t.begin() == a.begin()) {
                return hasCase(s, t, "a") || hasCase(s, t, "al") || hasCase(s, t, "en");
            }
        }
        return false;
    }

    private static final CameoCode MEDIATE = CameoCode.of("045");

    /** The two or more sides of a meeting noun's "entre X y Y", when the source is none of them; else empty. */
    private List<Actor> parties(Sentence s, ActorFinder.Mentions m, Token meeting, Discourse d, Actor source) {
        if (chooser.nounEntries(s, meeting).stream().noneMatch(p -> p.code().root().equals(MEET))) {
            return List.of();
        }
        for (Token c : between(s, meeting)) {
            List<Actor> pair = actors.resolve(s, m, c, d, null);
            if (pair.size() >= 2 && pair.stream().noneMatch(a -> java.util.Objects.equals(a.country(),
                    source.country()) || a.code().equals(source.code()))) {
                return pair;
            }
        }
        Token above = s.parent(meeting);
        Token phrase = above != null && PHASES.contains(above.lemma()) ? above : meeting;
        boolean definite = !s.children(phrase, t -> t.deprel().equals("det") && DEFINITE.contains(t.lemma()))
                .isEmpty();
        List<Actor> told = d.lastMeeting();
        if (definite && !told.isEmpty() && s.children(meeting, t -> t.deprel().equals("nmod")).isEmpty()
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

    /** Determiners of a noun that refers back ("el diálogo", "este encuentro", "dicha reunión"). */
    private static final Set<String> DEFINITE = Set.of("el", "este", "ese", "aquel", "dicho");

    /** An event noun outside a light-verb construction: "la visita de Putin a Corea", "su cumbre con Kim". */
    private void nounEvent(Sentence s, ActorFinder.Mentions m, Token n, Predicate p, Discourse d,
                           List<Actor> previous, List<Candidate> out) {
        if (predicates.satisfies("@" + AMBIGUOUS_PROTESTS, n.lemma()) && p.code().root().equals(PROTEST)
                && s.children(n, t -> t.deprel().equals("nmod") && (hasCase(s, t, "de") || hasCase(s, t, "del"))
                && t.upos().equals("NOUN") && chooser.nounEntries(s, t).isEmpty()
                && actors.resolve(s, m, t, d, null).isEmpty()).size() > 0) {
            // "la concentración de dióxido de cloro", "la movilización de recursos", "la marcha de las relaciones": a
            // thing's, no protest (but "una marcha de protesta" is one).
            return;
        }
        List<Actor> sources = new ArrayList<>();
        List<Actor> targets = new ArrayList<>();
        List<String> via = new ArrayList<>();
        via.add("event noun '" + n.word() + "' " + p.origin());
        for (Token c : between(s, n)) {
            List<Actor> pair = actors.resolve(s, m, c, d, null);
            if (pair.size() >= 2) {
                sources.add(pair.get(0));
                targets.add(pair.get(1));
                via.add("'entre X y Y'");
            }
        }
        if (sources.isEmpty()) {
            Token owner = null;
            for (Token c : s.children(n, t -> t.deprel().equals("det") && POSSESSIVES.contains(t.lower()))) {
                owner = c;
            }
            List<Actor> recipients = new ArrayList<>();
            List<Actor> ofActors = new ArrayList<>();
            List<Actor> byActors = new ArrayList<>();
            for (Token c : s.children(n, t -> t.deprel().equals("nmod"))) {
                if (hasCase(s, c, "por") && !p.code().root().equals(PROTEST)) {
                    // "la invasión de Ucrania por Rusia": the agent of the act, as in a passive.
                    byActors.addAll(actors.resolve(s, m, c, d, null));
                } else if (hasCase(s, c, "de") || hasCase(s, c, "del")) {
                    ofActors.addAll(actors.resolve(s, m, c, d, null));
                } else if (hasCase(s, c, "en") && predicates.satisfies("@" + INTO_TARGETS, n.lemma())) {
                    // "la injerencia de Rusia en las elecciones de Estados Unidos": whose affairs are meddled in.
                    recipients.addAll(actorOfThing(s, m, c, d));
                } else if (hasTargetCase(s, c) || (p.code().root().equals(PROTEST) && hasCase(s, c, "por"))) {
                    // "en protesta por la intervención rusa": a protest is aimed at the agent of what it opposes;
                    // "una protesta contra las políticas migratorias de Trump", at whose the thing opposed is.
                    List<Actor> r = actors.resolve(s, m, c, d, null);
                    Actor agent = r.isEmpty() ? eventAgent(s, m, c, d) : null;
                    if (r.isEmpty() && agent == null && hasCase(s, c, "contra")) {
                        // (A state or its officials own policies: "contra la privatización de dos empresas" is
                        // not against the firms.)
                        r = actorOfThing(s, m, c, d).stream().filter(this::official).toList();
                    }
                    recipients.addAll(agent == null ? r : List.of(agent));
                }
            }
            if (recipients.isEmpty() && predicates.satisfies("@" + INTO_TARGETS, n.lemma())) {
                // "mencionó el tema de las interferencias de EEUU en la vida política de Rusia": the parser may
                // hang the "en" phrase that follows the act on a noun or the verb above it.
                Token above = s.parent(n);
                for (int up = 0; up < 2 && above != null && recipients.isEmpty(); up++) {
                    for (Token c : s.children(above, t -> (t.deprel().equals("nmod") || t.deprel().startsWith("obl"))
                            && t.index() > n.index() && hasCase(s, t, "en"))) {
                        recipients.addAll(actorOfThing(s, m, c, d));
                    }
                    above = above.isVerb() ? null : s.parent(above);
                }
            }
            List<Actor> doers = adjunctDoers(s, m, n, d);
            List<Actor> relativeDoers = owner == null && byActors.isEmpty() ? relativeDoers(s, m, n, d) : List.of();
            if (!relativeDoers.isEmpty()) {
                // "las protestas que estudiantes realizan", "el ataque que lanzaron los rebeldes contra…": the
                // subject of a relative clause that does the act is its agent.
                sources.addAll(relativeDoers);
                targets.addAll(recipients);
                via.add("agent: subject of the relative clause that does the act");
            } else if (owner == null && !byActors.isEmpty() && !ofActors.isEmpty()) {
                // "la invasión de Ucrania por Rusia": the agent does it to the "de" complement.
                sources.addAll(byActors);
                targets.addAll(ofActors);
                via.add("agent 'por' of the event noun; its 'de' complement suffers it");
            } else if (owner != null) {
                Actor a = ownerOf(s, n, m, d, previous);
                if (a == null) {
                    return;
                }
                sources.add(a);
                via.add("possessive '" + owner.word() + "' -> '" + a.text() + "'");
                targets.addAll(!recipients.isEmpty() ? recipients : ofActors);
                if (targets.isEmpty() && p.code().root().equals("04") && !n.isPluralNoun()) {
                    // "su cumbre", "su reunión": a meeting has two sides; the other is the last other state named.
                    // Not so for a habit ("agredido en sus visitas"): plural acts with no one named have no one
                    // counterpart.
                    Actor other = d.recent(a.country(), null);
                    if (other != null) {
                        targets.add(other);
                        via.add("meeting counterpart -> '" + other.text() + "'");
                    }
                }
                boolean crowdProtest = p.code().root().equals(PROTEST) && predicates.isCrowd(a.sector());
                if (targets.isEmpty() && !crowdProtest) {
                    // "su guerra en Ucrania": an owner alone is too weak a source for an event without a recipient;
                    // a crowd's own protest is not ("los campesinos radicalizaron sus protestas").
                    return;
                }
            } else if (!ofActors.isEmpty() && predicates.satisfies("@" + PATIENT_NOUNS, n.lemma())) {
                // "la detención de dos guerrilleros", "el asesinato de un alcalde", "la anexión de Austria": the "de"
                // complement of these nouns is who suffers the act; who does it is named by an adjective ("la
                // anexión rusa de Crimea") or unnamed: the police for an arrest, unidentified men for violence, no
                // one for a state's conquest.
                Actor doer = modifierActor(s, m, n, d);
                if (doer == null && !p.code().root().equals(CONQUEST_ROOT)) {
                    doer = unnamedDoer(n, p, "patient noun");
                }
                if (doer == null) {
                    return;
                }
                sources.add(doer);
                targets.addAll(ofActors);
            } else if (!ofActors.isEmpty() && (!recipients.isEmpty() || predicates.allowsNoTarget(p.code()))) {
                // "la manifestación de campesinos contra el gobierno", "el atentado de la guerrilla"
                for (Actor a : ofActors) {
                    if (p.code().root().equals(PROTEST) && recipients.isEmpty() && a.sector() == null
                            && a.country() != null && a.code().equals(a.country())) {
                        // "las protestas de Colombia": a state's own protest is a complaint made to someone;
                        // protests of a country with no one addressed are its people's.
                        sources.add(new Actor(a.text(), a.country() + CROWD, a.country(), CROWD, a.begin(), a.end(),
                                Actor.appended(a.via(), "protests of a country: its civilians")));
                    } else {
                        sources.add(a);
                    }
                }
                targets.addAll(recipients);
            } else if (p.code().root().equals(PROTEST) && where(s, m, n) != null) {
                // "huelgas en Ecuador": a protest located in a state, by its people.
                Actor place = where(s, m, n);
                sources.add(new Actor(place.text(), place.country() + "CVL", place.country(), "CVL", place.begin(),
                        place.end(), List.of("protest located in '" + place.text() + "': its civilians")));
                targets.addAll(recipients.isEmpty() ? provokedOrGreeted(s, m, n, d, previous) : recipients);
            } else if (modifierActor(s, m, n, d) != null
                    && (!recipients.isEmpty() || predicates.allowsNoTarget(p.code()))) {
                // "los atentados guerrilleros", "la intervención rusa", "las protestas estudiantiles"
                Actor a = modifierActor(s, m, n, d);
                sources.add(a);
                via.add("modifier '" + a.text() + "' of the event noun");
                targets.addAll(recipients);
            } else if (!doers.isEmpty()) {
                // "manifestaron … en demanda de un plan", "una huelga en rechazo a la privatización": an act named
                // in an adjunct of a clause is done by that clause's actor.
                sources.addAll(doers);
                via.add("adjunct '" + n.word() + "' of a clause: its actor's act");
                targets.addAll(recipients);
            } else if (p.code().root().equals(PROTEST)) {
                // "las movilizaciones y protestas continuarán": a protest is a crowd's act even when unnamed.
                sources.add(new Actor(n.word(), CROWD, null, CROWD, n.begin(), n.end(),
                        List.of("protest noun '" + n.word() + "': a crowd of civilians")));
                targets.addAll(recipients.isEmpty() ? provokedOrGreeted(s, m, n, d, previous) : recipients);
            } else {
                return;
            }
            if (targets.isEmpty() && !predicates.allowsNoTarget(p.code()) && !crowdClaim(p, sources)) {
                // A noun with only its owner ("su guerra", "los comentarios de Kim") is background, not an event.
                return;
            }
        }
        Token anchor = governingVerb(s, n);
        if (p.code().root().equals(STATEMENT_ROOT) && (chooser.disparaging(s, n) || anchor != null && chooser.disparaging(s, anchor))) {
            p = p.withCode(CRITICISM);
            via.add("statement made disparagingly -> " + CRITICISM.value() + " (noun-classes.tsv: disparaging)");
        }
        Intended intended = anchor == null ? null : chooser.intended(s, anchor, n, p, via);
        if (intended != null) {
            anchor = intended.frame();
            p = intended.predicate();
            via = intended.via();
        }
        addPairs(out, anchor == null ? n : anchor, n, p, sources, targets, via);
    }

    /**
     * Who does an event noun by a relative clause of a light verb ("las protestas que estudiantes realizan", "la
     * huelga que mantienen los maestros", "el ataque que lanzaron los rebeldes"): the relative pronoun stands for the
     * act, since an act does not launch or hold anything, so the clause's other argument is its agent, whichever of
     * subject and object the parser calls it; empty otherwise.
     */
    private List<Actor> relativeDoers(Sentence s, ActorFinder.Mentions m, Token n, Discourse d) {
        for (Token r : s.children(n, t -> t.deprel().startsWith("acl") && t.isVerb()
                && predicates.isLightVerb(t.lemma()) && !passive(s, t))) {
            if (s.children(r, t -> RELATIVES.contains(t.lower()) && t.upos().equals("PRON")).size() != 1) {
                continue;
            }
            for (Token arg : s.children(r, t -> (t.deprel().startsWith("nsubj") || t.deprel().equals("obj"))
                    && !t.upos().equals("PRON") && s.children(t, c -> c.deprel().equals("case")).isEmpty())) {
                List<Actor> found = actors.resolve(s, m, arg, d, null);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** Prepositions of an adjunct that names an act done in doing another ("en demanda de", "como rechazo a"). */
    private static final Set<String> ADJUNCT_CASES = Set.of("en", "como");

    /**
     * Who does an act named in an adjunct ("en demanda de", "como rechazo a") of a verb, or of an event noun
     * governed by one ("mantiene una huelga en demanda de incrementos"): the verb's own subject (or the noun its
     * relative pronoun stands for); empty otherwise.
     */
    private List<Actor> adjunctDoers(Sentence s, ActorFinder.Mentions m, Token n, Discourse d) {
        if (n.isPluralNoun() || !s.children(n, t -> t.deprel().equals("det")).isEmpty()) {
            // A bare singular noun makes such an adjunct ("en protesta por"); "hubo muertos en las protestas"
            // only says where.
            return List.of();
        }
        Token phrase = n;
        Token prep = s.parent(n);
        if (n.deprel().equals("fixed") && prep != null && ADJUNCT_CASES.contains(prep.lower())) {
            // "en demanda de un plan": the parser reads "en demanda de" as one preposition of "plan".
            phrase = s.parent(prep);
        } else if (ADJUNCT_CASES.stream().noneMatch(c -> hasCase(s, n, c))) {
            return List.of();
        }
        Token host = phrase == null ? null : s.parent(phrase);
        if (host == null || !(phrase.deprel().startsWith("obl") || phrase.deprel().equals("nmod"))
                || !(host.isVerb() || !chooser.nounEntries(s, host).isEmpty())) {
            return List.of();
        }
        Token verb = host.isVerb() ? host : governingVerb(s, host);
        int first = s.subtree(phrase).stream().filter(t -> !t.upos().equals("PUNCT")).mapToInt(Token::index).min()
                .orElse(phrase.index());
        Token before = first > 0 ? s.token(first - 1) : null;
        if (verb != null && before != null && (before.upos().equals("NOUN") || before.upos().equals("PROPN"))
                && s.parent(before) == verb && (Set.of("obj", "iobj").contains(before.baseRelation())
                || before.baseRelation().equals("obl") && (hasCase(s, before, "a") || hasCase(s, before, "al")))) {
            // "solicitó a los médicos en huelga una tregua": the adjunct right after the verb's object, when that
            // names someone, is the object's act (the parser hangs it on the verb).
            List<Actor> objectDoers = actors.resolve(s, m, before, d, null);
            if (!objectDoers.isEmpty()) {
                return objectDoers;
            }
        }
        Token subj = verb == null || passive(s, verb) ? null : subjectOrAntecedent(s, m, verb);
        // Only a clause's own named subject: "ordena desalojar el puente ocupado en protesta" is not the judges'.
        return subj == null ? List.of() : actors.resolve(s, m, subj, d, null);
    }

    private static final String PROTEST = "14";
    private static final String CROWD = "CVL";
    /** Sectors whose adjective names the agent of an event noun ("atentados guerrilleros", "represión policial"). */
    private static final Set<String> AGENT_ADJECTIVE_SECTORS = Set.of("REB", "INS", "UAF", "COP", "EDU", "LAB",
            "AGR", "CVL", "OPP", "SET", "REF", "CRM");

    /** The agent an adjective gives an event noun ("la intervención rusa" → Russia), or null. */
    private Actor eventAgent(Sentence s, ActorFinder.Mentions m, Token n, Discourse d) {
        if (!n.upos().equals("NOUN") || chooser.nounEntries(s, n).isEmpty()) {
            return null;
        }
        return modifierActor(s, m, n, d);
    }

    /**
     * The actor an adjective of an event noun names: a demonym ("la intervención rusa") or a crowd, armed-group
     * or police adjective ("los atentados guerrilleros"), or null.
     */
    private Actor modifierActor(Sentence s, ActorFinder.Mentions m, Token n, Discourse d) {
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

    /** The state an "en X" complement of a noun names (a country or its capital), or null. */
    private static Actor where(Sentence s, ActorFinder.Mentions m, Token n) {
        for (Token c : s.children(n, t -> t.deprel().equals("nmod") && hasCase(s, t, "en"))) {
            org.dyad.actor.ActorDictionary.Match x = m.at(c.index());
            if (x != null && x.entry().country() != null
                    && (x.entry().kind() == org.dyad.actor.ActorEntry.Kind.COUNTRY
                    || x.entry().kind() == org.dyad.actor.ActorEntry.Kind.CAPITAL)) {
                int begin = s.token(x.start()).begin();
                int end = s.token(x.end() - 1).end();
                return new Actor(s.textBetween(begin, end), x.entry().country(), x.entry().country(), null, begin, end,
                        List.of(x.entry().origin()));
            }
        }
        return null;
    }

    /** The actor a possessive refers to: the clause's subject, else the previous sentence's. */
    private Actor ownerOf(Sentence s, Token n, ActorFinder.Mentions m, Discourse d, List<Actor> previous) {
        Token cur = s.parent(n);
        while (cur != null) {
            if (cur.isVerb()) {
                Token subj = firstChild(s, cur, "nsubj");
                if (subj != null && subj.index() != n.index() && !s.dominates(subj, n)) {
                    List<Actor> a = actors.resolve(s, m, subj, d, null);
                    if (!a.isEmpty()) {
                        return a.get(0);
                    }
                }
            }
            cur = s.parent(cur);
        }
        return previous.isEmpty() ? null : previous.get(0);
    }

    /** Demands, criticism, rejection and threats that a crowd voices in public count without an addressee. */
    private static final CameoCode REPRESSION = CameoCode.of("175");
    /** Protesters and opponents: the police's force on them represses dissent. */
    private static final String DISSENTERS = "OPP";

    /**
     * "la policía disparó a mansalva", "la policía golpeó a los manifestantes": the police's force against
     * protesters or opponents, or against no one named, is violent repression (175), as CAMEO defines it (force to
     * repress dissent or protest); its part in a clash between two sides is not, nor its force on anyone else.
     */
    private Candidate repression(Candidate c) {
        boolean force = FORCE.contains(c.predicate().code().root());
        if (!force || !POLICE.equals(c.source().sector()) || predicates.satisfies("@" + CLASHES, c.trigger().lemma())
                || (c.target() != null && !DISSENTERS.equals(c.target().sector()))) {
            return c;
        }
        List<String> via = new ArrayList<>(c.via());
        via.add("force by the police on " + (c.target() == null ? "no one named" : "dissenters") + " -> "
                + REPRESSION.value());
        return new Candidate(c.anchor(), c.trigger(), c.predicate().withCode(REPRESSION), c.source(), c.target(),
                via, c.negationIsTheAct());
    }

    private static final Set<String> ARMED = Set.of("REB", "INS", "UAF", "CRM", "IMG", "SPY");
    private static final Set<String> OFFICIALS = Set.of("GOV", "MIL", "JUD", "LEG");
    private static final String OBSTRUCT = "144";
    /** Marching, rallying: whoever does so demonstrates ("los alcaldes marcharon"), officials too. */
    private static final String RALLY = "141";
    private static final String MILITARY_RETREAT = "0874";
    private static final CameoCode ARMED_BLOCKADE = CameoCode.of("191");
    private static final CameoCode OFFICIAL_COMPLAINT = CameoCode.of("114");

    /**
     * A state named as such ("Francia", not "30.000 israelíes", whose code is also the bare state's), or its
     * government, military, judiciary or legislature.
     */
    private boolean official(Actor a) {
        boolean state = a.country() != null && a.code().equals(a.country())
                && actors.dictionary().isCountry(a.country()) && !a.via().isEmpty()
                && !ActorFinder.namedByDemonym(a);
        return state || (a.sector() != null && OFFICIALS.contains(a.sector()));
    }
    private static final Set<String> CROWD_CLAIM_ROOTS = Set.of("10", "11", "12", "13");

    /** Protest nouns with everyday senses: no protest with a thing's "de" complement (noun-classes.tsv). */
    private static final String AMBIGUOUS_PROTESTS = "ambiguous-protests";
    /** Noun classes of acts whose coordinated subjects act on each other (noun-classes.tsv). */
    private static final String RECIPROCAL = "reciprocal";
    private static final String CLASHES = "clashes";

    /** Roots of joint acts: "X y Y se reunieron" is X meeting Y. */
    private static final Set<String> JOINT_ROOTS = Set.of("03", "04", "05", "06");
    /** Visits made or hosted together are no act between the visitors: "Francia y Alemania visitaron Kiev". */
    private static final Set<String> VISITS = Set.of("042", "043");

    /**
     * A state named as such and its own government ("Bolivia" and "el Gobierno de La Paz") are one actor; its people
     * named by a demonym are not ("varios cientos de colombianos protestaron contra el gobierno").
     */
    private static boolean stateAndItsGovernment(Actor a, Actor b) {
        return a.country() != null && a.country().equals(b.country())
                && (namedState(a) && "GOV".equals(b.sector()) || namedState(b) && "GOV".equals(a.sector()));
    }

    private static boolean namedState(Actor a) {
        return a.code().equals(a.country()) && !ActorFinder.namedByDemonym(a);
    }

    /** Demands, criticism, rejection and threats voiced by crowds only: events without an addressee. */
    private boolean crowdClaim(Predicate p, List<Actor> sources) {
        return CROWD_CLAIM_ROOTS.contains(p.code().root()) && !sources.isEmpty()
                && sources.stream().allMatch(a -> predicates.isCrowd(a.sector()));
    }

    private void addPairs(List<Candidate> out, Token anchor, Token trigger, Predicate p, List<Actor> sources,
                          List<Actor> targets, List<String> via) {
        boolean reciprocal = predicates.satisfies("@" + RECIPROCAL, trigger.lemma())
                || predicates.satisfies("@" + CLASHES, trigger.lemma())
                || p.object() != null && !p.object().startsWith("@") && predicates.satisfies("@" + RECIPROCAL,
                p.object());
        if (targets.isEmpty() && sources.size() > 1 && (JOINT_ROOTS.contains(p.code().root())
                && !VISITS.contains(p.code().value()) || reciprocal)) {
            List<String> joint = new ArrayList<>(via);
            joint.add("joint act of coordinated subjects");
            for (int i = 0; i < sources.size(); i++) {
                for (int j = i + 1; j < sources.size(); j++) {
                    Actor a = sources.get(i);
                    Actor b = sources.get(j);
                    if (!a.code().equals(b.code())) {
                        out.add(new Candidate(anchor, trigger, p, a, b, joint));
                    }
                }
            }
            return;
        }
        if (targets.isEmpty() && !predicates.allowsNoTarget(p.code()) && !p.code().value().equals(DENIAL)
                && !p.dyad().endsWith(">-") && !crowdClaim(p, sources)) {
            return;
        }
        for (Actor src : sources) {
            Predicate forSource = p;
            List<String> srcVia = via;
            if (p.code().value().startsWith(OBSTRUCT) && official(src)) {
                // "el gobierno bloqueó las carreteras de la región": a state's blockade restricts movement.
                forSource = p.withCode(ARMED_BLOCKADE);
                srcVia = new ArrayList<>(via);
                srcVia.add("blockade by a state or its officials -> " + ARMED_BLOCKADE.value());
            } else if (p.code().root().equals(PROTEST_ROOT) && official(src)
                    && !(trigger.isVerb() && p.code().value().startsWith(RALLY))) {
                // "el ejército haitiano protestó contra…", "Francia protestó ante Marruecos": a state's protest is
                // an official complaint, not a demonstration.
                forSource = p.withCode(OFFICIAL_COMPLAINT);
                srcVia = new ArrayList<>(via);
                srcVia.add("protest by a state or its officials -> " + OFFICIAL_COMPLAINT.value());
            } else if (p.code().root().equals(PROTEST_ROOT) && src.sector() != null
                    && (ARMED.contains(src.sector()) || src.sector().equals(POLICE))) {
                if (!p.code().value().startsWith(OBSTRUCT)) {
                    // "paramilitares que se movilizaban en una moto", "la policía se movilizó": armed groups and
                    // the police move and deploy; they do not demonstrate.
                    continue;
                }
                // "guerrilleros bloquearon la vía": an armed group's roadblock restricts movement (191).
                forSource = p.withCode(ARMED_BLOCKADE);
                srcVia = new ArrayList<>(via);
                srcVia.add("blockade by an armed group -> " + ARMED_BLOCKADE.value());
            }
            String root = forSource.code().root();
            if ((root.equals("15") || root.equals("19") || root.equals("20")) && predicates.isUnarmed(src.sector())) {
                // "los dos candidatos que se enfrentarán en las urnas", "las maniobras de un partido para torpedear el
                // diálogo": parties, courts, the press neither wage war nor show military force.
                continue;
            }
            if (forSource.code().value().equals(MILITARY_RETREAT) && src.sector() != null
                    && !src.sector().equals("MIL") && !ARMED.contains(src.sector())) {
                // "el embajador se retiró": only armed forces retreat militarily.
                continue;
            }
            // (A crowd's act: not one named person's, "López Obrador no confiscará propiedades".)
            CameoCode code = ActorFinder.namedPerson(src) ? forSource.code()
                    : predicates.forSource(forSource.code(), src.sector());
            if (!code.equals(forSource.code())) {
                forSource = p.withCode(code);
                srcVia = new ArrayList<>(via);
                srcVia.add("crowd act by " + src.sector() + ": " + p.code() + " -> " + code + " (crowd-acts.tsv)");
            }
            if (targets.isEmpty()) {
                out.add(repression(new Candidate(anchor, trigger, forSource, src, null, srcVia)));
                continue;
            }
            for (Actor tgt : targets) {
                boolean sameSpan = tgt.begin() == src.begin() && tgt.end() == src.end();
                // One actor acting on itself is no event, but a body may coerce one of its own: "el Congreso
                // despojó de su inmunidad a un legislador" (two mentions, both LEG).
                boolean ownMember = forSource.code().root().equals(COERCE_ROOT) && src.sector() != null
                        && !tgt.text().equalsIgnoreCase(src.text());
                boolean sameActor = tgt.code().equals(src.code()) && !ownMember
                        && !ActorFinder.distinctOrganisations(src, tgt);
                if (sameSpan || sameActor || stateAndItsGovernment(src, tgt)) {
                    continue;
                }
                out.add(repression(new Candidate(anchor, trigger, forSource, src, tgt, srcVia)));
            }
        }
    }
}
