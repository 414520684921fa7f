package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpanishTimeTaggerTest {
    private static final SpanishTimeTagger TAGGER = new SpanishTimeTagger();
    private static final LocalDate ANCHOR = LocalDate.of(2024, 6, 13); // a Thursday

    private static List<TimeExpression> tag(String text, boolean future) {
        return TAGGER.tag(text, 0, text.length(), ANCHOR, future);
    }

    private static String only(String text, boolean future) {
        List<TimeExpression> found = tag(text, future);
        assertThat(found).as("expressions in '%s'", text).hasSize(1);
        return found.get(0).value().iso();
    }

    @Test
    void pastMonthIsTheLastOneBeforeTheArticle() {
        assertThat(only("El ministro viajó a Lima en septiembre pasado.", false)).isEqualTo("2023-09");
        assertThat(only("La reunión de marzo pasado fue breve.", false)).isEqualTo("2024-03");
    }

    @Test
    void monthWithYearKeepsItsYear() {
        assertThat(only("El acuerdo se firmó en abril de 2019 en Ginebra.", false)).isEqualTo("2019-04");
        assertThat(only("Ocurrió en octubre del año pasado.", false)).isEqualTo("2023-10");
    }

    @Test
    void nextWeekIsAnIsoWeek() {
        assertThat(only("La delegación llegará la próxima semana.", true)).isEqualTo("2024-W25");
        assertThat(only("Se vieron la semana pasada.", false)).isEqualTo("2024-W23");
    }

    @Test
    void partsOfAMonthAreThatMonth() {
        assertThat(only("Lo anunció a finales de mayo.", false)).isEqualTo("2024-05");
        assertThat(only("Volverá a principios de agosto.", true)).isEqualTo("2024-08");
    }

    @Test
    void yearsRelativeAndExplicit() {
        assertThat(only("El año pasado hubo elecciones.", false)).isEqualTo("2023");
        assertThat(only("Las tropas se retiraron en 2003.", false)).isEqualTo("2003");
    }

    @Test
    void daysRelativeToTheArticle() {
        assertThat(only("El presidente habló ayer con la prensa.", false)).isEqualTo("2024-06-12");
        assertThat(only("La cumbre empieza este sábado en Quito.", true)).isEqualTo("2024-06-15");
        assertThat(only("El canciller viajó el lunes a Bruselas.", false)).isEqualTo("2024-06-10");
        // A word for coming or past decides before or after the weekday, whatever the verb's tense.
        assertThat(only("Convocó una sesión para el próximo martes.", false)).isEqualTo("2024-06-18");
        assertThat(only("El embajador habló el pasado miércoles.", false)).isEqualTo("2024-06-12");
        assertThat(only("Viajará el viernes próximo a Lima.", false)).isEqualTo("2024-06-14");
        assertThat(only("Habló el lunes último en una entrevista.", true)).isEqualTo("2024-06-10");
        assertThat(only("Firmaron el 9 de marzo de 2018 un pacto.", false)).isEqualTo("2018-03-09");
        assertThat(only("Firmaron el 2 de junio un pacto.", false)).isEqualTo("2024-06-02");
        // A weekday before the date is part of it; a word for past or coming decides, before or after it.
        assertThat(only("Convocaron un paro el lunes 10 de junio.", true)).isEqualTo("2024-06-10");
        assertThat(only("Convocaron un paro el pasado 2 de abril.", true)).isEqualTo("2024-04-02");
        assertThat(only("Fue nominado el 16 de diciembre pasado.", true)).isEqualTo("2023-12-16");
        assertThat(only("Votarán el próximo 2 de junio.", false)).isEqualTo("2025-06-02");
    }

    @Test
    void spansBackAndOnFromTheArticleKeepTheirUnitsPrecision() {
        assertThat(only("Hace dos semanas el canciller viajó a Lima.", false)).isEqualTo("2024-W22");
        assertThat(only("Se reunieron hace tres días en Quito.", false)).isEqualTo("2024-06-10");
        assertThat(only("Firmaron el pacto hace 2 años.", false)).isEqualTo("2022");
        assertThat(only("La delegación llegará dentro de un mes.", true)).isEqualTo("2024-07");
        // A duration is no time of an act.
        assertThat(tag("Las tropas ocupan la zona desde hace dos años.", false)).isEmpty();
    }

    @Test
    void aStartNamedByItsWeekdayIsTheComingOne() {
        assertThat(only("Rusia decidió cerrar la frontera a partir de las 00h00 del lunes.", false))
                .isEqualTo("2024-06-17");
        assertThat(only("El cierre rige a partir del sábado.", false)).isEqualTo("2024-06-15");
    }

    @Test
    void datelines() {
        assertThat(tag("CARACAS, Abr 9 (AFP) - El presidente habló.", false).get(0).value().iso())
                .isEqualTo("2024-04-09");
        assertThat(tag("Minsk, 23 may (EFE).- El gobierno anunció", false).get(0).value().iso())
                .isEqualTo("2024-05-23");
    }

    @Test
    void ordinaryWordsAreNotTimes() {
        assertThat(tag("Mayo es un apellido y la mañana fue tranquila.", false)).isEmpty();
        assertThat(tag("El ministro dijo que la marcha fue pacífica.", false)).isEmpty();
    }
}
