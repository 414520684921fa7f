package org.dyad.geo;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.dyad.data.DataFileException;
import org.dyad.data.TsvFile;
import org.dyad.text.Fold;

/**
 * GeoNames places (population ≥ 15,000) by name, from the index {@link GazetteerBuilder} writes at build time; a
 * continent's or world region's name ({@value #WORLD_REGIONS}) finds none.
 * Immutable and thread-safe once loaded.
 */
public final class Gazetteer {
    static final String RESOURCE = "org/dyad/geo/gazetteer.bin";
    /** Names of continents and world regions, which no place is found by. */
    static final String WORLD_REGIONS = "org/dyad/geo/world-regions.tsv";

    private final Place[] places;
    private final Map<String, int[]> byName;
    /** Folded names of first-level regions ("Antioquia", "Chiapas") → the states that have one so named. */
    private final Map<String, java.util.Set<String>> regions = new HashMap<>();

    private Gazetteer(Place[] places, Map<String, int[]> byName) {
        this.places = places;
        this.byName = byName;
        for (Place p : places) {
            if (!p.admin1().isEmpty()) {
                regions.computeIfAbsent(Fold.fold(p.admin1()), k -> new java.util.TreeSet<>()).add(p.country());
            }
        }
    }

    /** The states with a first-level region of this name (any case or accents), or an empty set. */
    public java.util.Set<String> regionCountries(String name) {
        return regions.getOrDefault(Fold.fold(name.strip()), java.util.Set.of());
    }

    /** Loads the index built into the jar. */
    public static Gazetteer load() {
        InputStream raw = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new DataFileException(RESOURCE + ": gazetteer index not on the classpath (built by Maven from "
                    + "src/main/data/geonames)");
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16)))) {
            Place[] places = new Place[in.readInt()];
            for (int i = 0; i < places.length; i++) {
                places[i] = new Place(in.readInt(), in.readUTF(), in.readUTF(), in.readUTF(), in.readFloat(),
                        in.readFloat(), in.readLong());
            }
            int keys = in.readInt();
            Map<String, int[]> byName = new HashMap<>(keys * 2);
            for (int k = 0; k < keys; k++) {
                String key = in.readUTF();
                int[] ids = new int[in.readUnsignedShort()];
                for (int j = 0; j < ids.length; j++) {
                    ids[j] = in.readInt();
                }
                byName.put(key, ids);
            }
            for (TsvFile.Row row : TsvFile.readResource(WORLD_REGIONS, 1)) {
                byName.remove(Fold.fold(row.get(0)));
            }
            return new Gazetteer(places, byName);
        } catch (IOException e) {
            throw new DataFileException(RESOURCE + ": cannot read the gazetteer index: " + e.getMessage(), e);
        }
    }

    /** The places with this name (any case or accents), or an empty list. */
    public List<Place> lookup(String name) {
        int[] ids = byName.get(Fold.fold(name.strip()));
        if (ids == null) {
            return List.of();
        }
        Place[] out = new Place[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = places[ids[i]];
        }
        return List.of(out);
    }

    /** Number of places. */
    public int size() {
        return places.length;
    }
}
