package org.dyad.coding;

import static org.dyad.coding.Codes.ARREST;
import static org.dyad.coding.Codes.CRITICISM;
import static org.dyad.coding.Codes.FORCE;
import static org.dyad.coding.Codes.INTO_TARGETS;
import static org.dyad.coding.Codes.LAWSUIT;
import static org.dyad.coding.Codes.MEET;
import static org.dyad.coding.Codes.MILITARY_RETREAT;
import static org.dyad.coding.Codes.POLICE;
import static org.dyad.coding.Codes.PROTEST_ROOT;
import static org.dyad.coding.Codes.REDUCE_RELATIONS;
import static org.dyad.coding.Codes.THREATS;
import static org.dyad.coding.PredicateChooser.THING_CLASSES;
import static org.dyad.coding.PredicateChooser.ruleEntry;
import static org.dyad.coding.Syntax.RELATIVES;
import static org.dyad.coding.Syntax.agentlessPassive;
import static org.dyad.coding.Syntax.complements;
import static org.dyad.coding.Syntax.firstChild;
import static org.dyad.coding.Syntax.governingVerb;
import static org.dyad.coding.Syntax.hasCase;
import static org.dyad.coding.Syntax.hasTargetCase;
import static org.dyad.coding.Syntax.negated;
import static org.dyad.coding.Syntax.passive;
import static org.dyad.coding.Syntax.predicativeParticiple;
import static org.dyad.coding.Syntax.subject;
import static org.dyad.coding.Syntax.subjectOrAntecedent;
import static org.dyad.coding.Syntax.thirdPlural;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dyad.actor.Actor;
import org.dyad.actor.ActorFinder;
import org.dyad.actor.Discourse;
import org.dyad.cameo.CameoCode;
import org.dyad.coding.PredicateChooser.Choice;
import org.dyad.coding.PredicateChooser.Intended;
import org.dyad.coding.PredicateChooser.Undoing;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Codes the events of a parsed sentence from the dependency tree: for each verb, the dictionary entry its clause
 * takes ({@link PredicateChooser}: a verb, a light verb with an event noun), its source and target
 * ({@link Participants}: subject, passive agent or null subject; object or recipient), and the rules that turn one
 * act into another (a demand before a court is a lawsuit, a meeting between others brought about is mediation);
 * then each event noun that no verb took, with its own actors. One candidate per source and target pair.
 * Stateless and thread-safe.
 */
public final class EventCoder {
    private static final Set<String> POSSESSIVES = Set.of("su", "sus");

    private final PredicateDictionary predicates;
    private final ActorFinder actors;
    private final PredicateChooser chooser;
    private final Participants participants;
    private final Pairing pairing;

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
        this.chooser = new PredicateChooser(predicates, actors);
        this.participants = new Participants(predicates, actors, chooser, reportingVerb);
        this.pairing = new Pairing(predicates, actors);
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
            List<Actor> sources = participants.sources(s, m, v, d, previousSubjects).stream()
                    .map(a -> participants.sendingState(s, m, a, d)).toList();
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
            if (sources.isEmpty() || choice.noun() != null && participants.betweenPair(s, m, choice.noun(), d)) {
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
            List<Actor> targets = participants.targets(s, m, v, targetHost, d, sources,
                    choice.predicate().code().root(), choice.object());
            if (leftBody != null) {
                targets = List.of(leftBody);
            }
            if (undoing != null && undoing.act() != null) {
                // "revocó la orden de expulsar a los diplomáticos rusos": the undoing reaches whom the act did.
                targets = undoing.left() != null ? List.of(undoing.left())
                        : participants.targets(s, m, undoing.act(), null, d, sources, undoing.root(), undoing.object());
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
            List<Actor> parties = meeting == null ? List.of() : participants.parties(s, m, meeting, d, sources.get(0));
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
                    targets = participants.targets(s, m, anchor, null, d, sources, choice.predicate().code().root(),
                            null);
                }
            }
            int before = out.size();
            pairing.add(out, anchor, trigger, predicate, sources, targets, via);
            for (Actor coAgent : participants.coAgents(s, m, v, d, sources)) {
                pairing.add(out, anchor, trigger, predicate, List.of(coAgent), targets, via);
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

    /** Roots of demands and accusations, which become a lawsuit when brought before a court. */
    private static final Set<String> LEGAL_ROOTS = Set.of("10", "11");

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
            Actor court = participants.court(s, m, c, d);
            if (court != null) {
                return court;
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
        List<Actor> subjects = participants.sources(s, m, v, d, previous);
        if (doers.isEmpty() || subjects.isEmpty()) {
            return false;
        }
        consumedNouns.add(obj.index());
        pairing.add(out, v, obj, p, doers, subjects, List.of("'" + v.word() + "' + event noun '" + obj.word() + "' "
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
        pairing.add(out, anchor == null ? n : anchor, n, p, List.of(leaver), List.of(body),
                List.of("noun '" + n.word() + "' of leaving the international body '" + body.text() + "' -> "
                        + REDUCE_RELATIONS.value()));
        return true;
    }

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

    private static final String STATEMENT_ROOT = "01";

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

    /** An event noun outside a light-verb construction: "la visita de Putin a Corea", "su cumbre con Kim". */
    private void nounEvent(Sentence s, ActorFinder.Mentions m, Token n, Predicate p, Discourse d,
                           List<Actor> previous, List<Candidate> out) {
        if (predicates.satisfies("@" + AMBIGUOUS_PROTESTS, n.lemma()) && p.code().root().equals(PROTEST_ROOT)
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
        for (Token c : participants.between(s, n)) {
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
                if (hasCase(s, c, "por") && !p.code().root().equals(PROTEST_ROOT)) {
                    // "la invasión de Ucrania por Rusia": the agent of the act, as in a passive.
                    byActors.addAll(actors.resolve(s, m, c, d, null));
                } else if (hasCase(s, c, "de") || hasCase(s, c, "del")) {
                    ofActors.addAll(actors.resolve(s, m, c, d, null));
                } else if (hasCase(s, c, "en") && predicates.satisfies("@" + INTO_TARGETS, n.lemma())) {
                    // "la injerencia de Rusia en las elecciones de Estados Unidos": whose affairs are meddled in.
                    recipients.addAll(participants.actorOfThing(s, m, c, d));
                } else if (hasTargetCase(s, c) || (p.code().root().equals(PROTEST_ROOT) && hasCase(s, c, "por"))) {
                    // "en protesta por la intervención rusa": a protest is aimed at the agent of what it opposes;
                    // "una protesta contra las políticas migratorias de Trump", at whose the thing opposed is.
                    List<Actor> r = actors.resolve(s, m, c, d, null);
                    Actor agent = r.isEmpty() ? participants.eventAgent(s, m, c, d) : null;
                    if (r.isEmpty() && agent == null && hasCase(s, c, "contra")) {
                        // (A state or its officials own policies: "contra la privatización de dos empresas" is
                        // not against the firms.)
                        r = participants.actorOfThing(s, m, c, d).stream().filter(pairing::official).toList();
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
                        recipients.addAll(participants.actorOfThing(s, m, c, d));
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
                boolean crowdProtest = p.code().root().equals(PROTEST_ROOT) && predicates.isCrowd(a.sector());
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
                Actor doer = participants.modifierActor(s, m, n, d);
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
                    if (p.code().root().equals(PROTEST_ROOT) && recipients.isEmpty() && a.sector() == null
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
            } else if (p.code().root().equals(PROTEST_ROOT) && where(s, m, n) != null) {
                // "huelgas en Ecuador": a protest located in a state, by its people.
                Actor place = where(s, m, n);
                sources.add(new Actor(place.text(), place.country() + "CVL", place.country(), "CVL", place.begin(),
                        place.end(), List.of("protest located in '" + place.text() + "': its civilians")));
                targets.addAll(recipients.isEmpty() ? participants.provokedOrGreeted(s, m, n, d, previous)
                        : recipients);
            } else if (participants.modifierActor(s, m, n, d) != null
                    && (!recipients.isEmpty() || predicates.allowsNoTarget(p.code()))) {
                // "los atentados guerrilleros", "la intervención rusa", "las protestas estudiantiles"
                Actor a = participants.modifierActor(s, m, n, d);
                sources.add(a);
                via.add("modifier '" + a.text() + "' of the event noun");
                targets.addAll(recipients);
            } else if (!doers.isEmpty()) {
                // "manifestaron … en demanda de un plan", "una huelga en rechazo a la privatización": an act named
                // in an adjunct of a clause is done by that clause's actor.
                sources.addAll(doers);
                via.add("adjunct '" + n.word() + "' of a clause: its actor's act");
                targets.addAll(recipients);
            } else if (p.code().root().equals(PROTEST_ROOT)) {
                // "las movilizaciones y protestas continuarán": a protest is a crowd's act even when unnamed.
                sources.add(new Actor(n.word(), CROWD, null, CROWD, n.begin(), n.end(),
                        List.of("protest noun '" + n.word() + "': a crowd of civilians")));
                targets.addAll(recipients.isEmpty() ? participants.provokedOrGreeted(s, m, n, d, previous)
                        : recipients);
            } else {
                return;
            }
            if (targets.isEmpty() && !predicates.allowsNoTarget(p.code()) && !pairing.crowdClaim(p, sources)) {
                // A noun with only its owner ("su guerra", "los comentarios de Kim") is background, not an event.
                return;
            }
        }
        Token anchor = governingVerb(s, n);
        if (p.code().root().equals(STATEMENT_ROOT)
                && (chooser.disparaging(s, n) || anchor != null && chooser.disparaging(s, anchor))) {
            p = p.withCode(CRITICISM);
            via.add("statement made disparagingly -> " + CRITICISM.value() + " (noun-classes.tsv: disparaging)");
        }
        Intended intended = anchor == null ? null : chooser.intended(s, anchor, n, p, via);
        if (intended != null) {
            anchor = intended.frame();
            p = intended.predicate();
            via = intended.via();
        }
        pairing.add(out, anchor == null ? n : anchor, n, p, sources, targets, via);
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

    private static final String CROWD = "CVL";

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


    /** Protest nouns with everyday senses: no protest with a thing's "de" complement (noun-classes.tsv). */
    private static final String AMBIGUOUS_PROTESTS = "ambiguous-protests";

}
