package org.dyad.store;

/**
 * Where a stored event happened.
 *
 * @param name      place name
 * @param country   ISO 3166-1 alpha-3 code
 * @param admin1    first-level region, or null
 * @param geonameId GeoNames id, or null
 * @param latitude  degrees north, or null for a country as a whole
 * @param longitude degrees east, or null for a country as a whole
 */
public record StoredPlace(String name, String country, String admin1, Integer geonameId, Double latitude,
                          Double longitude) {
}
