package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dyad.data.DataFileException;
import org.dyad.data.TsvFile;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
    private static final ActorDictionary DICT = ActorDictionary.load();

    /** The longest valid entry for a phrase as written, on a date. */
    private static Optional<ActorEntry> lookup(String phrase, LocalDate date) {
        String[] words = phrase.split(" ");
        return DICT.matchesAt(i -> i < words.length ? words[i] : null, 0).stream()
                .filter(m -> m.end() == words.length)
                .map(ActorDictionary.Match::entry)
                .filter(e -> e.validOn(date))
                .findFirst();
    }

    private static String code(String phrase) {
        return lookup(phrase, LocalDate.of(2024, 6, 13)).map(ActorEntry::code).orElse(null);
    }

    @Test
    void domesticOutletsHaveAHomeStateAndInternationalAgenciesNone() {
        assertThat(DICT.outletCountry("El Tiempo")).isEqualTo("COL");
        assertThat(DICT.outletCountry("EL PAIS")).isEqualTo("ESP");
        assertThat(DICT.outletCountry(" clarín ")).isEqualTo("ARG");
        assertThat(DICT.outletCountry("AFP")).isNull();
        assertThat(DICT.outletCountry("EFE")).isNull();
        assertThat(DICT.outletCountry("El Universal")).as("shared by Mexican and Venezuelan papers").isNull();
        assertThat(DICT.outletCountry(null)).isNull();
        assertThat(DICT.outletCountry("")).isNull();
    }

    @Test
    void statesByNameVariantCapitalAndSeat() {
        assertThat(code("Estados Unidos")).isEqualTo("USA");
        assertThat(code("EE.UU.")).isEqualTo("USA");
        assertThat(code("EEUU")).isEqualTo("USA");
        assertThat(code("Corea del Norte")).isEqualTo("PRK");
        assertThat(code("Moscú")).isEqualTo("RUS");
        assertThat(code("MOSCU")).isEqualTo("RUS");
        assertThat(code("Pionyang")).isEqualTo("PRK");
        assertThat(code("Pekín")).isEqualTo("CHN");
        assertThat(code("Kyiv")).isEqualTo("UKR");
        assertThat(code("Kremlin")).isEqualTo("RUSGOV");
        assertThat(code("Casa Blanca")).isEqualTo("USAGOV");
        assertThat(code("Downing Street")).isEqualTo("GBRGOV");
    }

    @Test
    void demonymsInAllFourForms() {
        for (String form : List.of("norcoreano", "norcoreana", "norcoreanos", "norcoreanas")) {
            assertThat(code(form)).as(form).isEqualTo("PRK");
        }
        assertThat(code("estadounidense")).isEqualTo("USA");
        assertThat(code("ruso")).isEqualTo("RUS");
    }

    @Test
    void capitalisedNamesOnlyMatchCapitalisedWords() {
        assertThat(code("La Moneda")).isEqualTo("CHLGOV");
        assertThat(code("la moneda")).isNull();
        // An opening article is capitalised at every sentence start: the name's own word must be capitalised too.
        assertThat(code("El Mundo")).isEqualTo("ESPMED");
        assertThat(code("El mundo")).isNull();
    }

    @Test
    void acronymsOnlyMatchAcronyms() {
        assertThat(code("ONU")).isEqualTo("UNO");
        assertThat(code("UN")).isEqualTo("UNO");
        assertThat(code("Un")).isNull();
        assertThat(code("us")).isNull();
    }

    @Test
    void peopleHoldTheirRolesOnlyInTheirTime() {
        assertThat(lookup("Kim Jong-un", LocalDate.of(2024, 6, 13))).map(ActorEntry::code).contains("PRKGOV");
        assertThat(lookup("Kim Jong-un", LocalDate.of(2005, 1, 1))).isEmpty();
        assertThat(lookup("George W. Bush", LocalDate.of(2004, 5, 1))).map(ActorEntry::code).contains("USAGOV");
        assertThat(lookup("Joe Biden", LocalDate.of(2024, 6, 13))).map(ActorEntry::code).contains("USAGOV");
    }

    private static String codeOn(String phrase, int year, int month, int day) {
        return lookup(phrase, LocalDate.of(year, month, day)).map(ActorEntry::code).orElse(null);
    }

    @Test
    void leadersOfTheNinetiesHoldTheirRoles() {
        assertThat(codeOn("Carlos Menem", 1995, 6, 1)).isEqualTo("ARGGOV");
        assertThat(codeOn("Carlos Menem", 2001, 6, 1)).as("out of office").isNull();
        assertThat(codeOn("Borís Yeltsin", 1995, 6, 1)).isEqualTo("RUSGOV");
        assertThat(codeOn("Boris Eltsin", 1995, 6, 1)).isEqualTo("RUSGOV");
        assertThat(codeOn("Isaac Rabin", 1994, 9, 13)).isEqualTo("ISRGOV");
        assertThat(codeOn("Yitzhak Rabin", 1996, 1, 1)).as("assassinated in 1995").isNull();
        assertThat(codeOn("Benjamin Netanyahu", 1997, 3, 1)).isEqualTo("ISRGOV");
        assertThat(codeOn("Benjamin Netanyahu", 1995, 3, 1)).as("Likud leader in opposition").isEqualTo("ISROPP");
        assertThat(codeOn("Benjamin Netanyahu", 2000, 3, 1)).as("between his roles").isNull();
        assertThat(codeOn("Ernesto Samper", 1995, 6, 1)).isEqualTo("COLGOV");
        assertThat(codeOn("Sixto Durán Ballén", 1995, 1, 30)).isEqualTo("ECUGOV");
        assertThat(codeOn("Abdalá Bucaram", 1996, 12, 1)).isEqualTo("ECUGOV");
        assertThat(codeOn("Abdalá Bucaram", 1997, 6, 1)).as("removed in February 1997").isNull();
        assertThat(codeOn("Juan Carlos Wasmosy", 1995, 6, 1)).isEqualTo("PRYGOV");
        assertThat(codeOn("Violeta Chamorro", 1995, 6, 1)).isEqualTo("NICGOV");
        assertThat(codeOn("Felipe González", 1995, 6, 1)).isEqualTo("ESPGOV");
        assertThat(codeOn("Felipe González", 1996, 9, 1)).isEqualTo("ESPOPP");
        assertThat(codeOn("John Major", 1995, 6, 1)).isEqualTo("GBRGOV");
        assertThat(codeOn("Nelson Mandela", 1995, 6, 1)).isEqualTo("ZAFGOV");
        assertThat(codeOn("Sadam Husein", 1995, 6, 1)).isEqualTo("IRQGOV");
        assertThat(codeOn("Slobodan Milosevic", 1995, 6, 1)).isEqualTo("SRBGOV");
        assertThat(codeOn("Franjo Tudjman", 1995, 6, 1)).isEqualTo("HRVGOV");
        assertThat(codeOn("Butros Butros-Ghali", 1995, 6, 1)).isEqualTo("UNO");
        assertThat(codeOn("Kofi Annan", 1995, 6, 1)).as("head of UN peacekeeping").isEqualTo("UNO");
        assertThat(codeOn("Javier Solana", 1995, 6, 1)).as("foreign minister").isEqualTo("ESPGOV");
        assertThat(codeOn("Javier Solana", 1997, 6, 1)).isEqualTo("NAT");
        assertThat(codeOn("Yasser Arafat", 1993, 9, 13)).as("PLO chairman").isEqualTo("PSEGOV");
    }

    @Test
    void theSameNameNamesWhoeverHeldTheRoleOnTheDate() {
        assertThat(lookup("George Bush", LocalDate.of(1991, 1, 17))).map(ActorEntry::label).contains("George H. W. Bush");
        assertThat(lookup("George Bush", LocalDate.of(2003, 3, 20))).map(ActorEntry::label).contains("George W. Bush");
    }

    @Test
    void organisationsAndAgents() {
        assertThat(code("OTAN")).isEqualTo("NAT");
        assertThat(code("Naciones Unidas")).isEqualTo("UNO");
        assertThat(code("FARC")).isEqualTo("COLREB");
        assertThat(code("policía")).isEqualTo("COP");
        assertThat(code("ejército")).isEqualTo("MIL");
    }

    @Test
    void everyUnMemberHasSpanishAndEnglishNamesAndADemonym() {
        java.util.Set<String> excluded = new java.util.HashSet<>();
        for (TsvFile.Row row : TsvFile.readResource("org/dyad/actor/country-name-exclusions.tsv", 3)) {
            excluded.add(row.get(0) + " " + row.get(1));
        }
        java.util.Set<String> withDemonym = new java.util.HashSet<>();
        for (TsvFile.Row row : TsvFile.readResource("org/dyad/actor/demonyms.tsv", 6)) {
            withDemonym.add(row.get(0));
        }
        List<String> missing = new java.util.ArrayList<>();
        for (TsvFile.Row row : TsvFile.readResource("org/dyad/geonames/countries.tsv", 7)) {
            String iso2 = row.get(0);
            String iso3 = row.get(1);
            if (!UnMembers.CODES.contains(iso3)) {
                continue;
            }
            String es = new Locale("", iso2).getDisplayCountry(new Locale("es"));
            String en = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
            if (!iso3.equals(code(es)) && !excluded.contains(iso3 + " " + es) && !iso3.equals(code(row.get(5)))) {
                missing.add(iso3 + " es '" + es + "'");
            }
            if (!iso3.equals(code(en))) {
                missing.add(iso3 + " en '" + en + "'");
            }
        }
        assertThat(missing).isEmpty();
        for (String iso3 : UnMembers.CODES) {
            assertThat(DICT.isCountry(iso3)).as(iso3).isTrue();
            // Grenada's demonym, "granadino", would mostly match people of Granada, Spain.
            if (!iso3.equals("GRD")) {
                assertThat(withDemonym).as("demonym of %s", iso3).contains(iso3);
            }
        }
    }

    @Test
    void aDirectorIsSomeonesOnlyAsHeadOfABody() {
        ActorEntry director = lookup("director", LocalDate.of(2024, 6, 13)).orElseThrow();
        assertThat(DICT.headsOnly(director)).isTrue();
        assertThat(DICT.headsOnly(lookup("jefe", LocalDate.of(2024, 6, 13)).orElseThrow())).isFalse();
        // A mark other than head-of is an error naming the file and line.
        assertThatThrownBy(() -> ActorDictionary.agents("org/dyad/actor/agents-bad-mark.tsv"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("agents-bad-mark.tsv:3")
                .hasMessageContaining("head-of");
        // So is a phrase listed twice.
        assertThatThrownBy(() -> ActorDictionary.agents("org/dyad/actor/agents-twice.tsv"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("agents-twice.tsv:4")
                .hasMessageContaining("already listed on line 2");
    }

    @Test
    void genericAgentsAreSpanishOnly() {
        // English agents wait for the English pipeline: in Spanish "mayor" is "larger" and "media" an average.
        assertThat(code("mayor")).isNull();
        assertThat(code("media")).isNull();
        assertThat(code("alcalde")).isEqualTo("GOV");
        assertThat(code("periodistas")).isEqualTo("MED");
        assertThat(code("detractores")).isEqualTo("OPP");
    }
}
