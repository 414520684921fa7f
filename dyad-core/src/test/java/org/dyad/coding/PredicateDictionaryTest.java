package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.dyad.cameo.CameoCatalog;
import org.dyad.cameo.CameoCode;
import org.dyad.data.DataFileException;
import org.junit.jupiter.api.Test;

class PredicateDictionaryTest {
    private static final CameoCatalog CATALOG = CameoCatalog.load();
    private static final String THREAT_ACTS = "(1[4-9]|20)[0-9]{0,2}";

    @Test
    void theShippedThreatTableGivesTheCodebooksParallelThreats() {
        PredicateDictionary d = PredicateDictionary.load(CATALOG);
        assertThat(d.threatCode(CameoCode.of("161")).value()).isEqualTo("1313");
        assertThat(d.threatCode(CameoCode.of("1951")).value()).isEqualTo("1384");
        assertThat(d.threatCode(CameoCode.of("0332"))).isNull();
    }

    @Test
    void threatsOfForceButNoOtherThreatsMayGoWithoutARecipient() {
        PredicateDictionary d = PredicateDictionary.load(CATALOG);
        assertThat(d.allowsNoTarget(CameoCode.of("190"))).isTrue();
        assertThat(d.allowsNoTarget(CameoCode.of("1384"))).isTrue();
        assertThat(d.allowsNoTarget(CameoCode.of("130"))).isFalse();
        assertThat(d.allowsNoTarget(CameoCode.of("1312"))).isFalse();
    }

    @Test
    void theShippedWordClassesHoldTheWordsTheRulesName() {
        PredicateDictionary d = PredicateDictionary.load(CATALOG);
        assertThat(d.is(WordClass.DEATHS, "fallecer")).isTrue();
        assertThat(d.is(WordClass.MISSIONS, "mision")).as("unaccented, as a lemma may come").isTrue();
        assertThat(d.is(WordClass.LEAVING_VERBS, "retirar")).isTrue();
        assertThat(d.is(WordClass.LEAVING_VERBS, "retiro")).as("the noun is in its own class").isFalse();
        assertThat(d.is(WordClass.PEOPLE, "periodista")).isTrue();
    }

    @Test
    void aWordClassFileWithoutAClassTheRulesNameIsRejected() {
        assertThatThrownBy(() -> PredicateDictionary.readWordClasses("org/dyad/coding/noun-classes-missing.tsv"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("noun-classes-missing.tsv")
                .hasMessageContaining("defines no class 'directions', which the coder (WordClass) needs");
    }

    /** Reads a bad threat table of the test resources the way the shipped one is read. */
    private static void readThreats(String file) {
        PredicateDictionary.readParallelCodes("org/dyad/coding/" + file, THREAT_ACTS, "a conflictual act (14-20)",
                "13", CATALOG, new HashMap<>());
    }

    @Test
    void aRowOfAnotherKindOfActIsRejectedWithItsFileAndLine() {
        assertThatThrownBy(() -> readThreats("threat-codes-bad-act.tsv"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("threat-codes-bad-act.tsv:4")
                .hasMessageContaining("not the code of a conflictual act");
    }

    @Test
    void aCodeOfAnotherRootIsRejectedWithItsFileAndLine() {
        assertThatThrownBy(() -> readThreats("threat-codes-bad-root.tsv"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("threat-codes-bad-root.tsv:4")
                .hasMessageContaining("root 13");
    }

    @Test
    void theShippedRuledOutReadingsNameTheirComplementAndCodes() {
        PredicateDictionary d = PredicateDictionary.load(CATALOG);
        assertThat(d.ruledOut()).contains(
                new PredicateDictionary.RuledOut("social-ills", "contra", List.of("18", "19", "20")),
                new PredicateDictionary.RuledOut("posts", null, List.of("192")));
    }

    /** Reads a bad table of ruled-out readings of the test resources, where only the class "posts" is defined. */
    private static void readRuledOut(String file) {
        PredicateDictionary.readRuledOut("org/dyad/coding/" + file, Set.of("posts"), CATALOG);
    }

    @Test
    void aRuledOutReadingOfAnUndefinedClassIsRejectedWithItsFileAndLine() {
        assertThatThrownBy(() -> readRuledOut("ruled-out-bad-class.tsv"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("ruled-out-bad-class.tsv:3")
                .hasMessageContaining("undefined noun class 'weapons-of-words'");
    }

    @Test
    void aRuledOutReadingOfAnotherComplementIsRejectedWithItsFileAndLine() {
        assertThatThrownBy(() -> readRuledOut("ruled-out-bad-complement.tsv"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("ruled-out-bad-complement.tsv:3")
                .hasMessageContaining("complement must be 'obj' or 'obl:'");
    }

    @Test
    void aRuledOutReadingWithABadCodeIsRejectedWithItsFileAndLine() {
        assertThatThrownBy(() -> readRuledOut("ruled-out-bad-code.tsv"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("ruled-out-bad-code.tsv:3")
                .hasMessageContaining("'1X'");
    }
}
