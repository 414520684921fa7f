package org.dyad.factuality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dyad.actor.Actor;
import org.dyad.actor.ActorFinder;
import org.dyad.actor.Discourse;
import org.dyad.data.TsvFile;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Reads how a sentence presents an event from the parse and the Spanish cue lexicon: negation on the verb,
 * conditional mood, doubt adverbs, future tense, and the frames that govern the event's clause ("dijo que",
 * "se cree que", "negó que", "planea visitar"), with "según X" as a source. Reported and alleged events get
 * their attribution. Immutable and thread-safe.
 */
public final class FactualityTagger {
    private static final String RESOURCE = "org/dyad/factuality/es/cues.tsv";
    private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "xcomp", "csubj", "acl", "advcl");
    private static final Set<String> MEDIA_NOUNS = Set.of("informe", "medio", "prensa", "reporte",
            "versión", "periódico", "diario", "agencia", "noticia", "información");

    private final Map<String, Factuality> frames = new HashMap<>();
    private final Map<String, Factuality> adverbs = new HashMap<>();
    private final Map<String, Factuality> adjectives = new HashMap<>();
    private final Map<String, Factuality> participles = new HashMap<>();
    private final Map<String, Factuality> objectFrames = new HashMap<>();
    private final Set<String> urging = new java.util.HashSet<>();
    private final Set<String> negations = new java.util.HashSet<>();
    private final Set<String> sourceMarkers = new java.util.HashSet<>();
    private final Set<String> occurrences = new java.util.HashSet<>();
    private final ActorFinder actors;

    /**
     * The factuality of one event, with its attribution and the cues that decided it.
     *
     * @param speakers the actors who say, believe or deny it (every conjunct of the frame's subject), or empty
     */
    public record Assessment(Factuality factuality, Attribution attribution, List<String> via, List<Actor> speakers) {
        public Assessment {
            via = List.copyOf(via);
            speakers = List.copyOf(speakers);
        }

        Assessment(Factuality factuality, Attribution attribution, List<String> via) {
            this(factuality, attribution, via, List.of());
        }
    }

    public FactualityTagger(ActorFinder actors) {
        this.actors = actors;
        for (TsvFile.Row row : TsvFile.readResource(RESOURCE, 3)) {
            Factuality label;
            try {
                label = Factuality.ofLabel(row.get(2));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown factuality label '" + row.get(2) + "'");
            }
            String lemma = row.get(0).replace('_', ' ');
            switch (row.get(1)) {
                case "frame" -> frames.put(lemma, label);
                case "adverb" -> adverbs.put(lemma, label);
                case "adjective" -> adjectives.put(lemma, label);
                case "negation" -> negations.add(lemma);
                case "source" -> sourceMarkers.add(lemma);
                case "participle" -> participles.put(lemma, label);
                case "object" -> objectFrames.put(lemma, label);
                case "occurrence" -> occurrences.add(lemma);
                case "urging" -> {
                    urging.add(lemma);
                    frames.put(lemma, label);
                }
                default -> throw row.error("kind must be frame, urging, object, adverb, adjective, participle, "
                        + "source, negation or occurrence");
            }
        }
    }

    /** Whether a verb lemma reports speech ("decir", "afirmar"): a reported frame of the cue lexicon. */
    public boolean isReportingVerb(String lemma) {
        return frames.get(lemma) == Factuality.REPORTED;
    }

    /** Whether a verb tells what someone says, alleges or denies ("dijo", "denunció", "negó"). */
    public boolean isSpeechVerb(String lemma) {
        Factuality f = frames.get(lemma);
        return f == Factuality.REPORTED || f == Factuality.ALLEGED || f == Factuality.DENIED;
    }

    /** Assesses the event anchored at {@code anchor} (its verb) with trigger {@code trigger}. */
    public Assessment assess(Sentence s, ActorFinder.Mentions m, Token anchor, Token trigger, Discourse d) {
        return assess(s, m, anchor, trigger, d, false);
    }

    /**
     * Assesses the event anchored at {@code anchor} (its verb) with trigger {@code trigger}; with
     * {@code negationIsTheAct} ("no aceptó" coded as a rejection) the verb's negation does not negate the event.
     */
    public Assessment assess(Sentence s, ActorFinder.Mentions m, Token anchor, Token trigger, Discourse d,
                             boolean negationIsTheAct) {
        List<String> via = new ArrayList<>();
        Token head = anchor;
        // "los riesgos de hostilidades entre India y Pakistán", "no descarta la posibilidad de un ataque": a noun of
        // possibility above the event noun, whatever frames it.
        Token possibility = frameNounAbove(s, trigger, Factuality.HYPOTHETICAL);
        if (possibility != null) {
            via.add("noun '" + possibility.word() + "'");
            return withSource(s, m, head, d, new Assessment(Factuality.HYPOTHETICAL, null, via));
        }
        if (trigger != anchor) {
            // "no mantendrá el acuerdo firmado entre el FMI y el presidente": a participle that tells the act was
            // done or is planned ("la movilización programada"), whatever the verb above says of the noun; who
            // reports a done act still reports it ("a raíz de protestas realizadas por estudiantes, informó el
            // ministro").
            for (Token c : s.children(trigger, t -> (t.deprel().equals("amod") || t.deprel().equals("acl"))
                    && t.isParticiple() && participles.containsKey(t.lemma())
                    && s.children(t, x -> x.deprel().startsWith("aux")).isEmpty())) {
                via.add("participle '" + c.word() + "'");
                if (negated(s, c)) {
                    return new Assessment(Factuality.NEGATED, null, via);
                }
                Frame frame = participles.get(c.lemma()) == Factuality.ASSERTED ? frameOf(s, m, head, d) : null;
                if (frame != null && (frame.label == Factuality.REPORTED || frame.label == Factuality.ALLEGED)) {
                    via.add("frame '" + frame.cue.word() + "'");
                    return withSource(s, m, head, d, new Assessment(frame.label, frame.attribution, via,
                            frame.speakers));
                }
                return withSource(s, m, head, d, new Assessment(participles.get(c.lemma()), null, via));
            }
        }
        // "el anuncio de masivas marchas", "el plan de ataques": a noun of intent or announcement above the event
        // noun, through its "de", makes it planned, whatever frames that noun (a participle that tells it done wins
        // above).
        Token intent = s.children(trigger, t -> t.deprel().equals("case")
                && (t.lower().equals("de") || t.lower().equals("del"))).isEmpty()
                ? null : frameNounAbove(s, trigger, Factuality.EXPECTED);
        if (intent != null) {
            via.add("noun '" + intent.word() + "'");
            return withSource(s, m, head, d, new Assessment(Factuality.EXPECTED, null, via));
        }
        Token after = trigger != anchor && !head.isSubjunctive() ? presupposedPast(s, trigger) : null;
        if (after != null) {
            // "Después del ataque de Rusia, la OTAN reforzará sus tropas", "tras la revuelta social": what another
            // act comes after took place, whatever is told of that other act (not in a wish: "esperamos que
            // después del paro el gobierno recapacite").
            via.add("after '" + after.word() + "': taken as past");
            return withSource(s, m, head, d, new Assessment(Factuality.ASSERTED, null, via));
        }
        if (protasis(s, head)) {
            // "si Rusia ataca a Ucrania, …", "en el caso de que Rusia invada Ucrania": a condition, not a fact.
            via.add("condition on '" + head.word() + "'");
            return withSource(s, m, head, d, new Assessment(Factuality.HYPOTHETICAL, null, via));
        }
        if (trigger == anchor && subjunctiveRelative(s, head)) {
            // (Only the verb's own act: "que visiten Francia ante la ola de huelgas" does not make the strikes so.)
            via.add("subjunctive relative clause '" + head.word() + "'");
            return withSource(s, m, head, d, new Assessment(Factuality.HYPOTHETICAL, null, via));
        }
        if (!negationIsTheAct && (negated(s, head) && !outsideNegation(s, head, trigger)
                || trigger != anchor && negated(s, trigger))) {
            via.add("negation on '" + head.word() + "'");
            return new Assessment(Factuality.NEGATED, null, via);
        }
        if (conditional(s, head)) {
            via.add("conditional '" + head.word() + "'");
            return withSource(s, m, head, d, new Assessment(Factuality.HYPOTHETICAL, null, via));
        }
        if (!trigger.isVerb()) {
            // "la supuesta interferencia del Kremlin": an adjective on the event noun (also one no verb governs).
            for (Token c : s.children(trigger, t -> t.deprel().equals("amod"))) {
                Factuality f = adjectives.getOrDefault(c.lower(), adjectives.get(c.lemma()));
                if (f != null) {
                    via.add("adjective '" + c.word() + "'");
                    return withSource(s, m, head, d, new Assessment(f, null, via));
                }
            }
        }
        if (trigger != anchor && s.parent(trigger) == anchor && objectFrames.containsKey(anchor.lemma())
                && (trigger.deprel().equals("obj") || trigger.deprel().startsWith("obl")
                && s.children(trigger, t -> t.deprel().equals("case")).stream()
                .allMatch(t -> t.lower().equals("a") || t.lower().equals("al")))) {
            // "el PAN acusa un hackeo ruso", "negó el ataque", "pidió la detención de…", "llamó al asesinato de…":
            // the act an accusation, a denial or a demand names as its object is alleged, denied or expected by its
            // author. (Not what one denounces: "denunciaban el bombardeo de la embajada" condemns a bombing that
            // took place.)
            via.add("object of '" + anchor.word() + "'");
            return new Assessment(objectFrames.get(anchor.lemma()), speaker(s, m, anchor, d), via,
                    speakers(s, m, anchor, d));
        }
        for (Token aux : s.children(head, t -> t.deprel().startsWith("aux") && frames.containsKey(t.lemma())
                && frames.get(t.lemma()) != Factuality.REPORTED)) {
            // "debía reunirse", "puede atacar": the tagger makes a modal verb the auxiliary of the act; it frames
            // the act as it would as the act's governing verb.
            via.add("modal '" + aux.word() + "'");
            return withSource(s, m, head, d, new Assessment(frames.get(aux.lemma()), null, via));
        }
        for (Token c : s.children(head, t -> t.deprel().equals("advmod"))) {
            Factuality f = adverbs.get(c.lower());
            if (f != null) {
                via.add("adverb '" + c.word() + "'");
                return withSource(s, m, head, d, new Assessment(f, null, via));
            }
        }
        Frame frame = frameOf(s, m, head, d);
        if (frame != null && (frame.label == Factuality.ALLEGED || frame.label == Factuality.DENIED
                || frame.label == Factuality.HYPOTHETICAL)) {
            via.add("frame '" + frame.cue.word() + "'");
            return new Assessment(frame.label, frame.attribution, via, frame.speakers);
        }
        if (future(s, head)) {
            via.add("future '" + head.word() + "'");
            Attribution a = frame == null ? null : frame.attribution;
            return withSource(s, m, head, d, new Assessment(Factuality.EXPECTED, a, via));
        }
        if (frame != null) {
            via.add("frame '" + frame.cue.word() + "'");
            return withSource(s, m, head, d, new Assessment(frame.label, frame.attribution, via, frame.speakers));
        }
        return withSource(s, m, head, d, new Assessment(Factuality.ASSERTED, null, via));
    }

    /**
     * Whether an event noun stands outside the negation of the verb above it: as its subject, unless that verb
     * tells that something happens or takes place ("las protestas no se justifican", "la huelga no afectó el
     * transporte", but "la reunión no tuvo lugar", "no se produjo el ataque"), or as a complement marked with a
     * preposition ("no se sumó a las protestas", "no brindó espacio a las protestas"). As its object it is what the
     * negation denies ("no hubo acuerdo", "no firmaron el tratado").
     */
    private boolean outsideNegation(Sentence s, Token anchor, Token trigger) {
        if (trigger == anchor) {
            return false;
        }
        if (s.parent(trigger) != anchor) {
            // "no tenía cifras sobre la incidencia del paro": a noun the negated verb reaches only through a
            // complement marked by a preposition other than "de" is no part of what is denied ("no hubo acuerdo de
            // paz" denies the agreement).
            for (Token t = trigger; t != null && t != anchor; t = s.parent(t)) {
                if (t.deprel().startsWith("obl") || t.deprel().equals("nmod")
                        && !s.children(t, c -> c.deprel().equals("case") && !OF.contains(c.lower())).isEmpty()) {
                    return true;
                }
            }
            return false;
        }
        if (trigger.deprel().startsWith("obl") || trigger.deprel().equals("obj")
                && !s.children(trigger, t -> t.deprel().equals("case")).isEmpty()) {
            return true;
        }
        if (!trigger.deprel().equals("nsubj")) {
            return false;
        }
        return !occurrences.contains(anchor.lemma()) && s.children(anchor, t -> (t.deprel().equals("obj")
                || t.deprel().equals("compound")) && occurrences.contains(anchor.lemma() + " " + t.lemma())).isEmpty();
    }

    /** Words by which an event noun tells what another act comes after: "tras", "después de", "luego de". */
    private static final Set<String> AFTER = Set.of("tras", "después", "luego");

    /**
     * The word by which an event noun is what the act of its clause comes after ("tras la revuelta", "después del
     * ataque", "luego de los bloqueos", "a raíz de las protestas"), or null.
     */
    private static Token presupposedPast(Sentence s, Token noun) {
        for (Token c : s.children(noun, t -> t.deprel().equals("case"))) {
            if (AFTER.contains(c.lower()) || c.lower().equals("a")
                    && !s.children(c, t -> t.deprel().equals("fixed") && t.lower().equals("raíz")).isEmpty()) {
                return c;
            }
        }
        Token p = s.parent(noun);
        boolean of = !s.children(noun, t -> t.deprel().equals("case") && OF.contains(t.lower())).isEmpty();
        return of && p != null && p.upos().equals("ADV") && AFTER.contains(p.lower()) ? p : null;
    }

    /** The preposition of a noun's complement that makes it part of the noun ("el acuerdo de paz"). */
    private static final Set<String> OF = Set.of("de", "del");

    /** The noun with this frame label that an event noun hangs on, at most two nominal steps up; or null. */
    private Token frameNounAbove(Sentence s, Token trigger, Factuality label) {
        if (trigger.isVerb()) {
            return null;
        }
        Token cur = trigger;
        for (int hops = 0; hops < 2 && cur.deprel().equals("nmod") && s.parent(cur) != null; hops++) {
            cur = s.parent(cur);
            if (cur.upos().equals("NOUN") && frames.get(cur.lemma()) == label) {
                return cur;
            }
        }
        return null;
    }

    /** Words after "no" that make it no negation: "no obstante" (however), "no sólo … sino" (not only). */
    private static final Set<String> NOT_NEGATING = Set.of("obstante", "sólo", "solo", "solamente", "únicamente");

    private boolean negated(Sentence s, Token t) {
        for (Token c : s.children(t)) {
            String rel = c.deprel();
            if ((rel.equals("advmod") || rel.equals("cc")) && negations.contains(c.lower())
                    && !(c.index() + 1 < s.size() && NOT_NEGATING.contains(s.token(c.index() + 1).lower()))) {
                return true;
            }
            // "Ni Rusia ni China condenaron": the "ni" hangs on the coordinated subjects.
            if (rel.startsWith("nsubj")) {
                for (Token x : ActorFinder.coordinated(s, c)) {
                    for (Token cc : s.children(x, y -> y.deprel().equals("cc") || y.deprel().equals("advmod"))) {
                        if (cc.lower().equals("ni")) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a verb's clause is a condition: introduced by "si" (not the concessive "si bien") or the complement of
     * "en caso de que".
     */
    private static boolean protasis(Sentence s, Token v) {
        if (conditionMarked(s, v)) {
            return true;
        }
        Token host = s.parent(v);
        return v.deprel().startsWith("acl") && host != null && host.lemma().equals("caso")
                && !s.children(host, t -> t.deprel().equals("case") && t.lower().equals("en")).isEmpty();
    }

    /**
     * Whether a verb heads a relative clause in the subjunctive: "pide matar a palestinos que ataquen con cometas"
     * tells of whoever would attack, no one who did.
     */
    private static boolean subjunctiveRelative(Sentence s, Token v) {
        return v.deprel().startsWith("acl") && (v.isSubjunctive() || !s.children(v, t -> t.deprel().startsWith("aux")
                && t.isSubjunctive()).isEmpty()) && !s.children(v, t -> t.upos().equals("PRON")
                && Token.RELATIVE_WORDS.contains(t.lower())).isEmpty();
    }


    /** Whether a clause is marked by "si" as a condition, not by the concessive "si bien". */
    private static boolean conditionMarked(Sentence s, Token clause) {
        for (Token mk : s.children(clause, t -> t.deprel().equals("mark") && t.lower().equals("si"))) {
            if (mk.index() + 1 >= s.size() || !s.token(mk.index() + 1).lower().equals("bien")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb says what would happen: in the conditional, or under a condition ("si Rusia ataca, Francia
     * responderá"; not "si bien Rusia atacó, Francia condenó a Rusia") or a "de" infinitive ("de ganar, gobernará").
     */
    private static boolean conditional(Sentence s, Token v) {
        if (v.isConditional()) {
            return !futureInPast(s, v) || !s.children(v, t -> t.deprel().equals("advcl") && conditionMarked(s, t))
                    .isEmpty();
        }
        for (Token c : s.children(v, t -> t.deprel().startsWith("aux") || t.deprel().equals("cop"))) {
            if (c.isConditional()) {
                return true;
            }
        }
        for (Token c : s.children(v, t -> t.deprel().equals("advcl"))) {
            if (conditionMarked(s, c) || c.isInfinitive() && !s.children(c, t -> (t.deprel().equals("mark")
                    || t.deprel().equals("case")) && t.lower().equals("de")).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb in the conditional tells the future of a past report: "Ortega anunció que se reuniría con
     * Alemán", "dijo que la cumbre sería en mayo" (not "podría", a modal auxiliary, nor a verb under a condition).
     */
    private static boolean futureInPast(Sentence s, Token v) {
        Token p = s.parent(v);
        if (!v.isConditional() || !v.deprel().equals("ccomp") || p == null || !p.isVerb()) {
            return false;
        }
        boolean past = p.isPreterite() || p.isImperfect()
                || !s.children(p, t -> t.deprel().startsWith("aux") && t.lemma().equals("haber")).isEmpty();
        return past && !conditionMarked(s, v);
    }

    private static boolean future(Sentence s, Token v) {
        if (v.isFuture() || futureInPast(s, v)) {
            return true;
        }
        for (Token c : s.children(v, t -> t.deprel().startsWith("aux"))) {
            // "va a firmar"; "fue firmado" shares the lemma "ir" in the tagger but is a passive, not a future.
            if (c.isFuture() || (c.lemma().equals("ir") && v.isInfinitive())) {
                return true;
            }
        }
        Token purpose = v;
        while (purpose.deprel().equals("conj") && s.parent(purpose) != null && s.parent(purpose).isInfinitive()) {
            purpose = s.parent(purpose);
        }
        Token host = s.parent(purpose);
        if (v.isInfinitive() && purpose.deprel().equals("conj") && host != null && host.isVerb()
                && !host.isInfinitive()) {
            // "visitará Argentina para conocer el país y estrechar lazos": the parser may hang the second infinitive
            // on the finite verb; it belongs with the purpose clause before it.
            Token v0 = v;
            purpose = s.children(host, t -> t.deprel().equals("advcl") && t.isInfinitive() && t.index() < v0.index())
                    .stream().reduce((a, b) -> b).orElse(purpose);
        }
        if (host != null && v.isInfinitive() && purpose.deprel().equals("advcl") && host.isVerb()
                && !s.children(purpose, t -> t.deprel().equals("mark") && t.lower().equals("para")).isEmpty()
                && future(s, host)) {
            // "visitará Argentina para conocer el país y estrechar lazos": the purpose of a future act lies ahead
            // with it.
            return true;
        }
        Token p = s.parent(v);
        return p != null && v.deprel().equals("xcomp") && p.lemma().equals("ir");
    }

    private record Frame(Token cue, Factuality label, Attribution attribution, List<Actor> speakers) {
    }

    /**
     * The innermost cue verb or noun whose complement contains the event's clause; when that frame has no
     * speaker ("se espera que"), the attribution comes from a reporting frame further out ("informes dijeron
     * que se espera que").
     */
    private Frame governingFrame(Sentence s, ActorFinder.Mentions m, Token v, Discourse d) {
        Frame inner = innermostFrame(s, m, v, d);
        if (inner == null || inner.attribution != null) {
            return inner;
        }
        for (Frame outer = innermostFrame(s, m, inner.cue, d); outer != null;
                outer = innermostFrame(s, m, outer.cue, d)) {
            if (outer.attribution != null) {
                return new Frame(inner.cue, inner.label, outer.attribution, outer.speakers);
            }
        }
        return inner;
    }

    /** The frame of a verb: the cue governing its clause, else a reporting verb after it. */
    private Frame frameOf(Sentence s, ActorFinder.Mentions m, Token v, Discourse d) {
        Frame frame = governingFrame(s, m, v, d);
        return frame != null ? frame : trailingFrame(s, m, v, d);
    }

    /** A reporting verb after the reported clause: "Ucrania atacó a Rusia, dijo Peskov". */
    private Frame trailingFrame(Sentence s, ActorFinder.Mentions m, Token v, Discourse d) {
        for (Token c : s.children(v, t -> t.deprel().equals("parataxis") || t.deprel().equals("ccomp")
                || t.deprel().equals("dep"))) {
            Factuality label = frames.get(c.lemma());
            boolean inverted = !s.children(c, t -> t.deprel().equals("nsubj") && t.index() > c.index()).isEmpty();
            if (c.index() > v.index() && inverted
                    && (label == Factuality.REPORTED || label == Factuality.ALLEGED)) {
                return new Frame(c, label, speaker(s, m, c, d), speakers(s, m, c, d));
            }
        }
        return null;
    }

    /** Subordinators of adverbial clauses that a frame does not reach into ("ya que", "cuando", "porque"). */
    private static final Set<String> OPAQUE_MARKS = Set.of("ya", "porque", "cuando", "mientras", "aunque", "pues",
            "como", "si", "tras", "después", "antes", "desde");

    private Frame innermostFrame(Sentence s, ActorFinder.Mentions m, Token v, Discourse d) {
        Token cur = v;
        for (int hops = 0; hops < 5; hops++) {
            Token p = s.parent(cur);
            if (p != null && cur.deprel().equals("conj") && cur.isInfinitive() && p.isInfinitive()) {
                // "rechazó negociar y firmar un acuerdo": a conjoined infinitive is framed as the first one.
                cur = p;
                continue;
            }
            if (p == null || !CLAUSE_RELATIONS.contains(cur.deprel())) {
                return null;
            }
            if (cur.deprel().equals("advcl") && !s.children(cur, t -> t.deprel().equals("mark")
                    && OPAQUE_MARKS.contains(t.lower())).isEmpty()) {
                return null;
            }
            Factuality label = frames.get(p.lemma());
            if (label != null && cur.deprel().equals("advcl") && label != Factuality.EXPECTED) {
                label = null;
            }
            if (label == Factuality.DENIED && cur.isInfinitive() && s.children(cur, t -> t.deprel().startsWith("aux")
                    && t.lemma().equals("haber")).isEmpty()) {
                // "rechazó firmar el acuerdo", "se negó a negociar": what one refuses to do is not done — unlike a
                // past act one denies ("negó haber atacado").
                label = Factuality.NEGATED;
            }
            if (label == Factuality.NEGATED && negated(s, p)) {
                // "el sol no impidió a las manifestantes lanzar consignas": what was not prevented took place.
                label = null;
            }
            if (label == Factuality.EXPECTED && pastPurpose(s, cur, p) && !urging.contains(p.lemma())) {
                // "llamó al presidente para felicitarlo": what one did a past act for is told with it, not asked
                // (but "presionó a Ucrania para investigar a Biden" asks it of Ukraine).
                label = null;
            }
            if (label == Factuality.EXPECTED && !(cur.isFuture() || cur.isInfinitive() || cur.isSubjunctive()
                    || cur.isPresent())) {
                label = null;
            }
            if (label != null) {
                return new Frame(p, label, speaker(s, m, p, d), speakers(s, m, p, d));
            }
            cur = p;
        }
        return null;
    }

    /** An infinitive purpose clause ("para felicitarlo") of a verb in a past tense. */
    private static boolean pastPurpose(Sentence s, Token clause, Token verb) {
        return clause.deprel().equals("advcl") && clause.isInfinitive() && verb.isFinite() && !verb.isFuture()
                && !verb.isPresent() && !verb.isConditional() && !verb.isSubjunctive()
                && !s.children(clause, t -> t.deprel().equals("mark") && t.lower().equals("para")).isEmpty();
    }

    private List<Actor> speakers(Sentence s, ActorFinder.Mentions m, Token frame, Discourse d) {
        for (Token c : s.children(frame, t -> t.deprel().equals("nsubj"))) {
            return actors.resolve(s, m, c, d, null);
        }
        return List.of();
    }

    /** Who utters a frame verb: its subject as an actor, or unnamed media for "los informes". */
    private Attribution speaker(Sentence s, ActorFinder.Mentions m, Token frame, Discourse d) {
        for (Token c : s.children(frame, t -> t.deprel().equals("nsubj"))) {
            List<Actor> a = actors.resolve(s, m, c, d, null);
            if (!a.isEmpty()) {
                Actor first = a.get(0);
                return new Attribution(first.text(), first.code(), first.country());
            }
            List<Token> np = ActorFinder.nounPhrase(s, c);
            String text = s.textBetween(np.get(0).begin(), np.get(np.size() - 1).end());
            if (MEDIA_NOUNS.contains(c.lemma())) {
                return new Attribution(text, "MED", null);
            }
            if (c.upos().equals("PROPN") || c.lemma().equals("fuente")) {
                // A named source the dictionary does not know, or unnamed "fuentes": its words, uncoded.
                return new Attribution(text, null, null);
            }
        }
        return null;
    }

    /** Adds "según X" found on the event's verb or the verbs above it. */
    private Assessment withSource(Sentence s, ActorFinder.Mentions m, Token v, Discourse d, Assessment a) {
        Token cur = v;
        for (int hops = 0; hops < 5 && cur != null; hops++) {
            for (Token c : s.children(cur, t -> t.deprel().startsWith("obl") || t.deprel().equals("nmod"))) {
                for (Token mk : s.children(c, t -> t.deprel().equals("case"))) {
                    if (sourceMarkers.contains(mk.lower())) {
                        Attribution att = attributionOf(s, m, c, d);
                        List<String> via = new ArrayList<>(a.via());
                        via.add("source '" + mk.word() + " " + att.text() + "'");
                        Factuality f = a.factuality() == Factuality.ASSERTED ? Factuality.REPORTED : a.factuality();
                        return new Assessment(f, a.attribution() != null ? a.attribution() : att, via,
                                a.speakers());
                    }
                }
            }
            cur = s.parent(cur);
        }
        return a;
    }

    private Attribution attributionOf(Sentence s, ActorFinder.Mentions m, Token nominal, Discourse d) {
        List<Actor> found = actors.resolve(s, m, nominal, d, null);
        List<Token> np = ActorFinder.nounPhrase(s, nominal);
        int from = np.get(0).begin();
        for (Token t : np) {
            if (!t.deprel().equals("case") && !t.deprel().equals("punct")) {
                from = t.begin();
                break;
            }
        }
        String text = s.textBetween(from, np.get(np.size() - 1).end());
        if (!found.isEmpty()) {
            return new Attribution(text, found.get(0).code(), found.get(0).country());
        }
        return new Attribution(text, MEDIA_NOUNS.contains(nominal.lemma()) ? "MED" : null, null);
    }
}
