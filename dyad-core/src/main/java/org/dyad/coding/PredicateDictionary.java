package org.dyad.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.dyad.cameo.CameoCatalog;
import org.dyad.cameo.CameoCode;
import org.dyad.data.TsvFile;
import org.dyad.data.WordClasses;
import org.dyad.text.Fold;

/**
 * Spanish verbs and event nouns mapped to CAMEO codes, with object constraints, from reviewed data files.
 * Every line is checked on load (columns, known CAMEO code, defined noun class). Immutable and thread-safe.
 */
public final class PredicateDictionary {
    private static final String BASE = "org/dyad/coding/es/";
    private static final Pattern DYAD = Pattern.compile("[A-Z]{3}>([A-Z]{3}|-)");

    private final Map<String, List<Predicate>> verbs = new HashMap<>();
    private final Map<String, List<Predicate>> nouns = new HashMap<>();
    /** The same entries by accent-folded lemma, for text written without accents ("MOTIN", "detencion"). */
    private final Map<String, List<Predicate>> foldedVerbs = new HashMap<>();
    private final Map<String, List<Predicate>> foldedNouns = new HashMap<>();
    private final Map<String, Set<String>> classes = new HashMap<>();
    private final Map<String, Set<String>> foldedClasses = new HashMap<>();
    /** The classes the rules name, looked up without building a constraint string on each call. */
    private final Map<WordClass, Set<String>> ruleClasses = new java.util.EnumMap<>(WordClass.class);
    private final Map<WordClass, Set<String>> foldedRuleClasses = new java.util.EnumMap<>(WordClass.class);
    private final Set<String> lightVerbs = new HashSet<>();
    private final Map<String, CameoCode> negatedOpposites = new HashMap<>();
    private final List<Predicate> all = new ArrayList<>();
    private final Set<String> targetlessRoots = new HashSet<>();
    private final Set<String> crowdSectors = new HashSet<>();
    private final Set<String> unarmedSectors = new HashSet<>();
    private final Set<String> intentFrames = new HashSet<>();
    private final Map<String, CameoCode> intentCodes = new HashMap<>();
    private final Map<String, CameoCode> threatCodes = new HashMap<>();
    private final Map<String, CameoCode> undoCodes = new HashMap<>();
    private final Map<String, CameoCode> crowdCodes = new java.util.LinkedHashMap<>();
    private final List<RuledOut> ruledOut = new ArrayList<>();

    private PredicateDictionary() {
    }

    /** Loads the shipped Spanish dictionaries, checking codes against the catalog. */
    public static PredicateDictionary load(CameoCatalog catalog) {
        PredicateDictionary d = new PredicateDictionary();
        d.classes.putAll(readWordClasses(BASE + "noun-classes.tsv"));
        d.classes.forEach((name, words) -> d.foldedClasses.put(name,
                words.stream().map(Fold::fold).collect(java.util.stream.Collectors.toSet())));
        for (WordClass c : WordClass.values()) {
            d.ruleClasses.put(c, d.classes.get(c.id()));
            d.foldedRuleClasses.put(c, d.foldedClasses.get(c.id()));
        }
        for (TsvFile.Row row : TsvFile.readResource("org/dyad/coding/targetless-roots.tsv", 1)) {
            if (!CameoCode.isValid(row.get(0))) {
                throw row.error("not a CAMEO root or code prefix: '" + row.get(0) + "'");
            }
            d.targetlessRoots.add(row.get(0));
        }
        for (TsvFile.Row row : TsvFile.readResource("org/dyad/coding/crowd-acts.tsv", 3)) {
            switch (row.get(0)) {
                case "sector" -> d.crowdSectors.add(row.get(1));
                case "prefix" -> d.crowdCodes.put(row.get(1), code(row, 2, catalog));
                case "unarmed" -> d.unarmedSectors.add(row.get(1));
                default -> throw row.error("kind must be sector, prefix or unarmed");
            }
        }
        for (TsvFile.Row row : TsvFile.readResource(BASE + "intent-frames.tsv", 1)) {
            d.intentFrames.add(row.get(0));
        }
        readParallelCodes("org/dyad/coding/intent-codes.tsv", "0[4-8][0-9]{0,2}", "a cooperative act (04-08)",
                "03", catalog, d.intentCodes);
        readParallelCodes("org/dyad/coding/threat-codes.tsv", "(1[4-9]|20)[0-9]{0,2}", "a conflictual act (14-20)",
                "13", catalog, d.threatCodes);
        for (TsvFile.Row row : TsvFile.readResource("org/dyad/coding/undo-codes.tsv", 2)) {
            if (!CameoCode.isValid(row.get(0))) {
                throw row.error("not the prefix of a CAMEO code: '" + row.get(0) + "'");
            }
            if (d.undoCodes.put(row.get(0), code(row, 1, catalog)) != null) {
                throw row.error("act prefix '" + row.get(0) + "' listed twice");
            }
        }
        for (TsvFile.Row row : TsvFile.readResource(BASE + "light-verbs.tsv", 1)) {
            if (!d.lightVerbs.add(row.get(0))) {
                throw row.error("light verb '" + row.get(0) + "' listed twice");
            }
        }
        for (TsvFile.Row row : TsvFile.readResource(BASE + "negated-opposites.tsv", 2)) {
            d.negatedOpposites.put(row.get(0), code(row, 1, catalog));
        }
        d.ruledOut.addAll(readRuledOut(BASE + "ruled-out-readings.tsv", d.classes.keySet(), catalog));
        Map<String, String> verbRows = new HashMap<>();
        for (TsvFile.Row row : TsvFile.readResource(BASE + "verbs.tsv", 5)) {
            String earlier = verbRows.putIfAbsent(row.get(0) + "\t" + row.get(1), row.file() + ":" + row.line());
            if (earlier != null) {
                throw row.error("'" + row.get(0) + "' with object '" + row.get(1) + "' is already listed at " + earlier
                        + "; the second entry could never be chosen");
            }
            String object = row.get(1).equals("-") ? null : row.get(1);
            if (object != null && object.startsWith("@") && !d.classes.containsKey(object.substring(1))) {
                throw row.error("undefined noun class '" + object + "' (see noun-classes.tsv)");
            }
            Predicate p = new Predicate(row.get(0), object, code(row, 2, catalog), false, row.get(4),
                    dyad(row, 3), row.file() + ":" + row.line());
            d.verbs.computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
            d.foldedVerbs.computeIfAbsent(Fold.fold(p.lemma()), k -> new ArrayList<>()).add(p);
            d.all.add(p);
        }
        for (TsvFile.Row row : TsvFile.readResource(BASE + "nouns.tsv", 4)) {
            Predicate p = new Predicate(row.get(0), null, code(row, 1, catalog), true, row.get(3), dyad(row, 2),
                    row.file() + ":" + row.line());
            d.nouns.computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
            d.foldedNouns.computeIfAbsent(Fold.fold(p.lemma()), k -> new ArrayList<>()).add(p);
            d.all.add(p);
        }
        return d;
    }

    /**
     * Reads a table from the prefix of an act's code to the code of a statement about that act (an intent, root 03;
     * a threat, root 13), checking both columns; a bad row fails with its file and line.
     */
    static void readParallelCodes(String resource, String actPrefix, String acts, String root,
                                  CameoCatalog catalog, Map<String, CameoCode> into) {
        for (TsvFile.Row row : TsvFile.readResource(resource, 2)) {
            if (!row.get(0).matches(actPrefix)) {
                throw row.error("not the code of " + acts + ": '" + row.get(0) + "'");
            }
            CameoCode statement = code(row, 1, catalog);
            if (!statement.root().equals(root)) {
                throw row.error("the code must be of root " + root + ": '" + row.get(1) + "'");
            }
            into.put(row.get(0), statement);
        }
    }

    /**
     * Readings of a verb that a complement of a noun class rules out: with a direct object (no {@code preposition})
     * or a complement with the {@code preposition} in the class {@code nounClass}, entries whose code begins with
     * one of {@code prefixes} are not the verb's reading ("combatir la pandemia" is no force).
     */
    record RuledOut(String nounClass, String preposition, List<String> prefixes) {
    }

    /** Reads a table of readings ruled out, checking the class, the complement and every code; errors name the line. */
    static List<RuledOut> readRuledOut(String resource, Set<String> classes, CameoCatalog catalog) {
        List<RuledOut> out = new ArrayList<>();
        for (TsvFile.Row row : TsvFile.readResource(resource, 4)) {
            if (!classes.contains(row.get(0))) {
                throw row.error("undefined noun class '" + row.get(0) + "' (see noun-classes.tsv)");
            }
            String complement = row.get(1);
            if (!complement.matches("obj|obl:\\p{L}+")) {
                throw row.error("complement must be 'obj' or 'obl:' and a preposition: '" + complement + "'");
            }
            List<String> prefixes = List.of(row.get(2).split(",", -1));
            for (String prefix : prefixes) {
                if (!CameoCode.isValid(prefix) || !catalog.contains(CameoCode.of(prefix))) {
                    throw row.error("not a CAMEO code of the codebook: '" + prefix + "'");
                }
            }
            String preposition = complement.startsWith("obl:") ? complement.substring(4) : null;
            out.add(new RuledOut(row.get(0), preposition, prefixes));
        }
        return List.copyOf(out);
    }

    private static CameoCode code(TsvFile.Row row, int column, CameoCatalog catalog) {
        String v = row.get(column);
        if (!CameoCode.isValid(v) || !catalog.contains(CameoCode.of(v))) {
            throw row.error("not a CAMEO code of the codebook: '" + v + "'");
        }
        return CameoCode.of(v);
    }

    private static String dyad(TsvFile.Row row, int column) {
        String v = row.get(column);
        if (!DYAD.matcher(v).matches()) {
            throw row.error("dyad must be SRC>TGT with ISO3 codes or '-' for no target: '" + v + "'");
        }
        return v;
    }

    /**
     * Entries of a verb lemma (with "se" appended for a pronominal use), or an empty list. A lemma not found as
     * written is looked up without accents, since wire headlines in capitals and some databases drop them.
     */
    public List<Predicate> verb(String lemma) {
        List<Predicate> found = verbs.get(lemma);
        return found != null ? found : foldedVerbs.getOrDefault(Fold.fold(lemma), List.of());
    }

    /** Entries of an event noun ("motín", or "motin" from "MOTIN"), or an empty list. */
    public List<Predicate> noun(String lemma) {
        List<Predicate> found = nouns.get(lemma);
        return found != null ? found : foldedNouns.getOrDefault(Fold.fold(lemma), List.of());
    }

    /** The code of a verb's negation when that is an act of its own ("no aceptó" → 120), or null. */
    public CameoCode negatedOpposite(String lemma) {
        return negatedOpposites.get(lemma);
    }

    public boolean isLightVerb(String lemma) {
        return lightVerbs.contains(lemma);
    }

    /**
     * Reads a word class file (class, word): a word listed twice in a class is an error of its line, and the file
     * must define every class the coder's rules name ({@link WordClass}).
     */
    static Map<String, Set<String>> readWordClasses(String resource) {
        return WordClasses.read(resource, java.util.Arrays.stream(WordClass.values()).map(WordClass::id).toList(),
                "the coder (WordClass)");
    }

    /** Whether a lemma (or its unaccented form) is in one of the word classes the coder's rules name. */
    boolean is(WordClass c, String lemma) {
        return ruleClasses.get(c).contains(lemma) || foldedRuleClasses.get(c).contains(Fold.fold(lemma));
    }

    /** Whether a noun lemma satisfies an object constraint ("@armas" or a lemma). */
    public boolean satisfies(String constraint, String nounLemma) {
        if (constraint == null) {
            return true;
        }
        if (constraint.startsWith("@")) {
            String name = constraint.substring(1);
            return classes.getOrDefault(name, Set.of()).contains(nounLemma)
                    || foldedClasses.getOrDefault(name, Set.of()).contains(Fold.fold(nounLemma));
        }
        return constraint.equals(nounLemma) || Fold.fold(constraint).equals(Fold.fold(nounLemma));
    }

    /** Whether events of this code are coded without a recipient. */
    public boolean allowsNoTarget(CameoCode code) {
        return targetlessRoots.stream().anyMatch(code.value()::startsWith);
    }

    /** Whether a verb states its own subject's will to act ("quiere", "prometió"; see intent-frames.tsv). */
    public boolean isIntentFrame(String lemma) {
        return intentFrames.contains(lemma);
    }

    /**
     * The statement of intent (root 03) for an act one says one will do, by the longest matching prefix of
     * intent-codes.tsv, or null for an act that has none (threats, force, statements).
     */
    public CameoCode intentCode(CameoCode act) {
        return longestPrefix(intentCodes, act);
    }

    /**
     * The CAMEO threat (root 13) of a conflictual act one threatens to do ("amenazó con romper relaciones" → 1313),
     * by the longest matching prefix of threat-codes.tsv, or null for an act that has none.
     */
    public CameoCode threatCode(CameoCode act) {
        return longestPrefix(threatCodes, act);
    }

    private static CameoCode longestPrefix(Map<String, CameoCode> byPrefix, CameoCode act) {
        for (int n = act.value().length(); n >= 2; n--) {
            CameoCode c = byPrefix.get(act.value().substring(0, n));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * The code of undoing an act ("revocó las sanciones" → 085), by the longest matching prefix of undo-codes.tsv,
     * or null for an act whose undoing is no event of its own.
     */
    public CameoCode undoCode(CameoCode act) {
        return longestPrefix(undoCodes, act);
    }

    /** Whether a source of this sector never uses military force (see crowd-acts.tsv). */
    public boolean isUnarmed(String sector) {
        return sector != null && unarmedSectors.contains(sector);
    }

    /** Whether a source of this sector acts as a crowd (civilians, protesters, workers…; see crowd-acts.tsv). */
    public boolean isCrowd(String sector) {
        return sector != null && crowdSectors.contains(sector);
    }

    /**
     * The code of an act by a source of this sector: a crowd's blockade or violence is protest (see
     * crowd-acts.tsv); any other act keeps its code.
     */
    public CameoCode forSource(CameoCode code, String sector) {
        if (sector == null || !crowdSectors.contains(sector)) {
            return code;
        }
        String best = null;
        for (String prefix : crowdCodes.keySet()) {
            if (code.value().startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? code : crowdCodes.get(best);
    }

    /** The readings that complements of noun classes rule out (ruled-out-readings.tsv), in file order. */
    List<RuledOut> ruledOut() {
        return Collections.unmodifiableList(ruledOut);
    }

    /** Every entry, in file order. */
    public List<Predicate> all() {
        return Collections.unmodifiableList(all);
    }
}
