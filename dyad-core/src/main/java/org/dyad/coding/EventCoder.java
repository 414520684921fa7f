package org.dyad.coding;

import static org.dyad.coding.Codes.CRITICISM;
import static org.dyad.coding.Codes.CROWD;
import static org.dyad.coding.Codes.FORCE;
import static org.dyad.coding.Codes.LAWSUIT;
import static org.dyad.coding.Codes.MEET;
import static org.dyad.coding.Codes.MILITARY_RETREAT;
import static org.dyad.coding.Codes.PROTEST_ROOT;
import static org.dyad.coding.Codes.REDUCE_RELATIONS;
import static org.dyad.coding.Codes.STATEMENT_ROOT;
import static org.dyad.coding.PredicateChooser.THINGS;
import static org.dyad.coding.PredicateChooser.ruleEntry;
import static org.dyad.coding.Syntax.agentlessPassive;
import static org.dyad.coding.Syntax.complements;
import static org.dyad.coding.Syntax.firstChild;
import static org.dyad.coding.Syntax.hasCase;
import static org.dyad.coding.Syntax.negated;
import static org.dyad.coding.Syntax.passive;
import static org.dyad.coding.Syntax.predicativeParticiple;
import static org.dyad.coding.Syntax.subject;
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
    private static final Set<String> POLITICIANS = Set.of("GOV", "LEG", "PTY", "OPP", "ELI");
    private static final Set<String> INSTITUTIONS = Set.of("MED", "JUD", "LEG", "PTY");
    /** Roots of demands and accusations, which become a lawsuit when brought before a court. */
    private static final Set<String> LEGAL_ROOTS = Set.of("10", "11");
    /** Demonstrations, hunger strikes and strikes (CAMEO 140–143): what crowds do. */
    private static final Set<String> DEMONSTRATIONS = Set.of("140", "141", "142", "143");
    /** Pronouns and quantities that stand for a number of people ("los que protestaron", "miles marcharon"). */
    private static final Set<String> PEOPLE_PRONOUNS = Set.of("los", "las", "quienes", "ellos", "ellas", "muchos",
            "muchas", "varios", "varias", "algunos", "algunas", "miles", "cientos", "centenares", "decenas", "todos");
    private static final CameoCode MEDIATE = CameoCode.of("045");
    /** Threats (root 13), which a verb of class "threats" makes of the conflictual act it governs. */
    private static final String THREAT_ROOT = "13";

    private final PredicateDictionary predicates;
    private final ActorFinder actors;
    private final PredicateChooser chooser;
    private final Participants participants;
    private final Pairing pairing;
    private final NounEvents nouns;

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
        this.nouns = new NounEvents(predicates, actors, chooser, participants, pairing);
    }

    /** The candidates of one sentence; also records the sentence's subject for the next null subject. */
    public List<Candidate> code(Sentence s, ActorFinder.Mentions m, Discourse d, List<Actor> previousSubjects) {
        List<Candidate> out = new ArrayList<>();
        Set<Integer> consumedNouns = new HashSet<>();
        for (Token v : s.tokens()) {
            if ((v.upos().equals("VERB") || predicativeParticiple(s, v))
                    && !received(s, m, v, d, previousSubjects, out, consumedNouns) && !chooser.undone(s, v)) {
                verbEvents(s, m, v, d, previousSubjects, out, consumedNouns);
            }
        }
        nouns.code(s, m, d, previousSubjects, consumedNouns, out);
        // "prometió retirar sus tropas": the promise is coded as the intent to withdraw (0356); the frame verb's own
        // general entry ("prometer" 030, "amenazar" 130) for the same actors would count the one statement twice.
        // So would it beside the threat a promise makes ("prometió romper relaciones": 1313, not 030 as well).
        out.removeIf(c -> c.trigger() == c.anchor() && (predicates.isIntentFrame(c.anchor().lemma())
                || predicates.is(WordClass.THREATS, c.anchor().lemma()))
                && out.stream().anyMatch(o -> o != c && o.anchor() == c.anchor() && o.trigger() != c.trigger()
                && (o.predicate().code().root().equals(c.predicate().code().root())
                || o.predicate().code().root().equals(THREAT_ROOT) && predicates.is(WordClass.THREATS,
                c.anchor().lemma()))
                && o.source().code().equals(c.source().code())));
        return out;
    }

    /** A verb's act: the entry it takes, the act it undoes (or null) and the international body it leaves (or null). */
    private record Act(Choice choice, Undoing undoing, Actor leftBody) {
    }

    /** Who does a verb's act, and whether the text leaves the doer unnamed ("fueron asesinados"). */
    private record Doers(List<Actor> actors, boolean unnamed) {
    }

    /** A verb's act as coded, after the rules that make it another act or give it other recipients. */
    private record Coded(Predicate predicate, List<String> via, List<Actor> targets, boolean negationIsTheAct) {
    }

    /** Adds the candidates of one verb's act, marking the event nouns it takes as consumed. */
    private void verbEvents(Sentence s, ActorFinder.Mentions m, Token v, Discourse d, List<Actor> previousSubjects,
                            List<Candidate> out, Set<Integer> consumedNouns) {
        Act act = act(s, m, v, d);
        if (act == null) {
            return;
        }
        Choice choice = act.choice();
        Doers doers = doers(s, m, v, d, previousSubjects, choice);
        if (doers == null) {
            return;
        }
        List<Actor> sources = doers.actors();
        if (choice.noun() != null) {
            consumedNouns.add(choice.noun().index());
        }
        if (choice.object() != null) {
            // "presentó una protesta ante Argentina": the object named by the entry is this act, not another.
            consumedNouns.add(choice.object().index());
        }
        List<Actor> targets = recipients(s, m, v, d, act, sources);
        if (targets == null || targets.isEmpty() && doers.unnamed()) {
            // "René González … fueron detenidos": with neither doer nor victim known, nothing is coded.
            return;
        }
        Coded coded = recoded(s, m, v, d, choice, sources, targets);
        Predicate predicate = coded.predicate();
        List<String> via = coded.via();
        targets = coded.targets();
        Token trigger = choice.noun() != null ? choice.noun() : v;
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
        if (coded.negationIsTheAct() || choice.object() != null) {
            for (int k = before; k < out.size(); k++) {
                out.set(k, out.get(k).read(coded.negationIsTheAct(), choice.object()));
            }
        }
    }

    /**
     * The act a verb codes, or null: its entry, else the undoing of an act its object names; leaving an
     * international body cuts relations with it; a demand or an accusation brought before a court is a lawsuit.
     */
    private Act act(Sentence s, ActorFinder.Mentions m, Token v, Discourse d) {
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
            return null;
        }
        Actor court = LEGAL_ROOTS.contains(choice.predicate().code().root())
                && !choice.predicate().code().value().equals(LAWSUIT.value()) ? venue(s, m, v, choice.noun(), d)
                : null;
        if (court != null) {
            // "demandó a Colombia ante la Corte Internacional de Justicia", "denunció a Estados Unidos ante la
            // OMC": a demand or an accusation brought before a court is a lawsuit.
            List<String> why = new ArrayList<>(choice.via());
            why.add("brought before '" + court.text() + "': legal action -> " + LAWSUIT.value());
            choice = new Choice(ruleEntry(v, LAWSUIT), choice.noun(), why, choice.object());
        }
        return new Act(choice, undoing, leftBody);
    }

    /**
     * Who does a verb's act: its subjects ({@link Participants#sources}); else, for violence, threats and arrests
     * told in an agentless passive, unnamed perpetrators or the police; for a protest, a crowd. Null when the act
     * has no doer or is a noun's that carries its own actors.
     */
    private Doers doers(Sentence s, ActorFinder.Mentions m, Token v, Discourse d, List<Actor> previousSubjects,
                        Choice choice) {
        List<Actor> sources = participants.sources(s, m, v, d, previousSubjects).stream()
                .map(a -> participants.sendingState(s, m, a, d)).toList();
        boolean unnamed = false;
        if (sources.isEmpty() && agentlessPassive(predicates, s, v) && !s.children(v, t -> hasCase(s, t, "por")
                && predicates.is(WordClass.NATURAL_FORCES, t.lemma())).isEmpty()) {
            // "cuando México fue golpeado por dos terremotos": nature strikes; no one assaults.
            return null;
        }
        if (sources.isEmpty() && agentlessPassive(predicates, s, v)) {
            // "tres personas fueron asesinadas", "fue amenazado de muerte", "fueron detenidos en el aeropuerto":
            // violence, threats and arrests without a named agent are still events.
            List<Actor> attributed = participants.attributedDoers(s, m, v, d);
            Actor doer = Participants.unnamedDoer(v, choice.predicate(), "agentless passive");
            if (!attributed.isEmpty()) {
                sources = attributed;
            } else if (doer != null) {
                sources = List.of(doer);
                unnamed = true;
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
            return null;
        }
        return new Doers(sources, unnamed);
    }

    /**
     * Whom a verb's act is done to ({@link Participants#targets}): the body left, whom an undone act reached; an
     * arrival is a visit only by a government to another state. Null when the act is no event.
     */
    private List<Actor> recipients(Sentence s, ActorFinder.Mentions m, Token v, Discourse d, Act act,
                                   List<Actor> sources) {
        Choice choice = act.choice();
        List<Actor> targets = participants.targets(s, m, v, choice.noun(), d, sources,
                choice.predicate().code().root(), choice.object());
        if (act.leftBody() != null) {
            targets = List.of(act.leftBody());
        }
        Undoing undoing = act.undoing();
        if (undoing != null && undoing.act() != null) {
            // "revocó la orden de expulsar a los diplomáticos rusos": the undoing reaches whom the act did.
            targets = undoing.left() != null ? List.of(undoing.left())
                    : participants.targets(s, m, undoing.act(), null, d, sources, undoing.root(), undoing.object());
        }
        if (choice.noun() == null && predicates.is(WordClass.ARRIVALS, v.lemma())) {
            // "el presidente de Chile llegó a Madrid": an arrival is a visit only by a government or its
            // officials, to another state named after "a" or "en" (not "llegó procedente de Alemania", "los
            // manifestantes llegaron a la Explanada", "llegó al Senado", "la paz llegó a Colombia").
            String home = sources.get(0).country();
            if (home == null || sources.stream().anyMatch(a -> !"GOV".equals(a.sector()))) {
                return null;
            }
            targets = targets.stream().filter(t -> t.sector() == null && t.country() != null
                    && !t.country().equals(home) && arrivedAt(s, t)).toList();
            if (targets.isEmpty()) {
                return null;
            }
        }
        return targets;
    }

    /**
     * A verb's act after the rules that make it another: a negated verb that is a refusal, a meeting between others
     * brought about (mediation, toward each side), a disparaging statement or a politician's force on institutions
     * (criticism).
     */
    private Coded recoded(Sentence s, ActorFinder.Mentions m, Token v, Discourse d, Choice choice,
                          List<Actor> sources, List<Actor> targets) {
        Predicate predicate = choice.predicate();
        List<String> via = choice.via();
        CameoCode opposite = choice.noun() == null ? predicates.negatedOpposite(v.lemma()) : null;
        boolean negationIsTheAct = opposite != null && negated(s, v);
        if (negationIsTheAct) {
            // "no aceptó la propuesta", "no acatará el fallo": the refusal is the act.
            predicate = predicate.withCode(opposite);
            via = new ArrayList<>(via);
            via.add("negated '" + v.word() + "' is a refusal -> " + opposite.value() + " (negated-opposites.tsv)");
        }
        Token meeting = choice.noun() != null ? choice.noun() : choice.object();
        // A meeting told before is brought about only by one who is no side of it: not by coordinated subjects,
        // who are its sides ("Estados Unidos y Cuba acordaron reanudar el diálogo"), nor with a partner named.
        boolean toldMeeting = sources.size() == 1 && (targets == null || targets.isEmpty());
        List<Actor> parties = meeting == null ? List.of()
                : participants.parties(s, m, meeting, d, sources.get(0), toldMeeting);
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
        return new Coded(predicate, via, targets, negationIsTheAct);
    }

    /** Whether force by these sources on these targets is a politician's words against the own state's institutions. */
    private static boolean verbalAttack(List<Actor> sources, List<Actor> targets) {
        Actor source = sources.get(0);
        return source.sector() != null && POLITICIANS.contains(source.sector()) && source.country() != null
                && !targets.isEmpty() && targets.stream().allMatch(t -> t.sector() != null
                && INSTITUTIONS.contains(t.sector()) && source.country().equals(t.country()));
    }

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

    /**
     * "El presidente recibió duras críticas de la oposición", "Haití recibió ayuda de Estados Unidos", "sufrió un
     * ataque de los rebeldes": the act the object names is done by its "de" or "por" complement (of the noun, or hung
     * on the verb) to the subject. Adds the events, marks the noun as used and returns true; false when the verb is
     * no such act.
     */
    private boolean received(Sentence s, ActorFinder.Mentions m, Token v, Discourse d, List<Actor> previous,
                             List<Candidate> out, Set<Integer> consumedNouns) {
        Token obj = predicates.is(WordClass.RECEIVING, v.lemma()) ? firstChild(s, v, "obj") : null;
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

    /** Whether a subject the dictionary does not know names a number of people: a plural noun or such a pronoun. */
    private boolean unnamedCrowd(Token subj) {
        if (subj.upos().equals("NUM") || (subj.upos().equals("PRON") && PEOPLE_PRONOUNS.contains(subj.lower()))) {
            return true;
        }
        if (!subj.upos().equals("NOUN") || !subj.isPluralNoun() || !predicates.noun(subj.lemma()).isEmpty()) {
            return false;
        }
        for (WordClass c : THINGS) {
            if (predicates.is(c, subj.lemma())) {
                return false;
            }
        }
        return true;
    }

    /** Whether an actor is named where one arrives: after "a" or "en" ("llegó a Berlín", "arribó en Lima"). */
    private static boolean arrivedAt(Sentence s, Actor a) {
        for (Token t : s.tokens()) {
            if (t.begin() == a.begin()) {
                return hasCase(s, t, "a") || hasCase(s, t, "al") || hasCase(s, t, "en");
            }
        }
        return false;
    }
}
