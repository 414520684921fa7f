package org.dyad.cameo;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.dyad.data.DataFileException;
import org.dyad.data.TsvFile;

/**
 * The CAMEO reference shipped with Dyad: every code with its name, Goldstein score, quad class
 * and PLOVER type. Immutable and thread-safe once loaded.
 */
public final class CameoCatalog {
    private static final String BASE = "org/dyad/cameo/";

    private final Map<CameoCode, EventType> types;

    private CameoCatalog(Map<CameoCode, EventType> types) {
        this.types = Collections.unmodifiableMap(new TreeMap<>(types));
    }

    /** Loads the shipped reference with the default quad-class borders. */
    public static CameoCatalog load() {
        return load(BASE + "quad-classes.tsv");
    }

    /** Loads the shipped reference with the quad classes of the given resource (root, quad). */
    public static CameoCatalog load(String quadResource) {
        Map<String, String> names = new HashMap<>();
        for (TsvFile.Row row : TsvFile.readResource(BASE + "cameo-codes.csv", 1)) {
            String line = row.get(0);
            int comma = line.indexOf(',');
            if (comma < 0) {
                throw row.error("expected 'code,name'");
            }
            String code = line.substring(0, comma).strip();
            if (!CameoCode.isValid(code)) {
                throw row.error("not a CAMEO code: '" + code + "'");
            }
            String name = line.substring(comma + 1).strip();
            if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            names.put(code, name);
        }
        Map<String, Double> goldstein = new HashMap<>();
        for (TsvFile.Row row : TsvFile.readResource(BASE + "cameo-goldstein.tsv", 2)) {
            if (row.get(0).equals("CAMEOEVENTCODE")) {
                continue;
            }
            try {
                goldstein.put(row.get(0), Double.parseDouble(row.get(1)));
            } catch (NumberFormatException e) {
                throw row.error("Goldstein score is not a number: '" + row.get(1) + "'");
            }
        }
        Map<String, String> plover = new HashMap<>();
        for (TsvFile.Row row : TsvFile.readResource(BASE + "cameo-plover.txt", 1)) {
            String line = row.get(0);
            if (!Character.isDigit(line.charAt(0))) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw row.error("expected 'code: TYPE, mode, context # name'");
            }
            String rest = line.substring(colon + 1);
            int hash = rest.indexOf('#');
            String fields = hash < 0 ? rest : rest.substring(0, hash);
            String type = fields.split(",", -1)[0].strip();
            plover.put(line.substring(0, colon).strip(), type.isEmpty() ? "" : type.toUpperCase(Locale.ROOT));
        }
        for (TsvFile.Row row : TsvFile.readResource(BASE + "plover-supplement.tsv", 2)) {
            plover.putIfAbsent(row.get(0), row.get(1));
        }
        Map<String, QuadClass> quads = new HashMap<>();
        for (TsvFile.Row row : TsvFile.readResource(quadResource, 2)) {
            try {
                quads.put(row.get(0), QuadClass.ofNumber(Integer.parseInt(row.get(1))));
            } catch (IllegalArgumentException e) {
                throw row.error("bad quad class: " + e.getMessage());
            }
        }
        Map<CameoCode, EventType> types = new HashMap<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            CameoCode code = CameoCode.of(e.getKey());
            QuadClass quad = quads.get(code.root());
            if (quad == null) {
                throw new DataFileException(quadResource + ": no quad class for root " + code.root());
            }
            types.put(code, new EventType(code, e.getValue(), inherited(goldstein, code, 0.0), quad,
                    inherited(plover, code, "")));
        }
        return new CameoCatalog(types);
    }

    /** The value of the code, else of its nearest ancestor that has one. */
    private static <T> T inherited(Map<String, T> values, CameoCode code, T fallback) {
        CameoCode c = code;
        while (true) {
            T v = values.get(c.value());
            if (v != null && !(v instanceof String s && s.isEmpty())) {
                return v;
            }
            if (c.value().length() == 2) {
                return fallback;
            }
            c = c.parent();
        }
    }

    public Optional<EventType> find(CameoCode code) {
        return Optional.ofNullable(types.get(code));
    }

    /** The type of a known code; throws for a code that is not in the codebook. */
    public EventType get(CameoCode code) {
        EventType t = types.get(code);
        if (t == null) {
            throw new IllegalArgumentException("CAMEO code not in the codebook: " + code);
        }
        return t;
    }

    public boolean contains(CameoCode code) {
        return types.containsKey(code);
    }

    public Map<CameoCode, EventType> all() {
        return types;
    }
}
