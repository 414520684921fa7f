package org.dyad.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TsvFileTest {
    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void skipsCommentsAndBlankLinesAndKeepsLineNumbers() {
        var rows = TsvFile.read("x.tsv", in("# header\n\na\tb\n# more\nc\td\n"), 2, 2);
        assertThat(rows).extracting(TsvFile.Row::line).containsExactly(3, 5);
        assertThat(rows.get(1).get(1)).isEqualTo("d");
    }

    @Test
    void wrongColumnCountNamesFileAndLine() {
        assertThatThrownBy(() -> TsvFile.read("verbs.tsv", in("a\tb\nc\n"), 2, 2))
                .isInstanceOf(DataFileException.class)
                .hasMessage("verbs.tsv:2: expected 2 tab-separated columns, found 1");
    }

    @Test
    void emptyOrPaddedCellsAreErrors() {
        assertThatThrownBy(() -> TsvFile.read("f.tsv", in("a\t\n"), 2, 2)).hasMessage("f.tsv:1: column 2 is empty");
        assertThatThrownBy(() -> TsvFile.read("f.tsv", in("a\t b\n"), 2, 2))
                .hasMessage("f.tsv:1: column 2 has leading or trailing spaces");
    }

    @Test
    void invalidUtf8IsAnError() {
        byte[] bad = {'a', '\t', (byte) 0xff, '\n'};
        assertThatThrownBy(() -> TsvFile.read("f.tsv", new ByteArrayInputStream(bad), 2, 2))
                .hasMessageContaining("f.tsv:1: not valid UTF-8");
    }
}
