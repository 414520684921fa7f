package org.dyad.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WordClassesTest {
    private static final String ACTOR_WORDS = "org/dyad/actor/es/word-classes.tsv";

    @Test
    void theActorFindersClassesHoldTheirWords() {
        Map<String, Set<String>> classes = WordClasses.read(ACTOR_WORDS, List.of("kin", "named-things"), "a test");
        assertThat(classes.get("kin")).contains("esposa", "hijo");
        assertThat(classes.get("named-things")).as("matched as written").contains("Día").doesNotContain("día");
        assertThatThrownBy(() -> classes.get("kin").add("tío")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aWordListedTwiceInItsClassIsRejectedWithItsFileAndLine() {
        assertThatThrownBy(() -> WordClasses.read("org/dyad/data/word-classes-twice.tsv"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("word-classes-twice.tsv:5")
                .hasMessageContaining("'esposa' is already in class 'kin'");
    }

    @Test
    void aRowWithoutItsWordIsRejectedWithItsFileAndLine() {
        assertThatThrownBy(() -> WordClasses.read("org/dyad/data/word-classes-short.tsv"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("word-classes-short.tsv:3");
    }

    @Test
    void aClassTheRulesNeedMustBeDefined() {
        assertThatThrownBy(() -> WordClasses.read(ACTOR_WORDS, List.of("kin", "in-laws"), "the test's rule"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("word-classes.tsv: defines no class 'in-laws', which the test's rule needs");
    }
}
