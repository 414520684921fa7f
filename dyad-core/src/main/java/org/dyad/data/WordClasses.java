package org.dyad.data;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word class files: rows of a class name and a word, which rules of the coder and the actor finder name instead of
 * listing words in code. Each word is listed once in its class; each class a rule needs must be defined.
 */
public final class WordClasses {
    private WordClasses() {
    }

    /** Reads a word class file from the classpath; a word listed twice in a class is an error of its line. */
    public static Map<String, Set<String>> read(String resource) {
        return read(resource, java.util.List.of(), "");
    }

    /**
     * Reads a word class file from the classpath. A word listed twice in a class is an error of its line; a class
     * of {@code required} that the file does not define is an error of the file.
     */
    public static Map<String, Set<String>> read(String resource, Collection<String> required, String neededBy) {
        Map<String, Set<String>> classes = new HashMap<>();
        for (TsvFile.Row row : TsvFile.readResource(resource, 2)) {
            if (!classes.computeIfAbsent(row.get(0), k -> new HashSet<>()).add(row.get(1))) {
                throw row.error("'" + row.get(1) + "' is already in class '" + row.get(0) + "'");
            }
        }
        for (String name : required) {
            if (!classes.containsKey(name)) {
                throw new DataFileException(resource + ": defines no class '" + name + "', which " + neededBy
                        + " needs");
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        classes.forEach((name, words) -> frozen.put(name, Set.copyOf(words)));
        return Map.copyOf(frozen);
    }
}
