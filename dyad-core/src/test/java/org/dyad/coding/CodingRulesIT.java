package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.dyad.ingest.Article;
import org.dyad.pipeline.ExtractionException;
import org.dyad.pipeline.SharedModels;
import org.junit.jupiter.api.Test;

/**
 * Rules of the coder that no single dictionary entry shows, on invented Spanish sentences (none from a gold set):
 * who protests, what a complement or a compound noun changes, whose act a patient noun names.
 */
class CodingRulesIT {
    private static List<String> coded(String text) throws ExtractionException {
        return coded(text, LocalDate.of(2005, 1, 10));
    }

    private static List<String> coded(String text, LocalDate date) throws ExtractionException {
        return SharedModels.extractor().extract(new Article("t", "", text, date, "es", null, null, null), null)
                .events().stream()
                .map(e -> e.source().code() + ">" + (e.target() == null ? "-" : e.target().code()) + " "
                        + e.type().code().value())
                .toList();
    }

    @Test
    void aCompoundEventNounBeatsTheVerbsEntryForItsHead() throws ExtractionException {
        assertThat(coded("Los profesores de Ecuador iniciaron una huelga de hambre contra el gobierno de Ecuador."))
                .containsExactly("ECUEDU>ECUGOV 142");
    }

    @Test
    void aNamedOppositionLeaderIsNoCrowd() throws ExtractionException {
        LocalDate date = LocalDate.of(2018, 6, 1);
        assertThat(coded("Andrés Manuel López Obrador confiscará propiedades.", date)).containsExactly("MEXOPP>- 1711");
        assertThat(coded("Andrés Manuel López Obrador habló. Los manifestantes quemaron autos en Caracas.", date))
                .as("protesters are not the opposition leader named before").containsExactly("VENOPP>VENGOV 145");
    }

    @Test
    void anOfferToActIsIntentAndOpposingAnActNegatesIt() throws ExtractionException {
        assertThat(coded("El gobierno de Venezuela ofrece negociar con la oposición."))
                .containsExactly("VENGOV>VENOPP 036");
        List<Event> opposed = SharedModels.extractor().extract(new Article("t", "", "El gobierno de Chile se opone a "
                + "negociar con Bolivia.", LocalDate.of(2005, 1, 10), "es", null, null, null), null).events();
        assertThat(opposed).filteredOn(e -> e.type().code().value().equals("046"))
                .extracting(e -> e.factuality().name()).containsExactly("NEGATED");
    }

    @Test
    void anArrivalIsAVisitOnlyByAStateToAnother() throws ExtractionException {
        assertThat(coded("El presidente de Colombia llegó a Berlín para una visita oficial."))
                .containsExactly("COLGOV>DEU 042");
        assertThat(coded("El presidente de Chile llegó procedente de Alemania.")).isEmpty();
        assertThat(coded("Los manifestantes de Bolivia llegaron a La Paz.")).isEmpty();
        assertThat(coded("El presidente de Colombia llegó a Bogotá.")).isEmpty();
    }

    @Test
    void oneHostsPeopleAndReceivesThings() throws ExtractionException {
        assertThat(coded("El presidente de México recibió una carta del presidente de Chile.")).isEmpty();
        assertThat(coded("El presidente de México recibió al presidente de Chile."))
                .containsExactly("MEXGOV>CHLGOV 043");
        assertThat(coded("El gobierno de Chile recibió una delegación de Perú.")).containsExactly("CHLGOV>PERGOV 043");
    }

    @Test
    void takingTheOathIsNoProtest() throws ExtractionException {
        assertThat(coded("El presidente electo de México rendirá protesta ante el Congreso de México.")).isEmpty();
        assertThat(coded("El PRI de México celebró su aniversario y tomó protesta a sus candidatos.")).isEmpty();
        assertThat(coded("Los maestros de México presentaron una protesta ante el gobierno de México."))
                .containsExactly("MEXEDU>MEXGOV 114");
    }

    @Test
    void aClashNounsSidesMayHangOnTheWordAboveIt() throws ExtractionException {
        assertThat(coded("Tres campesinos murieron tras enfrentamientos entre unos 800 campesinos y 85 policías en "
                + "Bolivia.")).as("the parser hangs 'entre unos 800…' on the verb")
                .containsExactly("BOLAGR>BOLCOP 145");
        assertThat(coded("Se registraron choques entre el ejército y los guerrilleros en Colombia."))
                .containsExactly("COLMIL>COLREB 190");
        assertThat(coded("El choque de trenes dejó diez muertos en Bolivia.")).isEmpty();
        // The parser may hang the second side on the first one's "de" complement.
        assertThat(coded("Durante un combate entre guerrilleros de las FARC y el Ejército colombiano, dos "
                + "guerrilleros murieron.")).containsExactly("COLREB>COLMIL 190");
        // Coordinated subjects of a verb whose object is a clash fight each other.
        assertThat(coded("Las FARC y el Ejército colombiano libraron un combate en Antioquia."))
                .containsExactly("COLREB>COLMIL 190");
    }

    @Test
    void aStatesProtestIsAnOfficialComplaintAndACrowdsADemonstration() throws ExtractionException {
        assertThat(coded("El gobierno de Irán protestó ante Francia.")).containsExactly("IRNGOV>FRA 114");
        assertThat(coded("Miles de manifestantes marcharon contra el gobierno de Bolivia."))
                .containsExactly("BOLOPP>BOLGOV 141");
        // Officials on strike strike: no official complaint.
        assertThat(coded("Se prevén huelgas de funcionarios franceses esta semana.")).containsExactly("FRAGOV>- 143");
        assertThat(coded("Un diputado de Bolivia inició una huelga de hambre contra el gobierno de Bolivia."))
                .containsExactly("BOLLEG>BOLGOV 142");
    }

    @Test
    void aCrowdThatLiftsItsBlockadeEndsItsProtest() throws ExtractionException {
        // Truckers lifting a blockade yield (080), with no one named: no state's lifting of a military blockade.
        assertThat(coded("Los camioneros argentinos levantaron el bloqueo de las rutas."))
                .containsExactly("ARGLAB>- 080");
        assertThat(coded("Israel levantó el bloqueo naval sobre Líbano.")).containsExactly("ISR>LBN 0872");
        // A compound of a class ("corte de ruta") meets its constraint; its head alone ("el corte de luz") does not.
        assertThat(coded("Los desempleados argentinos suspendieron el corte de ruta."))
                .containsExactly("ARGCVL>- 080");
        assertThat(coded("Los vecinos argentinos suspendieron el corte de luz.")).isEmpty();
        // Strikers who resume work end their strike.
        assertThat(coded("Los mineros peruanos en huelga reanudaron sus labores.")).contains("PERLAB>- 080");
    }

    @Test
    void aComplementWithConOrAMeetsAnObjectConstraint() throws ExtractionException {
        assertThat(coded("Los trabajadores de Colombia amenazaron con una huelga contra el gobierno de Colombia."))
                .containsExactly("COLLAB>COLGOV 133");
        assertThat(coded("Un tribunal de Irán condenó a diez años de prisión a un periodista de Estados Unidos."))
                .containsExactly("IRNJUD>USAMED 116");
    }

    @Test
    void whatAPartIsOfIsActedOnToo() throws ExtractionException {
        assertThat(coded("Vecinos de Ciudad de México cerraron un tramo de la avenida en protesta por la falta de "
                + "agua.")).contains("MEXCVL>MEXGOV 144");
        assertThat(coded("El ejército de Colombia cerró un tramo de la frontera con Venezuela.")).contains(
                "COLMIL>VEN 191");
    }

    @Test
    void armedGroupsBlockadeButNeitherDemonstrateNorTravelAsAnEvent() throws ExtractionException {
        assertThat(coded("Guerrilleros de las FARC bloquearon la vía a Medellín en Colombia."))
                .containsExactly("COLREB>- 191");
        assertThat(coded("Los campesinos de Perú que se movilizaban en un camión fueron detenidos por la policía "
                + "de Perú.")).doesNotContain("PERAGR>- 141", "PERAGR>PERGOV 141");
    }

    @Test
    void thePatientOfAnArrestNounIsItsTargetAndThePoliceItsUnnamedAgent() throws ExtractionException {
        assertThat(coded("La policía de Colombia confirmó la detención de dos guerrilleros de las FARC."))
                .contains("COLCOP>COLREB 173").doesNotContain("COLREB>- 173");
    }

    @Test
    void wordsWithoutTheirAccentsStillFindTheirEntries() throws ExtractionException {
        assertThat(coded("La policia de Colombia confirmo la detencion de dos guerrilleros de las FARC."))
                .contains("COLCOP>COLREB 173");
    }

    @Test
    void theAuthoritiesADomesticCrowdAddressesAreItsOwn() throws ExtractionException {
        assertThat(coded("Los profesores de Ecuador iniciaron una huelga de hambre contra el gobierno de Ecuador. "
                + "Los trabajadores de Colombia amenazaron con una huelga contra el gobierno."))
                .contains("COLLAB>COLGOV 133").doesNotContain("COLLAB>ECUGOV 133");
    }

    @Test
    void anAcceptanceAnswersTheInvitationItIsCoordinatedWith() throws ExtractionException {
        assertThat(coded("Vladímir Putin invitó al presidente chino a visitar Rusia en una fecha próxima y Xi Jinping "
                + "aceptó.", LocalDate.of(2015, 1, 10))).contains("CHNGOV>RUSGOV 036")
                .doesNotContain("CHNGOV>RUSGOV 080");
    }

    @Test
    void aRecipientNestedInTheComplementsIsFoundNearestFirst() throws ExtractionException {
        assertThat(coded("Ecuador admitió su responsabilidad en el ataque contra Perú.")).containsExactly("ECU>PER 015");
        assertThat(coded("Bolivia cedió ante la presión de Chile.")).containsExactly("BOL>CHL 080");
        assertThat(coded("Uruguay rechazó el plan presentado por Paraguay.")).containsExactly("URY>PRY 127");
    }

    @Test
    void aNestedPlaceIsNoMeetingPartnerNorIsAPassivesAgentItsTarget() throws ExtractionException {
        assertThat(coded("Los pescadores se reunieron en el puerto de los campesinos.")).isEmpty();
        assertThat(coded("Un comerciante fue secuestrado por guerrilleros de las FARC en Colombia."))
                .containsExactly("COLREB>COLBUS 181");
    }

    @Test
    void aCrowdsOwnProtestNounIsItsEvent() throws ExtractionException {
        assertThat(coded("Los campesinos de Ecuador intensificaron el lunes sus protestas en las carreteras."))
                .containsExactly("ECUAGR>ECUGOV 141");
    }

    @Test
    void thrownProjectilesAreACrowdsViolentProtest() throws ExtractionException {
        assertThat(coded("Los manifestantes de Chile arrojaron huevos y pintura contra la embajada de Argentina."))
                .containsExactly("CHLOPP>ARGGOV 145");
    }

    @Test
    void forceOnAPlaceOfAnotherStateIsOnThatState() throws ExtractionException {
        assertThat(coded("Rusia bombardeó Járkov el lunes.")).containsExactly("RUS>UKR 195");
        assertThat(coded("Turquía lanzó ataques aéreos en Alepo.")).containsExactly("TUR>SYR 195");
        // Someone is no place: "a" marks a person, and a first name alone is no town.
        assertThat(coded("El ejército de Colombia ejecutó a Luis Alberto en la zona urbana."))
                .containsExactly("COLMIL>- 190");
    }

    @Test
    void policiesAgainstSocialIllsIdiomsAndRecruitingCivilServantsAreNoForceNorProtest() throws ExtractionException {
        assertThat(coded("El gobierno de México combatió la pandemia con vacunas.")).isEmpty();
        assertThat(coded("El presidente de Perú luchó contra la corrupción.")).isEmpty();
        assertThat(coded("El gobierno de Chile puso en marcha un plan contra la pobreza.")).isEmpty();
        assertThat(coded("El presidente de Chile reclutó a los alcaldes para la campaña.")).isEmpty();
        assertThat(coded("El ejército de Nigeria combatió a los rebeldes nigerianos.")).contains("NGAMIL>NGAREB 190");
    }

    @Test
    void aNameInCapitalsInRunningTextIsAnAcronymNotTheName() throws ExtractionException {
        assertThat(coded("El programa DACA protege a los inmigrantes de Estados Unidos."))
                .noneMatch(e -> e.startsWith("BGD"));
    }

    @Test
    void anEntreComplementHungOnACoordinatedModifierStillNamesBothSides() throws ExtractionException {
        assertThat(coded("La cooperación militar, económica y de otro tipo entre Chile y Perú ha aumentado mucho."))
                .containsExactly("CHL>PER 062");
    }

    @Test
    void aProtestThatMeetsSomeoneIsAimedAtThem() throws ExtractionException {
        assertThat(coded("El embajador de Francia llegó al país y fue recibido por protestas en Caracas."))
                .contains("VENCVL>FRAGOV 141");
    }

    @Test
    void onlyArmedForcesRetreatMilitarily() throws ExtractionException {
        assertThat(coded("El ejército de Rusia se retiró de la ciudad.")).containsExactly("RUSMIL>- 0874");
        assertThat(coded("El embajador de Rusia se retiró de la reunión.")).isEmpty();
    }

    @Test
    void aMeetingBetweenOthersThatTheSourceBringsAboutIsMediation() throws ExtractionException {
        assertThat(coded("Noruega organizó un encuentro entre Colombia y Venezuela en Oslo."))
                .containsExactlyInAnyOrder("NOR>COL 045", "NOR>VEN 045");
        assertThat(coded("Habrá un diálogo entre Armenia y Azerbaiyán que será facilitado por Rusia."))
                .contains("RUS>ARM 045", "RUS>AZE 045");
        // A meeting the source takes part in stays a meeting.
        assertThat(coded("Noruega organizó un encuentro con Colombia.")).containsExactly("NOR>COL 040");
    }

    @Test
    void aRelativePronounStandsForTheNounItsClauseModifies() throws ExtractionException {
        assertThat(coded("El acuerdo que firmaron Chile y Perú fue criticado.")).contains("CHL>PER 057");
    }

    @Test
    void forceWithWordsIsAFigureOfSpeech() throws ExtractionException {
        assertThat(coded("El presidente de Chile bombardeó al gobierno de Perú con acusaciones."))
                .containsExactly("CHLGOV>PERGOV 112");
    }

    @Test
    void roadBlockadesAreACrowdsObstructionAndAStatesRestriction() throws ExtractionException {
        assertThat(coded("Grupos de estudiantes de Costa Rica bloqueaban el tránsito en San José."))
                .contains("CRIEDU>CRIGOV 144");
        assertThat(coded("El gobierno de Perú bloqueó las carreteras de la región.")).containsExactly("PERGOV>- 191");
    }

    @Test
    void aProtestWithNoSubjectToReferBackToIsACrowds() throws ExtractionException {
        assertThat(coded("PROTESTAN POR AUMENTO SALARIAL A LOS MINISTROS")).containsExactly("CVL>GOV 140");
    }

    @Test
    void aRefusalByNegationIsAnAssertedRejectionNotANegatedAcceptance() throws ExtractionException {
        assertThat(coded("El gobierno de Ecuador no acepta las comparaciones insultantes de Argentina."))
                .containsExactly("ECUGOV>ARG 120");
        assertThat(coded("El gobierno de Venezuela no acatará las exigencias de Colombia."))
                .containsExactly("VENGOV>COL 128");
        assertThat(SharedModels.extractor().extract(new Article("t", "", "El gobierno de Ecuador no acepta las "
                + "comparaciones insultantes de Argentina.", LocalDate.of(2021, 3, 10), "es", null, null, null), null)
                .events().get(0).factuality().label()).isEqualTo("asserted");
        // Other verbs stay negated events.
        assertThat(coded("El gobierno de Perú no firmó el acuerdo con Chile.")).containsExactly("PERGOV>CHL 057");
    }

    @Test
    void holdingOfficeIsNoOccupationButAttackingAPolicePostIsForce() throws ExtractionException {
        assertThat(coded("El ministro de Chile ocupó la cartera de Transporte en el gobierno de Chile.")).isEmpty();
        // Nor is handing over an office yielding.
        assertThat(coded("El presidente de Estados Unidos cedió la presidencia al presidente electo de Estados "
                + "Unidos.")).isEmpty();
        assertThat(coded("Israel cedió ante la presión de Estados Unidos.")).containsExactly("ISR>USA 080");
        assertThat(coded("Guerrilleros de las FARC atacaron el puesto de policía de Planadas en Colombia."))
                .contains("COLREB>COLCOP 190");
    }

    @Test
    void theAddresseeOfAnAccusationOrDemandMayBeTheSubjectOfItsClause() throws ExtractionException {
        assertThat(coded("Cuba denunció que Estados Unidos viola el derecho internacional."))
                .containsExactly("CUB>USA 111");
        assertThat(coded("Venezuela rechazó que Colombia haya enviado tropas a la frontera.")).contains("VEN>COL 120");
        // Or whose that subject is, when it is a thing ("la medida de Estados Unidos").
        assertThat(coded("Cuba denunció que la medida de Estados Unidos viola el derecho internacional."))
                .containsExactly("CUB>USA 111");
        // A statement is not about its clause's subject.
        assertThat(coded("Perú afirmó que Chile envió tropas.")).noneMatch(e -> e.startsWith("PER>CHL 01"));
    }

    @Test
    void aPossessiveBelongsToTheSubjectOfItsClause() throws ExtractionException {
        assertThat(coded("Estados Unidos elogió a Colombia. El gobierno de Chile pidió que Bolivia retire sus tropas."))
                .contains("CHLGOV>BOLMIL 020").noneMatch(e -> e.contains("USAMIL"));
    }

    @Test
    void aParticipleAfterSerIsAPassiveWhoseAgentMayHangOnTheComplement() throws ExtractionException {
        assertThat(coded("La candidata de Colombia fue amenazada por las FARC.")).containsExactly("COLREB>COLPTY 130");
        assertThat(coded("El alcalde de Medellín fue amenazado de muerte por las FARC."))
                .containsExactly("COLREB>COLGOV 130");
    }

    @Test
    void othersNamedWithThePatientOfAPassiveAreNoCoAgents() throws ExtractionException {
        assertThat(coded("El alcalde de Medellín fue secuestrado por las FARC junto con otras cuatro personas."))
                .containsExactly("COLREB>COLGOV 181");
    }

    @Test
    void disapprovalIsAimedAtTheSubjectOfItsCausalClause() throws ExtractionException {
        assertThat(coded("Las ONG de Argentina expresaron su disgusto porque el gobierno de Chile redujo la ayuda."))
                .containsExactly("ARGNGO>CHLGOV 110");
    }

    @Test
    void partiesAndCourtsDoNotWageWar() throws ExtractionException {
        assertThat(coded("Los candidatos de Ecuador se enfrentarán en la segunda vuelta.")).isEmpty();
        assertThat(coded("El ejército de India se enfrentó a tropas de China.")).containsExactly("INDMIL>CHNMIL 190");
    }

    @Test
    void aComplementBeforeAGerundBelongsToTheVerbBeforeIt() throws ExtractionException {
        // An attaché is one official sent away (174); expelling the ambassador cuts relations (161).
        assertThat(coded("Venezuela expulsó del país al agregado militar estadounidense acusándolo de espionaje."))
                .contains("VEN>USAGOV 174", "VEN>USAGOV 112");
        assertThat(coded("Venezuela expulsó al embajador de Estados Unidos.")).containsExactly("VEN>USAGOV 161");
    }

    @Test
    void aCooperativeActItsActorSaysItWantsOrPromisesIsAStatementOfIntent() throws ExtractionException {
        assertThat(coded("El gobierno de Chile presiona para impulsar las asociaciones con Perú y Bolivia."))
                .containsExactly("CHLGOV>PER 030", "CHLGOV>BOL 030");
        assertThat(coded("Brasil quiere reunirse con Argentina.")).containsExactly("BRA>ARG 036");
        // One statement, coded once: the promise to withdraw, not also a general promise.
        assertThat(coded("Rusia prometió a Ucrania retirar sus tropas.")).containsExactly("RUS>UKR 0356");
        // A plan is the act expected; asking another to act is no intent of one's own.
        assertThat(coded("El presidente de Rusia planea visitar Vietnam.")).containsExactly("RUSGOV>VNM 042");
        assertThat(coded("Chile quiere que Bolivia negocie con Perú.")).noneMatch(e -> e.endsWith(" 036"));
    }

    @Test
    void anObjectAfterAnInfinitiveIsTheInfinitivesWhereverTheParserHungIt() throws ExtractionException {
        assertThat(coded("Rusia decidió cerrar temporalmente, a partir del miércoles, sus fronteras con Georgia."))
                .containsExactly("RUS>GEO 191");
    }

    @Test
    void anApologyNeedsNoNamedAddressee() throws ExtractionException {
        assertThat(coded("La revista estadounidense Newsweek ofreció disculpas por el informe."))
                .containsExactly("USAMED>- 055");
    }

    @Test
    void aDefiniteEventNounNamingAnEarlierActAgainIsNoNewEvent() throws ExtractionException {
        assertThat(coded("Cientos de manifestantes de Venezuela protestaron contra el embajador de Estados Unidos. "
                + "El gobierno de Venezuela repudió los excesos en la protesta.")).containsExactly("VENOPP>USAGOV 140");
    }

    @Test
    void aNeuterDemonstrativeSubjectIsTheActToldBeforeItAndTheSpeakerGoesOn() throws ExtractionException {
        assertThat(coded("Cuba dijo que Estados Unidos modificó el plazo de las visitas consulares, y denunció que "
                + "ello viola el derecho internacional.")).contains("CUB>USA 111");
    }

    @Test
    void thePolicesForceOnACrowdIsRepressionButItDoesNotDemonstrate() throws ExtractionException {
        assertThat(coded("El gobierno de Chile anunció medidas. La policía golpeó a los manifestantes."))
                .contains("CHLCOP>CHLOPP 175");
        assertThat(coded("La policía de Chile mató a dos guerrilleros chilenos.")).containsExactly("CHLCOP>CHLREB 190");
        assertThat(coded("La policía de Colombia se movilizó en Bogotá.")).isEmpty();
        // Repression without a named victim falls on the state's own civilians.
        assertThat(coded("La represión policial en Chile dejó diez heridos.")).containsExactly("CHLCOP>CHLCVL 175");
    }

    @Test
    void aRelativeClauseOfOneConjunctIsNotAnother() throws ExtractionException {
        assertThat(coded("La sociedad civil de Colombia, que se movilizó contra el gobierno, y la policía, que "
                + "disparó, chocaron.")).noneMatch(e -> e.startsWith("COLCOP") && e.endsWith(" 141"));
    }

    @Test
    void aDatelinesPlaceIsNoSubject() throws ExtractionException {
        assertThat(coded("SANTIAGO, 10 ene (AFP) - La policía golpeó a los manifestantes."))
                .containsExactly("CHLCOP>CHLOPP 175");
    }

    @Test
    void aFiniteVerbHungOnTheOpeningPhraseHasItForSubjectAndSerMuertoIsKilled() throws ExtractionException {
        assertThat(coded("Paramilitares de las AUC , ejecutaron a cuatro campesinos colombianos en la vereda La "
                + "Promision , ANTIOQUIA")).containsExactly("COLREB>COLAGR 190");
        assertThat(coded("Un campesino colombiano fue muerto por guerrilleros de las FARC.")).containsExactly(
                "COLREB>COLAGR 190");
        assertThat(coded("Un campesino colombiano murió en Bogotá.")).isEmpty();
    }

    @Test
    void codesAmongAPlacesAlternateNamesAreNoPlaces() throws ExtractionException {
        // "CLL" is an airport code of College Station; "la Cll." is a street.
        assertThat(coded("Una persona fue muerta por hombres armados en la Cll .")).noneMatch(e -> e.contains("USA"));
    }

    @Test
    void aClauseCoordinatedWithTheMainVerbTakesTheTimeOfTheClauseBeforeIt() throws ExtractionException {
        List<org.dyad.coding.Event> events = SharedModels.extractor().extract(new Article("t", "", "El incidente se "
                + "presentó cuando el embajador de Estados Unidos acudió el viernes a un estadio de Caracas a hacer "
                + "una donación y fue recibido por protestas.", LocalDate.of(2006, 4, 9), "es", null, null, null),
                null).events();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type().code().value()).isEqualTo("141");
            assertThat(e.date().iso()).isEqualTo("2006-04-07");
        });
    }

    @Test
    void moreVerbsOfHarassmentIncursionDenialAndWelcome() throws ExtractionException {
        assertThat(coded("Guerrilleros colombianos hostigaron a la policía de Colombia.")).containsExactly("COLREB>COLCOP 193");
        assertThat(coded("Rusia refutó las acusaciones de Estados Unidos.")).containsExactly("RUS>USA 016");
    }

    @Test
    void aStatementMadeDisparaginglyIsCriticism() throws ExtractionException {
        assertThat(coded("El presidente de Argentina emitió un comentario de manera despectiva sobre Ecuador."))
                .containsExactly("ARGGOV>ECU 111");
        assertThat(coded("Brasil hizo comentarios sobre Argentina.")).containsExactly("BRA>ARG 010");
    }

    @Test
    void aProtestIsAimedAtTheActorBehindWhatProvokedIt() throws ExtractionException {
        assertThat(coded("La decisión del gobierno de Chile provocó protestas en Bolivia."))
                .containsExactly("BOLCVL>CHLGOV 141");
        assertThat(coded("La revista estadounidense Newsweek publicó un informe, que provocó varias protestas en "
                + "Afganistán.")).contains("AFGCVL>USAMED 141");
    }

    @Test
    void meddlingIsAimedAtWhoseAffairsItEntersAndASupposedActIsAlleged() throws ExtractionException {
        assertThat(coded("Se habló de la injerencia del Kremlin en las elecciones de Estados Unidos."))
                .containsExactly("RUSGOV>USA 170");
        assertThat(SharedModels.extractor().extract(new Article("t", "", "Se habló de la supuesta injerencia del "
                + "Kremlin en las elecciones de Estados Unidos.", LocalDate.of(2018, 3, 11), "es", null, null, null),
                null).events()).singleElement().satisfies(e -> assertThat(e.factuality().label()).isEqualTo("alleged"));
    }

    @Test
    void whatASpeechAsksItsAuthorAsks() throws ExtractionException {
        assertThat(coded("El presidente de Chile pronunció un discurso que pidió a Perú la paz."))
                .contains("CHLGOV>PER 027");
    }

    @Test
    void oneArrestsPeopleNotThings() throws ExtractionException {
        assertThat(coded("La policía de Venezuela detuvo a dos periodistas de Colombia."))
                .containsExactly("VENCOP>COLMED 173");
        assertThat(coded("La policía de Venezuela detuvo 15 manifestantes en Caracas.")).contains("VENCOP>VENOPP 173");
        assertThat(coded("Los camioneros de Bolivia intentaron detener los trenes de Chile."))
                .noneMatch(e -> e.endsWith(" 173"));
        assertThat(coded("El presidente de Perú capturó miles de votos en Lima.")).noneMatch(e -> e.endsWith(" 173"));
        // A bare or counted object may be people without the personal "a".
        assertThat(coded("La policía de Colombia detuvo 15 sospechosos.")).anyMatch(e -> e.endsWith(" 173"));
    }

    @Test
    void forceOnAPlaceOfItsOwnStateIsOnThatState() throws ExtractionException {
        assertThat(coded("El ejército de Siria bombardeó Homs.")).containsExactly("SYRMIL>SYR 195");
        assertThat(coded("ALEPO, Siria, Mar 3 (AFP) - El ejército de Siria bombardeó el centro de la ciudad."))
                .containsExactly("SYRMIL>SYR 195");
        // Where, not on whom: the place of a state's own fighting names no target.
        assertThat(coded("El ejército de Siria combatió en Homs.")).noneMatch(e -> e.contains(">SYR "));
    }

    @Test
    void habitualVisitsHaveNoOneCounterpart() throws ExtractionException {
        assertThat(coded("El presidente de Chile habló de Perú. Un ministro de Argentina fue insultado en sus "
                + "visitas.")).noneMatch(e -> e.startsWith("ARG") && e.endsWith(" 042"));
        assertThat(coded("El presidente de Chile habló de Perú. El ministro de Argentina dijo que su visita fue un "
                + "éxito.")).contains("ARGGOV>CHLGOV 042");
    }

    @Test
    void meddlingHungOnTheNounAboveStillEntersTheAffairsItNames() throws ExtractionException {
        assertThat(coded("El presidente de Francia mencionó el tema de la injerencia de Rusia en la vida política "
                + "de Alemania.")).contains("RUS>DEU 170");
    }

    @Test
    void peopleTheDictionaryDoesNotKnowWhoDemonstrateAreACrowd() throws ExtractionException {
        assertThat(coded("Los inconformes marcharon en Guayaquil contra el gobierno de Ecuador."))
                .contains("ECUCVL>ECUGOV 141");
        // Things do not march.
        assertThat(coded("Los camiones marcharon en Guayaquil.")).isEmpty();
    }

    @Test
    void whoeverMarchesDemonstratesButAStatesProtestIsAComplaint() throws ExtractionException {
        assertThat(coded("Abogados de Argentina marcharon contra la reforma.")).containsExactly("ARGJUD>- 141");
        assertThat(coded("El gobierno de Irán protestó ante Francia.")).containsExactly("IRNGOV>FRA 114");
    }

    @Test
    void leadersTakeTheSectorOfTheirFollowers() throws ExtractionException {
        assertThat(coded("Los dirigentes estudiantiles de México convocaron una huelga."))
                .containsExactly("MEXEDU>MEXGOV 143");
        assertThat(coded("Los dirigentes obreros de Panamá convocaron una huelga."))
                .containsExactly("PANLAB>PANGOV 143");
    }

    @Test
    void aFullVerbTaggedAsAnAuxiliaryIsStillAnAct() throws ExtractionException {
        assertThat(coded("Los maestros de Chile marcharon para exigir aumentos salariales."))
                .contains("CHLEDU>CHLGOV 141", "CHLEDU>- 100");
    }

    @Test
    void aCommonNounAfterTheVerbThatNamesNoOneIsItsObject() throws ExtractionException {
        assertThat(coded("El presidente de Chile pronunció un discurso, en el que valoró la decisión como un "
                + "triunfo de Perú.")).containsExactly("CHLGOV>PER 051");
    }

    @Test
    void anActNamedInAnAdjunctIsTheClausesActors() throws ExtractionException {
        assertThat(coded("Los mineros de Bolivia marcharon en La Paz en demanda de aumentos salariales."))
                .contains("BOLLAB>BOLGOV 141", "BOLLAB>- 100");
        assertThat(coded("Los maestros de Perú iniciaron una huelga como rechazo a la privatización."))
                .contains("PEREDU>PERGOV 143", "PEREDU>- 120");
        // Only the clause's own subject: the judges ordered, others occupied the bridge.
        assertThat(coded("La Justicia de Argentina ordenó desalojar el puente ocupado en protesta social."))
                .noneMatch(e -> e.startsWith("ARGJUD") && (e.contains(" 14") || e.contains(" 11")));
    }

    @Test
    void protestsOfACountryAreItsPeoplesAndAStatesProtestIsAddressed() throws ExtractionException {
        assertThat(coded("Hubo trece muertos en las protestas de Colombia.")).containsExactly("COLCVL>COLGOV 141");
        assertThat(coded("La protesta de Chile ante Argentina fue rechazada.")).contains("CHL>ARG 114");
    }

    @Test
    void bringingAboutTheMeetingToldBeforeIsMediationBetweenItsSides() throws ExtractionException {
        assertThat(coded("Serbia y Albania mantuvieron conversaciones en Viena. La ONU organizó este principio de "
                + "diálogo junto con la Unión Europea.")).contains("UNO>SRB 045", "UNO>ALB 045", "EUR>SRB 045");
        // A meeting of one's own is no mediation, and an indefinite one is not the one told before.
        assertThat(coded("Serbia y Albania mantuvieron conversaciones en Viena. Francia organizó una cumbre con "
                + "Alemania.")).contains("FRA>DEU 040").noneMatch(e -> e.endsWith(" 045"));
        // Its sides, as coordinated subjects or with a partner named, resume a dialogue of their own.
        assertThat(coded("Serbia y Albania mantuvieron conversaciones en Viena. Estados Unidos y Cuba acordaron "
                + "reanudar el diálogo migratorio.")).contains("USA>CUB 040").noneMatch(e -> e.endsWith(" 045"));
        assertThat(coded("Serbia y Albania mantuvieron conversaciones en Viena. Estados Unidos reanudó el diálogo "
                + "con Cuba.")).contains("USA>CUB 040").noneMatch(e -> e.endsWith(" 045"));
    }

    @Test
    void aProtestAgainstTheMeetingToldBeforeIsAimedAtItsOtherSides() throws ExtractionException {
        assertThat(coded("Los serbios y los albaneses mantuvieron conversaciones en Viena. Cientos de albaneses "
                + "protestaron en Pristina contra esa reunión.")).contains("ALB>SRB 140");
        // An indefinite meeting is not the one told before.
        assertThat(coded("Los serbios y los albaneses mantuvieron conversaciones en Viena. Cientos de albaneses "
                + "protestaron en Pristina contra una reunión.")).noneMatch(e -> e.startsWith("ALB>SRB 14"));
    }

    @Test
    void leavingAnInternationalBodyCutsTheRelation() throws ExtractionException {
        assertThat(coded("Estados Unidos se retiró de la OMS.")).containsExactly("USA>UNOHLH 160");
        assertThat(coded("El Reino Unido salió de la Unión Europea.")).containsExactly("GBR>EUR 160");
        // Troops leaving a place still retreat.
        assertThat(coded("El ejército de Rusia se retiró de la ciudad.")).containsExactly("RUSMIL>- 0874");
    }

    @Test
    void aBodyMayCoerceOneOfItsOwnButNoActorActsOnItself() throws ExtractionException {
        assertThat(coded("El Congreso de Perú despojó de su inmunidad a un legislador peruano."))
                .containsExactly("PERLEG>PERLEG 172");
        assertThat(coded("El gobierno de Perú destituyó al ministro peruano de Defensa."))
                .containsExactly("PERGOV>PERGOV 172");
        assertThat(coded("Chile criticó a Chile.")).isEmpty();
    }

    @Test
    void aParticipleAfterHaberIsAPerfectTense() throws ExtractionException {
        // The tagger calls "tejido" an adjective; after "ha" it is the verb.
        assertThat(coded("El candidato de Ecuador ha tejido lazos con Bolivia.")).containsExactly("ECUPTY>BOL 050");
    }

    @Test
    void theSubjectOfALightVerbsRelativeClauseDoesTheAct() throws ExtractionException {
        // The relative pronoun stands for the act, whichever argument the parser calls the doer.
        assertThat(coded("La huelga que mantienen los maestros chilenos contra el gobierno entra en su tercera "
                + "semana.")).containsExactly("CHLEDU>CHLGOV 143");
        assertThat(coded("La visita que realizó Putin a Corea del Norte fue la primera en años."))
                .containsExactly("RUSGOV>PRK 042");
        // Not when the clause's verb does not do the act: whoever suffers an attack did not make it.
        assertThat(coded("El ataque que sufrieron los soldados de Colombia dejó diez muertos."))
                .doesNotContain("COLMIL>- 190");
    }

    @Test
    void aNounOfLeavingAnInternationalBodyReducesRelationsWithIt() throws ExtractionException {
        assertThat(coded("El presidente de Brasil criticó la retirada de Estados Unidos de la OTAN."))
                .contains("USA>NAT 160");
        // The second "de" phrase is often hung on the first.
        assertThat(coded("La salida del Reino Unido de la Unión Europea se concretó en 2020."))
                .containsExactly("GBR>EUR 160");
        // Troops leaving a state are no break with a body.
        assertThat(coded("La retirada de las tropas de Rusia de Ucrania fue lenta.")).isEmpty();
    }

    @Test
    void aTransitiveEntryNeedsADirectObjectOrAPassive() throws ExtractionException {
        assertThat(coded("Paramilitares colombianos desaparecieron a un joven.")).contains("COLREB>CVL 181");
        assertThat(coded("Un ingeniero de Colombia fue desaparecido por paramilitares colombianos."))
                .anyMatch(e -> e.startsWith("COLREB>") && e.endsWith(" 181"));
        // To disappear is no abduction.
        assertThat(coded("El partido de gobierno de México debe desaparecer por completo.")).isEmpty();
    }

    @Test
    void anEvictionIsOfPeopleNotOfAPlace() throws ExtractionException {
        assertThat(coded("La policía de Colombia desalojó a los ocupantes del edificio."))
                .anyMatch(e -> e.startsWith("COLCOP>") && e.endsWith(" 174"));
        assertThat(coded("Las autoridades de Estados Unidos tuvieron que desalojar la isla por seguridad.")).isEmpty();
    }

    @Test
    void strivingForACauseIsNoForce() throws ExtractionException {
        assertThat(coded("El presidente de Ecuador llamó a los ecuatorianos a luchar en conjunto por la paz."))
                .noneMatch(e -> e.endsWith(" 190"));
        assertThat(coded("Ucrania luchó contra Rusia por el control de la ciudad.")).contains("UKR>RUS 190");
        assertThat(coded("Estados Unidos pidió a Colombia luchar contra el tráfico de drogas."))
                .noneMatch(e -> e.endsWith(" 190"));
    }

    @Test
    void coordinatedSubjectsOfAReciprocalVerbActOnEachOther() throws ExtractionException {
        assertThat(coded("Nicaragua y Honduras intercambiaron disparos en el Golfo de Fonseca."))
                .containsExactly("NIC>HND 193");
        assertThat(coded("Tropas de India y China se enfrentaron en la frontera.")).containsExactly("INDMIL>CHNMIL 190");
        assertThat(coded("Chile y Bolivia rompieron sus relaciones diplomáticas en 1978.")).containsExactly("CHL>BOL 161");
        // A state named as such and its own government are one actor.
        assertThat(coded("Bolivia criticó al gobierno boliviano.")).isEmpty();
    }

    @Test
    void boatsAreSeizedNotArrestedEvenWithThePersonalA() throws ExtractionException {
        assertThat(coded("Las autoridades de Nicaragua detuvieron a 11 barcos pesqueros hondureños."))
                .noneMatch(e -> e.endsWith(" 173"));
    }

    @Test
    void clergyIsReligiousAndADelegationIsOfTheBodyItRepresents() throws ExtractionException {
        assertThat(coded("Una delegación de la Iglesia Católica de Chile visitó Perú.")).containsExactly("CHLREL>PER 042");
        assertThat(coded("Los sacerdotes marcharon contra el gobierno de Bolivia."))
                .containsExactly("BOLREL>BOLGOV 141");
    }

    @Test
    void manifestarAfterAQuotationSaysItDoesNotDemonstrate() throws ExtractionException {
        assertThat(coded("\"Hablé con los jugadores tras el partido\", manifestó el candidato de México.")).isEmpty();
        assertThat(coded("Miles de manifestantes alemanes manifestaron en Berlín."))
                .anyMatch(e -> e.startsWith("DEUOPP>") && e.endsWith(" 141"));
    }

    @Test
    void officialsAndSoldiersArePeopleOneReleases() throws ExtractionException {
        assertThat(coded("Los presos de Brasil liberaron a los cuatro funcionarios de la prisión."))
                .anyMatch(e -> e.endsWith(" 0841"));
        assertThat(coded("Los rebeldes de Colombia liberaron a dos soldados colombianos."))
                .anyMatch(e -> e.startsWith("COLREB>COLMIL") && e.endsWith(" 0841"));
    }

    @Test
    void aConcentrationOfAThingIsNoRally() throws ExtractionException {
        assertThat(coded("La concentración de dióxido de cloro en las tarjetas vendidas en México es peligrosa."))
                .isEmpty();
        assertThat(coded("La concentración de los maestros frente al Congreso de Chile fue multitudinaria."))
                .containsExactly("CHLEDU>CHLGOV 141");
    }

    @Test
    void whatTheSubjectReceivesIsDoneToItByTheNounsAgent() throws ExtractionException {
        assertThat(coded("El presidente de Perú recibió duras críticas de la oposición peruana."))
                .containsExactly("PEROPP>PERGOV 111");
        assertThat(coded("Haití recibió ayuda de Estados Unidos.")).containsExactly("USA>HTI 070");
        assertThat(coded("El presidente de Chile recibió la visita del presidente de Argentina."))
                .containsExactly("ARGGOV>CHLGOV 042");
        // Receiving someone is hosting a visit.
        assertThat(coded("Corea del Sur recibió a Japón en Seúl.")).containsExactly("KOR>JPN 043");
    }

    @Test
    void theCliticOfASecondActOfTheSameSubjectIsWhomTheFirstWasDoneTo() throws ExtractionException {
        assertThat(coded("El presidente de Rusia se reunió con el presidente de Corea del Sur y le ofreció armas."))
                .containsExactly("RUSGOV>KORGOV 040", "RUSGOV>KORGOV 0332");
        assertThat(coded("El canciller de China recibió al embajador de Japón y le expresó su protesta."))
                .containsExactly("CHNGOV>JPNGOV 043", "CHNGOV>JPNGOV 114");
        assertThat(coded("El presidente de Francia llamó al presidente de Rusia para felicitarlo por su victoria."))
                .contains("FRAGOV>RUSGOV 051");
        // A pronoun before the verb, which the tagger takes for an article.
        // (Closing the border is a blockade: its threat is 1381.)
        assertThat(coded("El presidente de Venezuela acusó a Colombia y la amenazó con cerrar la frontera."))
                .contains("VENGOV>COL 112", "VENGOV>COL 1381");
    }

    @Test
    void aFiniteVerbIsNeverCoordinatedWithTheInfinitiveBeforeIt() throws ExtractionException {
        // The parser hangs "exigió" on "conspirar", whose subject is Colombia; it is the president's second act.
        assertThat(coded("El presidente de Venezuela acusó a Colombia de conspirar y le exigió respeto."))
                .containsExactly("VENGOV>COL 112", "VENGOV>COL 1043");
    }

    @Test
    void whatATalkIsAboutAndThePressAreNoPartiesToIt() throws ExtractionException {
        assertThat(coded("Colombia dialogó sobre Venezuela con Estados Unidos.")).containsExactly("COL>USA 040");
        assertThat(coded("El presidente de Francia habló de Rusia en su discurso.")).isEmpty();
        assertThat(coded("El presidente de Perú no ha querido hablar con la prensa sobre la situación.")).isEmpty();
        assertThat(coded("El presidente de Chile habló con el presidente de Argentina."))
                .containsExactly("CHLGOV>ARGGOV 040");
    }

    @Test
    void aLightVerbMayTakeItsEventNounWithA() throws ExtractionException {
        assertThat(coded("El gobierno de Colombia llegó a un acuerdo con el gobierno de Venezuela."))
                .containsExactly("COLGOV>VENGOV 057");
        // "llegar a" before an infinitive stays the auxiliary.
        assertThat(coded("El gobierno de Colombia llegó a firmar un acuerdo con el gobierno de Venezuela."))
                .containsExactly("COLGOV>VENGOV 057");
        // Arriving somewhere is no event.
        assertThat(coded("El presidente de Venezuela llegó al aeropuerto de La Habana.")).isEmpty();
    }

    @Test
    void thanksAreListedAsWritten() throws ExtractionException {
        assertThat(coded("El primer ministro de Italia dio las gracias a España.")).containsExactly("ITAGOV>ESP 051");
        assertThat(coded("El problema se solucionó gracias a España.")).isEmpty();
    }

    @Test
    void fightingAnInstanceOfASocialIllIsNoForce() throws ExtractionException {
        assertThat(coded("El gobierno de Francia quiere luchar contra todo acto de violencia sexual.")).isEmpty();
        // An armed group named by its trade is still an adversary.
        assertThat(coded("El ejército de Colombia combatió a los grupos de narcotráfico."))
                .anyMatch(e -> e.startsWith("COLMIL>") && e.endsWith(" 190"));
    }

    @Test
    void whomAReportingVerbChargesIsItsTarget() throws ExtractionException {
        // "la" on a gerund stands for the latest actor of its sentence outside the subjects.
        assertThat(coded("El presidente de Estados Unidos anunció sus planes para abandonar la OMS, acusándola de "
                + "gestionar mal la pandemia.")).contains("USAGOV>UNOHLH 112");
        assertThat(coded("El presidente de Rusia habló con el presidente de Francia. Luego lo acusó de traición."))
                .contains("RUSGOV>FRAGOV 112");
        // What is said is no one: "lo dijo".
        assertThat(coded("El presidente de Francia visitó Rusia. El presidente de Rusia lo dijo ayer en Moscú."))
                .containsExactly("FRAGOV>RUS 042");
    }

    @Test
    void callingSomeoneWithNothingAskedIsATelephoneCall() throws ExtractionException {
        assertThat(coded("El presidente de Brasil llamó por teléfono al presidente de Argentina."))
                .containsExactly("BRAGOV>ARGGOV 041");
        // Asked to do something, or something asked for, it is an appeal.
        assertThat(coded("El presidente de Estados Unidos llamó a Rusia a negociar."))
                .containsExactly("USAGOV>RUS 020");
        assertThat(coded("Turquía llamó a Siria a la calma.")).containsExactly("TUR>SYR 020");
        assertThat(coded("El ministro de Francia llamó a una salida negociada con Israel."))
                .containsExactly("FRAGOV>ISR 020");
    }

    @Test
    void wordsUsedInAnotherSenseCodeNoEvent() throws ExtractionException {
        // A name given is no appeal; a detonated negotiation no bombing; an anger understood no recognition.
        assertThat(coded("El partido de Venezuela que apoya a Colombia se llama Patria Libre.")).doesNotContain(
                "VENPTY>COL 020");
        assertThat(coded("¿Qué detonó la crisis entre México y Estados Unidos?")).noneMatch(c -> c.endsWith(" 183"));
        assertThat(coded("Rebeldes sirios detonaron un artefacto explosivo en Damasco.")).contains("SYRREB>- 183");
        assertThat(coded("El presidente de México reconoce como comprensible el enojo de los estadounidenses."))
                .noneMatch(c -> c.endsWith(" 054"));
        assertThat(coded("Colombia reconoció la independencia de Kosovo.")).containsExactly("COL>XKX 054");
    }

    @Test
    void theSovietUnionIsCodedAsRussia() throws ExtractionException {
        assertThat(coded("En Malta, el presidente Bush y el premier de la Unión Soviética, Mijaíl Gorbachov, "
                + "acordaron poner fin a la Guerra Fría.", LocalDate.of(1989, 12, 3)))
                .contains("USAGOV>RUSGOV 030");
    }

    @Test
    void aDemandOrAccusationBroughtBeforeACourtIsALawsuitAgainstTheAccused() throws ExtractionException {
        assertThat(coded("Nicaragua demandó a Colombia ante la Corte Internacional de Justicia."))
                .containsExactly("NIC>COL 115");
        assertThat(coded("Canadá denunció a Estados Unidos ante la OMC.")).containsExactly("CAN>USA 115");
        // The court is where the suit is brought, not whom it is against.
        assertThat(coded("Bolivia presentó una demanda contra Chile ante la Corte Internacional de Justicia."))
                .containsExactly("BOL>CHL 115");
        // Before a body that is no court, an accusation stays one.
        assertThat(coded("Cuba presentó una denuncia contra Estados Unidos ante la ONU."))
                .containsExactly("CUB>USA 111");
    }

    @Test
    void theRecipientOfARefusedOrThreatenedActIsThePartnerOfItsObject() throws ExtractionException {
        assertThat(coded("México rechazó firmar un acuerdo comercial con Estados Unidos.")).contains("MEX>USA 120");
        assertThat(coded("Bolivia amenazó con revisar el contrato de venta de gas a Argentina."))
                .contains("BOL>ARG 130");
        // A purpose is no complement: those who meet to express solidarity with Iraq meet no Iraqi.
        assertThat(coded("Diputados de Israel se reunieron en Haifa para expresar su solidaridad con el pueblo de "
                + "Irak.")).doesNotContain("ISRLEG>IRQ 040", "ISRLEG>IRQCVL 040");
    }

    @Test
    void forceWhereOneSpeaksOrWritesIsCriticism() throws ExtractionException {
        assertThat(coded("El presidente de Francia atacó duramente a Alemania en una entrevista."))
                .containsExactly("FRAGOV>DEU 111");
        assertThat(coded("El presidente de Venezuela arremetió en Twitter contra Colombia."))
                .containsExactly("VENGOV>COL 111");
        // Where a place is named, force is force.
        assertThat(coded("Rusia atacó a Ucrania en Járkov.")).containsExactly("RUS>UKR 190");
    }

    @Test
    void warByOtherMeansIsNoForce() throws ExtractionException {
        assertThat(coded("El Gobierno de Argentina emprendió una ofensiva diplomática contra el Fondo Monetario "
                + "Internacional.")).noneMatch(c -> c.endsWith(" 190"));
        assertThat(coded("Estados Unidos libra una guerra comercial contra China.")).noneMatch(c -> c.endsWith(" 190"));
        assertThat(coded("Rusia lanzó una ofensiva militar contra Ucrania.")).containsExactly("RUS>UKR 190");
    }

    @Test
    void callingAnActorNamesIsCriticism() throws ExtractionException {
        assertThat(coded("El presidente de Venezuela llamó traidor al líder opositor de Venezuela."))
                .containsExactly("VENGOV>VENOPP 111");
        assertThat(coded("El presidente de Francia tildó de dictador al presidente de Venezuela."))
                .containsExactly("FRAGOV>VENGOV 111");
        assertThat(coded("El presidente de Venezuela calificó al presidente de Colombia de traidor."))
                .containsExactly("VENGOV>COLGOV 111");
        // A name that is no insult is no criticism, and a call is still a call.
        assertThat(coded("Chile calificó de positivas las conversaciones con Perú.")).containsExactly("CHL>PER 013");
        assertThat(coded("El presidente de Chile llamó al presidente de Perú.")).containsExactly("CHLGOV>PERGOV 041");
    }

    @Test
    void undoingAnActIsItsOpposite() throws ExtractionException {
        assertThat(coded("Estados Unidos revocó las sanciones contra Cuba.")).containsExactly("USA>CUB 085");
        assertThat(coded("El gobierno de Chile anuló las restricciones de viaje a Argentina."))
                .containsExactly("CHLGOV>ARG 081");
        assertThat(coded("Alemania suspendió la visita de su ministro a China.")).containsExactly("DEU>CHN 125");
        // The undone act named by an infinitive is not the undoer's: Biden does not leave the WHO.
        assertThat(coded("El presidente de Estados Unidos revirtió la decisión de abandonar la OMS."))
                .containsExactly("USAGOV>UNOHLH 050");
        assertThat(coded("El Senado de Estados Unidos revocó la orden de expulsar a los diplomáticos rusos."))
                .containsExactly("USALEG>RUSGOV 050");
        assertThat(coded("El presidente de Colombia retiró la orden de bombardear los campamentos de las FARC."))
                .containsExactly("COLGOV>COLREB 087");
        // An act with its own subject stays that subject's.
        assertThat(coded("Biden revirtió la decisión de Trump de que Estados Unidos abandone la OMS.",
                LocalDate.of(2021, 1, 21))).contains("USAGOV>UNOHLH 050", "USA>UNOHLH 160");
    }

    @Test
    void timeAdjunctsAndDistancesHoldNoRecipient() throws ExtractionException {
        // "durante los gobiernos de X" is when, "al norte de Santiago" where: neither names whom the act reaches.
        assertThat(coded("Durante la presidencia del presidente de Chile, el ejército de Argentina brindó apoyo a los "
                + "esfuerzos de paz.")).noneMatch(c -> c.contains(">CHL"));
        assertThat(coded("El gobierno de Perú llamó a los manifestantes a colaborar en Tacna, a 30 km al norte de "
                + "Santiago.")).noneMatch(c -> c.contains(">CHL"));
    }

    @Test
    void aPoliticiansForceOnTheOwnPressCourtsOrParliamentIsWords() throws ExtractionException {
        assertThat(coded("El presidente de Venezuela atacó al Congreso de Venezuela."))
                .containsExactly("VENGOV>VENLEG 111");
        // The police's force on journalists, or force on another state's press, stays force.
        assertThat(coded("La policía de México atacó a periodistas mexicanos.")).containsExactly("MEXCOP>MEXMED 190");
        assertThat(coded("El presidente de Venezuela atacó a la prensa de Colombia."))
                .containsExactly("VENGOV>COLMED 190");
    }

    @Test
    void anEventNounInACompoundThatNamesNoActIsNoEvent() throws ExtractionException {
        assertThat(coded("El presidente de México dijo que no habrá marcha atrás con los aumentos.")).isEmpty();
        assertThat(coded("El presidente de Rusia sufrió un ataque de pánico.")).isEmpty();
        // (In Spain "el paro" is also unemployment, measured by rates and figures.)
        assertThat(coded("La tasa de paro de España subió, según los datos del paro registrado.")).isEmpty();
        assertThat(coded("Los maestros de México iniciaron un paro nacional.")).containsExactly("MEXEDU>MEXGOV 143");
        // Nor does such a compound meet a verb entry's object: a health alert is no police alert.
        assertThat(coded("El gobierno de Chile decretó la alerta sanitaria.")).isEmpty();
        assertThat(coded("El gobierno de Ecuador decretó la alerta máxima por las protestas."))
                .contains("ECUGOV>- 151");
    }

    @Test
    void anActorWordInsideANameIsNoActor() throws ExtractionException {
        // "el Día de la Marina" is a day, "el Museo del Ejército" a building: neither is the navy or the army.
        assertThat(coded("El presidente de México visitó el Museo del Ejército.")).isEmpty();
        assertThat(coded("El presidente de México criticó la Ley de la Policía.")).isEmpty();
        assertThat(coded("El presidente de México criticó la ley de Estados Unidos."))
                .containsExactly("MEXGOV>USA 111");
    }

    @Test
    void aVerbOfKillingWithAnUnmarkedThingForObjectIsAnotherAct() throws ExtractionException {
        assertThat(coded("El gobierno de Nicaragua se dispone a ejecutar un plan de reducción del Estado.")).isEmpty();
        assertThat(coded("Paramilitares colombianos ejecutaron por venganza a un campesino colombiano."))
                .containsExactly("COLREB>COLAGR 190");
    }

    @Test
    void strivingForACauseIsNoForceButFightingToOverthrowIs() throws ExtractionException {
        assertThat(coded("El presidente de Colombia luchó por la paz.")).isEmpty();
        assertThat(coded("El presidente de Colombia luchó para devolver la libertad a los colombianos."))
                .noneMatch(c -> c.endsWith(" 190"));
        assertThat(coded("Las FARC lucharon para derrocar al gobierno de Colombia.")).containsExactly("COLREB>COLGOV 190");
        // A purpose is cooperative by the reading its verb takes with its object: "retomar el control" is no
        // "retomar el trabajo" (yield).
        assertThat(coded("El gobierno de Haití lucha para retomar el control de las ciudades en poder de los rebeldes "
                + "haitianos.")).contains("HTIGOV>- 190");
    }

    @Test
    void aProtestIsAimedAtWhoeverDidWhatItIsAbout() throws ExtractionException {
        assertThat(coded("Cientos de iraquíes manifestaron en Faluya para protestar por la incursión aérea "
                + "estadounidense.")).contains("IRQ>USA 141", "IRQ>USA 140").noneMatch(c -> c.contains(">IRQGOV"));
        assertThat(coded("Los estudiantes de Chile protestaron por la represión de la policía chilena."))
                .contains("CHLEDU>CHLCOP 140");
    }

    @Test
    void anAdjunctRightAfterTheObjectIsTheObjectsAct() throws ExtractionException {
        // The strike is the doctors', not the government's; a clause's own adjunct stays its subject's.
        assertThat(coded("El Gobierno de Nicaragua solicitó a los médicos en huelga una tregua."))
                .contains("NICGOV>HLH 020", "NICHLH>NICGOV 143").noneMatch(c -> c.startsWith("NICGOV>-"));
        assertThat(coded("Los mineros de Bolivia marcharon en protesta por los despidos."))
                .containsExactly("BOLLAB>BOLGOV 141");
    }

    @Test
    void aComplementMarkedComoSaysWhatOneIsNotWhomOneActsOn() throws ExtractionException {
        assertThat(coded("Bukele y Maduro coinciden en su experiencia previa como gobernantes de grandes ciudades."))
                .noneMatch(c -> c.contains(">GOV"));
    }

    @Test
    void aContinentIsNoPlaceOfAState() throws ExtractionException {
        // GeoNames lists "Africa" as an old name of Mahdia, Tunisia.
        assertThat(coded("España conquistó gran parte de África.")).noneMatch(c -> c.contains("TUN"));
        assertThat(coded("España conquistó gran parte de Marruecos.")).containsExactly("ESP>MAR 192");
    }

    @Test
    void theDeComplementOfAnAnnexationIsWhatIsTaken() throws ExtractionException {
        assertThat(coded("Los historiadores discuten la anexión de Austria.")).isEmpty();
        assertThat(coded("Argelia denunció la anexión marroquí del Sáhara Occidental.")).contains("MAR>ESH 192");
    }

    @Test
    void aPrepositionMarksNoDirectObject() throws ExtractionException {
        // "desaparecer" codes an abduction only with someone made to disappear.
        assertThat(coded("El político mexicano perdió la campaña y desapareció de la escena pública.")).isEmpty();
        assertThat(coded("Paramilitares colombianos desaparecieron a un joven."))
                .anyMatch(c -> c.startsWith("COLREB>") && c.endsWith(" 181"));
    }

    @Test
    void thoseWhoBearNoArmsShowNoMilitaryForce() throws ExtractionException {
        assertThat(coded("El Partido Popular denunció las maniobras de Unidas Podemos para torpedear el diálogo."))
                .noneMatch(c -> c.endsWith(" 150"));
        assertThat(coded("China efectuó maniobras militares ante las costas de Taiwán.")).containsExactly("CHN>TWN 150");
    }

    @Test
    void aParticipleWithASubjectAndNoAuxiliaryIsSaidOfWhatSufferedTheAct() throws ExtractionException {
        // The parser makes "agredidos" a clause with "los niños" for its subject; they were assaulted.
        assertThat(coded("Los niños venezolanos agredidos dormían en otra habitación."))
                .containsExactly("VENUAF>VENCVL 182");
        assertThat(coded("Cinco iraquíes detenidos el domingo confesaron.")).containsExactly("COP>IRQ 173");
    }

    @Test
    void harmToAGoodNameOrACultureIsNoViolence() throws ExtractionException {
        assertThat(coded("Las noticias de la prensa española dañan gravemente la imagen del Gobierno de España."))
                .isEmpty();
        assertThat(coded("El Gobierno de Francia no quiere matar la cultura del país.")).isEmpty();
        assertThat(coded("Rusia dañó la red eléctrica de Ucrania.")).containsExactly("RUS>UKR 1712");
    }

    @Test
    void toSentenceIsAVerdictOnSomeoneNotASayingThat() throws ExtractionException {
        assertThat(coded("El presidente de México sentenció que las Fuerzas Armadas se mantendrán en Chiapas."))
                .noneMatch(c -> c.endsWith(" 116"));
        assertThat(coded("Irán sentenció a un periodista estadounidense.")).containsExactly("IRN>USAMED 116");
    }

    @Test
    void aParticipleOfAnEventNounCarriesItsSides() throws ExtractionException {
        assertThat(coded("Rusia criticó el acuerdo firmado entre Estados Unidos y Ucrania.")).contains("USA>UKR 057");
        // A light verb's subject does not take over a noun that names its own two sides.
        assertThat(coded("El candidato de Ecuador no mantendrá el acuerdo firmado entre el FMI y el presidente de "
                + "Ecuador.")).contains("IMF>ECUGOV 057").noneMatch(c -> c.startsWith("ECUPTY>") && c.endsWith(" 057"));
    }

    @Test
    void aWarOnASocialIllOrAContestAtThePollsIsNoForce() throws ExtractionException {
        assertThat(coded("Chile no está dando una guerra contra el narcotráfico.")).isEmpty();
        assertThat(coded("El exvicepresidente de Estados Unidos se aseguró la nominación para enfrentarse al "
                + "presidente de Estados Unidos en las elecciones de noviembre.")).noneMatch(c -> c.endsWith(" 190"));
        assertThat(coded("Rusia declaró la guerra contra Ucrania.")).anyMatch(c -> c.startsWith("RUS>UKR 19"));
    }

    @Test
    void whatNatureStrikesNoOneAssaults() throws ExtractionException {
        assertThat(coded("Cuando México fue golpeado por dos terremotos, la agencia quedó paralizada.")).isEmpty();
        assertThat(coded("Un periodista mexicano fue golpeado en la capital de México.")).isNotEmpty();
    }

    @Test
    void oneSignsWithAPartnerNotWithThoseOneSends() throws ExtractionException {
        assertThat(coded("El presidente de Estados Unidos firmó el memorándum para enviar tropas de la Guardia "
                + "Nacional a la frontera.")).noneMatch(c -> c.endsWith(" 057"));
    }

    @Test
    void aProtestAgainstAnOfficialsPolicyIsAimedAtThem() throws ExtractionException {
        assertThat(coded("Una mujer mexicana protagonizó una protesta contra las políticas migratorias de Trump.",
                LocalDate.of(2019, 10, 1))).containsExactly("MEXCVL>USAGOV 141");
        assertThat(coded("Las protestas en Arequipa contra la privatización de dos empresas peruanas dejan un muerto."))
                .noneMatch(c -> c.contains(">PERBUS"));
    }

    @Test
    void whomOneUrgesDoesWhatItIsFor() throws ExtractionException {
        assertThat(coded("El presidente de Estados Unidos presionó a su homólogo ucraniano para investigar a Joe "
                + "Biden.", LocalDate.of(2019, 10, 1))).contains("USAGOV>UKRGOV 100", "UKRGOV>USAELI 090");
        // A call made to congratulate is the caller's act.
        assertThat(coded("El presidente de Francia llamó al presidente de Chile para felicitarlo."))
                .noneMatch(c -> c.startsWith("CHLGOV>"));
    }

    @Test
    void aMarchOfAThingIsItsProgressNoProtest() throws ExtractionException {
        assertThat(coded("Los presidentes de Chile y Perú analizaron la marcha de las relaciones bilaterales."))
                .noneMatch(c -> c.endsWith(" 141"));
        assertThat(coded("Los estudiantes de Chile iniciaron una marcha de protesta contra el gobierno de Chile."))
                .containsExactly("CHLEDU>CHLGOV 141");
    }

    @Test
    void aThreatenedActIsCodedAsItsThreat() throws ExtractionException {
        assertThat(coded("Rusia amenazó con romper relaciones con Ucrania.")).containsExactly("RUS>UKR 1313");
        assertThat(coded("Estados Unidos amenazó con imponer sanciones a Venezuela.")).containsExactly("USA>VEN 1312");
        assertThat(coded("Corea del Norte amenazó con atacar a Corea del Sur.")).containsExactly("PRK>KOR 1384");
        // An act with no threat of its own keeps the plain threat.
        assertThat(coded("Estados Unidos amenazó a Venezuela con nuevas medidas.")).containsExactly("USA>VEN 130");
    }

    @Test
    void aSubjunctiveClauseIsTheActOfWhomItsGoverningVerbAddresses() throws ExtractionException {
        assertThat(coded("Venezuela le pidió a Colombia que retire sus tropas de la frontera."))
                .containsExactly("VEN>COL 020", "COL>- 0874");
        assertThat(coded("El presidente de Francia pidió al presidente de Rusia que visite París."))
                .containsExactly("FRAGOV>RUSGOV 020", "RUSGOV>FRA 042");
        // Someone no actor stands for is asked: the one who asks does not act in their stead.
        assertThat(coded("El presidente de Venezuela invitó a Juan Pérez a visitar su país."))
                .noneMatch(c -> c.endsWith(" 042"));
        assertThat(coded("El general ordenó a las fuerzas policiales antimotines dispersar la marcha en Bolivia."))
                .contains("BOLCOP>BOLCVL 175");
        // One's own act is an infinitive, and stays one's own.
        assertThat(coded("Rusia pidió visitar Ucrania.")).contains("RUS>UKR 042");
    }

    @Test
    void anOffensiveToTalkOrAgreeAndFreedomOfMovementAreNoForceNorProtest() throws ExtractionException {
        assertThat(coded("El gobierno argentino emprendió otra ofensiva para firmar el acuerdo con el FMI."))
                .containsExactly("ARGGOV>IMF 057");
        assertThat(coded("El ejército de Nicaragua lanzará una ofensiva para poner fin a la violencia armada."))
                .anyMatch(c -> c.startsWith("NICMIL>") && c.endsWith(" 190"));
        assertThat(coded("La Constitución de Costa Rica garantiza la libre movilización de los ciudadanos."))
                .isEmpty();
    }

    @Test
    void onesOwnForcesInAStateAreNotThatStatesForces() throws ExtractionException {
        assertThat(coded("Estados Unidos retiró sus tropas de Afganistán.")).containsExactly("USA>AFG 0874");
        assertThat(coded("Japón prometió retirar sus tropas de Irak.")).containsExactly("JPN>IRQ 0356");
        // Without the possessive, the forces "de Irak" are Iraq's.
        assertThat(coded("Las tropas de Irak atacaron a Irán.")).containsExactly("IRQMIL>IRN 190");
    }

    @Test
    void roadBlockadesAreNoCourts() throws ExtractionException {
        assertThat(coded("Más protestas en Argentina con cacerolas y cortes de ruta.")).isNotEmpty()
                .allMatch(c -> c.startsWith("ARGCVL>ARGGOV 14"));
        assertThat(coded("Los cortes de ruta de los piqueteros argentinos continuaron."))
                .containsExactly("ARGCVL>ARGGOV 144");
        assertThat(coded("La Corte Suprema de Argentina criticó al gobierno de Argentina."))
                .containsExactly("ARGJUD>ARGGOV 111");
    }

    @Test
    void aRelativePronounStandsForItsAntecedent() throws ExtractionException {
        assertThat(coded("El presidente de Francia habló con el gobierno de Italia, al que acusó de racismo."))
                .containsExactly("FRAGOV>ITAGOV 040", "FRAGOV>ITAGOV 112");
        assertThat(coded("El presidente de México se reunió con el presidente de Guatemala, con quien acordó "
                + "eliminar trabas comerciales.")).contains("MEXGOV>GTMGOV 030");
        assertThat(coded("El presidente de Ecuador, quien fue destituido por el Congreso de Ecuador, viajó a Panamá."))
                .contains("ECULEG>ECUGOV 172");
    }

    @Test
    void toPromiseAConflictualActIsToThreatenIt() throws ExtractionException {
        assertThat(coded("Rusia prometió romper relaciones con Ucrania.")).containsExactly("RUS>UKR 1313");
        assertThat(coded("Corea del Norte prometió atacar a Corea del Sur.")).containsExactly("PRK>KOR 1384");
        assertThat(coded("Irán prometió duras represalias contra Estados Unidos.")).containsExactly("IRN>USA 130");
        assertThat(coded("Estados Unidos prometió nuevas sanciones contra Rusia.")).containsExactly("USA>RUS 1312");
        // A threat of force is aimed where the force would strike, and through the act a light verb launches.
        assertThat(coded("Estados Unidos amenazó con una intervención militar en Venezuela."))
                .containsExactly("USA>VEN 138");
        assertThat(coded("El presidente de Estados Unidos amenazó con lanzar una intervención militar en Venezuela."))
                .containsExactly("USAGOV>VEN 1384");
        assertThat(coded("China amenazó a Estados Unidos con represalias comerciales.")).containsExactly("CHN>USA 130");
        // A cooperative act promised stays an intent to cooperate.
        assertThat(coded("Japón prometió retirar sus tropas de Irak.")).anyMatch(c -> c.endsWith(" 0356"))
                .noneMatch(c -> c.contains(" 13"));
        assertThat(coded("Japón prometió ayuda humanitaria a Filipinas.")).containsExactly("JPN>PHL 0333");
    }

    @Test
    void theSourcesOwnNameIsNoPlaceItStrikes() throws ExtractionException {
        assertThat(coded("Irán condena la guerra de Estados Unidos.")).noneMatch(c -> c.startsWith("USA>USA"));
        assertThat(coded("Irán condena la guerra psicológica de Estados Unidos.")).containsExactly("IRN>USA 111");
    }

    @Test
    void whatIsGivenBesideADativeAndWhereOneGoesAreNoRecipients() throws ExtractionException {
        List<Event> offer = SharedModels.extractor().extract(new Article("t", "", "El gobierno de Bolivia criticó a "
                + "Ecuador. Guillermo Lasso le ofreció cinco ministerios a cambio de votos.", LocalDate.of(2021, 5, 10),
                "es", null, null, null), null).events();
        assertThat(offer).noneMatch(e -> e.target() != null && e.target().text().contains("ministerios"));
        assertThat(coded("El fiscal de México pidió a los heridos que acudieran al hospital."))
                .noneMatch(e -> e.contains("HLH"));
    }

    @Test
    void theTroopsOneDeploysAreNoRecipientsThoughTheArticleGivesThemAState() throws ExtractionException {
        // The entry's object is what is deployed; placed only by the article's main state, it is no recipient.
        assertThat(coded("El gobierno de Perú criticó a Chile. La OTAN desplegó tropas en Rumania."))
                .contains("NAT>- 154").noneMatch(e -> e.startsWith("NAT>PER"));
        // Troops of a state named in their own phrase still are someone's.
        assertThat(coded("El gobierno de Perú criticó a Chile. Rusia expulsó diplomáticos estadounidenses."))
                .contains("RUS>USAGOV 161");
    }

    @Test
    void theAgentOfALightVerbsParticipleDoesTheActItsNounNames() throws ExtractionException {
        assertThat(coded("El ataque perpetrado por Hamás contra Israel dejó cientos de muertos."))
                .containsExactly("PSEREB>ISR 190");
        assertThat(coded("Las sanciones impuestas por Estados Unidos a Rusia afectan la economía."))
                .containsExactly("USA>RUS 163");
        assertThat(coded("La marcha organizada por los sindicatos de Argentina recorrió Buenos Aires."))
                .containsExactly("ARGLAB>ARGGOV 141");
        // Not who acts on the act, nor who leads a crowd.
        assertThat(coded("Las marchas de los estudiantes de Irán, reprimidas por las autoridades, crecieron."))
                .noneMatch(e -> e.startsWith("IRNGOV>"));
        assertThat(coded("Una concentración encabezada por el presidente de Venezuela llenó Caracas."))
                .noneMatch(e -> e.startsWith("VENGOV>"));
    }

    @Test
    void whatIsSaidOfTheMeetingToldIsSaidToItsSidesAndTheTwoAreItsSides() throws ExtractionException {
        String met = "El presidente de Colombia y el presidente de Venezuela firmaron un acuerdo comercial. El "
                + "Departamento de Estado de Estados Unidos criticó el encuentro. ";
        assertThat(coded(met)).contains("USAGOV>COLGOV 111", "USAGOV>VENGOV 111");
        // "Los dos gobiernos" are the sides of the signing, not the latest two states named.
        assertThat(coded(met + "Los dos gobiernos acordaron reanudar los vuelos directos."))
                .filteredOn(e -> e.endsWith(" 030")).containsExactly("VENGOV>COLGOV 030");
        // An act called shameful is criticised.
        assertThat(coded("Chile calificó de inaceptable la decisión de Bolivia.")).containsExactly("CHL>BOL 111");
    }

    @Test
    void theReflexiveSeIsNoObjectOfATransitiveEntry() throws ExtractionException {
        // "ocuparse de" takes care of; occupying needs an object of its own.
        assertThat(coded("El gobierno de Argentina se ocupa de los desempleados de Argentina.")).isEmpty();
        assertThat(coded("Israel ocupó el sur de Líbano.")).containsExactly("ISR>LBN 192");
    }

    @Test
    void whomAnotherActFavoursIsNoRecipientOfADenial() throws ExtractionException {
        assertThat(coded("El partido de Venezuela niega hacer pintas a favor de López Obrador.",
                LocalDate.of(2021, 5, 10))).noneMatch(e -> e.contains(">MEX"));
    }

    @Test
    void aCampaignRallyAndYouthUnemploymentAreNoProtests() throws ExtractionException {
        LocalDate date = LocalDate.of(2018, 5, 10);
        assertThat(coded("El candidato del PRI celebró un mitin de campaña en Toluca.", date)).isEmpty();
        assertThat(coded("El paro juvenil en España subió en marzo.", date)).isEmpty();
        assertThat(coded("Los trabajadores de Chile celebraron un mitin contra el gobierno de Chile.", date))
                .containsExactly("CHLLAB>CHLGOV 141");
    }

    @Test
    void theSidesOfABorderWhereAClashHappensAreNotItsSides() throws ExtractionException {
        String text = "Manifestantes palestinos trasladan a un hombre herido durante los enfrentamientos con soldados "
                + "israelíes en la frontera entre Gaza e Israel.\n\nHubo enfrentamientos entre Colombia y Venezuela en "
                + "la frontera.";
        assertThat(coded(text, LocalDate.of(2019, 5, 28))).containsExactly("COL>VEN 190");
    }

    @Test
    void countedPeopleOneHelpsWithAreNoPartners() throws ExtractionException {
        LocalDate date = LocalDate.of(2017, 9, 25);
        assertThat(coded("Israel colaboró con 70 personas, entre soldados y expertos, para el rescate en México.", date))
                .isEmpty();
        assertThat(coded("Ecuador apoyó con 30 expertos, Venezuela con 50 socorristas.", date)).isEmpty();
        assertThat(coded("Chile colaboró con Perú en el rescate.", date)).containsExactly("CHL>PER 060");
    }

    @Test
    void aMeetingThatSetsAClausesTimeIsItsSubjects() throws ExtractionException {
        assertThat(coded("Tras la reunión con el presidente de Francia, el canciller de Alemania viajó a Polonia."))
                .containsExactlyInAnyOrder("DEUGOV>FRAGOV 040", "DEUGOV>POL 042");
        assertThat(coded("En una reunión con el presidente de Francia, el canciller de Alemania criticó a Rusia."))
                .containsExactlyInAnyOrder("DEUGOV>FRAGOV 040", "DEUGOV>RUS 111");
        assertThat(coded("Luego del encuentro con el presidente de Francia, el canciller de Alemania viajó a Polonia."))
                .contains("DEUGOV>FRAGOV 040");
        // A protest the verb's act is, is no second act.
        assertThat(coded("Los estudiantes de Chile marcharon en protesta contra el gobierno.")).hasSize(1);
    }
}
