package org.dyad.coding;

import static org.dyad.coding.Codes.FORCE;
import static org.dyad.coding.Codes.MILITARY_RETREAT;
import static org.dyad.coding.Codes.POLICE;
import static org.dyad.coding.Codes.PROTEST_ROOT;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dyad.actor.Actor;
import org.dyad.actor.ActorFinder;
import org.dyad.cameo.CameoCode;
import org.dyad.nlp.Token;

/**
 * Turns an act's entry and actors into candidates: one per source and target pair, or one per pair of coordinated
 * subjects for a joint act, with the rules that depend on who acts (a state's protest is an official complaint, a
 * state's or an armed group's blockade restricts movement, the police's force on protesters is repression, a
 * crowd's act is coded by crowd-acts.tsv, parties wage no war). Stateless and thread-safe.
 */
final class Pairing {
    /** A denial keeps no recipient here: the pipeline answers it to the article's accusers. */
    private static final String DENIAL = "016";
    /** CAMEO's coercion: arrests, administrative sanctions, dismissals. */
    private static final String COERCE_ROOT = "17";
    private static final CameoCode REPRESSION = CameoCode.of("175");
    /** Protesters and opponents: the police's force on them represses dissent. */
    private static final String DISSENTERS = "OPP";
    private static final Set<String> ARMED = Set.of("REB", "INS", "UAF", "CRM", "IMG", "SPY");
    private static final Set<String> OFFICIALS = Set.of("GOV", "MIL", "JUD", "LEG");
    private static final String OBSTRUCT = "144";
    /** Marching, rallying: whoever does so demonstrates ("los alcaldes marcharon"), officials too. */
    private static final String RALLY = "141";
    /** Hunger strikes and strikes or boycotts (CAMEO 142, 143). */
    private static final String HUNGER_STRIKE = "142";
    private static final String STRIKE = "143";
    private static final CameoCode ARMED_BLOCKADE = CameoCode.of("191");
    private static final CameoCode OFFICIAL_COMPLAINT = CameoCode.of("114");
    /** Demands, criticism, rejection and threats that a crowd voices in public count without an addressee. */
    private static final Set<String> CROWD_CLAIM_ROOTS = Set.of("10", "11", "12", "13");
    /** Roots of joint acts: "X y Y se reunieron" is X meeting Y. */
    private static final Set<String> JOINT_ROOTS = Set.of("03", "04", "05", "06");
    /** Visits made or hosted together are no act between the visitors: "Francia y Alemania visitaron Kiev". */
    private static final Set<String> VISITS = Set.of("042", "043");
    /**
     * Acts of diplomatic cooperation one side does for another, not together: "el PP, Ciudadanos o Vox defienden
     * esas posiciones", "Francia y Alemania elogiaron el acuerdo" (praise, defence, rallying support, recognition,
     * apology, forgiveness).
     */
    private static final Set<String> ONE_SIDED = Set.of("051", "052", "053", "054", "055", "056");

    private final PredicateDictionary predicates;
    private final ActorFinder actors;

    Pairing(PredicateDictionary predicates, ActorFinder actors) {
        this.predicates = predicates;
        this.actors = actors;
    }

    /**
     * Adds an act's candidates: one per source and target pair (none of an actor on itself, nor between a state and
     * its own government), or one per pair of coordinated subjects for a joint act without a target. Without a
     * target, only acts that need none count.
     */
    void add(List<Candidate> out, Token anchor, Token trigger, Predicate p, List<Actor> sources, List<Actor> targets,
             List<String> via) {
        if (targets.isEmpty() && sources.size() > 1 && joint(trigger, p)) {
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
                && !p.dyad().endsWith(">-") && !crowdClaim(p, sources) && !crowdAct(p, sources)) {
            return;
        }
        for (Actor src : sources) {
            Sourced act = forSource(trigger, p, via, src);
            if (act == null) {
                continue;
            }
            if (targets.isEmpty()) {
                out.add(repression(new Candidate(anchor, trigger, act.predicate(), src, null, act.via())));
                continue;
            }
            for (Actor tgt : targets) {
                if (!onItself(act.predicate(), src, tgt)) {
                    out.add(repression(new Candidate(anchor, trigger, act.predicate(), src, tgt, act.via())));
                }
            }
        }
    }

    /** Whether coordinated subjects of the act do it together, to each other ("X y Y se reunieron"). */
    private boolean joint(Token trigger, Predicate p) {
        boolean reciprocal = predicates.is(WordClass.RECIPROCAL, trigger.lemma())
                || predicates.is(WordClass.CLASHES, trigger.lemma())
                || p.object() != null && !p.object().startsWith("@") && (predicates.is(WordClass.RECIPROCAL, p.object())
                || predicates.is(WordClass.CLASHES, p.object()));
        return JOINT_ROOTS.contains(p.code().root()) && !VISITS.contains(p.code().value())
                && !ONE_SIDED.contains(p.code().value()) || reciprocal;
    }

    /** An act as done by one source, with the rules that recoded it. */
    private record Sourced(Predicate predicate, List<String> via) {
    }

    /** The act as this source does it (a state's protest is a complaint…), or null if this source does not do it. */
    private Sourced forSource(Token trigger, Predicate p, List<String> via, Actor src) {
        Predicate forSource = p;
        List<String> srcVia = via;
        if (p.code().value().startsWith(OBSTRUCT) && official(src)) {
            // "el gobierno bloqueó las carreteras de la región": a state's blockade restricts movement.
            forSource = p.withCode(ARMED_BLOCKADE);
            srcVia = new ArrayList<>(via);
            srcVia.add("blockade by a state or its officials -> " + ARMED_BLOCKADE.value());
        } else if (p.code().root().equals(PROTEST_ROOT) && official(src)
                && !(trigger.isVerb() && p.code().value().startsWith(RALLY)) && !strike(p.code())) {
            // "el ejército haitiano protestó contra…", "Francia protestó ante Marruecos": a state's protest is
            // an official complaint, not a demonstration. (Civil servants on strike, "huelgas de funcionarios",
            // and a deputy's hunger strike are strikes all the same.)
            forSource = p.withCode(OFFICIAL_COMPLAINT);
            srcVia = new ArrayList<>(via);
            srcVia.add("protest by a state or its officials -> " + OFFICIAL_COMPLAINT.value());
        } else if (p.code().root().equals(PROTEST_ROOT) && src.sector() != null
                && (ARMED.contains(src.sector()) || src.sector().equals(POLICE))) {
            if (!p.code().value().startsWith(OBSTRUCT)) {
                // "paramilitares que se movilizaban en una moto", "la policía se movilizó": armed groups and
                // the police move and deploy; they do not demonstrate.
                return null;
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
            return null;
        }
        if (forSource.code().value().equals(MILITARY_RETREAT) && src.sector() != null
                && !src.sector().equals("MIL") && !ARMED.contains(src.sector())) {
            // "el embajador se retiró": only armed forces retreat militarily.
            return null;
        }
        // (A crowd's act: not one named person's, "López Obrador no confiscará propiedades".)
        CameoCode code = ActorFinder.namedPerson(src) ? forSource.code()
                : predicates.forSource(forSource.code(), src.sector());
        if (!code.equals(forSource.code())) {
            forSource = p.withCode(code);
            srcVia = new ArrayList<>(via);
            srcVia.add("crowd act by " + src.sector() + ": " + p.code() + " -> " + code + " (crowd-acts.tsv)");
        }
        return new Sourced(forSource, srcVia);
    }

    /**
     * Whether the act is one actor's on itself: the same mention, the same actor, or a state and its own government.
     * A body may coerce one of its own: "el Congreso despojó de su inmunidad a un legislador" (two mentions, both
     * LEG).
     */
    private static boolean onItself(Predicate p, Actor src, Actor tgt) {
        boolean sameSpan = tgt.begin() == src.begin() && tgt.end() == src.end();
        boolean ownMember = p.code().root().equals(COERCE_ROOT) && src.sector() != null
                && !tgt.text().equalsIgnoreCase(src.text());
        boolean sameActor = tgt.code().equals(src.code()) && !ownMember && !ActorFinder.distinctOrganisations(src, tgt);
        return sameSpan || sameActor || stateAndItsGovernment(src, tgt);
    }

    /**
     * A state named as such ("Francia", not "30.000 israelíes", whose code is also the bare state's), or its
     * government, military, judiciary or legislature.
     */
    /** Whether a code is a strike or a hunger strike (142, 143). */
    private static boolean strike(CameoCode code) {
        return code.value().startsWith(HUNGER_STRIKE) || code.value().startsWith(STRIKE);
    }

    boolean official(Actor a) {
        boolean state = a.country() != null && a.code().equals(a.country())
                && actors.dictionary().isCountry(a.country()) && !a.via().isEmpty()
                && !ActorFinder.namedByDemonym(a);
        return state || (a.sector() != null && OFFICIALS.contains(a.sector()));
    }

    /**
     * An act that crowds only do, and that is theirs in its own way (crowd-acts.tsv: a blockade lifted by truckers ends
     * their protest): an event without an addressee, like their protest.
     */
    private boolean crowdAct(Predicate p, List<Actor> sources) {
        return !sources.isEmpty() && sources.stream().allMatch(a -> predicates.isCrowd(a.sector())
                && !predicates.forSource(p.code(), a.sector()).equals(p.code()));
    }

    /** Demands, criticism, rejection and threats voiced by crowds only: events without an addressee. */
    boolean crowdClaim(Predicate p, List<Actor> sources) {
        return CROWD_CLAIM_ROOTS.contains(p.code().root()) && !sources.isEmpty()
                && sources.stream().allMatch(a -> predicates.isCrowd(a.sector()));
    }

    /**
     * "la policía disparó a mansalva", "la policía golpeó a los manifestantes": the police's force against
     * protesters or opponents, or against no one named, is violent repression (175), as CAMEO defines it (force to
     * repress dissent or protest); its part in a clash between two sides is not, nor its force on anyone else.
     */
    private Candidate repression(Candidate c) {
        boolean force = FORCE.contains(c.predicate().code().root());
        if (!force || !POLICE.equals(c.source().sector()) || predicates.is(WordClass.CLASHES, c.trigger().lemma())
                || (c.target() != null && !DISSENTERS.equals(c.target().sector()))) {
            return c;
        }
        List<String> via = new ArrayList<>(c.via());
        via.add("force by the police on " + (c.target() == null ? "no one named" : "dissenters") + " -> "
                + REPRESSION.value());
        return new Candidate(c.anchor(), c.trigger(), c.predicate().withCode(REPRESSION), c.source(), c.target(),
                via, c.negationIsTheAct(), c.object());
    }

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
}
