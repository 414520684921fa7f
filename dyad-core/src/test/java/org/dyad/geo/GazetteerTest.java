package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;

import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    @Test
    void theIndexBuiltFromGeoNamesHasEveryCity() {
        assertThat(GAZETTEER.size()).isGreaterThan(30_000);
    }

    @Test
    void vladivostokIsInRussiaByTheSea() {
        Place p = Geocoder.pick(GAZETTEER.lookup("Vladivostok"), Set.of());
        assertThat(p.country()).isEqualTo("RUS");
        assertThat(p.latitude()).isCloseTo(43.1, within(0.2));
        assertThat(p.longitude()).isCloseTo(131.9, within(0.2));
        assertThat(p.geonameId()).isEqualTo(2013348);
        assertThat(p.admin1()).isNotEmpty();
    }

    @Test
    void spanishNamesAndMissingAccentsFindTheirPlace() {
        assertThat(Geocoder.pick(GAZETTEER.lookup("Pekín"), Set.of()).country()).isEqualTo("CHN");
        assertThat(Geocoder.pick(GAZETTEER.lookup("BOGOTA"), Set.of()).country()).isEqualTo("COL");
        assertThat(Geocoder.pick(GAZETTEER.lookup("Nueva York"), Set.of()).country()).isEqualTo("USA");
    }

    @Test
    void continentsAreNoPlaceThoughATownBearsTheirName() {
        // GeoNames lists "Africa" among the old names of Mahdia (Tunisia) and has a town Asia in the Philippines.
        assertThat(GAZETTEER.lookup("África")).isEmpty();
        assertThat(GAZETTEER.lookup("Asia")).isEmpty();
        assertThat(GAZETTEER.lookup("Mahdia")).isNotEmpty();
    }

    @Test
    void countryContextBeatsPopulation() {
        assertThat(Geocoder.pick(GAZETTEER.lookup("Santiago"), Set.of("CHL")).country()).isEqualTo("CHL");
        Place spanish = Geocoder.pick(GAZETTEER.lookup("Santiago"), Set.of("ESP"));
        assertThat(spanish.country()).isEqualTo("ESP");
        assertThat(Geocoder.pick(GAZETTEER.lookup("Córdoba"), Set.of("ARG")).country()).isEqualTo("ARG");
        assertThat(Geocoder.pick(GAZETTEER.lookup("Córdoba"), Set.of("ESP")).country()).isEqualTo("ESP");
    }

    @Test
    void unknownNamesFindNothing() {
        assertThat(GAZETTEER.lookup("Vostochnylandia")).isEmpty();
        assertThat(Geocoder.pick(GAZETTEER.lookup("Vostochnylandia"), Set.of())).isNull();
    }
}
