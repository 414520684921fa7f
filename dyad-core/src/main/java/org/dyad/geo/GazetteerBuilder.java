package org.dyad.geo;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.dyad.text.Fold;

/**
 * Builds the gazetteer index at build time from the shipped GeoNames extract (cities15000.zip,
 * admin1CodesASCII.txt) and Dyad's country table: places with their names in Latin script, keyed by folded
 * name. Run by Maven in the process-classes phase; usage: {@code GazetteerBuilder CITIES.zip ADMIN1.txt
 * COUNTRIES.tsv OUT.bin}.
 */
public final class GazetteerBuilder {
    /** Names worth indexing: Latin script, no digits, a sensible length. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin}\\p{M} .'’-]{2,40}");

    private GazetteerBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: GazetteerBuilder CITIES.zip ADMIN1.txt COUNTRIES.tsv OUT.bin");
        }
        Map<String, String> iso3 = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] c = line.split("\t");
                iso3.put(c[0], c[1]);
            }
        }
        Map<String, String> admin1 = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (c.length >= 2) {
                admin1.put(c[0], c[1]);
            }
        }
        List<Place> places = new ArrayList<>();
        Map<String, Set<Integer>> keys = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(Path.of(args[0])))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.getName().endsWith(".txt")) {
                    continue;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
                String line;
                int lineNo = 0;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    String[] c = line.split("\t", -1);
                    if (c.length < 15) {
                        throw new IOException(entry.getName() + ":" + lineNo
                                + ": expected GeoNames' 19 columns (15 at least), found " + c.length);
                    }
                    String country = iso3.get(c[8]);
                    if (country == null) {
                        continue;
                    }
                    int index = places.size();
                    places.add(new Place(Integer.parseInt(c[0]), c[1], country,
                            admin1.getOrDefault(c[8] + "." + c[10], ""), Double.parseDouble(c[4]),
                            Double.parseDouble(c[5]), c[14].isEmpty() ? 0 : Long.parseLong(c[14])));
                    Set<String> names = new LinkedHashSet<>();
                    names.add(c[1]);
                    names.add(c[2]);
                    for (String alt : c[3].split(",")) {
                        // Alternate names of three letters or fewer are mostly airport and other codes ("CLL" for
                        // College Station), which running text uses for other things ("la Cll." is a street).
                        if (NAME.matcher(alt).matches() && alt.strip().length() > 3) {
                            names.add(alt);
                        }
                    }
                    for (String n : names) {
                        if (!n.isBlank()) {
                            keys.computeIfAbsent(Fold.fold(n.strip()), k -> new LinkedHashSet<>()).add(index);
                        }
                    }
                }
            }
        }
        Path out = Path.of(args[3]);
        Files.createDirectories(out.getParent());
        try (OutputStream file = Files.newOutputStream(out);
             DataOutputStream data = new DataOutputStream(new GZIPOutputStream(file, 1 << 16))) {
            data.writeInt(places.size());
            for (Place p : places) {
                data.writeInt(p.geonameId());
                data.writeUTF(p.name());
                data.writeUTF(p.country());
                data.writeUTF(p.admin1());
                data.writeFloat((float) p.latitude());
                data.writeFloat((float) p.longitude());
                data.writeLong(p.population());
            }
            data.writeInt(keys.size());
            for (Map.Entry<String, Set<Integer>> e : keys.entrySet()) {
                data.writeUTF(e.getKey());
                data.writeShort(e.getValue().size());
                for (int i : e.getValue()) {
                    data.writeInt(i);
                }
            }
        }
        System.out.printf("gazetteer: %d places, %d names -> %s%n", places.size(), keys.size(), out);
    }
}
