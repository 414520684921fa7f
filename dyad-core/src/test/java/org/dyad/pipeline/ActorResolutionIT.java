package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.dyad.coding.Event;
import org.dyad.ingest.Article;
import org.junit.jupiter.api.Test;

/**
 * How actors are found in the text, one phenomenon a test, on invented Spanish sentences (none from a gold set):
 * appositions, coordination, "de" phrases, anaphora, null subjects, passives, metonymy, co-agents, dated roles,
 * and the default state of a domestic actor (dateline, outlet).
 */
class ActorResolutionIT {
    private static final LocalDate DATE = LocalDate.of(2022, 3, 10);

    private static List<String> dyads(String text) throws ExtractionException {
        return dyads(text, DATE, null);
    }

    /** The events as "SOURCE>TARGET CODE" with full actor codes ("-" for no target). */
    private static List<String> dyads(String text, LocalDate date, String outlet) throws ExtractionException {
        List<Event> events = SharedModels.extractor().extract(new Article("t", "", text, date, "es", outlet, null,
                null), null).events();
        return events.stream().map(e -> e.source().code() + ">" + (e.target() == null ? "-" : e.target().code())
                + " " + e.type().code().value()).toList();
    }

    @Test
    void anAppositionIsOneActor() throws ExtractionException {
        assertThat(dyads("El líder norcoreano, Kim Jong-un, elogió a Rusia.")).containsExactly("PRKGOV>RUS 051");
    }

    @Test
    void aDirectorIsOfTheBodyHeHeadsAndNoOneWithoutIt() throws ExtractionException {
        assertThat(dyads("El director de la policía colombiana criticó a Venezuela.")).containsExactly("COLCOP>VEN 111");
        assertThat(dyads("La directora de la Fiscalía colombiana criticó a Venezuela."))
                .containsExactly("COLJUD>VEN 111");
        assertThat(dyads("El director de la CIA criticó a Venezuela.")).containsExactly("USASPY>VEN 111");
        assertThat(dyads("El director de cine criticó a Venezuela.")).isEmpty();
    }

    @Test
    void coordinatedSubjectsGiveOneEventEach() throws ExtractionException {
        assertThat(dyads("Estados Unidos, Corea del Sur y Japón condenaron a Corea del Norte."))
                .containsExactlyInAnyOrder("USA>PRK 111", "KOR>PRK 111", "JPN>PRK 111");
    }

    @Test
    void deAndDemonymPhrasesNameTheState() throws ExtractionException {
        assertThat(dyads("El presidente de Rusia visitó China.")).containsExactly("RUSGOV>CHN 042");
        assertThat(dyads("El canciller de Irán fue recibido por el presidente de Siria."))
                .containsExactly("SYRGOV>IRNGOV 043");
    }

    @Test
    void nominalAnaphoraTakesTheStateOfTheNamedActor() throws ExtractionException {
        assertThat(dyads("Vladímir Putin llegó a Pekín el martes. El mandatario ruso elogió a China."))
                .contains("RUSGOV>CHN 051");
    }

    @Test
    void aNullSubjectIsThePreviousClausesSubject() throws ExtractionException {
        assertThat(dyads("Kim Jong-un recibió a una delegación de Rusia e invitó al presidente ruso a visitar "
                + "Pyongyang.")).contains("PRKGOV>RUSGOV 043");
    }

    @Test
    void twoRolesUnderOneArticleAreOnePerson() throws ExtractionException {
        assertThat(dyads("El presidente y canciller de Rusia criticó a Ucrania.")).containsExactly("RUSGOV>UKR 111");
        // Each with its article, they are two.
        assertThat(dyads("El presidente de Francia y el canciller de Rusia criticaron a Ucrania."))
                .containsExactlyInAnyOrder("FRAGOV>UKR 111", "RUSGOV>UKR 111");
    }

    @Test
    void anInfinitiveHeadingHasNoSubject() throws ExtractionException {
        // A section heading of a long article is no one's act, whoever the sentence before it was about.
        assertThat(dyads("El presidente de Rusia criticó a Estados Unidos.\n\nEliminar las sanciones contra Irán"))
                .containsExactly("RUSGOV>USA 111");
    }

    @Test
    void aReportedClauseOfAnotherNumberHasAnotherSubject() throws ExtractionException {
        assertThat(dyads("El presidente de Perú dijo que visitará Chile.")).containsExactly("PERGOV>CHL 042");
        // "dijo" is singular, "atacarán" plural: they who will attack are not the president.
        assertThat(dyads("El presidente de Perú dijo que atacarán Chile.")).isEmpty();
    }

    @Test
    void metonymsStandForTheirState() throws ExtractionException {
        assertThat(dyads("Moscú condenó a Washington por las sanciones.")).containsExactly("RUS>USA 111");
        assertThat(dyads("El Kremlin criticó a la Casa Blanca.")).containsExactly("RUSGOV>USAGOV 111");
    }

    @Test
    void relativeClausesKeepTheirAntecedent() throws ExtractionException {
        assertThat(dyads("El ministro turco, quien se reunió con el canciller ruso, criticó a Ucrania."))
                .contains("TURGOV>RUSGOV 040", "TURGOV>UKR 111");
    }

    @Test
    void aCoAgentActsTooButIsNeverTheRecipient() throws ExtractionException {
        assertThat(dyads("Francia, junto con Alemania, condenó a Rusia."))
                .containsExactlyInAnyOrder("FRA>RUS 111", "DEU>RUS 111");
        assertThat(dyads("Francia condenó a Rusia junto a Alemania."))
                .containsExactlyInAnyOrder("FRA>RUS 111", "DEU>RUS 111");
    }

    @Test
    void peopleHoldTheirRolesOnlyInTheirYears() throws ExtractionException {
        assertThat(dyads("Carlos Menem visitó Chile.", LocalDate.of(1995, 3, 10), null))
                .containsExactly("ARGGOV>CHL 042");
        assertThat(dyads("George Bush criticó a Irak.", LocalDate.of(1991, 3, 10), null))
                .containsExactly("USAGOV>IRQ 111");
        assertThat(dyads("George W. Bush criticó a Irán. Bush amenazó a Siria.", LocalDate.of(2004, 3, 10), null))
                .containsExactly("USAGOV>IRN 111", "USAGOV>SYR 130");
    }

    @Test
    void theDatelineIsTheDefaultStateOfDomesticActors() throws ExtractionException {
        assertThat(dyads("BOGOTÁ, 11 mar (AFP) - La policía detuvo a tres manifestantes el jueves."))
                .containsExactly("COLCOP>COLOPP 173");
    }

    @Test
    void theDatelinesPlaceIsNotTheStorysSubject() throws ExtractionException {
        assertThat(dyads("SEATTLE, EEUU, Dic 1 (AFP) - México rechazó el miércoles la inclusión de temas laborales "
                + "en la agenda de la Organización Mundial de Comercio (OMC). La policía detuvo a dos manifestantes."))
                .as("the story is México's; the dateline still places the police").containsExactly("MEX>WTO 120",
                        "USACOP>USAOPP 173");
    }

    @Test
    void anAgentOfAStateOrProvinceNamedAsSuchIsOfItsCountry() throws ExtractionException {
        assertThat(dyads("El gobernador del estado de Miranda criticó al presidente de Estados Unidos.",
                LocalDate.of(2017, 9, 10), null)).containsExactly("VENGOV>USAGOV 111");
        assertThat(dyads("Empresarios del departamento de Usulután paralizaron las actividades comerciales en "
                + "protesta contra la delincuencia.")).containsExactly("SLVBUS>SLVGOV 143");
    }

    @Test
    void anAdverbialClauseWhoseVerbDisagreesInNumberHasAnotherSubject() throws ExtractionException {
        assertThat(dyads("El ministro de Chile visitará Perú si lo invitan.")).containsExactly("CHLGOV>PER 042");
    }

    @Test
    void aSurnameIsNoAgentWordAfterItsFirstNameOrOnceItsBearerIsNamed() throws ExtractionException {
        assertThat(dyads("Pablo Iglesias criticó al Gobierno de España. Después, Iglesias acusó al Gobierno de "
                + "España de corrupción.", LocalDate.of(2018, 5, 20), null))
                .as("a known politician").containsExactly("ESPOPP>ESPGOV 111", "ESPOPP>ESPGOV 112");
        assertThat(dyads("El periodista Mario Iglesias viajó a Perú. Iglesias criticó al gobierno de Perú."))
                .as("someone the dictionary does not know is not the churches; nor does he visit his own state")
                .containsExactly("MED>PER 042");
    }

    @Test
    void thePlaceOfTheActBeatsTheDatelinesStateForDomesticAgents() throws ExtractionException {
        assertThat(dyads("PEKIN, Oct 21 (AFP) - La policía detuvo a diez manifestantes en Londres."))
                .containsExactly("GBRCOP>GBROPP 173");
        assertThat(dyads("PEKIN, Oct 21 (AFP) - La policía detuvo a dos periodistas en Shanghái."))
                .containsExactly("CHNCOP>CHNMED 173");
        assertThat(dyads("PEKIN, Oct 21 (AFP) - La policía china detuvo a dos periodistas británicos en Londres."))
                .as("states the sentence names stay").containsExactly("CHNCOP>GBRMED 173");
        // A crowd named again took the default of its first mention: it moves too; an official does not.
        assertThat(dyads("MONTEVIDEO, 27 jul (AFP) - Los transportistas exigieron un aumento. Los transportistas "
                + "realizaron un paro nacional en Ecuador.")).contains("ECULAB>ECUGOV 143");
        assertThat(dyads("MONTEVIDEO, 27 jul (AFP) - El presidente criticó a Chile. El presidente se reunió con "
                + "empresarios en Ecuador.")).noneMatch(d -> d.startsWith("ECUGOV"));
    }

    @Test
    void aRelativeOfAnOfficialIsNoRecipientThroughHim() throws ExtractionException {
        assertThat(dyads("El ministro de Chile criticó a la esposa del presidente de Perú.")).isEmpty();
        assertThat(dyads("El ministro de Chile criticó al presidente de Perú.")).containsExactly("CHLGOV>PERGOV 111");
    }

    @Test
    void theObjectIsTheRecipientBeforeTheBodyAddressedAndNoOneOnWhoseBehalf() throws ExtractionException {
        assertThat(dyads("La candidata de Morena denunció ante el Instituto Electoral de México al PAN.",
                LocalDate.of(2018, 6, 1), null)).containsExactly("MEXPTY>MEXPTY 111");
        assertThat(dyads("Rusia acusó a Ucrania ante la ONU.")).containsExactly("RUS>UKR 112");
        assertThat(dyads("Turquía intercedió ante Rusia por Ucrania.")).as("with no object, the body addressed")
                .containsExactly("TUR>RUS 045");
        assertThat(dyads("Trump hablará de cerrarle la puerta a los inmigrantes de México.",
                LocalDate.of(2018, 6, 1), null)).as("what one talks about is no partner").isEmpty();
        assertThat(dyads("Andrés Manuel López Obrador expresó su gratitud a nombre del gobierno mexicano.",
                LocalDate.of(2018, 6, 1), null)).as("on whose behalf one speaks is no recipient").isEmpty();
    }

    @Test
    void twoPartiesOfOneStateAreTwoActors() throws ExtractionException {
        assertThat(dyads("La candidata de Morena denunció al PAN por violencia política.", LocalDate.of(2018, 6, 1),
                null)).containsExactly("MEXPTY>MEXPTY 111");
        assertThat(dyads("El Partido Acción Nacional criticó al PAN.", LocalDate.of(2018, 6, 1), null))
                .as("one party, however named, is one actor").isEmpty();
    }

    @Test
    void anObjectPronounAfterARelativeStandsForTheRelative() throws ExtractionException {
        assertThat(dyads("Estados Unidos criticó a Perú. Las mujeres abrazaron a sus hijos para protegerlos."))
                .containsExactly("USA>PER 111");
    }

    @Test
    void aPlaceDeepInTheClauseIsWhereNotWho() throws ExtractionException {
        assertThat(dyads("Los maestros marcharon por las calles de las principales ciudades colombianas."))
                .containsExactly("COLEDU>COLGOV 141");
        assertThat(dyads("Unas 200 personas desplazadas ocuparon la catedral de la ciudad colombiana de Popayán."))
                .containsExactly("COLCVL>COLGOV 144");
        assertThat(dyads("Rusia atacó la capital ucraniana.")).as("what one strikes is struck")
                .containsExactly("RUS>UKR 190");
        assertThat(dyads("Rusia atacó la capital de Ucrania.")).containsExactly("RUS>UKR 190");
    }

    @Test
    void aDemonymAfterEnIsALanguage() throws ExtractionException {
        assertThat(dyads("La periodista habló en ruso. El presidente de Francia elogió su visita."))
                .as("the visit's counterpart is no one named, not Russia").isEmpty();
    }

    @Test
    void aBareDemonymForObjectIsALanguage() throws ExtractionException {
        assertThat(dyads("El presidente de España habla inglés.")).isEmpty();
        assertThat(dyads("El presidente de España habló con el primer ministro británico."))
                .containsExactly("ESPGOV>GBRGOV 040");
    }

    @Test
    void anAntiDemonymNamesWhomAGroupOpposesNotItsState() throws ExtractionException {
        assertThat(dyads("En Londres, manifestantes anti chinos protestaron contra el gobierno chino."))
                .containsExactly("GBROPP>CHNGOV 140");
    }

    @Test
    void aDomesticOutletsHomeIsTheLastDefaultAndAnAgencyHasNone() throws ExtractionException {
        String text = "Paramilitares asesinaron a dos campesinos en una vereda.";
        assertThat(dyads(text, DATE, "El Tiempo")).containsExactly("COLREB>COLAGR 190");
        assertThat(dyads(text, DATE, "AFP")).containsExactly("REB>AGR 190");
    }

    @Test
    void aBarePluralSubjectIsFoundEvenWhenTheParserMissesIt() throws ExtractionException {
        assertThat(dyads("Paramilitares de las AUC, ejecutaron a cuatro campesinos en Colombia."))
                .as("placed in Colombia, the campesinos are Colombian").containsExactly("COLREB>COLAGR 190");
        assertThat(dyads("Paramilitares que se movilizaban en una camioneta asesinaron a un campesino en Colombia."))
                .as("armed men on the move do not demonstrate").containsExactly("COLREB>COLAGR 190");
    }

    @Test
    void agentlessThreatsAndArrestsHaveUnnamedButCodedAgents() throws ExtractionException {
        assertThat(dyads("El alcalde del municipio fue amenazado de muerte.", DATE, "El Tiempo"))
                .containsExactly("COLUAF>COLGOV 130");
        assertThat(dyads("LIMA, 10 mar (AFP) - Tres sindicalistas fueron detenidos en el aeropuerto."))
                .containsExactly("PERCOP>PERLAB 173");
        // A sentence is passed by a court.
        assertThat(dyads("LIMA, 10 mar (AFP) - Tres sindicalistas fueron condenados a ocho años de prisión."))
                .containsExactly("PERJUD>PERLAB 116");
        // With neither the doer nor the victim known, there is nothing to code.
        assertThat(dyads("LIMA, 10 mar (AFP) - Juan Quispe y Pedro Mamani fueron detenidos en 1998.")).isEmpty();
    }

    @Test
    void anActThatNamesNoDoerIsOfWhomTheTextAttributesItTo() throws ExtractionException {
        assertThat(dyads("BOGOTA, 14 jun (AFP) - Dos torres fueron dinamitadas en esta ciudad, en acción que fue "
                + "atribuida por las autoridades al Ejército de Liberación Nacional.")).containsExactly("COLREB>- 183");
        // The participle hung on the victim makes its complement no part of whose the victim is.
        assertThat(dyads("BOGOTA, 14 jun (AFP) - Los disturbios comenzaron tras el asesinato de un alcalde atribuido "
                + "a las FARC.")).contains("COLREB>COLGOV 1823");
    }

    @Test
    void aStatesActOnAStatelessGroupAtHomeIsOnItsOwnGroup() throws ExtractionException {
        assertThat(dyads("GROZNY, 20 dic (AFP) - La aviación rusa bombardeó las posiciones independentistas en "
                + "Grozny.", LocalDate.of(1994, 12, 20), null)).containsExactly("RUSMIL>RUSREB 195");
    }

    @Test
    void aLoneSurnameNamesTheOneOfficeHolderBearingItUnlessSomeoneElseWasNamed() throws ExtractionException {
        LocalDate date = LocalDate.of(1995, 3, 1);
        assertThat(dyads("Samper criticó a Fujimori.", date, null)).containsExactly("COLGOV>PERGOV 111");
        // Someone else named in full with that surname: the lone surname is theirs, not the president's.
        assertThat(dyads("Juan Samper llegó a Lima. Samper criticó a Fujimori.", date, null)).isEmpty();
        // Out of office (Samper left in 1998), a lone surname names nobody.
        assertThat(dyads("Samper criticó a Fujimori.", LocalDate.of(2010, 3, 1), null)).isEmpty();
    }

    @Test
    void aFormerLeadersLoneSurnameNamesHimInATextThatNamesHisState() throws ExtractionException {
        LocalDate date = LocalDate.of(2010, 3, 1);
        assertThat(dyads("Colombia recuerda los años noventa. Samper criticó a Perú.", date, null))
                .containsExactly("COLELI>PER 111");
        // A surname that is also a given name: no former Australian minister where Australia is never named.
        assertThat(dyads("Sus amigos lo llamaban Nelson. Nelson criticó a Perú.", date, null)).isEmpty();
    }

    @Test
    void someoneUnknownNamedInAnAgentsPhraseIsThatAgentLater() throws ExtractionException {
        assertThat(dyads("El presidente de Sudáfrica recibió a su carcelero, Christo Brand. Brand visitó "
                + "Mozambique.")).contains("ZAFCOP>MOZ 042");
    }

    @Test
    void whomAThingIsAimedAtIsNotWhoseItIs() throws ExtractionException {
        // The appeal is to whoever makes the attacks, not to the group attacked.
        assertThat(dyads("Francia pidió terminar con los ataques israelíes contra las guerrillas del Hezbolá."))
                .contains("FRA>ISR 020");
    }

    @Test
    void aQuantifierBeforeAQuantityIsNotTheActor() throws ExtractionException {
        assertThat(dyads("Varios cientos de colombianos protestaron contra el gobierno de Colombia."))
                .containsExactly("COL>COLGOV 140");
    }

    @Test
    void placesNamedAfterStatesOrCapitalsAreNoActors() throws ExtractionException {
        LocalDate date = LocalDate.of(2001, 5, 1);
        assertThat(dyads("Paramilitares amenazaron a los habitantes de la vereda Buenos Aires.", date, null))
                .noneMatch(e -> e.contains("ARG"));
        assertThat(dyads("Militares amenazaron a los campesinos de San José de Apartadó.", date, null))
                .noneMatch(e -> e.contains("CRI"));
        assertThat(dyads("Guerrilleros de las FARC dinamitaron un puente en el municipio de Puerto Rico , CAQUETA",
                date, null)).noneMatch(e -> e.contains("PRI"));
        assertThat(dyads("Guerrilleros de las FARC dinamitaron un puente , META , PUERTO RICO", date, null))
                .noneMatch(e -> e.contains("PRI"));
        assertThat(dyads("La policía de Colombia detuvo a los trabajadores del Hospital San José.", date, null))
                .noneMatch(e -> e.contains("CRI"));
        // A headline's list of states in capitals keeps them all.
        assertThat(dyads("EEUU, RUSIA Y CHINA CONDENAN A COREA DEL NORTE", date, null))
                .containsExactlyInAnyOrder("USA>PRK 111", "RUS>PRK 111", "CHN>PRK 111");
    }

    @Test
    void aRoleWordRefersBackToTheLatestActorNamedWithItBeforeTheMostSalientState() throws ExtractionException {
        String text = "El presidente de Bolivia criticó a Chile. El embajador de Perú, Juan Pérez, visitó Bolivia. "
                + "El presidente de Bolivia elogió a Chile. El embajador criticó a Bolivia.";
        assertThat(dyads(text)).contains("PERGOV>BOL 111").doesNotContain("BOLGOV>- 111");
    }

    @Test
    void wordsInsideAQuoteAreNotTheSubjectOfTheVerbReportingIt() throws ExtractionException {
        assertThat(dyads("\"Señor embajador de Perú, usted provoca a Bolivia\", advirtió el presidente de Bolivia."))
                .noneMatch(e -> e.startsWith("PER"));
    }

    @Test
    void someoneUnknownNamedInsideAnActorsPhraseIsThatActorByNameLater() throws ExtractionException {
        assertThat(dyads("La periodista chilena Ana Pizarro entrevistó al presidente de Perú. Después, Pizarro "
                + "criticó a Perú.")).contains("CHLMED>PER 111");
        // A name after a preposition is a place's, not a person's.
        assertThat(dyads("Los campesinos de San Lorenzo protestaron contra el gobierno de Perú. Lorenzo criticó a "
                + "Perú.")).noneMatch(e -> e.endsWith("111"));
    }

    @Test
    void aMissionPlacedByItsHostActsForTheSendingStateButIsRecalledFromTheHost() throws ExtractionException {
        assertThat(dyads("El gobierno de Ecuador criticó a Argentina. La embajada en Buenos Aires presentó una protesta "
                + "formal al ministerio de Exteriores de Argentina.")).contains("ECUGOV>ARGGOV 114");
        assertThat(dyads("Ecuador llamó a consultas a su embajador en Argentina.")).contains("ECU>ARGGOV 161");
    }

    @Test
    void aCountedPluralRoleRefersToAsManyStates() throws ExtractionException {
        assertThat(dyads("El canciller de Rusia llegó a Antalya. El canciller de Ucrania llegó también. El canciller "
                + "de Turquía se reunió con cada uno de los otros dos cancilleres.")).contains("TURGOV>UKRGOV 040",
                "TURGOV>RUSGOV 040");
        // Without a definite article the count names new people, not the states before.
        assertThat(dyads("Francia, Bélgica y Holanda legalizaron la eutanasia en hospitales públicos. Será necesaria "
                + "la concurrencia de dos médicos que valoraran el caso.")).isEmpty();
    }

    @Test
    void aPartysAdjectiveGivesAnAgentItsStateAndItsLeadersTheParty() throws ExtractionException {
        LocalDate date = LocalDate.of(2018, 5, 10);
        assertThat(dyads("El gobierno sandinista expulsó a los diplomáticos de Estados Unidos.", date, null))
                .containsExactly("NICGOV>USAGOV 161");
        assertThat(dyads("Los diputados panistas criticaron al gobierno de México.", date, null))
                .containsExactly("MEXLEG>MEXGOV 111");
        assertThat(dyads("Los dirigentes priístas criticaron al presidente de Venezuela.", date, null))
                .containsExactly("MEXPTY>VENGOV 111");
        assertThat(dyads("El chavismo denunció a la oposición de Venezuela.", date, null))
                .containsExactly("VENPTY>VENOPP 111");
        // A person named beside it is who his role says.
        assertThat(dyads("El líder sandinista Daniel Ortega amenazó al gobierno de Nicaragua.", LocalDate.of(1997, 6,
                24), null)).containsExactly("NICOPP>NICGOV 130");
    }

    @Test
    void aCountedPluralOfCountriesRefersToAsManyStates() throws ExtractionException {
        assertThat(dyads("Rusia y Ucrania se acusan mutuamente de violar la tregua. Los dos países intercambiaron "
                + "prisioneros el martes.")).containsAnyOf("UKR>RUS 0841", "RUS>UKR 0841");
        assertThat(dyads("El presidente de Chile se reunió con el presidente de Perú. Ambos países firmaron un acuerdo "
                + "comercial.")).containsAnyOf("CHL>PER 057", "PER>CHL 057");
        // A plural without a definite determiner names other states: "22 estados" are no state named before.
        assertThat(dyads("Rusia y Ucrania se acusan mutuamente. Este año, 22 estados critican al gobierno de Estados "
                + "Unidos.")).noneMatch(e -> e.endsWith("111"));
    }

    @Test
    void aPronounStandsForTheActorItsParenthesisNames() throws ExtractionException {
        assertThat(dyads("El gobierno de Chile criticó a ellos (Amnistía Internacional) por el informe."))
                .contains("CHLGOV>NGOAMN 111");
    }

    @Test
    void aSpeakersOwnActInTheFirstPersonIsAsserted() throws ExtractionException {
        List<Event> events = SharedModels.extractor().extract(new Article("t", "", "\"Le he pedido a Perú que "
                + "revise su decisión\", dijo el presidente de Chile.", DATE, "es", null, null, null), null).events();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.source().code() + ">" + e.target().code()).isEqualTo("CHLGOV>PER");
            assertThat(e.factuality().label()).isEqualTo("asserted");
        });
    }

    @Test
    void anAcronymDefinedInParenthesesNamesTheActorLater() throws ExtractionException {
        assertThat(dyads("El Consejo Nacional Electoral (CNE) de Ecuador rechazó el recurso. "
                + "El presidente de Colombia criticó al CNE.")).contains("COLGOV>ECUGOV 111");
    }

    @Test
    void laterWordsOfANameMayBeWrittenSmallButNotItsFirst() throws ExtractionException {
        assertThat(dyads("Reporteros sin fronteras pidió a Canadá la liberación de un fotógrafo."))
                .containsExactly("NGORSF>CAN 0253");
        assertThat(dyads("Chile criticó a la casa blanca de Cuba.")).noneMatch(e -> e.contains("USA"));
    }

    @Test
    void aCurrencySignMakesNoState() throws ExtractionException {
        assertThat(dyads("El gobierno de Ecuador prometió a Colombia un crédito de US$1.000 millones."))
                .noneMatch(e -> e.contains("USA"));
    }

    @Test
    void aBareSingularAgentWordClassifiesAThingAndNamesNoActor() throws ExtractionException {
        assertThat(dyads("El presidente de Perú elogió a Bolivia. En su plan de gobierno, el candidato de Ecuador "
                + "propone crear puestos de trabajo.")).noneMatch(e -> e.startsWith("ECU"));
        assertThat(dyads("Chile criticó el asesinato de manifestantes peruanos.")).contains("CHL>PEROPP 111");
    }

    @Test
    void anAgentOfATownOrRegionIsItsStates() throws ExtractionException {
        assertThat(dyads("El gobernador de Antioquia criticó a las FARC.")).containsExactly("COLGOV>COLREB 111");
        assertThat(dyads("El alcalde de Caracas criticó al gobierno de Colombia.")).containsExactly("VENGOV>COLGOV 111");
    }

    @Test
    void anObjectCliticStandsForTheLatestActorOfAnotherState() throws ExtractionException {
        assertThat(dyads("Vladímir Putin llegó a Pyongyang. Kim Jong-un lo recibió en el aeropuerto."))
                .contains("PRKGOV>RUSGOV 043");
        assertThat(dyads("Joe Biden ganó las elecciones. El presidente de Rusia lo felicitó."))
                .containsExactly("RUSGOV>USAGOV 051");
    }

    @Test
    void whoLeadsOrSpeaksForABodyIsOfItsSector() throws ExtractionException {
        assertThat(dyads("Los dirigentes de los sindicatos de Colombia criticaron al gobierno de Colombia."))
                .containsExactly("COLLAB>COLGOV 111");
        assertThat(dyads("El portavoz del ejército de Colombia criticó a Venezuela."))
                .containsExactly("COLMIL>VEN 111");
        assertThat(dyads("El presidente de la asociación de campesinos de Perú criticó al gobierno de Perú."))
                .containsExactly("PERAGR>PERGOV 111");
        // A body's own head stays of the government; a clause about someone else changes nothing.
        assertThat(dyads("El presidente del gobierno de España criticó a Venezuela."))
                .containsExactly("ESPGOV>VEN 111");
        assertThat(dyads("El presidente de Rusia, que se reunió con los sindicatos, criticó a Ucrania."))
                .contains("RUSGOV>UKR 111");
    }

    @Test
    void aRepresentativeActsForAState() throws ExtractionException {
        assertThat(dyads("Un representante de Canadá protestó contra la ley de Estados Unidos."))
                .containsExactly("CANGOV>USA 114");
        assertThat(dyads("Las fuerzas políticas de Venezuela acusaron al gobierno de Venezuela de fraude."))
                .containsExactly("VENPTY>VENGOV 112");
    }

    @Test
    void aGappedListIsNoCoordination() throws ExtractionException {
        // "… y Corea del Norte por el avance…" opens a second, gapped clause: North Korea is not invaded.
        assertThat(dyads("El portavoz del Kremlin habló con la prensa. Rusia y Corea del Norte están enfrascados en "
                + "confrontaciones con Estados Unidos: Rusia por su invasión de Ucrania y Corea del Norte por el avance "
                + "de su programa nuclear.")).containsExactly("RUSGOV>UKR 190");
    }

    @Test
    void anEventNounsAgentWithPorDoesItToItsDeComplement() throws ExtractionException {
        assertThat(dyads("El presidente de Chile criticó la invasión de Ucrania y Georgia por Rusia."))
                .containsExactlyInAnyOrder("CHLGOV>RUS 111", "RUS>UKR 190", "RUS>GEO 190");
    }

    @Test
    void bothSidesAreTheSidesOfTheMeetingToldBefore() throws ExtractionException {
        assertThat(dyads("Serbia y Albania mantuvieron conversaciones en Viena. Ambas partes criticaron a Francia."))
                .contains("SRB>FRA 111", "ALB>FRA 111");
        // Without a meeting told before, "ambas partes" names no one.
        assertThat(dyads("Ambas partes criticaron a Francia.")).isEmpty();
    }

    @Test
    void aRightsGroupTiedToNoStateIsAnNgo() throws ExtractionException {
        assertThat(dyads("Grupos de defensa de los derechos humanos condenaron a Estados Unidos."))
                .containsExactly("NGOHRI>USA 111");
        assertThat(dyads("Las organizaciones de derechos humanos de Colombia criticaron al gobierno de Colombia."))
                .containsExactly("COLHRI>COLGOV 111");
        assertThat(dyads("Una organización no gubernamental criticó a Estados Unidos.")).containsExactly("NGO>USA 111");
    }

    @Test
    void anAdjectiveNamesNoOneButByItself() throws ExtractionException {
        // "nacionales" is no state, though a state is named further down its phrase.
        assertThat(dyads("La medida afecta las visitas que funcionarios diplomáticos cubanos realizan a cinco "
                + "nacionales condenados por espionaje en Estados Unidos.")).isEmpty();
        assertThat(dyads("El presidente de Chile criticó a los venezolanos.")).containsExactly("CHLGOV>VEN 111");
    }

    @Test
    void aLegislaturesActOnAnOfficialOfNoNamedStateIsDomestic() throws ExtractionException {
        assertThat(dyads("El Senado estadounidense respaldó el nombramiento de un secretario de Transporte."))
                .containsExactly("USALEG>USAGOV 051");
        assertThat(dyads("El Congreso de Perú criticó al gobierno de Chile.")).containsExactly("PERLEG>CHLGOV 111");
        // A government's complaint about a judge may be about another state's: the target stays unplaced.
        assertThat(dyads("El gobierno de Irán protestó por las presunciones del magistrado."))
                .noneMatch(e -> e.contains(">IRNJUD"));
    }

    @Test
    void aDemonstrativeOrBareOrganisationNounIsTheOrganisationNamedLast() throws ExtractionException {
        assertThat(dyads("Las FARC atacaron un cuartel. El ejército de Colombia criticó a la organización por el "
                + "ataque.")).contains("COLMIL>COLREB 111");
        assertThat(dyads("La OTAN se reunió en Bruselas. Rusia criticó a dicha organización."))
                .contains("RUS>NAT 111");
        // A described organisation is a new one: "la organización humanitaria" is not NATO.
        assertThat(dyads("La OTAN se reunió en Bruselas. Rusia criticó a la organización humanitaria."))
                .doesNotContain("RUS>NAT 111");
    }

    @Test
    void aTitleInCapitalsBeforeASurnameIsNoFirstName() throws ExtractionException {
        // A headline names the office holder by title and surname before the body names him in full.
        assertThat(dyads("Presidente Fujimori viaja a Brasilia\n\nLIMA, Oct 25 (AFP) - El presidente peruano, "
                + "Alberto Fujimori, viajó a Brasilia.", LocalDate.of(1998, 10, 25), null))
                .contains("PERGOV>BRA 042").doesNotContain("BRAGOV>BRA 042");
    }

    @Test
    void anOfficialIsNotOfTheStateHeTravelsTo() throws ExtractionException {
        assertThat(dyads("El canciller viajó a Turquía para reunirse con su homólogo."))
                .doesNotContain("TURGOV>TUR 042");
        // A crowd acting on its own capital is still of that state.
        assertThat(dyads("Los campesinos sin tierra invadieron Brasilia.")).noneMatch(e -> e.startsWith("AGR>"));
    }

    @Test
    void aHeadlineAboveTheDatelineTakesTheDatelinesState() throws ExtractionException {
        assertThat(dyads("Protestas contra la guerra en un estadio\n\nBARCELONA, España, Mar 23 (AFP) - El estadio "
                + "fue escenario de protestas.")).first().asString().startsWith("ESPCVL>");
    }

    @Test
    void anEnPhraseSaysWhereSomeoneIsNotWhoseHeIs() throws ExtractionException {
        assertThat(dyads("Chile condenó el asesinato del ex canciller Orlando Letelier en Washington."))
                .contains("CHL>ELI 111").doesNotContain("CHL>USAGOV 111");
        // A diplomat's "en" names the state he is accredited to, the recipient of his recall.
        assertThat(dyads("Ecuador llamó a consultas a su embajador en Argentina.")).contains("ECU>ARGGOV 161");
        // "el estado de sitio" is a condition, not a state named before.
        assertThat(dyads("Los estudiantes de Bolivia desafiaban el estado de sitio."))
                .noneMatch(e -> e.contains(">BOL ") || e.contains(">FRA "));
    }

    @Test
    void laPazIsBoliviasSeatOfGovernmentButNotOfItsPrize() throws ExtractionException {
        assertThat(dyads("LA PAZ, Oct 8 (AFP) - La policía detuvo a dos manifestantes."))
                .containsExactly("BOLCOP>BOLOPP 173");
        assertThat(dyads("Rigoberta Menchú, premio Nobel de La Paz, criticó al gobierno de Guatemala."))
                .noneMatch(e -> e.startsWith("BOL"));
        // Peace is no state.
        assertThat(dyads("La paz llegó a Colombia tras el acuerdo entre el gobierno de Colombia y las FARC."))
                .noneMatch(e -> e.contains("BOL"));
    }

    @Test
    void anEmbassysStateIsWhoseItIsNotWhereItStands() throws ExtractionException {
        // The police reinforced at the embassies of the United States in La Paz are Bolivia's.
        assertThat(dyads("LA PAZ, Oct 8 (AFP) - Refuerzo policial en embajadas de Estados Unidos y Gran Bretaña."))
                .isNotEmpty().allMatch(e -> e.startsWith("BOLCOP>"));
    }

    @Test
    void aCapitalThatGoesOnIntoALongerNameIsNoActor() throws ExtractionException {
        assertThat(dyads("Cientos de inmigrantes chinos ocuparon la iglesia de San Juan Bautista en París."))
                .noneMatch(e -> e.contains("PRI"));
        assertThat(dyads("Washington DC condenó a Rusia.")).containsExactly("USA>RUS 111");
    }

    @Test
    void aParticipleSaysWhatBecameOfALeaderNotWhomHeLeads() throws ExtractionException {
        assertThat(dyads("Perú reiteró su pedido de extradición del ex presidente Alberto Fujimori, refugiado en Tokio.",
                LocalDate.of(2001, 6, 10), null)).containsExactly("PER>PERELI 020");
        assertThat(dyads("Los dirigentes obreros de Bolivia criticaron al gobierno."))
                .containsExactly("BOLLAB>BOLGOV 111");
    }

    @Test
    void aStateRepressesAndArrestsItsOwnOpponentsWhenTheTextNamesNoOtherState() throws ExtractionException {
        assertThat(dyads("Las autoridades iraníes optan por la mano dura para reprimir a los opositores."))
                .containsExactly("IRNGOV>IRNOPP 175");
        // Opponents the text places stay where it places them.
        assertThat(dyads("La policía de Venezuela detuvo a diez opositores colombianos."))
                .containsExactly("VENCOP>COLOPP 173");
    }

    @Test
    void euIsTheUnitedStatesInSpanishNewsAndUeTheEuropeanUnion() throws ExtractionException {
        assertThat(dyads("El gobierno de México criticó a EU.")).containsExactly("MEXGOV>USA 111");
        assertThat(dyads("La UE criticó a Rusia.")).containsExactly("EUR>RUS 111");
    }

    @Test
    void whomPeopleAreComparedWithOrActedOnByIsNotWhoseTheyAre() throws ExtractionException {
        assertThat(dyads("Malta acepta más refugiados que Italia.")).containsExactly("MLT>REF 080");
        assertThat(dyads("España acogerá a los inmigrantes rechazados por Italia.")).containsExactly("ESP>CVL 075");
        // Whom a state sends are its own.
        assertThat(dyads("Las tropas enviadas por Estados Unidos atacaron a los rebeldes de Libia."))
                .containsExactly("USAMIL>LBYREB 190");
    }

    @Test
    void aRoleWithANonSpecificDeterminerIsNoOne() throws ExtractionException {
        assertThat(dyads("La portavoz de Estados Unidos dijo que Washington trabajará con cualquier gobierno que "
                + "resulte de la votación en Colombia.")).isEmpty();
    }

    @Test
    void membersOfTheSourcesOwnPartyOrUnionAreItsOwn() throws ExtractionException {
        // Unplaced members of the source's own party are its own, not a party of no state.
        // (An act within one party is no event between states.)
        assertThat(dyads("El presidente de Morena llamó a los militantes a cerrar filas con los candidatos."))
                .isEmpty();
        // A state's official addresses another state's government.
        assertThat(dyads("El embajador de Chile en Argentina solicitó al Gobierno que investigue la represión."))
                .noneMatch(e -> e.startsWith("CHLGOV>CHLGOV"));
    }

    @Test
    void anInfinitiveOnANounIsDoneByTheNounsAuthor() throws ExtractionException {
        assertThat(dyads("Francia rechazó la propuesta de Alemania de sancionar a Rusia."))
                .contains("DEU>RUS 163").doesNotContain("FRA>RUS 163");
        assertThat(dyads("La decisión del presidente de Colombia de respaldar a Estados Unidos provocó críticas."))
                .contains("COLGOV>USA 051");
    }

    @Test
    void aNullSubjectDisagreeingInNumberIsNotThePreviousSubject() throws ExtractionException {
        // The quoted "aprovechan" tells of others than the speaker; her next "criticó" is hers again.
        assertThat(dyads("La diputada de México Carmen Salinas declaró ayer ante la prensa. \"Aprovechan estos "
                + "momentos para robar a los pobres\". Después criticó al gobierno de Estados Unidos."))
                .containsExactly("MEXLEG>USAGOV 111");
        // A speaker's "we" may be the speaker's.
        assertThat(dyads("El presidente de México habló con la prensa. Invitaremos al presidente de Cuba a la "
                + "ceremonia.")).contains("MEXGOV>CUBGOV 036");
    }

    @Test
    void theSubjectTheParserHidInAFrontedAdjunctIsTheSubject() throws ExtractionException {
        assertThat(dyads("Durante los gobiernos de los presidentes de Chile, la policía de Argentina detuvo a "
                + "manifestantes chilenos.")).containsExactly("ARGCOP>CHLOPP 173");
    }

    @Test
    void anActiveConjunctOfAPassiveSharesItsPatientNotItsAgent() throws ExtractionException {
        assertThat(dyads("Los diplomáticos de Rusia fueron expulsados por el gobierno de Chile y acusaron a Chile "
                + "de espionaje.")).contains("CHLGOV>RUSGOV 166", "RUSGOV>CHL 112")
                .doesNotContain("CHLGOV>CHL 112");
    }

    @Test
    void aPresidentialCandidateIsAPartysPolitician() throws ExtractionException {
        assertThat(dyads("BOGOTÁ, 23 feb (AFP) - Las FARC secuestraron a la aspirante presidencial Ingrid "
                + "Betancourt.")).containsExactly("COLREB>COLPTY 181");
    }

    @Test
    void nationalUnionsAndBusinessAssociationsAreTheirStatesLabourAndBusiness() throws ExtractionException {
        assertThat(dyads("Comisiones Obreras criticó al gobierno de España.")).containsExactly("ESPLAB>ESPGOV 111");
        assertThat(dyads("La Central Obrera Boliviana denunció al gobierno de Bolivia."))
                .containsExactly("BOLLAB>BOLGOV 111");
        assertThat(dyads("Fedecámaras rechazó la medida del gobierno de Venezuela."))
                .containsExactly("VENBUS>VENGOV 120");
    }

    @Test
    void theSidesOfAMeetingAreNamedForLaterReference() throws ExtractionException {
        // "los dos cancilleres" refers to the two sides "entre X y Y" of the meeting before; "la alarma entre sus
        // vecinos" names no sides.
        assertThat(dyads("Se realizó la reunión entre el canciller chileno y su homólogo peruano. El canciller "
                + "boliviano se reunió luego con los dos cancilleres."))
                .containsExactlyInAnyOrder("CHLGOV>PERGOV 040", "BOLGOV>PERGOV 040", "BOLGOV>CHLGOV 040");
    }

    @Test
    void aJournalistWorksForTheOutletTheSentenceNames() throws ExtractionException {
        assertThat(dyads("La cadena NBC emitió una entrevista en la que la periodista criticó al presidente de Rusia."))
                .containsExactly("USAMED>RUSGOV 111");
    }

    @Test
    void whoOnceHeldAnOfficeIsOfTheElites() throws ExtractionException {
        assertThat(dyads("El que fuera presidente de Mozambique criticó a Sudáfrica."))
                .containsExactly("MOZELI>ZAF 111");
        assertThat(dyads("Quien fuera canciller de Perú criticó a Chile.")).containsExactly("PERELI>CHL 111");
        assertThat(dyads("El presidente de Mozambique criticó a Sudáfrica.")).containsExactly("MOZGOV>ZAF 111");
    }

    @Test
    void anOfficeWithTheFormerPrefixIsOfTheElites() throws ExtractionException {
        // One word, hyphenated or two: "exministro", "ex-canciller", "ex dictador"; never an office held now.
        assertThat(dyads("La fiscalía de Guatemala investiga al exministro de Defensa guatemalteco."))
                .containsExactly("GTMJUD>GTMELI 090");
        assertThat(dyads("El exjefe de Estado venezolano criticó al gobierno de Colombia."))
                .containsExactly("VENELI>COLGOV 111");
        assertThat(dyads("El ex dictador chileno criticó al gobierno de Perú.")).containsExactly("CHLELI>PERGOV 111");
        assertThat(dyads("El ex-canciller peruano criticó a Chile.")).containsExactly("PERELI>CHL 111");
        // Words that only begin like the prefix are no office: the experts are citizens of Chile.
        assertThat(dyads("Los expertos chilenos criticaron al gobierno de Perú.")).containsExactly("CHL>PERGOV 111");
    }

    @Test
    void bothStatesOfAStatesOwnActIncludeItself() throws ExtractionException {
        // The source is one of "ambos países": the act is done to the other only, not to a state named before.
        assertThat(dyads("El presidente de México habló con el presidente de Brasil. El canciller de Chile visitó "
                + "Perú y pidió fortalecer la cooperación entre ambos países.")).filteredOn(d -> d.endsWith(" 050"))
                .containsExactly("CHLGOV>PER 050");
    }

    @Test
    void thoseAtWhoseHandsOneIsKilledKill() throws ExtractionException {
        assertThat(dyads("El estudiante colombiano fue asesinado a manos de unos policías."))
                .containsExactly("COLCOP>COLEDU 190");
        // To die at someone's hands is to be killed by them; to die is no act, nor a defeat at someone's hands.
        assertThat(dyads("Tres civiles sirios murieron a manos del ejército sirio."))
                .containsExactly("SYRMIL>SYRCVL 190");
        assertThat(dyads("El presidente venezolano murió en La Habana.")).isEmpty();
        assertThat(dyads("Chile perdió territorio a manos de Argentina.")).isEmpty();
    }

    @Test
    void coordinatedVisitorsDoNotVisitEachOther() throws ExtractionException {
        assertThat(dyads("Francia y Alemania visitaron Kiev.")).containsExactlyInAnyOrder("FRA>UKR 042", "DEU>UKR 042");
        // Those who meet, meet each other.
        assertThat(dyads("Francia y Alemania se reunieron en Kiev.")).containsExactly("FRA>DEU 040");
        // Nor do those who praise or defend something praise or defend each other; those who sign, sign together.
        assertThat(dyads("Francia y Alemania elogiaron el acuerdo.")).noneMatch(e -> e.startsWith("FRA>DEU"));
        assertThat(dyads("Francia y Alemania defendieron esas posiciones.")).noneMatch(e -> e.startsWith("FRA>DEU"));
        assertThat(dyads("Francia y Alemania firmaron un acuerdo.")).containsExactly("FRA>DEU 057");
    }

    @Test
    void aRelativeOfAnOfficialIsNotTheOfficial() throws ExtractionException {
        assertThat(dyads("El hijo del presidente de Venezuela criticó a Colombia.")).isEmpty();
        assertThat(dyads("La esposa del presidente de Francia visitó Alemania.")).isEmpty();
    }

    @Test
    void aPronounInReportedWordsStandsForTheSpeaker() throws ExtractionException {
        assertThat(dyads("El presidente de Rusia dijo que el presidente de China le prometió ayuda."))
                .containsExactly("CHNGOV>RUSGOV 0333");
    }

    @Test
    void aDigestsNextStoryHasItsOwnDatelineAndActors() throws ExtractionException {
        // A wire digest joins stories: the second one's police are Peru's, not Venezuela's.
        assertThat(dyads("CARACAS, 10 mar (AFP) - La policía detuvo a cien manifestantes.\n(AFP)      PERU-PROTESTA   "
                + "LIMA - La policía reprimió a los estudiantes.\nJERUSALEN - La policía detuvo a dos colonos."))
                .containsExactly("VENCOP>VENOPP 173", "PERCOP>PEREDU 175", "ISRCOP>ISRSET 173");
    }

    @Test
    void justiceAndStateWithoutArticleAreNoActors() throws ExtractionException {
        assertThat(dyads("Miles de mexicanos exigieron justicia al gobierno de México."))
                .containsExactly("MEX>MEXGOV 100");
        assertThat(dyads("El presidente de México realizó una visita de Estado a Francia."))
                .containsExactly("MEXGOV>FRA 042");
        assertThat(dyads("Los campesinos de Perú protestaron contra la decisión del Estado."))
                .containsExactly("PERAGR>PERGOV 140");
    }

    @Test
    void aConjunctDisagreeingInNumberHasAnotherSubject() throws ExtractionException {
        // "asesinaron" is not the president's act.
        assertThat(dyads("En febrero, el presidente de Brasil decretó la militarización de Río de Janeiro y en marzo "
                + "asesinaron en Río a una concejala brasileña.")).noneMatch(e -> e.startsWith("BRAGOV"));
        assertThat(dyads("El presidente de Brasil visitó Argentina y criticó a Chile."))
                .containsExactly("BRAGOV>ARG 042", "BRAGOV>CHL 111");
    }

    @Test
    void thePopeIsTheHolySeeByHisOfficeAfterItsArticle() throws ExtractionException {
        assertThat(dyads("El Sumo Pontífice recibió al primer ministro de Italia.")).containsExactly("VATGOV>ITAGOV 043");
        assertThat(dyads("El presidente de Francia visitó al Papa.")).containsExactly("FRAGOV>VATGOV 042");
        // Without the article, no pope: "Papa Noel", and "papa" is also a potato.
        assertThat(dyads("Papa Noel llegó a Madrid.")).isEmpty();
        // Nor is he the "mandatario" told of next, nor does he make the story the Holy See's.
        assertThat(dyads("El presidente de Uruguay viajó a Roma. El Papa lo recibió en audiencia privada. El "
                + "mandatario felicitó al Congreso por su trabajo.")).contains("VATGOV>URYGOV 043", "URYGOV>URYLEG 051");
    }

    @Test
    void aSingularPronounIsNoPluralSpeaker() throws ExtractionException {
        // "la" is the extradition, not the sources reporting the clause.
        assertThat(dyads("El Gobierno de España está dispuesto a tramitar la extradición si los jueces españoles la "
                + "piden, indicaron fuentes gubernamentales.")).noneMatch(e -> e.startsWith("ESPJUD>ESPGOV"));
    }

    @Test
    void aSurnameThatIsAlsoADemonymIsThePersonOnceNamed() throws ExtractionException {
        // After "Arnoldo Alemán", "Alemán" is he, not Germany.
        assertThat(dyads("El presidente de Nicaragua, Arnoldo Alemán, criticó a Daniel Ortega. Ortega anunció que se "
                + "reuniría con Alemán.", LocalDate.of(1997, 5, 27), null)).contains("NICOPP>NICGOV 040")
                .noneMatch(e -> e.contains("DEU"));
        assertThat(dyads("El ministro alemán visitó Francia.")).containsExactly("DEUGOV>FRA 042");
    }

    @Test
    void anAgentInASentenceNamingOnlyTheActorsStateIsOfThatState() throws ExtractionException {
        // Not of Russia, the story's state so far.
        assertThat(dyads("Putin visitó Pekín y Moscú. El ejército de Mali mató a veinte yihadistas en el centro del "
                + "país.")).contains("MLIMIL>MLIUAF 190");
    }

    @Test
    void aBareStateComplementClassifiesItsNoun() throws ExtractionException {
        // "un golpe de Estado" is no act on the state named before, "una visita de Estado" none by it.
        assertThat(dyads("El gobierno de Brasil criticó a Ecuador. El ex mandatario denuncia un golpe de Estado en "
                + "su contra.")).containsExactly("BRAGOV>ECU 111");
        assertThat(dyads("México estrechó lazos con Francia. Tras la visita de Estado a Francia, la esposa del "
                + "presidente viajó a Italia.")).noneMatch(e -> e.endsWith(" 042"));
    }

    @Test
    void aCurrencyIsNoActor() throws ExtractionException {
        assertThat(dyads("El franco francés cedió el jueves 2,5 céntimos frente al marco alemán.")).isEmpty();
    }
}
