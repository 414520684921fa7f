package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.dyad.coding.Event;
import org.dyad.factuality.Factuality;
import org.dyad.ingest.Article;
import org.junit.jupiter.api.Test;

/** Each factuality cue class, attribution, time and place on invented Spanish sentences (none from a gold set). */
class FactualityTimePlaceIT {
    private static final LocalDate DATE = LocalDate.of(2022, 3, 10); // a Thursday

    private static List<Event> extract(String text) throws ExtractionException {
        return SharedModels.extractor().extract(new Article("t", "", text, DATE, "es", null, null, null), null)
                .events();
    }

    private static Event only(String text, String code) throws ExtractionException {
        List<Event> found = extract(text).stream().filter(e -> e.type().code().value().equals(code)).toList();
        assertThat(found).as("events %s in '%s'", code, text).isNotEmpty();
        return found.get(0);
    }

    @Test
    void aRefusalOrOppositionNegatesTheActItGoverns() throws ExtractionException {
        assertThat(only("El rechazo de México a firmar un tratado con Estados Unidos fue evidente.", "057")
                .factuality()).isEqualTo(Factuality.NEGATED);
        assertThat(only("Chile se opone a negociar con Bolivia.", "046").factuality()).isEqualTo(Factuality.NEGATED);
        assertThat(only("Perú descartó reunirse con Chile.", "040").factuality()).isEqualTo(Factuality.NEGATED);
    }

    @Test
    void aNounOfPossibilityMakesItsActHypothetical() throws ExtractionException {
        assertThat(only("Los riesgos de hostilidades entre India y Pakistán no pueden ser eliminados.", "190")
                .factuality()).isEqualTo(Factuality.HYPOTHETICAL);
        assertThat(only("El gobierno de Chile no descarta la posibilidad de un ataque de Perú contra Bolivia.", "190")
                .factuality()).isEqualTo(Factuality.HYPOTHETICAL);
        assertThat(only("Las hostilidades entre India y Pakistán se intensificaron.", "190").factuality())
                .isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void aConjoinedInfinitiveIsFramedAsTheFirstAndWhatOneUrgesIsAsked() throws ExtractionException {
        assertThat(only("México ya había rechazado dos veces negociar y firmar un acuerdo comercial con Estados "
                + "Unidos.", "057")
                .factuality()).isEqualTo(Factuality.NEGATED);
        assertThat(only("El presidente de Estados Unidos presionó a su homólogo ucraniano para investigar a Joe "
                + "Biden.", "090").factuality()).isEqualTo(Factuality.EXPECTED);
    }

    @Test
    void aVerbsNegationDeniesItsSubjectEventOnlyWhenItTellsThatItHappened() throws ExtractionException {
        assertThat(only("La reunión entre Rusia y Ucrania no tuvo lugar.", "040").factuality())
                .isEqualTo(Factuality.NEGATED);
        assertThat(only("No se produjo el ataque de Israel contra Irán.", "190").factuality())
                .isEqualTo(Factuality.NEGATED);
        assertThat(only("Rusia y Ucrania no firmaron el acuerdo.", "057").factuality()).isEqualTo(Factuality.NEGATED);
        // The protests happened; what is denied is their effect, their justification, the space given to them.
        assertThat(only("Las protestas de Francia contra Italia no tuvieron efecto.", "114").factuality())
                .isEqualTo(Factuality.ASSERTED);
        assertThat(only("La huelga de los maestros chilenos no afectó el transporte.", "143").factuality())
                .isEqualTo(Factuality.ASSERTED);
        assertThat(only("La prensa oficial de China no brindó espacio a las protestas de opositores tibetanos.",
                "141").factuality()).isEqualTo(Factuality.ASSERTED);
        // Nor is a noun denied that the negated verb reaches through a complement other than "de".
        assertThat(only("El gobierno de Bolivia no tenía cifras sobre la incidencia de la huelga de los maestros "
                + "bolivianos.", "143").factuality()).isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void noObstanteAndNoSoloNegateNothing() throws ExtractionException {
        assertThat(only("No obstante, la policía de Chile reforzó su presencia en la plaza.", "154").factuality())
                .isEqualTo(Factuality.ASSERTED);
        assertThat(only("El gobierno de Perú no sólo criticó a Chile sino también a Bolivia.", "111").factuality())
                .isEqualTo(Factuality.ASSERTED);
        assertThat(only("El gobierno de Perú no criticó a Chile.", "111").factuality()).isEqualTo(Factuality.NEGATED);
    }

    @Test
    void anActAnnouncedOrPlannedByANounIsExpected() throws ExtractionException {
        assertThat(only("La oposición de Perú hizo el anuncio de masivas marchas de protesta contra el gobierno de "
                + "Perú.", "141").factuality()).isEqualTo(Factuality.EXPECTED);
        assertThat(only("El plan de marchas de los campesinos de Perú preocupa al gobierno de Perú.", "141")
                .factuality()).isEqualTo(Factuality.EXPECTED);
        // So does an adjective of what is possible or to come, and a participle of what is planned.
        assertThat(only("La policía de Perú teme eventuales protestas de los campesinos peruanos.", "141")
                .factuality()).isEqualTo(Factuality.HYPOTHETICAL);
        assertThat(only("A pesar de las posibles protestas en Canadá, la policía parece tranquila.", "141")
                .factuality()).isEqualTo(Factuality.HYPOTHETICAL);
        assertThat(only("La próxima visita del presidente de Chile a Argentina será en mayo.", "042")
                .factuality()).isEqualTo(Factuality.EXPECTED);
        assertThat(only("Los sindicatos de Paraguay desactivaron una huelga general programada para el miércoles.",
                "143").factuality()).isEqualTo(Factuality.EXPECTED);
    }

    @Test
    void aVisitPostponedIsStillToCome() throws ExtractionException {
        assertThat(only("El secretario de Estado de Estados Unidos aplazó su viaje a China.", "042").factuality())
                .isEqualTo(Factuality.EXPECTED);
        assertThat(only("El canciller de Chile pospuso su visita a Perú.", "042").factuality())
                .isEqualTo(Factuality.EXPECTED);
        // A verb whose own entry is the act keeps its factuality: cutting aid happened.
        assertThat(only("El gobierno de Chile canceló su ayuda a Bolivia.", "162").factuality())
                .isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void aProtestCalledIsExpectedOnTheDayItIsCalledFor() throws ExtractionException {
        Event strike = only("Los sindicatos de Argentina convocaron a un paro general para el 20 de marzo.", "143");
        assertThat(strike.factuality()).isEqualTo(Factuality.EXPECTED);
        assertThat(strike.source().code()).isEqualTo("ARGLAB");
        assertThat(strike.date().iso()).isEqualTo("2022-03-20");
        // A day after the story's cannot date the past call: it is the protest's.
        assertThat(only("La oposición de Venezuela convocó a una marcha el próximo sábado.", "141").date().iso())
                .isEqualTo("2022-03-12");
        Event march = only("Los maestros de Chile convocaron una marcha contra el gobierno de Chile.", "141");
        assertThat(march.factuality()).isEqualTo(Factuality.EXPECTED);
        assertThat(march.date()).isNull();
    }

    @Test
    void anActAskedForIsExpectedAndDatedOnlyByTheDayItIsAskedFor() throws ExtractionException {
        Event arrest = only("El gobierno de Rusia pidió este lunes la detención de los opositores rusos.", "173");
        assertThat(arrest.factuality()).isEqualTo(Factuality.EXPECTED);
        assertThat(arrest.date()).isNull();
        Event strike = only("Los maestros de Bolivia llamaron para este viernes a un paro contra el gobierno de "
                + "Bolivia.", "143");
        assertThat(strike.factuality()).isEqualTo(Factuality.EXPECTED);
        assertThat(strike.date().iso()).isEqualTo("2022-03-11");
    }

    @Test
    void aRelativeClauseInTheSubjunctiveIsHypothetical() throws ExtractionException {
        assertThat(extract("El ministro israelí pidió castigar a los palestinos que ataquen con cometas.").stream()
                .filter(e -> e.trigger().equals("ataquen")).map(Event::factuality).toList())
                .containsExactly(Factuality.HYPOTHETICAL);
        assertThat(only("Los palestinos que atacaron con cometas fueron detenidos por Israel.", "173").factuality())
                .isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void whatOneFearsOrForeseesIsHypothetical() throws ExtractionException {
        assertThat(only("Los comercios cerraron en previsión de actos de vandalismo en México.", "145").factuality())
                .isEqualTo(Factuality.HYPOTHETICAL);
        assertThat(only("Francia reforzó la vigilancia por temor a ataques de Argelia contra Francia.", "190")
                .factuality()).isEqualTo(Factuality.HYPOTHETICAL);
    }

    @Test
    void plainPastIsAsserted() throws ExtractionException {
        assertThat(only("Francia condenó a Marruecos por el ataque.", "111").factuality())
                .isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void reportingFramesAndSegunAreReportedWithTheirSource() throws ExtractionException {
        Event said = only("El gobierno de Chile dijo que Perú amenazó a Bolivia.", "130");
        assertThat(said.factuality()).isEqualTo(Factuality.REPORTED);
        assertThat(said.attribution().country()).isEqualTo("CHL");
        Event segun = only("Brasil criticó a Argentina, según la agencia Xinhua.", "111");
        assertThat(segun.factuality()).isEqualTo(Factuality.REPORTED);
        assertThat(segun.attribution().code()).isEqualTo("CHNMED");
    }

    @Test
    void beliefAndAccusationFramesAreAlleged() throws ExtractionException {
        Event e = only("Japón cree que China suministró misiles a Corea del Norte.", "072");
        assertThat(e.factuality()).isEqualTo(Factuality.ALLEGED);
        assertThat(e.attribution().country()).isEqualTo("JPN");
        assertThat(only("Irán presuntamente atacó a Israel con drones.", "190").factuality())
                .isEqualTo(Factuality.ALLEGED);
    }

    @Test
    void aConditionIsHypothetical() throws ExtractionException {
        assertThat(only("Si Rusia ataca a Ucrania, la OTAN responderá.", "190").factuality())
                .isEqualTo(Factuality.HYPOTHETICAL);
        assertThat(only("En el caso de que Rusia invada Ucrania, Alemania impondrá sanciones.", "192").factuality())
                .isEqualTo(Factuality.HYPOTHETICAL);
        // "si bien" concedes a fact.
        assertThat(only("Si bien Rusia atacó a Ucrania, la OTAN no respondió.", "190").factuality())
                .isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void anActNamedAsTheObjectOfAnAccusationIsAlleged() throws ExtractionException {
        Event e = only("El PAN acusa un hackeo ruso en su página web.", "176");
        assertThat(e.factuality()).isEqualTo(Factuality.ALLEGED);
        assertThat(e.attribution().country()).isEqualTo("MEX");
        // The accusation itself took place.
        assertThat(only("El PAN acusa un hackeo ruso en su página web.", "112").factuality())
                .isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void denialIsCodedAndAnswersTheAccusers() throws ExtractionException {
        List<Event> events = extract("Japón cree que China suministró misiles a Corea del Norte. "
                + "China negó las acusaciones.");
        assertThat(events).anyMatch(e -> e.type().code().value().equals("016") && "CHN".equals(e.source().country())
                && e.target() != null && "JPN".equals(e.target().country()));
        assertThat(events).anyMatch(e -> e.type().code().value().equals("072") && e.factuality() == Factuality.DENIED);
        // An accusation made answers a later denial even when its charge is no coded act.
        assertThat(extract("El presidente de Venezuela acusó a Estados Unidos de preparar una conspiración. La Casa "
                + "Blanca rechazó las acusaciones.")).anyMatch(e -> e.type().code().value().equals("016")
                && "USA".equals(e.source().country()) && e.target() != null && "VEN".equals(e.target().country()));
    }

    @Test
    void futureTensesAndPlansAreExpected() throws ExtractionException {
        assertThat(only("Alemania visitará Polonia la próxima semana.", "042").factuality())
                .isEqualTo(Factuality.EXPECTED);
        assertThat(only("El presidente de Francia planea visitar Argelia.", "042").factuality())
                .isEqualTo(Factuality.EXPECTED);
        assertThat(only("Se espera que Japón visite Corea del Sur.", "042").factuality())
                .isEqualTo(Factuality.EXPECTED);
    }

    @Test
    void announcedAndForeseenActsAreExpected() throws ExtractionException {
        assertThat(only("El gobierno de Perú anunció que visitará Chile.", "042").factuality())
                .isEqualTo(Factuality.EXPECTED);
        assertThat(only("España prevé firmar un acuerdo con Marruecos.", "057").factuality())
                .isEqualTo(Factuality.EXPECTED);
    }

    @Test
    void reportedSpeechNamesItsSpeaker() throws ExtractionException {
        Event e = only("El portavoz Dmitri Peskov habló ayer. Ucrania atacó a Rusia con drones, dijo Peskov.", "190");
        assertThat(e.factuality()).isEqualTo(Factuality.REPORTED);
        assertThat(e.attribution().code()).isEqualTo("RUSGOV");
    }

    @Test
    void negationIsNegated() throws ExtractionException {
        assertThat(only("Ni Rusia ni China condenaron a Irán.", "111").factuality()).isEqualTo(Factuality.NEGATED);
        assertThat(only("Venezuela no condenó a Cuba.", "111").factuality()).isEqualTo(Factuality.NEGATED);
        assertThat(only("Rusia nunca atacó a Finlandia.", "190").factuality()).isEqualTo(Factuality.NEGATED);
    }

    @Test
    void whatOneRefusesToDoIsNegatedWhatOneDeniesHavingDoneIsDenied() throws ExtractionException {
        assertThat(only("México rechazó firmar un acuerdo comercial con Estados Unidos.", "057").factuality())
                .isEqualTo(Factuality.NEGATED);
        assertThat(only("Irán se negó a firmar el acuerdo con Estados Unidos.", "057").factuality())
                .isEqualTo(Factuality.NEGATED);
        assertThat(only("Irán negó haber atacado a Israel.", "190").factuality()).isEqualTo(Factuality.DENIED);
        // What was not prevented took place.
        assertThat(only("La policía de Chile no impidió que Perú atacara a Bolivia.", "190").factuality())
                .isEqualTo(Factuality.ASSERTED);
        assertThat(only("La policía de Chile impidió que Perú atacara a Bolivia.", "190").factuality())
                .isEqualTo(Factuality.NEGATED);
    }

    @Test
    void conditionalsAreHypothetical() throws ExtractionException {
        assertThat(only("Turquía atacaría a Siria si fracasan las negociaciones.", "190").factuality())
                .isEqualTo(Factuality.HYPOTHETICAL);
        assertThat(only("Irán podría atacar a Israel.", "190").factuality()).isEqualTo(Factuality.HYPOTHETICAL);
        assertThat(only("De concretarse, Japón visitaría China.", "042").factuality())
                .isEqualTo(Factuality.HYPOTHETICAL);
        assertThat(only("Si fracasan las negociaciones, Turquía atacará a Siria.", "190").factuality())
                .isEqualTo(Factuality.HYPOTHETICAL);
        // A concession is no condition: what happened despite it happened.
        assertThat(only("Si bien no hubo acuerdo, Chile y Perú se reunieron en Lima.", "040").factuality())
                .isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void eventsTakeTheirOwnTimeAtItsPrecision() throws ExtractionException {
        assertThat(only("Alemania visitará Polonia la próxima semana.", "042").date().iso()).isEqualTo("2022-W11");
        // A month of an act told in the simple conditional lies ahead; in the compound one, behind.
        assertThat(only("El presidente de Francia visitaría Argelia en mayo.", "042").date().iso())
                .isEqualTo("2022-05");
        assertThat(only("El presidente de Francia habría visitado Argelia en mayo.", "042").date().iso())
                .isEqualTo("2021-05");
        assertThat(only("Francia condenó a Marruecos en abril de 2019.", "111").date().iso()).isEqualTo("2019-04");
        assertThat(only("Francia condenó ayer a Marruecos.", "111").date().iso()).isEqualTo("2022-03-09");
        assertThat(only("Francia condenó a Marruecos.", "111").date().iso()).isEqualTo("2022-03-10");
        assertThat(only("Alemania visitará Polonia.", "042").date()).isNull();
        assertThat(only("Francia condenó a Marruecos a finales de enero.", "111").date().iso()).isEqualTo("2022-01");
        assertThat(only("Alemania visitará Polonia este sábado.", "042").date().iso()).isEqualTo("2022-03-12");
        assertThat(only("Francia condenó a Marruecos el año pasado.", "111").date().iso()).isEqualTo("2021");
        assertThat(only("Francia condenó a Marruecos en septiembre pasado.", "111").date().iso()).isEqualTo("2021-09");
    }

    @Test
    void aPastActWithoutATimeHappenedOnTheDayTheStoryHasReached() throws ExtractionException {
        List<Event> events = extract("Francia condenó el martes a Marruecos. Después, Francia criticó a Argelia.");
        assertThat(events).filteredOn(e -> e.type().code().value().equals("111"))
                .extracting(e -> e.date().iso()).containsExactly("2022-03-08", "2022-03-08");
        // A day aimed at is not the story's day; an act placed elsewhen, or in the next story of a digest, keeps
        // the article's date.
        assertThat(extract("Francia convocó para el martes una reunión. Francia criticó a Argelia.")
                .stream().filter(e -> e.type().code().value().equals("111")).findFirst().orElseThrow().date().iso())
                .isEqualTo("2022-03-10");
        assertThat(extract("Francia condenó el martes a Marruecos. Recientemente, Francia criticó a Argelia.")
                .stream().filter(e -> e.type().code().value().equals("111")).toList().get(1).date().iso())
                .isEqualTo("2022-03-10");
        assertThat(extract("Francia condenó el martes a Marruecos. BRUSELAS (AFP) - Bélgica criticó a Argelia.")
                .stream().filter(e -> "BEL".equals(e.source().country())).findFirst().orElseThrow().date().iso())
                .isEqualTo("2022-03-10");
        // Nor does an older day set it: it is background.
        assertThat(extract("Francia condenó a Marruecos el 3 de enero. Francia criticó a Argelia.").stream()
                .filter(e -> e.type().code().value().equals("111")).toList().get(1).date().iso())
                .isEqualTo("2022-03-10");
    }

    @Test
    void aDayToldOfAnUncodedPastActIsTheStorysDayToo() throws ExtractionException {
        // "habló" is no event, yet the story has reached Monday; an event noun of a preterite verb takes it.
        assertThat(only("El presidente argentino habló el lunes en una entrevista. Argentina hizo duras críticas a "
                + "Ecuador.", "111").date().iso()).isEqualTo("2022-03-07");
        // A passive told with a preterite auxiliary is a past act of that day too.
        assertThat(extract("Francia condenó el martes a Marruecos. El embajador francés fue agredido por "
                + "manifestantes marroquíes.").stream().filter(e -> e.sentence() == 1).map(e -> e.date().iso())
                .toList()).containsExactly("2022-03-08");
        // A day said of a noun ("la elección del domingo") is not a day the story has reached.
        assertThat(only("El candidato habló de la elección del domingo en una entrevista. Argentina criticó a "
                + "Ecuador.", "111").date().iso()).isEqualTo("2022-03-10");
    }

    @Test
    void aPastActToldBeforeTheStoryNamesItsDayHappenedOnThatDay() throws ExtractionException {
        // The article is of Thursday 2022-03-10; the story's first day named is Tuesday's.
        assertThat(extract("Francia criticó a Argelia. Francia condenó el martes a Marruecos.").stream()
                .filter(e -> e.type().code().value().equals("111")).map(e -> e.date().iso()).toList())
                .containsExactly("2022-03-08", "2022-03-08");
        // Only the first day named, even for an act that does not date the story ("para protestar"): a later day
        // is of a later, other act.
        assertThat(extract("Estudiantes chilenos salieron este jueves a las calles para protestar. Los estudiantes "
                + "criticaron a Bolivia. Francia condenó el martes a Marruecos.").stream()
                .filter(e -> "BOL".equals(e.target() == null ? null : e.target().country()))
                .map(e -> e.date().iso()).toList()).containsExactly("2022-03-10");
        // A day a span starts on is aimed at, not the story's day: "a partir de este jueves" does not stop
        // Tuesday, named later, from dating the act told first.
        assertThat(extract("Francia criticó a Argelia. El embajador dirigirá la misión a partir de este jueves. "
                + "Francia condenó el martes a Marruecos.").stream()
                .filter(e -> e.type().code().value().equals("111")).map(e -> e.date().iso()).toList())
                .containsExactly("2022-03-08", "2022-03-08");
        // Nor does a later story of a digest date the one before it.
        assertThat(extract("Francia criticó a Argelia. BRUSELAS (AFP) - Bélgica condenó el martes a Marruecos.")
                .stream().filter(e -> "FRA".equals(e.source().country())).map(e -> e.date().iso()).toList())
                .containsExactly("2022-03-10");
    }

    @Test
    void aDatelineGivesTheDayAndTheDefaultCountry() throws ExtractionException {
        List<Event> events = extract("LIMA, Mar 9 (AFP) - La policía detuvo a manifestantes chilenos.");
        assertThat(events).anyMatch(e -> "PER".equals(e.source().country()) && e.place() != null
                && e.place().place().name().equals("Lima"));
    }

    @Test
    void withoutAnyDateTheDatelineGivesTheArticleDate() throws ExtractionException {
        Extraction x = SharedModels.extractor().extract(new Article("t", "",
                "CARACAS, Abr 9 (AFP) - Venezuela condenó a Colombia.", null, "es", null, null, null), null);
        assertThat(x.dateSource()).isEqualTo("dateline");
        assertThat(x.date().getMonthValue()).isEqualTo(4);
        assertThat(x.date().getDayOfMonth()).isEqualTo(9);
        assertThat(x.date()).isBeforeOrEqualTo(LocalDate.now(java.time.ZoneOffset.UTC));
        Extraction undated = SharedModels.extractor().extract(new Article("t", "", "Venezuela condenó a Colombia.",
                null, "es", null, null, null), null);
        assertThat(undated.dateSource()).isEqualTo("today");
    }

    @Test
    void placesComeFromLocativesNotFromMetonyms() throws ExtractionException {
        Event met = only("El presidente de Chile se reunió con el presidente de Bolivia en Santiago.", "040");
        assertThat(met.place().place().country()).isEqualTo("CHL");
        Event metonym = only("Moscú condenó a Kiev.", "111");
        assertThat(metonym.source().country()).isEqualTo("RUS");
        assertThat(metonym.place()).isNull();
        // A border with a state is no place in it: the army of a Caracas story stays Venezuela's.
        Event border = only("CARACAS, 10 ene (AFP) - El gobierno de Venezuela criticó a Colombia. El ejército "
                + "desplegó tropas en la frontera con Colombia.", "154");
        assertThat(border.place()).satisfiesAnyOf(p -> assertThat(p).isNull(),
                p -> assertThat(p.place().country()).isNotEqualTo("COL"));
        assertThat(border.source().code()).isEqualTo("VENMIL");
    }

    @Test
    void aWhenClauseHappensAtTheTimeItHangsOn() throws ExtractionException {
        Event e = only("El canciller dijo que desde enero, cuando Chile expulsó al agregado militar de Perú, no hay "
                + "contactos.", "174");
        assertThat(e.date().iso()).isEqualTo("2022-01");
    }

    @Test
    void aNamesFirstWordIsNoPlaceWhenItIsACommonNoun() throws ExtractionException {
        // "Puerto" alone is an alternate name of El Puerto de Santa María; "Puerto Bolívar" is not in the gazetteer.
        Event e = only("QUITO, Ago 21 (AFP) - Los productores de banano de Ecuador realizaron una protesta desde "
                + "Puerto Bolívar contra el gobierno de Ecuador.", "141");
        assertThat(e.source().country()).isEqualTo("ECU");
        assertThat(e.place() == null ? "ECU" : e.place().place().country()).isEqualTo("ECU");
    }

    @Test
    void aPlaceOfAnotherActInTheEventsPhraseIsNotTheEventsPlace() throws ExtractionException {
        // "en Irak" is where the war is, not the protest; "la Liga" is an institution, not Riga.
        Event e = only("Miles de manifestantes españoles realizaron protestas contra la guerra en Irak.", "141");
        assertThat(e.place()).isNull();
        Event liga = only("Miles de manifestantes españoles realizaron una protesta en la Liga española.", "141");
        assertThat(liga.place()).isNull();
        // An act that frames the clause in time lends its place: the invitation was made at the meeting.
        Event invited = only("Durante su reunión en Moscú, el presidente de China invitó al presidente de Rusia a "
                + "visitar Pekín.", "036");
        assertThat(invited.place().place().country()).isEqualTo("RUS");
    }

    @Test
    void thePurposeOfAFutureActIsExpected() throws ExtractionException {
        Event e = only("Una delegación de Alemania visitará Argentina para conocer el país y estrechar lazos con "
                + "Brasil.", "050");
        assertThat(e.factuality()).isEqualTo(Factuality.EXPECTED);
        assertThat(only("Una delegación de Alemania visitó Argentina para estrechar lazos con Brasil.", "050")
                .factuality()).isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void anAgencysCreditIsNoActorAndADatelineMayGoWithoutADate() throws ExtractionException {
        // "(AFP)" would otherwise make France the article's main state.
        assertThat(extract("Los soldados llegaron al pueblo. (AFP)\n\nEl Ejército detuvo a diez rebeldes."))
                .noneMatch(e -> "FRA".equals(e.source().country()));
        assertThat(only("QUITO (AFP) - La policía detuvo a diez manifestantes.", "173").source().country())
                .isEqualTo("ECU");
        // The outlet a speaker talks to is no actor either; an outlet that acts still is.
        assertThat(extract("El canciller de Nicaragua dijo a la AFP que se ha reunido con el presidente de Costa "
                + "Rica.")).isNotEmpty().allMatch(e -> "NIC".equals(e.source().country()));
        assertThat(only("La AFP protestó ante el gobierno de Israel.", "140").source().country()).isEqualTo("FRA");
        // A dateline's country in capitals is no closing list of places.
        assertThat(only("BALTIMORE, EEUU, Dic 8 (AFP) - La policía detuvo a diez manifestantes.", "173").source()
                .country()).isEqualTo("USA");
    }

    @Test
    void aModalAuxiliaryFramesTheAct() throws ExtractionException {
        assertThat(only("El presidente de México anuló un viaje a Texas donde debía reunirse con el presidente de "
                + "Estados Unidos.", "040").factuality()).isEqualTo(Factuality.EXPECTED);
        assertThat(only("Rusia puede atacar a Ucrania.", "190").factuality()).isEqualTo(Factuality.HYPOTHETICAL);
        assertThat(only("Rusia ha atacado a Ucrania.", "190").factuality()).isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void anActPreventedOrAvoidedIsNegated() throws ExtractionException {
        assertThat(only("Colombia impidió que Venezuela atacara a Guyana.", "190").factuality())
                .isEqualTo(Factuality.NEGATED);
        assertThat(only("El presidente de Francia evitó reunirse con el presidente de Rusia.", "040").factuality())
                .isEqualTo(Factuality.NEGATED);
    }

    @Test
    void thePurposeOfAPastActIsToldWithIt() throws ExtractionException {
        assertThat(only("El presidente de Francia llamó al presidente de Rusia para felicitarlo.", "051").factuality())
                .isEqualTo(Factuality.ASSERTED);
        // Of a future one, it lies ahead.
        assertThat(only("El presidente de Francia llamará al presidente de Rusia para felicitarlo.", "051")
                .factuality()).isEqualTo(Factuality.EXPECTED);
    }

    @Test
    void planIntentionAndPromiseNounsFrameWhatTheyAnnounce() throws ExtractionException {
        assertThat(only("El presidente de Estados Unidos anunció sus planes para abandonar la OMS.", "160")
                .factuality()).isEqualTo(Factuality.EXPECTED);
        assertThat(only("El presidente de Rusia expresó su intención de visitar China.", "042").factuality())
                .isEqualTo(Factuality.EXPECTED);
    }

    @Test
    void theObjectAnEntryNamesCarriesThePlaceOfTheAct() throws ExtractionException {
        Event e = only("Los presidentes de Colombia y Venezuela firmaron un acuerdo comercial en Bogotá.", "057");
        assertThat(e.place().place().name()).isEqualTo("Bogotá");
    }

    @Test
    void unnamedSourcesAreTheirWordsAndTheirSector() throws ExtractionException {
        Event e = only("El ministro de Defensa de Israel visitará Washington, según fuentes oficiales.", "042");
        assertThat(e.attribution().text()).isEqualTo("fuentes oficiales");
        assertThat(e.attribution().code()).endsWith("GOV");
        e = only("El ministro de Defensa de Israel visitará Washington, según fuentes.", "042");
        assertThat(e.attribution().text()).isEqualTo("fuentes");
        assertThat(e.attribution().code()).isNull();
    }

    @Test
    void whatAReportShowsOrASpeakerReiteratesIsReported() throws ExtractionException {
        assertThat(only("El informe muestra que Rusia atacó a Ucrania.", "190").factuality())
                .isEqualTo(Factuality.REPORTED);
        assertThat(only("El canciller de Chile reiteró que Bolivia rechazó el acuerdo con Perú.", "127").factuality())
                .isEqualTo(Factuality.REPORTED);
        // What the agency's own reporters saw is the story's own voice.
        assertThat(only("La policía de Grecia dispersó a los manifestantes en Atenas, constató la AFP.", "175")
                .factuality()).isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void theConditionalOfAPastReportIsItsFuture() throws ExtractionException {
        assertThat(only("El presidente de Nicaragua anunció que se reuniría con el presidente de Costa Rica.", "040")
                .factuality()).isEqualTo(Factuality.EXPECTED);
        assertThat(only("El presidente de Francia ha dicho que visitaría China en mayo.", "042").factuality())
                .isEqualTo(Factuality.EXPECTED);
        // Still a condition with "si", and a possibility with "podría" or in the story's own voice.
        assertThat(only("El canciller de Rusia dijo que su país atacaría a Ucrania si la OTAN se expande.", "190")
                .factuality()).isEqualTo(Factuality.HYPOTHETICAL);
        assertThat(only("El ministro de Perú dijo que Chile podría atacar a Bolivia.", "190").factuality())
                .isEqualTo(Factuality.HYPOTHETICAL);
        assertThat(only("El presidente de Francia visitaría China en mayo.", "042").factuality())
                .isEqualTo(Factuality.HYPOTHETICAL);
    }

    @Test
    void whatAnotherActComesAfterTookPlace() throws ExtractionException {
        assertThat(only("Después del ataque de Rusia contra Ucrania, la OTAN reforzará sus tropas.", "190")
                .factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(only("Tras la visita del canciller ruso a Pekín, China anunciará nuevas medidas.", "042")
                .factuality()).isEqualTo(Factuality.ASSERTED);
        // Not in a wish.
        assertThat(only("Los sindicatos de Argentina esperan que después de la huelga general el gobierno cambie la "
                + "ley.", "143").factuality()).isNotEqualTo(Factuality.ASSERTED);
    }

    @Test
    void anInfinitiveOnANounOfIntentOrOfferLiesAhead() throws ExtractionException {
        assertThat(only("El presidente de Brasil aceptó la invitación para visitar Japón.", "042").factuality())
                .isEqualTo(Factuality.EXPECTED);
        assertThat(only("El gobierno de Colombia reiteró su disposición a dialogar con el ELN.", "040").factuality())
                .isEqualTo(Factuality.EXPECTED);
        assertThat(only("Irán defendió su derecho a atacar a Israel.", "190").factuality())
                .isEqualTo(Factuality.HYPOTHETICAL);
    }

    @Test
    void aLongPlaceNamesFirstWordIsNoPlaceOfItsOwn() throws ExtractionException {
        // "San Vicente del Caguán" is too small for the gazetteer, and is not San in Mali.
        Event e = only("Guerrilleros colombianos secuestraron a un alcalde de Colombia en la carretera a San Vicente "
                + "del Caguán.", "181");
        assertThat(e.target() == null ? "COL" : e.target().country()).isEqualTo("COL");
        assertThat(e.place() == null ? "COL" : e.place().place().country()).isEqualTo("COL");
        // A longer name after a lower-case article is a firm, not the town of its first word (Goodyear, Arizona).
        assertThat(only("Los obreros de Estados Unidos iniciaron una huelga en la Goodyear Tire and Rubber Company.",
                "143").place()).isNull();
    }
}
