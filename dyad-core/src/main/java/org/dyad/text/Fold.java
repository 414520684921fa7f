package org.dyad.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Case and accent folding for dictionary keys: "Moscú" and "MOSCU" both fold to "moscu". */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    public static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return lower;
        }
        String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return MARKS.matcher(d).replaceAll("").replace('’', '\'');
    }

    /** Whether a word starts with an upper-case letter. */
    public static boolean capitalised(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }
}
