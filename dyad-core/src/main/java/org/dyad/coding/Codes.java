package org.dyad.coding;

import java.util.Set;

import org.dyad.cameo.CameoCode;

/** CAMEO codes and roots, and classes of noun-classes.tsv, that rules in more than one part of the coder name. */
final class Codes {
    /** Roots of force: assault (18), fight (19), mass violence (20). */
    static final Set<String> FORCE = Set.of("18", "19", "20");
    static final String PROTEST_ROOT = "14";
    static final String ARREST = "173";
    static final CameoCode REDUCE_RELATIONS = CameoCode.of("160");
    /** Meetings and talks (root 04). */
    static final String MEET = "04";
    /** A lawsuit (115): a demand or an accusation brought before a court. */
    static final CameoCode LAWSUIT = CameoCode.of("115");
    /** Criticism (111): what disparaging statements and a politician's verbal attacks are. */
    static final CameoCode CRITICISM = CameoCode.of("111");
    /** Military retreat (0874): only armed forces retreat. */
    static final String MILITARY_RETREAT = "0874";
    /** The police (an actor's sector). */
    static final String POLICE = "COP";
    /** Public statements (root 01). */
    static final String STATEMENT_ROOT = "01";
    /** Civilians: a crowd, whose state the text may not say (an actor's sector). */
    static final String CROWD = "CVL";

    private Codes() {
    }
}
