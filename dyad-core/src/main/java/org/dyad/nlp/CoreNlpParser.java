package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.ToIntFunction;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.dyad.nlp.es.SpanishLexicon;
import org.dyad.timing.StageTimes;

/**
 * The one adapter over Stanford CoreNLP's Spanish pipeline (tokenize, ssplit, mwt, pos, depparse, and SUTime
 * with Dyad's corrected Spanish rules), with lemmas and morphology from {@link SpanishLexicon}. No CoreNLP type
 * leaves this class. The models load once, in the constructor (about 0.5 GB of heap), and pipelines built with the
 * same settings share them. Thread-safe: {@link #parse} may be called from many threads at once on one instance,
 * as CoreNLP's annotators allow (each call annotates its own document; the tagger and parsers keep no state
 * between calls; Dyad's SUTime rules set no cross-document state, unlike the English rules' {@code resolveTo}
 * tags), and the lexicon uses one dictionary reader per thread.
 *
 * <p>The dependency parser (CoreNLP's nndep model, as the {@code depparse} annotator uses it) is called directly
 * for the basic tree Dyad reads: the annotator also builds four enhanced graphs with English rules, a tenth of
 * the parse time for nothing Dyad reads. SUTime runs only on the sentences where one of its rules can match.
 *
 * <p>CoreNLP's NER annotator is not run: the actor dictionary recognises the actors, and NER would double the
 * parse time for nothing the coder reads. SUTime, which CoreNLP runs inside NER, runs here on its own.
 */
public final class CoreNlpParser implements Parser {
    /** The annotators Dyad runs, in order (SUTime comes after them). */
    public static final String ANNOTATORS = "tokenize,ssplit,mwt,pos,depparse";

    /** The annotators run through the pipeline; the dependency parser is called directly (see {@link #parse}). */
    private static final String TAGGING = "tokenize,ssplit,mwt,pos";

    private static final String DEPPARSE_MODEL = "edu/stanford/nlp/models/parser/nndep/UD_Spanish.gz";

    /** The stage name of the dependency parser, in {@link StageTimes}. */
    public static final String DEPPARSE = "corenlp.depparse";

    /** CoreNLP's Spanish constituency pipeline, which a PETRARCH-style coder needs (for comparison). */
    public static final String CONSTITUENCY = "tokenize,ssplit,mwt,pos,parse";

    /** Dyad's SUTime rules: CoreNLP's definitions and Dyad's Spanish rules (see the file for what they fix). */
    public static final String SUTIME_RULES = "org/dyad/time/es/defs.sutime.txt,org/dyad/time/es/spanish.sutime.txt";

    /** The stage name of the lemma and morphology look-ups, in {@link StageTimes}. */
    public static final String LEMMAS = "lemmas";

    private final SpanishLexicon lexicon;
    private final List<String> names = new ArrayList<>();
    private final List<Annotator> annotators = new ArrayList<>();
    private final StageTimes times;
    private final TimeAnnotator sutime;
    private final DependencyParser dependencies;

    /**
     * The words without which none of Dyad's SUTime rules ({@code spanish.sutime.txt}) can match, lower-cased:
     * every rule needs a number, a month or weekday name, or one of these. SUTime runs only on the sentences that
     * hold one (or a digit), which gives the same expressions for less.
     */
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("enero", "febrero", "marzo", "abril",
            "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
            "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "semana", "mes", "año",
            "ayer", "hoy", "anteayer");

    /** The stage name of SUTime, in {@link StageTimes}. */
    public static final String SUTIME = "sutime";

    public CoreNlpParser(SpanishLexicon lexicon) {
        this(lexicon, StageTimes.OFF);
    }

    /**
     * A parser that records the time of each annotator ({@code corenlp.tokenize}, which splits sentences too,
     * {@code corenlp.pos}, …), SUTime, and the lemmas with the conversion out of CoreNLP's types.
     */
    public CoreNlpParser(SpanishLexicon lexicon, StageTimes times) {
        this.lexicon = lexicon;
        this.times = times;
        Properties tagging = spanishProperties();
        tagging.setProperty("mwt.mappingFile", verbCliticMapping(lexicon).toString());
        StanfordCoreNLP pipeline = pipeline(TAGGING, tagging);
        try {
            // The annotators the pipeline really runs: CoreNLP drops ssplit, which its tokenizer now does itself.
            for (String name : pipeline.getProperties().getProperty("annotators").split(",")) {
                Annotator a = pipeline.pool.get(name);
                if (a == null) {
                    throw new NlpException("CoreNLP built no '" + name + "' annotator");
                }
                names.add("corenlp." + name);
                annotators.add(a);
            }
            Properties sutime = new Properties();
            sutime.setProperty("sutime.rules", SUTIME_RULES);
            sutime.setProperty("sutime.language", "spanish");
            sutime.setProperty("sutime.binders", "0");
            sutime.setProperty("sutime.markTimeRanges", "false");
            sutime.setProperty("sutime.includeRange", "false");
            this.sutime = new TimeAnnotator("sutime", sutime);
            // The annotator's settings, so that CoreNLP's cache gives a depparse annotator the same model.
            Properties depparse = new Properties();
            depparse.setProperty("model", DEPPARSE_MODEL);
            depparse.setProperty("language", "spanish");
            this.dependencies = DependencyParser.loadFromModelFile(DEPPARSE_MODEL, depparse);
        } catch (RuntimeException e) {
            throw new NlpException("cannot load SUTime with Dyad's rules", e);
        }
    }

    private static StanfordCoreNLP pipeline(String annotators) {
        return pipeline(annotators, spanishProperties());
    }

    private static StanfordCoreNLP pipeline(String annotators, Properties props) {
        props.setProperty("annotators", annotators);
        try {
            return new StanfordCoreNLP(props);
        } catch (RuntimeException e) {
            throw new NlpException("cannot load the CoreNLP Spanish models (annotators " + annotators + ")", e);
        }
    }

    private static final String MWT_MAPPING = "edu/stanford/nlp/models/mwt/spanish/spanish-mwt.tsv";

    /**
     * CoreNLP's Spanish multi-word-token table without its entries that do not split a verb from its clitics:
     * the table splits "Carlos" into "car" + "los", "Carla", "charla" and "yernos" the same way, which breaks
     * every Carlos in the news. An entry stays when its first part is a verb form the lexicon knows ("verlo" →
     * "ver" + "lo") or is not a clitic split at all ("del" → "de" + "el"). Written once to a temporary file, which
     * is what CoreNLP's MWT annotator reads.
     */
    private static java.nio.file.Path verbCliticMapping(SpanishLexicon lexicon) {
        java.util.Set<String> clitics = java.util.Set.of("me", "te", "se", "nos", "os", "vos", "lo", "la", "los",
                "las", "le", "les");
        try (java.io.InputStream in = CoreNlpParser.class.getClassLoader().getResourceAsStream(MWT_MAPPING)) {
            if (in == null) {
                throw new NlpException("CoreNLP's Spanish MWT table is not on the classpath: " + MWT_MAPPING);
            }
            java.io.BufferedReader reader = new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder kept = new StringBuilder(1 << 20);
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split("\t", -1);
                if (cols.length == 2) {
                    String[] parts = cols[1].split(",");
                    boolean cliticSplit = parts.length > 1 && clitics.contains(parts[parts.length - 1]);
                    if (cliticSplit && lexicon.analyse(parts[0], "VERB") == null) {
                        continue;
                    }
                }
                kept.append(line).append('\n');
            }
            java.nio.file.Path file = java.nio.file.Files.createTempFile("dyad-spanish-mwt", ".tsv");
            file.toFile().deleteOnExit();
            java.nio.file.Files.writeString(file, kept, java.nio.charset.StandardCharsets.UTF_8);
            return file;
        } catch (java.io.IOException e) {
            throw new NlpException("cannot prepare CoreNLP's Spanish MWT table: " + e.getMessage(), e);
        }
    }

    static Properties spanishProperties() {
        Properties props = new Properties();
        props.setProperty("tokenize.language", "es");
        props.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/spanish/spanish-mwt.tsv");
        props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/spanish-ud.tagger");
        props.setProperty("depparse.model", DEPPARSE_MODEL);
        props.setProperty("depparse.language", "spanish");
        props.setProperty("parse.model", "edu/stanford/nlp/models/srparser/spanishSR.beam.ser.gz");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.language", "es");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return props;
    }

    /**
     * A bare CoreNLP pipeline with Dyad's Spanish settings and the given annotators, for measuring CoreNLP alone:
     * it annotates a text and returns its token count. Shares loaded models with the parser. Thread-safe.
     */
    public static ToIntFunction<String> bare(String annotators) {
        StanfordCoreNLP pipeline = pipeline(annotators);
        return text -> {
            Annotation doc = new Annotation(text);
            pipeline.annotate(doc);
            List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
            return tokens == null ? 0 : tokens.size();
        };
    }

    /**
     * A document for SUTime that holds only the sentences where a time expression may be (sharing the parsed
     * sentences), or null when there is none.
     */
    private static Annotation timeCandidates(Annotation doc) {
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (all == null) {
            return null;
        }
        List<CoreMap> candidates = new ArrayList<>();
        for (CoreMap sentence : all) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens != null && tokens.stream().anyMatch(CoreNlpParser::timeCue)) {
                candidates.add(sentence);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Annotation timeDoc = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        timeDoc.set(CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
        timeDoc.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
        timeDoc.set(CoreAnnotations.SentencesAnnotation.class, candidates);
        return timeDoc;
    }

    private static boolean timeCue(CoreLabel token) {
        String w = token.word();
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return TIME_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** Tags after which a sentence's first word cannot be an adjective modifying what follows. */
    private static final Set<String> NOT_MODIFIED = Set.of("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "PUNCT");

    /**
     * A sentence that opens with a bare plural noun ("Paramilitares ejecutaron…", "Guerrilleros de las FARC
     * amenazaron…") often has it tagged as an adjective, and the parser then finds no subject. When the first word
     * is tagged ADJ, is capitalised, plural or known to the lexicon as a common noun ("paramilitares" is only an
     * adjective there), and the next word is a verb, a preposition, a conjunction, a pronoun or punctuation
     * (nothing an adjective there could modify), it is
     * retagged NOUN before the dependency parse.
     */
    private void retagBareNounSubject(List<CoreLabel> words) {
        int first = 0;
        while (first < words.size() && words.get(first).tag() != null && words.get(first).tag().equals("PUNCT")) {
            first++;
        }
        if (first + 1 >= words.size()) {
            return;
        }
        CoreLabel w = words.get(first);
        String next = words.get(first + 1).tag();
        boolean plural = w.word().endsWith("s") || w.word().endsWith("S");
        boolean noun = lexicon.analyse(w.word(), "NOUN") != null;
        if ("ADJ".equals(w.tag()) && Character.isUpperCase(w.word().codePointAt(0)) && NOT_MODIFIED.contains(next)
                && (noun || plural)) {
            w.setTag("NOUN");
        }
    }

    /** "al" and "del", which the tokenizer keeps whole: a preposition fused with the article. */
    private static final Set<String> ARTICLE_CONTRACTIONS = Set.of("al", "del");
    private static final java.util.regex.Pattern PARTICIPLE =
            java.util.regex.Pattern.compile("(?iu).+[aií]d[oa]s?");

    /**
     * A participle right after an article is a noun ("expulsó al agregado militar", "los detenidos", "la enviada
     * especial"), but the tagger often calls it a verb and the parser then builds a clause around it. Such a word,
     * tagged VERB after an article (or "al", "del"), is retagged NOUN before the dependency parse.
     */
    private static void retagNominalParticiples(List<CoreLabel> words) {
        for (int i = 1; i < words.size(); i++) {
            CoreLabel w = words.get(i);
            CoreLabel before = words.get(i - 1);
            boolean article = "DET".equals(before.tag())
                    || ARTICLE_CONTRACTIONS.contains(before.word().toLowerCase(Locale.ROOT));
            if ("VERB".equals(w.tag()) && article && PARTICIPLE.matcher(w.word()).matches()) {
                w.setTag("NOUN");
            }
        }
    }


    /**
     * A participle after a form of "ser" is a passive verb ("la candidata fue amenazada por las FARC"), after one of
     * "haber" a perfect tense ("ha tejido lazos con"), but the tagger often calls it an adjective, and the parser
     * then reads the auxiliary as a copula and the agent or object as something else.
     * Such a word, tagged ADJ right after "ser" (an adverb may stand between: "fue brutalmente golpeado") and known
     * to the lexicon as a participle, is retagged VERB before the dependency parse.
     */
    private void retagPassiveParticiples(List<CoreLabel> words) {
        for (int i = 1; i < words.size(); i++) {
            CoreLabel w = words.get(i);
            if (!"ADJ".equals(w.tag())) {
                continue;
            }
            int k = i - 1;
            if (k > 0 && "ADV".equals(words.get(k).tag())) {
                k--;
            }
            String aux = words.get(k).word().toLowerCase(Locale.ROOT);
            if ((SpanishLexicon.SER_FORMS.contains(aux) || HABER_FORMS.contains(aux))
                    && lexicon.isParticiple(w.word())) {
                w.setTag("VERB");
            }
        }
    }

    /** Object pronouns that Spanish writes joined to a verb ("acusándola", "felicitarlo", "dígale"). */
    private static final Set<String> ENCLITICS = Set.of("me", "te", "se", "nos", "os", "lo", "la", "los", "las",
            "le", "les");

    /**
     * A pronoun split off the verb it was written with ("acusándola" → "acusando" + "la") is a pronoun, but the
     * tagger, seeing "la" alone, often calls it an article, and the parser then hangs it on the verb as a
     * determiner. Such a part, after a verb part of the same written word, is retagged PRON before the parse.
     */
    private static void retagEncliticPronouns(List<CoreLabel> words) {
        for (int i = 1; i < words.size(); i++) {
            CoreLabel w = words.get(i);
            CoreLabel verb = words.get(i - 1);
            boolean oneWord = Boolean.TRUE.equals(w.get(CoreAnnotations.IsMultiWordTokenAnnotation.class))
                    && Boolean.TRUE.equals(verb.get(CoreAnnotations.IsMultiWordTokenAnnotation.class))
                    && w.beginPosition() == verb.beginPosition();
            if (oneWord && ("VERB".equals(verb.tag()) || "AUX".equals(verb.tag()))
                    && ENCLITICS.contains(w.word().toLowerCase(Locale.ROOT)) && !"PRON".equals(w.tag())) {
                w.setTag("PRON");
            }
        }
    }

    /**
     * "la amenazó", "los recibió": an article never stands right before a finite verb, so "lo", "la", "los",
     * "las" tagged DET there are object pronouns, retagged PRON before the parse.
     */
    private void retagProcliticPronouns(List<CoreLabel> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            CoreLabel w = words.get(i);
            CoreLabel next = words.get(i + 1);
            if (!"DET".equals(w.tag()) || !PROCLITICS.contains(w.word().toLowerCase(Locale.ROOT))
                    || !("VERB".equals(next.tag()) || "AUX".equals(next.tag()))) {
                continue;
            }
            SpanishLexicon.Analysis a = lexicon.analyse(next.word(), next.tag());
            if (a != null && Token.finite(a.tag())) {
                w.setTag("PRON");
            }
        }
    }

    private static final Set<String> PROCLITICS = Set.of("lo", "la", "los", "las");

    /** Verbs that Spanish uses as auxiliaries: passive and perfect, modal and periphrastic ("va a", "suele"). */
    private static final Set<String> AUXILIARIES = Set.of("haber", "ser", "estar", "poder", "deber", "ir", "soler",
            "tener", "querer", "saber", "volver", "acabar", "empezar", "comenzar", "seguir", "continuar", "llegar",
            "dejar", "venir", "andar", "quedar", "parecer");

    /**
     * The tagger sometimes calls a full verb an auxiliary ("marcharon para exigir aumentos"), and the parser then
     * hangs it on the noun that follows as its auxiliary. A word tagged AUX none of whose verb readings is one of
     * Spanish's auxiliaries ("era" may be "ser") is retagged VERB before the dependency parse.
     */
    private void retagFalseAuxiliaries(List<CoreLabel> words) {
        for (int i = 0; i < words.size(); i++) {
            CoreLabel w = words.get(i);
            if (!"AUX".equals(w.tag())) {
                continue;
            }
            java.util.Set<String> lemmas = lexicon.verbLemmas(w.word());
            if (!lemmas.isEmpty() && lemmas.stream().noneMatch(AUXILIARIES::contains)) {
                w.setTag("VERB");
            } else if (!lemmas.isEmpty() && PERIPHRASTIC.containsAll(lemmas) && !nonFiniteAhead(words, i)) {
                // "llegó a un acuerdo", "volvió a Caracas": a periphrastic auxiliary with no infinitive, gerund or
                // participle after it is the full verb ("llegó a firmar" keeps it an auxiliary).
                w.setTag("VERB");
            }
        }
    }

    /** Verbs that are auxiliaries only before a non-finite verb ("llegó a firmar", "sigue negociando"). */
    private static final Set<String> PERIPHRASTIC = Set.of("llegar", "volver", "acabar", "empezar", "comenzar",
            "seguir", "continuar", "dejar", "venir", "andar", "quedar", "ir");
    private static final java.util.regex.Pattern NON_FINITE = java.util.regex.Pattern.compile(
            "(?iu).+([aeií]r|[aá]ndo|i?[eé]ndo|yendo|[aií]d[oa]s?)(se|lo|la|los|las|le|les|nos)?");

    /** Whether a verb form in -r, -ndo or -do follows within three words, before any punctuation. */
    private static boolean nonFiniteAhead(List<CoreLabel> words, int i) {
        for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
            CoreLabel w = words.get(k);
            if ("PUNCT".equals(w.tag())) {
                return false;
            }
            if (("VERB".equals(w.tag()) || "AUX".equals(w.tag())) && NON_FINITE.matcher(w.word()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes a wire story's head closed by a dash or its agency a sentence of its own ("SEATTLE, EEUU, Dic 1 (AFP) -"
     * before "México rechazó…"), so that the parser does not take its place for the story's subject.
     */
    private static void splitWireHeads(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        if (sentences == null || text == null) {
            return;
        }
        List<CoreMap> split = new ArrayList<>(sentences.size() + 1);
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            int cut = tokens == null || tokens.size() < 2 || first == null ? -1 : headEnd(tokens, text);
            if (cut <= 0) {
                split.add(sentence);
                continue;
            }
            split.add(sentencePart(tokens.subList(0, cut), first, text));
            split.add(sentencePart(tokens.subList(cut, tokens.size()), first + cut, text));
        }
        if (split.size() == sentences.size()) {
            return;
        }
        for (int i = 0; i < split.size(); i++) {
            split.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            for (CoreLabel token : split.get(i).get(CoreAnnotations.TokensAnnotation.class)) {
                token.setSentIndex(i);
            }
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, split);
    }

    /** The index of a sentence's first token after a closed wire head, or -1. */
    private static int headEnd(List<CoreLabel> tokens, String text) {
        int begin = tokens.get(0).beginPosition();
        int body = WireHead.bodyStart(text.substring(begin, tokens.get(tokens.size() - 1).endPosition()));
        if (body < 0) {
            return -1;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).beginPosition() >= begin + body) {
                return i;
            }
        }
        return -1;
    }

    /** A sentence of the given tokens, renumbered from 1; {@code first} is the first one's index in the text. */
    private static CoreMap sentencePart(List<CoreLabel> tokens, int first, String text) {
        List<CoreLabel> own = new ArrayList<>(tokens);
        int begin = own.get(0).beginPosition();
        int end = own.get(own.size() - 1).endPosition();
        CoreMap part = new edu.stanford.nlp.util.ArrayCoreMap();
        part.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        part.set(CoreAnnotations.TokensAnnotation.class, own);
        part.set(CoreAnnotations.TokenBeginAnnotation.class, first);
        part.set(CoreAnnotations.TokenEndAnnotation.class, first + own.size());
        for (int i = 0; i < own.size(); i++) {
            own.get(i).setIndex(i + 1);
        }
        return part;
    }

    /** The forms of "haber" that make a following participle a perfect tense ("ha tejido lazos"). */
    private static final Set<String> HABER_FORMS = Set.of("he", "has", "ha", "hemos", "han", "había", "habían",
            "habría", "habrían", "habrá", "habrán", "haya", "hayan", "hubiera", "hubieran", "haber", "habiendo");


    @Override
    public ParsedText parse(String text, java.time.LocalDate date) {
        Annotation doc = new Annotation(text);
        if (date != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        long t = times.start();
        List<CoreMap> timexes = null;
        List<java.util.Collection<TypedDependency>> trees = new ArrayList<>();
        try {
            for (int i = 0; i < annotators.size(); i++) {
                annotators.get(i).annotate(doc);
                t = times.lap(names.get(i), t);
            }
            splitWireHeads(doc);
            List<CoreMap> parsed = doc.get(CoreAnnotations.SentencesAnnotation.class);
            if (parsed != null) {
                for (CoreMap sentence : parsed) {
                    List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
                    if (words != null && !words.isEmpty()) {
                        retagBareNounSubject(words);
                        retagNominalParticiples(words);
                        retagPassiveParticiples(words);
                        retagFalseAuxiliaries(words);
                        retagEncliticPronouns(words);
                        retagProcliticPronouns(words);
                        trees.add(dependencies.predict(sentence).typedDependencies());
                    } else {
                        trees.add(List.of());
                    }
                }
            }
            t = times.lap(DEPPARSE, t);
            if (date != null) {
                Annotation timeDoc = timeCandidates(doc);
                if (timeDoc != null) {
                    sutime.annotate(timeDoc);
                    timexes = timeDoc.get(TimeAnnotations.TimexAnnotations.class);
                }
                t = times.lap(SUTIME, t);
            }
        } catch (RuntimeException e) {
            throw new NlpException("CoreNLP failed on the text: " + e.getMessage(), e);
        }
        List<Sentence> sentences = new ArrayList<>();
        List<TimeMention> timeMentions = new ArrayList<>();
        if (timexes != null) {
            for (CoreMap m : timexes) {
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                Integer b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                Integer e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (timex != null && timex.value() != null && b != null && e != null) {
                    timeMentions.add(new TimeMention(text.substring(b, e), b, e, timex.value()));
                }
            }
        }
        List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (maps == null) {
            return new ParsedText(text, sentences, timeMentions);
        }
        for (int sentenceIndex = 0; sentenceIndex < maps.size(); sentenceIndex++) {
            List<CoreLabel> labels = maps.get(sentenceIndex).get(CoreAnnotations.TokensAnnotation.class);
            if (labels == null || labels.isEmpty()) {
                continue;
            }
            int n = labels.size();
            int[] heads = new int[n];
            String[] rels = new String[n];
            java.util.Arrays.fill(heads, -1);
            java.util.Arrays.fill(rels, "dep");
            for (TypedDependency d : trees.get(sentenceIndex)) {
                int dep = d.dep().index() - 1;
                int gov = d.gov().index();
                heads[dep] = gov == 0 ? -1 : gov - 1;
                rels[dep] = gov == 0 ? "root" : d.reln().toString();
            }
            List<Token> tokens = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                CoreLabel l = labels.get(i);
                String word = l.word();
                String upos = l.tag() == null ? "X" : l.tag();
                SpanishLexicon.Analysis a = lexicon.analyse(word, upos);
                String lemma = a == null ? word.toLowerCase(Locale.ROOT) : a.lemma();
                String morph = a == null ? "" : a.tag();
                tokens.add(new Token(i, word, lemma, upos, morph, l.beginPosition(), l.endPosition(), heads[i],
                        rels[i]));
            }
            DependencyRepairs.apply(tokens);
            int begin = tokens.get(0).begin();
            int end = tokens.get(n - 1).end();
            sentences.add(new Sentence(sentences.size(), begin, end, text.substring(begin, end), tokens));
        }
        times.lap(LEMMAS, t);
        return new ParsedText(text, sentences, timeMentions);
    }
}
