package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.dyad.nlp.es.SpanishLexicon;

/**
 * The one adapter over Stanford CoreNLP's Spanish pipeline (tokenize, ssplit, mwt, pos, depparse, and SUTime
 * with Dyad's corrected Spanish rules), with lemmas and morphology from {@link SpanishLexicon}. No CoreNLP type
 * leaves this class. The models load once, in the constructor (about 0.5 GB of heap); {@link #parse} is
 * thread-safe, as CoreNLP's annotate is.
 *
 * <p>CoreNLP's NER annotator is not run: the actor dictionary recognises the actors, and NER would double the
 * parse time for nothing the coder reads. SUTime, which CoreNLP runs inside NER, runs here on its own.
 */
public final class CoreNlpParser implements Parser {
    /** The annotators Dyad runs, in order. */
    public static final String ANNOTATORS = "tokenize,ssplit,mwt,pos,depparse";

    /** Dyad's SUTime rules: CoreNLP's definitions and Dyad's Spanish rules (see the file for what they fix). */
    public static final String SUTIME_RULES = "org/dyad/time/es/defs.sutime.txt,org/dyad/time/es/spanish.sutime.txt";

    private final StanfordCoreNLP pipeline;
    private final SpanishLexicon lexicon;
    private final boolean time;

    public CoreNlpParser(SpanishLexicon lexicon) {
        this(lexicon, ANNOTATORS);
    }

    /** A parser with another list of annotators (for benchmarks); it must include tokenize and ssplit. */
    public CoreNlpParser(SpanishLexicon lexicon, String annotators) {
        this.lexicon = lexicon;
        Properties props = spanishProperties();
        props.setProperty("annotators", annotators);
        try {
            this.pipeline = new StanfordCoreNLP(props);
            this.time = annotators.equals(ANNOTATORS);
            if (time) {
                Properties sutime = new Properties();
                sutime.setProperty("sutime.rules", SUTIME_RULES);
                sutime.setProperty("sutime.language", "spanish");
                sutime.setProperty("sutime.binders", "0");
                sutime.setProperty("sutime.markTimeRanges", "false");
                sutime.setProperty("sutime.includeRange", "false");
                pipeline.addAnnotator(new TimeAnnotator("sutime", sutime));
            }
        } catch (RuntimeException e) {
            throw new NlpException("cannot load the CoreNLP Spanish models (annotators " + annotators + ")", e);
        }
    }

    static Properties spanishProperties() {
        Properties props = new Properties();
        props.setProperty("tokenize.language", "es");
        props.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/spanish/spanish-mwt.tsv");
        props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/spanish-ud.tagger");
        props.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/UD_Spanish.gz");
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

    /** Runs the bare CoreNLP pipeline on a text and returns its token count (for benchmarks). */
    public int annotateOnly(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }

    @Override
    public ParsedText parse(String text, java.time.LocalDate date) {
        Annotation doc = new Annotation(text);
        if (date != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        try {
            pipeline.annotate(doc);
        } catch (RuntimeException e) {
            throw new NlpException("CoreNLP failed on the text: " + e.getMessage(), e);
        }
        List<Sentence> sentences = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        List<CoreMap> timexes = date == null ? null : doc.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes != null) {
            for (CoreMap t : timexes) {
                Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
                Integer b = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                Integer e = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (timex != null && timex.value() != null && b != null && e != null) {
                    times.add(new TimeMention(text.substring(b, e), b, e, timex.value()));
                }
            }
        }
        List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (maps == null) {
            return new ParsedText(text, sentences, times);
        }
        for (CoreMap map : maps) {
            List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
            if (labels == null || labels.isEmpty()) {
                continue;
            }
            int n = labels.size();
            int[] heads = new int[n];
            String[] rels = new String[n];
            java.util.Arrays.fill(heads, -1);
            java.util.Arrays.fill(rels, "dep");
            SemanticGraph graph = map.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph != null) {
                for (IndexedWord root : graph.getRoots()) {
                    rels[root.index() - 1] = "root";
                }
                for (SemanticGraphEdge edge : graph.edgeIterable()) {
                    int dep = edge.getDependent().index() - 1;
                    heads[dep] = edge.getGovernor().index() - 1;
                    rels[dep] = edge.getRelation().toString();
                }
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
            int begin = tokens.get(0).begin();
            int end = tokens.get(n - 1).end();
            sentences.add(new Sentence(sentences.size(), begin, end, text.substring(begin, end), tokens));
        }
        return new ParsedText(text, sentences, times);
    }
}
