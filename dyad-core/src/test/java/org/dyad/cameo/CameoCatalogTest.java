package org.dyad.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CameoCatalogTest {
    private static final CameoCatalog CATALOG = CameoCatalog.load();

    @Test
    void everyCodeHasNameGoldsteinQuadAndPlover() {
        assertThat(CATALOG.all()).hasSizeGreaterThan(300);
        EventType praise = CATALOG.get(CameoCode.of("051"));
        assertThat(praise.name()).startsWith("Praise or endorse");
        assertThat(praise.goldstein()).isEqualTo(3.4);
        assertThat(praise.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
        assertThat(praise.plover()).isEqualTo("SUPPORT");
        EventType visit = CATALOG.get(CameoCode.of("042"));
        assertThat(visit.plover()).isEqualTo("CONSULT");
        assertThat(CATALOG.get(CameoCode.of("190")).quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThat(CATALOG.get(CameoCode.of("072")).quadClass()).isEqualTo(QuadClass.MATERIAL_COOPERATION);
        for (EventType t : CATALOG.all().values()) {
            if (!t.code().root().equals("01")) {
                assertThat(t.plover()).as("PLOVER type of %s", t.code()).isNotEmpty();
            }
        }
        assertThat(CATALOG.get(CameoCode.of("020")).plover()).isEqualTo("REQUEST");
        assertThat(CATALOG.get(CameoCode.of("010")).plover()).isEmpty();
    }

    @Test
    void namesWithCommasKeepThem() {
        assertThat(CATALOG.get(CameoCode.of("0244")).name()).isEqualTo("Appeal for change in institutions, regime");
    }

    @Test
    void codesAreValidated() {
        assertThat(CameoCode.of("0312").root()).isEqualTo("03");
        assertThat(CameoCode.of("0312").parent()).isEqualTo(CameoCode.of("031"));
        assertThatThrownBy(() -> CameoCode.of("21")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CameoCode.of("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CATALOG.get(CameoCode.of("0999"))).hasMessageContaining("0999");
    }
}
