package org.dyad.nlp.es;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.dyad.nlp.NlpException;

/**
 * Spanish lemmas and morphological tags from the morfologik dictionary of LanguageTool/Softcatalà
 * ({@code org.softcatala:spanish-pos-dict}), which CoreNLP's Spanish pipeline lacks: its lemmatizer only
 * lower-cases, so "elogió" would stay "elogió". The dictionary is loaded once; lookups use one
 * {@link DictionaryLookup} per thread, so this class is thread-safe.
 */
public final class SpanishLexicon {
    private static final String RESOURCE = "org/languagetool/resource/es/es-ES.dict";

    /**
     * The conjugated forms of "ser" that make a following participle passive ("fue secuestrada"); the tagger often
     * lemmatises "fue" as "ir", so the forms are listed.
     */
    public static final java.util.Set<String> SER_FORMS = java.util.Set.of("es", "son", "fue", "fueron", "era",
            "eran", "será", "serán", "sido", "sea", "sean", "fuera", "fueran", "sería", "serían", "siendo");

    /** A lemma with its EAGLES tag (VMIS3S0, NCFS000, …). */
    public record Analysis(String lemma, String tag) {
    }

    private final ThreadLocal<DictionaryLookup> lookup;

    public SpanishLexicon() {
        URL url = SpanishLexicon.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new NlpException("Spanish lexicon not on the classpath: " + RESOURCE
                    + " (dependency org.softcatala:spanish-pos-dict)");
        }
        Dictionary dictionary;
        try {
            dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new NlpException("cannot load the Spanish lexicon " + RESOURCE, e);
        }
        this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /**
     * The best analysis of a word for a Universal POS tag, or null when the lexicon does not know the
     * word with a fitting category.
     */
    public Analysis analyse(String word, String upos) {
        Analysis found = firstMatching(word, upos);
        if (found == null) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!lower.equals(word)) {
                found = firstMatching(lower, upos);
            }
        }
        return found;
    }

    /** Whether the lexicon knows the word, in lower case, as a common noun ("Puerto", "Villa", "Río"). */
    public boolean isCommonNoun(String word) {
        return firstMatching(word.toLowerCase(Locale.ROOT), "NOUN") != null;
    }

    /** Whether the lexicon knows the word (or its lower case) as a past participle. */
    public boolean isParticiple(String word) {
        return participle(word) || participle(word.toLowerCase(Locale.ROOT));
    }

    private static final String PLAIN = "aeiou";
    private static final String ACCENTED = "áéíóú";

    /**
     * A lower-case word of a line written in capitals, with the accent capitals often drop: "motin" → "motín",
     * "pidio" → "pidió"; and "critico" → "criticó", a first-person present that a headline almost always means
     * as the preterite, unless an accent also makes it a noun ("ejercito": "ejército"). The word itself when it has
     * an accent, when no single accent makes a word, or when several do.
     */
    public String restoreAccent(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (ACCENTED.indexOf(word.charAt(i)) >= 0) {
                return word;
            }
        }
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            int v = PLAIN.indexOf(word.charAt(i));
            if (v >= 0) {
                String c = word.substring(0, i) + ACCENTED.charAt(v) + word.substring(i + 1);
                if (!lookup.get().lookup(c).isEmpty()) {
                    candidates.add(c);
                }
            }
        }
        List<WordData> own = lookup.get().lookup(word);
        if (own.isEmpty()) {
            return candidates.size() == 1 ? candidates.get(0) : word;
        }
        boolean firstPersonPresentOnly = own.stream()
                .allMatch(wd -> String.valueOf(wd.getTag()).startsWith("VMIP1S"));
        boolean nounCandidate = candidates.stream().anyMatch(c -> lookup.get().lookup(c).stream()
                .anyMatch(wd -> String.valueOf(wd.getTag()).startsWith("N")));
        if (firstPersonPresentOnly && !nounCandidate) {
            // "ejercito" is "ejército" as often as "ejercitó": only a form with no noun reading is restored.
            for (String c : candidates) {
                if (lookup.get().lookup(c).stream()
                        .anyMatch(wd -> String.valueOf(wd.getTag()).startsWith("VMIS3S"))) {
                    return c;
                }
            }
        }
        return word;
    }

    /** The lemmas of every verb reading of a word or its lower case ("era": "ser" and "erar"). */
    public java.util.Set<String> verbLemmas(String word) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : List.of(word, word.toLowerCase(Locale.ROOT))) {
            for (WordData wd : lookup.get().lookup(w)) {
                CharSequence tag = wd.getTag();
                if (tag != null && tag.length() > 0 && tag.charAt(0) == 'V') {
                    out.add(String.valueOf(wd.getStem()));
                }
            }
        }
        return out;
    }

    private boolean participle(String word) {
        for (WordData wd : lookup.get().lookup(word)) {
            CharSequence tag = wd.getTag();
            if (tag != null && tag.length() > 2 && tag.charAt(0) == 'V' && tag.charAt(2) == 'P') {
                return true;
            }
        }
        return false;
    }

    private Analysis firstMatching(String word, String upos) {
        List<WordData> data = lookup.get().lookup(word);
        Analysis fallback = null;
        for (WordData wd : data) {
            String tag = String.valueOf(wd.getTag());
            String lemma = String.valueOf(wd.getStem());
            if (fits(tag, upos)) {
                return new Analysis(lemma, tag);
            }
            if (fallback == null && upos.equals("VERB") && tag.startsWith("V")) {
                fallback = new Analysis(lemma, tag);
            }
        }
        return fallback;
    }

    private static boolean fits(String tag, String upos) {
        if (tag.isEmpty()) {
            return false;
        }
        char c = tag.charAt(0);
        return switch (upos) {
            case "VERB" -> c == 'V' && tag.length() > 1 && tag.charAt(1) == 'M';
            case "AUX" -> c == 'V';
            case "NOUN" -> c == 'N' && tag.length() > 1 && tag.charAt(1) == 'C';
            case "PROPN" -> c == 'N';
            case "ADJ" -> c == 'A' || (c == 'V' && tag.length() > 2 && tag.charAt(2) == 'P');
            case "ADV" -> c == 'R';
            case "PRON" -> c == 'P';
            case "DET" -> c == 'D';
            case "ADP" -> c == 'S';
            case "CCONJ", "SCONJ" -> c == 'C';
            case "NUM" -> c == 'Z' || c == 'D';
            default -> false;
        };
    }
}
