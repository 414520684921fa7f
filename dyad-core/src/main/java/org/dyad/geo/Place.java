package org.dyad.geo;

import java.util.Objects;

/**
 * A place from the gazetteer.
 *
 * @param geonameId  GeoNames id
 * @param name       GeoNames name
 * @param country    ISO 3166-1 alpha-3 code
 * @param admin1     first-level region name, or "" (none for a country)
 * @param latitude   degrees north, or NaN for a country as a whole
 * @param longitude  degrees east, or NaN for a country as a whole
 * @param population GeoNames population
 */
public record Place(int geonameId, String name, String country, String admin1, double latitude, double longitude,
                    long population) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        admin1 = admin1 == null ? "" : admin1;
    }

    /** Whether this is a whole country rather than a populated place. */
    public boolean isCountry() {
        return Double.isNaN(latitude);
    }
}
