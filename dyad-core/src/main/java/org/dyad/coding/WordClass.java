package org.dyad.coding;

/**
 * The word classes of {@code noun-classes.tsv} that the coder's rules name. The words themselves live in that file,
 * which must define every class listed here ({@link PredicateDictionary#load} checks it); the file may define more,
 * for object constraints of the dictionaries' entries ("@armas").
 */
enum WordClass {
    /** The points of the compass: "a 890 km al norte de Santiago" says where, and holds no recipient. */
    DIRECTIONS("directions"),
    /** Speeches, letters and statements, whose words are their author's ("un discurso que pedirá…"). */
    MESSAGES("messages"),
    /** What strikes without anyone striking ("arrasada por el huracán"). */
    NATURAL_FORCES("natural-forces"),
    /** Verbs of arriving: a visit only by a government or its officials, to another state. */
    ARRIVALS("arrivals"),
    /** Words whose coordinated subjects act on each other ("intercambiaron disparos"). */
    RECIPROCAL("reciprocal"),
    /** Words of fighting between two sides ("enfrentamiento", "combate"). */
    CLASHES("clashes"),
    /** Heads whose "de" complement names a thing, not an act ("campo de concentración"). */
    NO_EVENT_HEADS("no-event-heads"),
    /** What governments fight that is no adversary ("la corrupción"). */
    SOCIAL_ILLS("social-ills"),
    /** Nouns naming a kind or instance of their "de" complement ("todo acto de violencia"). */
    KINDS("kinds"),
    /** Nouns of a part of their "de" complement ("un tramo de la avenida"). */
    PARTS("parts"),
    /** Verbs that give a name in their pronominal use ("se llama"). */
    NAMING("naming"),
    /** Where one speaks or writes ("en una entrevista"). */
    SPEECH_VENUES("speech-venues"),
    /** Adjectives of a field other than arms ("ofensiva diplomática"). */
    FIGURATIVE_DOMAINS("figurative-domains"),
    /** Names given to disparage someone ("traidor"). */
    INSULTS("insults"),
    /** Words of a contemptuous or harsh manner ("de manera despectiva"). */
    DISPARAGING("disparaging"),
    /** Verbs that undo what their object names ("revocó las sanciones"). */
    UNDOING("undoing"),
    /** Event nouns that with a modifier name no act ("marcha atrás"). */
    NOT_EVENTS("not-events"),
    /** Verbs that are force only on someone, whom Spanish marks with the personal "a" ("ejecutaron a"). */
    PERSON_VERBS("person-verbs"),
    /** Nouns that after "en" or "sobre" make an idiom, not an event ("poner en marcha"). */
    IDIOMS_WITH_EN("idioms-with-en"),
    /** Event nouns whose "de" complement is the one who suffers the act ("el secuestro de dos periodistas"). */
    PATIENT_NOUNS("patient-nouns"),
    /** Protest nouns with everyday senses ("la concentración de dióxido de cloro"). */
    AMBIGUOUS_PROTESTS("ambiguous-protests"),
    /** Acts whose "en" complement names the recipient ("la injerencia en las elecciones"). */
    INTO_TARGETS("into-targets"),
    /** Verbs of threatening: a conflictual act in their infinitive complement is coded as its threat. */
    THREATS("threats"),
    /** Nouns of people ("persona", "periodista", "campesino"). */
    PEOPLE("personas"),
    /** Prisoners and detainees. */
    PRISONERS("presos"),
    /** Vehicles. */
    VEHICLES("vehiculos"),
    /** Buildings. */
    BUILDINGS("edificios"),
    /** Weapons. */
    WEAPONS("armas"),
    /** Roads and ways. */
    WAYS("vias"),
    /** What elections give ("votos"). */
    VOTES("votes"),
    /** Verbs by which something causes a protest ("provocó protestas", "desató una ola de protestas"). */
    CAUSES("causes"),
    /** Diplomatic missions and envoys: "en X" names the host state, not theirs. */
    MISSIONS("missions"),
    /** Verbs that attribute an act to its doer ("un atentado atribuido a grupos armados"). */
    ATTRIBUTING("attributing"),
    /** Verbs by which the subject undergoes an act named by their object ("recibió críticas de la oposición"). */
    RECEIVING("receiving"),
    /** Nouns of a phase of a meeting, whose "de" complement is the meeting ("este principio de diálogo"). */
    PHASES("phases"),
    /** Verbs of fighting that also mean striving ("luchar por la paz"). */
    STRUGGLES("struggles"),
    /** Verbs of leaving ("abandonar la OMS", "retirarse de la OTAN", "salir de la Unión Europea"). */
    LEAVING_VERBS("leaving-verbs"),
    /** Nouns of leaving ("el retiro de Estados Unidos de la OMS", "la salida del Reino Unido de la UE"). */
    LEAVING_NOUNS("leaving-nouns"),
    /** Verbs of dying, which at someone's hands are the passive of killing ("murieron a manos del ejército"). */
    DEATHS("deaths");

    private final String id;

    WordClass(String id) {
        this.id = id;
    }

    /** The class's name in noun-classes.tsv. */
    String id() {
        return id;
    }
}
