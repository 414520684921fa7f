package org.dyad.nlp;

import java.util.Locale;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Identifies the language of an article among those that matter for Dyad's news (Spanish, English and their
 * neighbours), with Lingua, which is right even on short headlines. Thread-safe.
 */
public final class LanguageIdentifier {
    private final LanguageDetector detector;

    public LanguageIdentifier() {
        this.detector = LanguageDetectorBuilder.fromLanguages(Language.SPANISH, Language.ENGLISH, Language.PORTUGUESE,
                Language.FRENCH, Language.ITALIAN, Language.GERMAN, Language.CATALAN).build();
    }

    /** The ISO 639-1 code of the text's language, or "und" when it cannot tell. */
    public String identify(String text) {
        String sample = text.length() > 2000 ? text.substring(0, 2000) : text;
        Language l = detector.detectLanguageOf(sample);
        if (l == Language.UNKNOWN) {
            return "und";
        }
        return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
