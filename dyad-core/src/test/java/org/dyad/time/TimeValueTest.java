package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TimeValueTest {
    @Test
    void printsEachPrecisionInIso() {
        assertThat(TimeValue.day(LocalDate.of(2024, 6, 13)).iso()).isEqualTo("2024-06-13");
        assertThat(TimeValue.week(LocalDate.of(2024, 6, 20)).iso()).isEqualTo("2024-W25");
        assertThat(TimeValue.month(2019, 4).iso()).isEqualTo("2019-04");
        assertThat(TimeValue.year(2019).iso()).isEqualTo("2019");
    }

    @Test
    void parsesWhatItPrints() {
        for (String s : new String[] {"2024-06-13", "2024-W25", "2020-W53", "2019-04", "2019"}) {
            assertThat(TimeValue.parse(s).iso()).isEqualTo(s);
        }
        assertThat(TimeValue.parse("June 2019")).isNull();
        assertThat(TimeValue.parse("2019-13")).isNull();
    }

    @Test
    void weekRunsMondayToSunday() {
        TimeValue w = TimeValue.parse("2024-W25");
        assertThat(w.start()).isEqualTo(LocalDate.of(2024, 6, 17));
        assertThat(w.end()).isEqualTo(LocalDate.of(2024, 6, 23));
        assertThat(w.contains(LocalDate.of(2024, 6, 19))).isTrue();
        assertThat(w.contains(LocalDate.of(2024, 6, 24))).isFalse();
    }
}
