package org.dyad.coding;

import static org.dyad.coding.Codes.CRITICISM;
import static org.dyad.coding.Codes.CROWD;
import static org.dyad.coding.Codes.PROTEST_ROOT;
import static org.dyad.coding.Codes.REDUCE_RELATIONS;
import static org.dyad.coding.Codes.STATEMENT_ROOT;
import static org.dyad.nlp.Token.RELATIVE_WORDS;
import static org.dyad.coding.Syntax.firstChild;
import static org.dyad.coding.Syntax.governingVerb;
import static org.dyad.coding.Syntax.hasCase;
import static org.dyad.coding.Syntax.hasTargetCase;
import static org.dyad.coding.Syntax.passive;
import static org.dyad.coding.Syntax.subject;
import static org.dyad.coding.Syntax.subjectOrAntecedent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dyad.actor.Actor;
import org.dyad.actor.ActorFinder;
import org.dyad.actor.Discourse;
import org.dyad.coding.PredicateChooser.Intended;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Events that an event noun carries by itself when no verb took it: "la visita de Putin a Corea", "su cumbre con
 * Kim", "la invasión de Ucrania por Rusia", "las protestas estudiantiles contra el gobierno", "el retiro de Estados
 * Unidos de la OMS". Its actors come from its own complements: "entre X y Y", a possessive, a "de" or "por"
 * complement, an adjective, a relative clause that does the act, or the clause it is an adjunct of. Stateless and
 * thread-safe.
 */
final class NounEvents {
    private static final Set<String> POSSESSIVES = Set.of("su", "sus");
    /** Conventional military force (CAMEO 19): invading, occupying, annexing are a state's acts. */
    private static final String CONQUEST_ROOT = "19";
    /**
     * Prepositions by which an act sets the time of the clause's act: those of a time adjunct, and "luego de", "en"
     * ("tras la reunión con…, viajó", "en una reunión con…, propuso").
     */
    private static final Set<String> TIME_FRAMES = Syntax.union(Syntax.TIME_CASES, Set.of("luego", "en"));
    /** Meetings, visits and calls (CAMEO 04). */
    private static final String CONSULT_ROOT = "04";
    /** Prepositions of an adjunct that names an act done in doing another ("en demanda de", "como rechazo a"). */
    private static final Set<String> ADJUNCT_CASES = Set.of("en", "como");

    private final PredicateDictionary predicates;
    private final ActorFinder actors;
    private final PredicateChooser chooser;
    private final Participants participants;
    private final Pairing pairing;

    NounEvents(PredicateDictionary predicates, ActorFinder actors, PredicateChooser chooser, Participants participants,
               Pairing pairing) {
        this.predicates = predicates;
        this.actors = actors;
        this.chooser = chooser;
        this.participants = participants;
        this.pairing = pairing;
    }

    /**
     * Adds the events of the sentence's event nouns that no verb took ({@code consumed}: token indices) and that are
     * not the act a verb above them already codes ("participaron en una manifestación").
     */
    void code(Sentence s, ActorFinder.Mentions m, Discourse d, List<Actor> previous, Set<Integer> consumed,
              List<Candidate> out) {
        for (Token n : s.tokens()) {
            if (!n.upos().equals("NOUN") || consumed.contains(n.index())) {
                continue;
            }
            if (leaving(s, m, n, d, out)) {
                continue;
            }
            List<Predicate> entries = chooser.nounEntries(s, n);
            if (entries.isEmpty() || chooser.partOfName(s, n) || chooser.idiom(s, n)) {
                continue;
            }
            String root = entries.get(0).code().root();
            boolean sameAct = out.stream().anyMatch(c -> c.predicate().code().root().equals(root)
                    && s.dominates(c.anchor(), n)) && (timeFrameOf(s, n) == null || hasCase(s, n, "en"));
            if (sameAct) {
                // "participaron en una manifestación", "marcharon en protesta": the verb's event already is this act
                // (not the one it comes after: "tras la reunión con Macron, Scholz viajó a Polonia").
                continue;
            }
            nounEvent(s, m, n, entries.get(0), d, previous, out);
        }
    }

    /**
     * A noun of leaving with a state in one "de" phrase and an international body in another ("el retiro de Estados
     * Unidos de ese organismo", the second phrase often hung on the first): the state cuts its relation with the
     * body (160), as with the verbs. Adds the event and returns true; false when the noun is no such act.
     */
    private boolean leaving(Sentence s, ActorFinder.Mentions m, Token n, Discourse d, List<Candidate> out) {
        if (!predicates.is(WordClass.LEAVING_NOUNS, n.lemma())) {
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

    /** An event noun outside a light-verb construction: "la visita de Putin a Corea", "su cumbre con Kim". */
    private void nounEvent(Sentence s, ActorFinder.Mentions m, Token n, Predicate p, Discourse d,
                           List<Actor> previous, List<Candidate> out) {
        if (predicates.is(WordClass.AMBIGUOUS_PROTESTS, n.lemma()) && p.code().root().equals(PROTEST_ROOT)
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
            List<Actor> pair = participants.sides(s, m, c, d);
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
                } else if (hasCase(s, c, "en") && predicates.is(WordClass.INTO_TARGETS, n.lemma())) {
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
            if (recipients.isEmpty() && predicates.is(WordClass.INTO_TARGETS, n.lemma())) {
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
            List<Actor> framers = p.code().root().equals(CONSULT_ROOT) && timeFrameOf(s, n) != null
                    ? framingDoers(s, m, n, d) : List.of();
            List<Actor> attributed = participants.attributedDoers(s, m, n, d);
            List<Actor> relativeDoers = owner == null && byActors.isEmpty() ? relativeDoers(s, m, n, d) : List.of();
            Token done = owner == null && byActors.isEmpty() && relativeDoers.isEmpty() ? participle(s, n) : null;
            List<Actor> participleDoers = done == null ? List.of() : participleDoers(s, m, done, d);
            if (p.code().root().equals(PROTEST_ROOT) && participleDoers.stream().anyMatch(pairing::official)) {
                // "una concentración encabezada por el presidente": who leads a crowd is not the crowd.
                participleDoers = List.of();
            }
            if (!relativeDoers.isEmpty()) {
                // "las protestas que estudiantes realizan", "el ataque que lanzaron los rebeldes contra…": the
                // subject of a relative clause that does the act is its agent.
                sources.addAll(relativeDoers);
                targets.addAll(recipients);
                via.add("agent: subject of the relative clause that does the act");
            } else if (!participleDoers.isEmpty()) {
                // "el ataque perpetrado por Hamás contra Israel", "la marcha organizada por los sindicatos", "las
                // sanciones impuestas por Estados Unidos a Rusia": a participle's agent does the act; whom it is done
                // to hangs on the noun, on the participle, or is whom a patient noun's "de" complement names.
                sources.addAll(participleDoers);
                for (Token c : s.children(done, t -> (t.deprel().startsWith("obl") || t.deprel().equals("iobj")
                        || t.deprel().equals("obj")) && hasTargetCase(s, t) && !hasCase(s, t, "por"))) {
                    recipients.addAll(actors.resolve(s, m, c, d, null));
                }
                targets.addAll(!recipients.isEmpty() || !predicates.is(WordClass.PATIENT_NOUNS, n.lemma())
                        ? recipients : ofActors);
                via.add("agent 'por' of the participle '" + done.word() + "'");
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
            } else if (!ofActors.isEmpty() && predicates.is(WordClass.PATIENT_NOUNS, n.lemma())) {
                // "la detención de dos guerrilleros", "el asesinato de un alcalde", "la anexión de Austria": the "de"
                // complement of these nouns is who suffers the act; who does it is named by an adjective ("la
                // anexión rusa de Crimea") or unnamed: the police for an arrest, unidentified men for violence, no
                // one for a state's conquest.
                // ("el asesinato de un alcalde atribuido a las FARC": whom the text attributes it to.)
                Actor doer = participants.modifierActor(s, m, n, d);
                if (doer == null && attributed.isEmpty() && !p.code().root().equals(CONQUEST_ROOT)) {
                    doer = Participants.unnamedDoer(n, p, "patient noun");
                }
                if (doer == null && attributed.isEmpty()) {
                    return;
                }
                sources.addAll(doer != null ? List.of(doer) : attributed);
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
            } else if (!attributed.isEmpty()) {
                // "un atentado atribuido a grupos islamistas armados"
                sources.addAll(attributed);
                targets.addAll(recipients);
            } else if (!doers.isEmpty()) {
                // "manifestaron … en demanda de un plan", "una huelga en rechazo a la privatización": an act named
                // in an adjunct of a clause is done by that clause's actor.
                sources.addAll(doers);
                via.add("adjunct '" + n.word() + "' of a clause: its actor's act");
                targets.addAll(recipients);
            } else if (!recipients.isEmpty() && !framers.isEmpty()) {
                // "Tras la reunión con el presidente de Francia, el canciller alemán viajó a Polonia", "en una
                // llamada con Biden, Zelenski pidió…": a meeting that sets the time of a clause is its subject's.
                sources.addAll(framers);
                via.add("'" + timeFrameOf(s, n).word() + " … " + n.word()
                        + "' sets the time of a clause: its subject's meeting");
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
        // (An act that sets the time of another is not what that other intends: "en una reunión con obispos,
        // propuso un diálogo".)
        Intended intended = anchor == null || timeFrameOf(s, n) != null ? null
                : chooser.intended(s, anchor, n, p, via);
        if (intended != null) {
            anchor = intended.frame();
            p = intended.predicate();
            via = intended.via();
        }
        pairing.add(out, anchor == null ? n : anchor, n, p, sources, targets, via);
    }

    /**
     * The participle of a light verb that modifies an event noun with its agent ("el ataque perpetrado por Hamás",
     * "la marcha convocada por los sindicatos"), or null. Not one that acts on the act ("las marchas reprimidas por
     * las autoridades", "autorizada por el gobierno") nor one that names a cause ("provocada por la crisis").
     */
    private Token participle(Sentence s, Token n) {
        for (Token c : s.children(n, t -> (t.deprel().equals("amod") || t.deprel().equals("acl"))
                && t.isParticiple() && predicates.isLightVerb(t.lemma()) && !predicates.is(WordClass.CAUSES, t.lemma())
                && s.children(t, x -> x.deprel().startsWith("aux") || x.deprel().startsWith("nsubj")).isEmpty())) {
            return c;
        }
        return null;
    }

    /** The actors of a participle's "por" complement: its agent ("convocado por los sindicatos"). */
    private List<Actor> participleDoers(Sentence s, ActorFinder.Mentions m, Token participle, Discourse d) {
        // (The parser may call the agent an object: "el paro convocado por los sindicatos".)
        return participants.complementActors(s, m, participle, d, t -> (t.deprel().startsWith("obl")
                || t.deprel().equals("obj") || t.deprel().equals("nmod")) && hasCase(s, t, "por"));
    }

    /**
     * Who does an event noun by a relative clause of a light verb ("las protestas que estudiantes realizan", "la
     * huelga que mantienen los maestros", "el ataque que lanzaron los rebeldes"): the relative pronoun stands for the
     * act, since an act does not launch or hold anything, so the clause's other argument is its agent, whichever of
     * subject and object the parser calls it; empty otherwise.
     */
    private List<Actor> relativeDoers(Sentence s, ActorFinder.Mentions m, Token n, Discourse d) {
        for (Token r : s.children(n, t -> t.deprel().startsWith("acl") && t.isVerb()
                && predicates.isLightVerb(t.lemma()) && !passive(predicates, s, t))) {
            if (s.children(r, t -> RELATIVE_WORDS.contains(t.lower()) && t.upos().equals("PRON")).size() != 1) {
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

    /**
     * The word by which an event noun sets the time of its verb's act ("tras la reunión", "luego de una llamada",
     * which the parser may hang on the adverb), or null.
     */
    private static Token timeFrameOf(Sentence s, Token n) {
        Token host = s.parent(n);
        if (!n.deprel().startsWith("obl") || host == null) {
            return null;
        }
        if (host.upos().equals("ADV") && TIME_FRAMES.contains(host.lower()) && s.parent(host) != null
                && s.parent(host).isVerb()) {
            return host;
        }
        if (!host.isVerb()) {
            return null;
        }
        for (Token c : s.children(n, t -> t.deprel().equals("case") && TIME_FRAMES.contains(t.lower()))) {
            return c;
        }
        return null;
    }

    /** The named subject of the clause whose time an event noun sets (not a passive's); empty otherwise. */
    private List<Actor> framingDoers(Sentence s, ActorFinder.Mentions m, Token n, Discourse d) {
        Token verb = s.parent(n).isVerb() ? s.parent(n) : s.parent(s.parent(n));
        Token subj = passive(predicates, s, verb) ? null : subjectOrAntecedent(s, m, verb);
        return subj == null ? List.of() : actors.resolve(s, m, subj, d, null);
    }

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
        Token subj = verb == null || passive(predicates, s, verb) ? null : subjectOrAntecedent(s, m, verb);
        // Only a clause's own named subject: "ordena desalojar el puente ocupado en protesta" is not the judges'.
        return subj == null ? List.of() : actors.resolve(s, m, subj, d, null);
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
}
