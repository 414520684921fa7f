package org.dyad.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;

import org.dyad.data.TsvFile;

/**
 * One row of the GDELT 2.0 event table: its 61 tab-separated columns in order, those Dyad does not produce
 * (tone, ethnic and religion codes, the actors' own places) left empty. The same for the store's export and the
 * Spark job's. Places use FIPS 10-4 country codes as GDELT does (from GeoNames' countryInfo); the feature id is
 * the GeoNames id. Immutable and thread-safe.
 *
 * @param id            GLOBALEVENTID
 * @param day           the day the event is counted on (SQLDATE)
 * @param sourceCode    Actor1Code
 * @param sourceName    Actor1Name, as written
 * @param sourceCountry Actor1CountryCode, or null
 * @param targetCode    Actor2Code, or null
 * @param targetName    Actor2Name, or null
 * @param targetCountry Actor2CountryCode, or null
 * @param code          EventCode
 * @param root          EventRootCode
 * @param quadClass     QuadClass
 * @param goldstein     GoldsteinScale
 * @param mentions      NumMentions
 * @param sources       NumSources
 * @param articles      NumArticles
 * @param place         the action's place, or null
 * @param added         DATEADDED (the day)
 * @param url           SOURCEURL, or null
 */
public record GdeltRow(String id, LocalDate day, String sourceCode, String sourceName, String sourceCountry,
                       String targetCode, String targetName, String targetCountry, String code, String root,
                       int quadClass, double goldstein, int mentions, int sources, int articles, Place place,
                       LocalDate added, String url) {

    /** GDELT's number of columns. */
    public static final int COLUMNS = 61;

    private static final Map<String, String> FIPS = loadFips();
    private static final Map<String, String> ISO2 = iso2ByIso3();

    public GdeltRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(sourceCode, "sourceCode");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(added, "added");
    }

    /**
     * Where an event happened.
     *
     * @param name      place name
     * @param admin1    first-level region, or null
     * @param country   ISO alpha-3
     * @param latitude  degrees, or null for a whole country
     * @param longitude degrees, or null for a whole country
     * @param geonameId GeoNames id, or null
     */
    public record Place(String name, String admin1, String country, Double latitude, Double longitude,
                        Integer geonameId) {
    }

    /** The 61 columns. */
    public List<String> columns() {
        List<String> c = new ArrayList<>(COLUMNS);
        c.add(id);
        c.add(String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
        c.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        c.add(String.valueOf(day.getYear()));
        c.add(String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth())
                / 365.0));
        actor(c, sourceCode, sourceName, sourceCountry);
        actor(c, targetCode, targetName, targetCountry);
        c.add("");
        c.add(code);
        c.add(code.length() > 3 ? code.substring(0, 3) : code);
        c.add(root);
        c.add(String.valueOf(quadClass));
        c.add(number(goldstein));
        c.add(String.valueOf(mentions));
        c.add(String.valueOf(sources));
        c.add(String.valueOf(articles));
        c.add("");
        for (int i = 0; i < 16; i++) {
            c.add("");
        }
        if (place == null) {
            for (int i = 0; i < 8; i++) {
                c.add("");
            }
        } else {
            boolean country = place.latitude() == null;
            String fips = FIPS.getOrDefault(place.country(), "");
            c.add(country ? "1" : "4");
            c.add(country ? place.name() : String.join(", ", nonEmpty(place.name(), place.admin1(),
                    countryName(place.country()))));
            c.add(fips);
            c.add(country ? fips : "");
            c.add("");
            c.add(place.latitude() == null ? "" : number(place.latitude()));
            c.add(place.longitude() == null ? "" : number(place.longitude()));
            c.add(place.geonameId() == null ? "" : String.valueOf(place.geonameId()));
        }
        c.add(String.format(Locale.ROOT, "%04d%02d%02d000000", added.getYear(), added.getMonthValue(),
                added.getDayOfMonth()));
        c.add(url == null ? "" : url);
        c.replaceAll(s -> s == null ? "" : s.replace('\t', ' ').replace('\n', ' '));
        return c;
    }

    /** The row as GDELT writes it: tab-separated, no trailing newline. */
    public String line() {
        return String.join("\t", columns());
    }

    /** The sector part of an actor code: "PRKGOV" of country PRK gives "GOV"; a bare sector code is itself. */
    public static String sector(String code, String country) {
        if (code == null) {
            return "";
        }
        if (country != null && code.startsWith(country)) {
            return code.substring(country.length());
        }
        return country == null ? code : "";
    }

    /** The ISO alpha-2 code of an alpha-3 one, or null. */
    public static String iso2(String iso3) {
        return ISO2.get(iso3);
    }

    private static void actor(List<String> c, String code, String name, String country) {
        c.add(code == null ? "" : code);
        c.add(name == null ? "" : name.toUpperCase(Locale.ROOT));
        c.add(country == null ? "" : country);
        c.add("");
        c.add("");
        c.add("");
        c.add("");
        c.add(sector(code, country));
        c.add("");
        c.add("");
    }

    private static String number(double d) {
        String s = String.format(Locale.ROOT, "%.6f", d);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }

    private static String countryName(String iso3) {
        String iso2 = ISO2.get(iso3);
        return iso2 == null ? iso3 : new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
    }

    private static Map<String, String> iso2ByIso3() {
        Map<String, String> m = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            try {
                m.put(new Locale("", iso2).getISO3Country(), iso2);
            } catch (MissingResourceException ignored) {
                // A code without an alpha-3 form cannot appear in Dyad's data.
            }
        }
        return m;
    }

    private static Map<String, String> loadFips() {
        Map<String, String> m = new HashMap<>();
        for (TsvFile.Row row : TsvFile.readResource("org/dyad/output/country-fips.tsv", 2)) {
            m.put(row.get(0), row.get(1));
        }
        return m;
    }
}
