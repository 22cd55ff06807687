package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.nlp.Timex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coder on hand-parsed sentences: voice, negation, modality, coordination, dates, roles. */
class EventCoderTest {
  @Test
  void activeVoiceWithADatedRoleAndADate() {
    // Trump met Kim_Jong-un on Sunday .
    List<Event> events =
        ParsedSentences.code(
            "2019-07-01",
            "Trump/Trump/NNP/PERSON met/meet/VBD Kim_Jong-un/Kim_Jong-un/NNP/PERSON on/on/IN Sunday/Sunday/NNP/DATE ./././O",
            "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:on 2 5; punct 2 6",
            new Timex(4, 4, 0, 0, "DATE", "2019-06-30", "Sunday"));
    assertEquals(2, events.size(), "a meeting is mutual: coded both ways " + events);
    Event e = events.get(0);
    assertEquals("PRKGOV", events.get(1).source());
    assertEquals("USAGOV", events.get(1).target());
    assertEquals(e.date(), events.get(1).date());
    assertEquals("USAGOV", e.source());
    assertEquals("040", e.code());
    assertEquals("PRKGOV", e.target());
    assertEquals("2019-06-30", e.date().toString());
    assertEquals(DateSource.TEXT, e.dateSource(), "the date is the clause's own");
    assertEquals(Modality.ASSERTED, e.modality());
    assertFalse(e.negated());
    assertEquals(1.0, e.goldstein());
    assertEquals(1, e.quadClass());
  }

  @Test
  void aVerbWhoseWordsSayWhatTheActIsStandsWithoutItsTarget() {
    // Russia condemned the attack in Kabul . (Kabul names another actor, but not whom)
    List<Event> events =
        ParsedSentences.code(
            "2019-07-01",
            "Russia/Russia/NNP/LOCATION condemned/condemn/VBD the/the/DT attack/attack/NN in/in/IN Kabul/Kabul/NNP/LOCATION ./././O",
            "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; nmod:in 4 6; punct 2 7");
    assertEquals(1, events.size(), events.toString());
    assertEquals("RUS", events.get(0).source());
    assertNull(events.get(0).target(), "the attack's victim is not named: an empty target");
    assertEquals("111", events.get(0).code());
  }

  @Test
  void aBareVerbWhoseSenseIsItsTargetIsNotCodedAlone() {
    // Russia recognized that Ukraine was right .
    List<Event> events =
        ParsedSentences.code(
            "2019-07-01",
            "Russia/Russia/NNP/LOCATION recognized/recognize/VBD that/that/IN Ukraine/Ukraine/NNP/LOCATION was/be/VBD right/right/JJ ./././O",
            "nsubj 2 1; root 0 2; mark 6 3; nsubj 6 4; cop 6 5; ccomp 2 6; punct 2 7");
    assertTrue(
        events.stream().noneMatch(e -> e.code().startsWith("05")),
        "recognizing a fact is no diplomatic recognition: " + events);
  }

  @Test
  void forceOnASectorsThingIsForceOnThatSectorWhereItHappened() {
    // Boko Haram attacked a military base in Borno .
    List<Event> events =
        ParsedSentences.code(
            "2019-07-01",
            "Boko_Haram/Boko_Haram/NNP/ORGANIZATION attacked/attack/VBD a/a/DT military/military/JJ base/base/NN in/in/IN Borno/Borno/NNP/LOCATION ./././O",
            "nsubj 2 1; root 0 2; det 5 3; amod 5 4; obj 2 5; case 7 6; nmod:in 5 7; punct 2 8");
    assertEquals(1, events.size(), events.toString());
    assertEquals("NGAINS", events.get(0).source());
    assertEquals("NGAMIL", events.get(0).target());
    assertEquals("190", events.get(0).code());
  }

  @Test
  void aSubjectTheParserHangsUnderABracketedDatelineIsTheSubject() {
    // BRUSSELS ( Wire ) - Japan condemned Russia .
    List<Event> events =
        ParsedSentences.code(
            "2022-02-26",
            "BRUSSELS/BRUSSELS/NNP/LOCATION (/(/-LRB-/O Wire/Wire/NNP/ORGANIZATION )/)/-RRB-/O -/-/:/O Japan/Japan/NNP/LOCATION condemned/condemn/VBD Russia/Russia/NNP/LOCATION ./././O",
            "nsubj 7 1; punct 3 2; appos 1 3; punct 3 4; punct 1 5; dep 1 6; root 0 7; obj 7 8; punct 7 9");
    assertEquals(1, events.size(), events.toString());
    assertEquals("JPN", events.get(0).source(), "the dateline is not the subject");
    assertEquals("RUS", events.get(0).target());
  }

  @Test
  void passiveVoiceSwapsSourceAndTarget() {
    // Ukraine was attacked by Russia .
    List<Event> events =
        ParsedSentences.code(
            "2022-02-24",
            "Ukraine/Ukraine/NNP/LOCATION was/be/VBD attacked/attack/VBN by/by/IN Russia/Russia/NNP/LOCATION ./././O",
            "nsubj:pass 3 1; aux:pass 3 2; root 0 3; case 5 4; obl:agent 3 5; punct 3 6");
    assertEquals(1, events.size(), events.toString());
    assertEquals("RUS", events.get(0).source());
    assertEquals("UKR", events.get(0).target());
    assertEquals("190", events.get(0).code());
  }

  @Test
  void negationIsKeptNotDropped() {
    // China did not criticize Russia .
    List<Event> events =
        ParsedSentences.code(
            "2022-03-01",
            "China/China/NNP/LOCATION did/do/VBD not/not/RB criticize/criticize/VB Russia/Russia/NNP/LOCATION ./././O",
            "nsubj 4 1; aux 4 2; advmod 4 3; root 0 4; obj 4 5; punct 4 6");
    assertEquals(1, events.size());
    assertTrue(events.get(0).negated());
    assertEquals("111", events.get(0).code());
  }

  @Test
  void aDenialIsNegatedAndReported() {
    // Russia denied that it attacked Ukraine .  (it → no actor; subject of the clause is Russia)
    List<Event> events =
        ParsedSentences.code(
            "2022-03-01",
            "Russia/Russia/NNP/LOCATION denied/deny/VBD that/that/IN Moscow/Moscow/NNP/LOCATION attacked/attack/VBD Ukraine/Ukraine/NNP/LOCATION ./././O",
            "nsubj 2 1; root 0 2; mark 5 3; nsubj 5 4; ccomp 2 5; obj 5 6; punct 2 7");
    Event attack = events.stream().filter(e -> e.code().equals("190")).findFirst().orElseThrow();
    assertEquals("RUSGOV", attack.source());
    assertTrue(attack.negated());
    assertEquals(Modality.REPORTED, attack.modality());
  }

  @Test
  void anIntentionIsNotADeedAndHasNoDateOfItsOwn() {
    // Trump will visit Seoul .
    List<Event> events =
        ParsedSentences.code(
            "2019-06-28",
            "Trump/Trump/NNP/PERSON will/will/MD visit/visit/VB Seoul/Seoul/NNP/LOCATION ./././O",
            "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; punct 3 5");
    assertEquals(1, events.size());
    assertEquals(Modality.INTENDED, events.get(0).modality());
    assertEquals("042", events.get(0).code());
    assertEquals("KORGOV", events.get(0).target());
    assertNull(events.get(0).date(), "an intention with no time expression is undated");
    assertNull(events.get(0).dateSource());
  }

  @Test
  void aConditionIsHypothetical() {
    // Iran could attack Israel .
    List<Event> events =
        ParsedSentences.code(
            "2024-04-10",
            "Iran/Iran/NNP/LOCATION could/could/MD attack/attack/VB Israel/Israel/NNP/LOCATION ./././O",
            "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; punct 3 5");
    assertEquals(Modality.HYPOTHETICAL, events.get(0).modality());
  }

  @Test
  void coordinatedSubjectsOfASymmetricVerbMeetEachOther() {
    // Xi and Moon agreed to meet .
    List<Event> events =
        ParsedSentences.code(
            "2019-06-28",
            "Xi_Jinping/Xi_Jinping/NNP/PERSON and/and/CC Moon_Jae-in/Moon_Jae-in/NNP/PERSON agreed/agree/VBD to/to/TO meet/meet/VB ./././O",
            "nsubj 4 1; cc 3 2; conj:and 1 3; root 0 4; mark 6 5; xcomp 4 6; punct 4 7");
    assertEquals(2, events.size(), events.toString());
    assertTrue(
        events.stream().allMatch(e -> e.code().equals("036")),
        "the meeting is absorbed into an intent");
    assertTrue(
        events.stream().anyMatch(e -> e.source().equals("CHNGOV") && e.target().equals("KORGOV")));
    assertTrue(
        events.stream().anyMatch(e -> e.source().equals("KORGOV") && e.target().equals("CHNGOV")));
  }

  @Test
  void aDemandThatSomeoneActAbsorbsTheActAndTakesItsSubCode() {
    // "demanded that Moscow release": the release is what is demanded (1053), not a deed of
    // Moscow's
    List<Event> events =
        ParsedSentences.code(
            "2023-04-02",
            "Washington/Washington/NNP/LOCATION demanded/demand/VBD/O that/that/IN/O Moscow/Moscow/NNP/LOCATION release/release/VB/O the/the/DT/O prisoners/prisoner/NNS/O ./././O",
            "nsubj 2 1; root 0 2; mark 5 3; nsubj 5 4; ccomp 2 5; det 7 6; obj 5 7; punct 2 8");
    assertEquals(1, events.size(), events.toString());
    assertEquals("1053", events.get(0).code());
    assertEquals("USAGOV", events.get(0).source());
    assertEquals("RUSGOV", events.get(0).target());
  }

  @Test
  void anActInThePastBelowALeadDatedEarlierTakesTheLeadsDay() {
    // published Thursday; the lead dates its news to Tuesday; the second sentence's criticism has
    // no
    // time of its own and is in the simple past, the third's is in the present perfect
    List<Event> events =
        HandParsedArticle.published("2019-07-04")
            .sentence(
                "Trump/Trump/NNP/PERSON criticized/criticize/VBD Kim_Jong-un/Kim_Jong-un/NNP/PERSON on/on/IN Tuesday/Tuesday/NNP/DATE ./././O",
                "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:on 2 5; punct 2 6",
                5,
                5,
                "2019-07-02")
            .sentence(
                "Moon_Jae-in/Moon_Jae-in/NNP/PERSON criticized/criticize/VBD Xi_Jinping/Xi_Jinping/NNP/PERSON ./././O",
                "nsubj 2 1; root 0 2; obj 2 3; punct 2 4")
            .sentence(
                "Shinzo_Abe/Shinzo_Abe/NNP/PERSON has/have/VBZ/O criticized/criticize/VBN/O Vladimir_Putin/Vladimir_Putin/NNP/PERSON ./././O",
                "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; punct 3 5")
            .code();
    assertEquals(3, events.size(), events.toString());
    assertEquals("2019-07-02", events.get(0).date().toString());
    assertEquals(DateSource.TEXT, events.get(0).dateSource());
    assertEquals("2019-07-02", events.get(1).date().toString(), "the lead's day");
    assertEquals(DateSource.LEAD, events.get(1).dateSource());
    assertEquals("2019-07-04", events.get(2).date().toString(), "a present perfect is not dated");
    assertEquals(DateSource.PUBLICATION, events.get(2).dateSource());
  }

  @Test
  void aLeadDatedToThePublicationDayOrLongBeforeDatesNothingElse() {
    for (String lead : List.of("2019-07-04", "2019-05-02")) {
      // the first dated sentence decides: a later sentence's earlier date ("on Tuesday") is no lead
      List<Event> events =
          HandParsedArticle.published("2019-07-04")
              .sentence(
                  "Trump/Trump/NNP/PERSON criticized/criticize/VBD Kim_Jong-un/Kim_Jong-un/NNP/PERSON on/on/IN Thursday/Thursday/NNP/DATE ./././O",
                  "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:on 2 5; punct 2 6",
                  5,
                  5,
                  lead)
              .sentence(
                  "Abe/Abe/NNP/PERSON spoke/speak/VBD on/on/IN Tuesday/Tuesday/NNP/DATE ./././O",
                  "nsubj 2 1; root 0 2; case 4 3; obl:on 2 4; punct 2 5",
                  4,
                  4,
                  "2019-07-02")
              .sentence(
                  "Moon_Jae-in/Moon_Jae-in/NNP/PERSON criticized/criticize/VBD Xi_Jinping/Xi_Jinping/NNP/PERSON ./././O",
                  "nsubj 2 1; root 0 2; obj 2 3; punct 2 4")
              .code();
      assertEquals(2, events.size(), events.toString());
      assertEquals(DateSource.PUBLICATION, events.get(1).dateSource(), lead);
    }
  }

  @Test
  void anEventNounTakesTheDateThatModifiesIt() {
    // Trump 's July 25 call with Volodymyr_Zelensky ended .
    List<Event> events =
        HandParsedArticle.published("2019-11-20")
            .sentence(
                "Trump/Trump/NNP/PERSON 's/'s/POS/O July/July/NNP/DATE 25/25/CD/DATE call/call/NN/O with/with/IN/O Volodymyr_Zelensky/Volodymyr_Zelensky/NNP/PERSON ended/end/VBD/O ./././O",
                "nmod:poss 5 1; case 1 2; compound 5 3; nummod 3 4; nsubj 8 5; case 7 6; nmod:with 5 7; root 0 8; punct 8 9",
                3,
                4,
                "2019-07-25")
            .code();
    List<Event> calls = events.stream().filter(e -> e.code().equals("041")).toList();
    assertFalse(calls.isEmpty(), events.toString());
    assertEquals("2019-07-25", calls.get(0).date().toString(), "the call's own date");
    assertEquals(DateSource.TEXT, calls.get(0).dateSource());
  }

  @Test
  void forceUsedInAPlaceOfAnotherCountryIsUsedOnThatCountry() {
    // Israeli tanks shelled targets in Jericho . (Jericho: a place of the West Bank)
    List<Event> events =
        ParsedSentences.code(
            "2005-03-01",
            "Israeli/Israeli/JJ/MISC tanks/tank/NNS/O shelled/shell/VBD/O targets/target/NNS/O in/in/IN/O Jericho/Jericho/NNP/LOCATION ./././O",
            "amod 2 1; nsubj 3 2; root 0 3; obj 3 4; case 6 5; obl:in 3 6; punct 3 7");
    assertEquals(1, events.size(), events.toString());
    assertEquals("ISRMIL", events.get(0).source());
    assertEquals("PSE", events.get(0).target(), "the country where the act took place");
    assertEquals("PSE", events.get(0).location().country());
  }

  @Test
  void aProtestAgainstNoOneNamedIsAgainstTheProtestersOwnGovernment() {
    // Indonesian students protested in Jakarta .
    List<Event> events =
        ParsedSentences.code(
            "1998-05-01",
            "Indonesian/Indonesian/JJ/MISC students/student/NNS/O protested/protest/VBD/O in/in/IN/O Jakarta/Jakarta/NNP/LOCATION ./././O",
            "amod 2 1; nsubj 3 2; root 0 3; case 5 4; obl:in 3 5; punct 3 6");
    assertEquals(1, events.size(), events.toString());
    assertEquals("IDNEDU", events.get(0).source());
    assertEquals("IDNGOV", events.get(0).target());
  }

  @Test
  void anActWithNoTimeOfItsOwnSaysItsDateIsThePublicationDate() {
    List<Event> events =
        ParsedSentences.code(
            "2019-06-28",
            "Trump/Trump/NNP/PERSON met/meet/VBD Kim_Jong-un/Kim_Jong-un/NNP/PERSON ./././O",
            "nsubj 2 1; root 0 2; obj 2 3; punct 2 4");
    assertEquals(2, events.size(), "a meeting is mutual: " + events);
    assertEquals("2019-06-28", events.get(0).date().toString());
    assertEquals(DateSource.PUBLICATION, events.get(0).dateSource());
  }

  @Test
  void aTwoWordObjectChangesTheSense() {
    // "sanctions relief" is an easing of sanctions (1054), not humanitarian relief (1033)
    List<Event> events =
        ParsedSentences.code(
            "2019-02-28",
            "Pyongyang/Pyongyang/NNP/LOCATION demanded/demand/VBD/O sanctions/sanction/NNS/O relief/relief/NN/O ./././O",
            "nsubj 2 1; root 0 2; compound 4 3; obj 2 4; punct 2 5");
    assertEquals(1, events.size(), events.toString());
    assertEquals("1054", events.get(0).code());
    assertEquals("PRKGOV", events.get(0).source());
  }

  @Test
  void aCrowdIsWhoItIsACrowdOf() {
    // "thousands of Iraqi Kurds": the quantity's "of" phrase names the actor
    List<Event> events =
        ParsedSentences.code(
            "2019-10-13",
            "Thousands/thousand/NNS/O of/of/IN/O Iraqi/Iraqi/JJ/MISC Kurds/Kurd/NNPS/MISC demonstrated/demonstrate/VBD/O ./././O",
            "nsubj 5 1; case 4 2; amod 4 3; nmod:of 1 4; root 0 5; punct 5 6");
    assertEquals(1, events.size(), events.toString());
    assertEquals("141", events.get(0).code());
    assertEquals("IRQ", events.get(0).source());
  }

  @Test
  void coordinatedAgentWordsShareTheirCountry() {
    // "Azerbaijani aircraft and drones": the drones are Azerbaijani too, not a bare MIL
    List<Event> events =
        ParsedSentences.code(
            "2020-09-28",
            "Azerbaijani/Azerbaijani/JJ/MISC aircraft/aircraft/NN/O and/and/CC/O drones/drone/NNS/O attacked/attack/VBD/O Armenia/Armenia/NNP/LOCATION ./././O",
            "amod 2 1; nsubj 5 2; cc 4 3; conj 2 4; root 0 5; obj 5 6; punct 5 7");
    assertFalse(events.isEmpty());
    for (Event e : events) {
      assertEquals("AZEMIL", e.source(), events.toString());
      assertEquals("ARM", e.target(), events.toString());
    }
  }

  @Test
  void anAgentPlacedInACountryIsThatCountrysAgent() {
    List<Event> events =
        ParsedSentences.code(
            "2001-06-21",
            "Security/security/NN/O forces/force/NNS/O in/in/IN/O Guinea/Guinea/NNP/LOCATION tortured/torture/VBD/O refugees/refugee/NNS/O ./././O",
            "compound 2 1; nsubj 5 2; case 4 3; nmod:in 2 4; root 0 5; obj 5 6; punct 5 7");
    assertEquals(1, events.size(), events.toString());
    assertEquals("1822", events.get(0).code());
    assertEquals("GINCOP", events.get(0).source());
  }

  @Test
  void aThreatToStrikeIsAThreatNotAStrike() {
    // Pyongyang threatened to strike Guam... with Washington as the target: "threatened to attack
    // Washington"
    List<Event> events =
        ParsedSentences.code(
            "2017-08-09",
            "Pyongyang/Pyongyang/NNP/LOCATION threatened/threaten/VBD to/to/TO attack/attack/VB Japan/Japan/NNP/LOCATION ./././O",
            "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; obj 4 5; punct 2 6");
    assertEquals(1, events.size(), events.toString());
    // a threat of a conventional attack (subcodes.tsv: 138 absorbing an attack, 190, is 1384)
    assertEquals("1384", events.get(0).code());
    assertEquals("PRKGOV", events.get(0).source());
    assertEquals("JPN", events.get(0).target());
  }

  @Test
  void evidenceIsTheWholeSentence() {
    List<Event> events =
        ParsedSentences.code(
            "2019-06-28",
            "Trump/Trump/NNP/PERSON will/will/MD visit/visit/VB Seoul/Seoul/NNP/LOCATION ./././O",
            "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; punct 3 5");
    Event e = events.get(0);
    assertEquals("Trump will visit Seoul .", e.sentence());
    assertEquals(0, e.evidenceStart());
    assertEquals(e.sentence().length(), e.evidenceEnd());
    assertEquals("visit@042", e.rule());
  }

  @Test
  void anArticleDatedToTheYearLendsItsYearAndItsMiddleForRoles() {
    // Bolton urged Maduro on Jan. 23 .   published "2019": roles are read at 2019-07-02
    List<Event> events =
        ParsedSentences.code(
            "2019",
            "John_Bolton/John_Bolton/NNP/PERSON urged/urge/VBD Nicolás_Maduro/Nicolás_Maduro/NNP/PERSON on/on/IN Jan._23/Jan._23/NNP/DATE ./././O",
            "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:on 2 5; punct 2 6",
            new Timex(4, 4, 0, 0, "DATE", "XXXX-01-23", "Jan. 23"));
    assertEquals(1, events.size(), events.toString());
    assertEquals("2019-01-23", events.get(0).date().toString());
    assertEquals("USAGOV", events.get(0).source());
    assertEquals("VENGOV", events.get(0).target());
  }

  @Test
  void aCallByTelephoneIsCodedAsSuch() {
    // Trump spoke by telephone with Xi_Jinping .
    List<Event> events =
        ParsedSentences.code(
            "2017-11-29",
            "Trump/Trump/NNP/PERSON spoke/speak/VBD by/by/IN telephone/telephone/NN with/with/IN Xi_Jinping/Xi_Jinping/NNP/PERSON ./././O",
            "nsubj 2 1; root 0 2; case 4 3; obl:by 2 4; case 6 5; obl:with 2 6; punct 2 7");
    assertEquals(2, events.size(), "a call is mutual: " + events);
    assertEquals("CHNGOV", events.get(1).source());
    assertEquals("041", events.get(0).code());
    assertEquals("speak[by:telephone]@041", events.get(0).rule());
    assertEquals("CHNGOV", events.get(0).target());
  }

  @Test
  void aBareAgentWordTakesTheCountryOfItsDomesticCounterpart() {
    // Russian police detained protesters .
    List<Event> events =
        ParsedSentences.code(
            "2022-03-06",
            "Russian/Russian/JJ/MISC police/police/NNS/O detained/detain/VBD protesters/protester/NNS/O ./././O",
            "amod 2 1; nsubj 3 2; root 0 3; obj 3 4; punct 3 5");
    assertEquals(1, events.size(), events.toString());
    assertEquals("RUSCOP", events.get(0).source());
    assertEquals("RUSCVL", events.get(0).target());
  }

  @Test
  void aMilitaryDoesNotLendItsCountryToCiviliansAcrossTwoCountries() {
    // Russian troops killed civilians in Ukraine .
    List<Event> events =
        ParsedSentences.code(
            "2022-04-03",
            "Russian/Russian/JJ/MISC troops/troop/NNS/O killed/kill/VBD civilians/civilian/NNS/O in/in/IN Ukraine/Ukraine/NNP/LOCATION ./././O",
            "amod 2 1; nsubj 3 2; root 0 3; obj 3 4; case 6 5; obl:in 3 6; punct 3 7");
    assertTrue(events.stream().noneMatch(e -> "RUSCVL".equals(e.target())), events.toString());
  }

  @Test
  void withNoTargetInItsSlotsTheObjectsOwnerIsTheTarget() {
    // Serbia rejected an Australian ultimatum .
    List<Event> events =
        ParsedSentences.code(
            "2000-01-01",
            "Serbia/Serbia/NNP/LOCATION rejected/reject/VBD an/a/DT Australian/Australian/JJ/MISC ultimatum/ultimatum/NN/O ./././O",
            "nsubj 2 1; root 0 2; det 5 3; amod 5 4; obj 2 5; punct 2 6");
    assertEquals(1, events.size(), events.toString());
    assertEquals("SRB", events.get(0).source());
    assertEquals("AUS", events.get(0).target());
    assertEquals("12", events.get(0).root());
  }

  @Test
  void coordinatedDemonymsGiveOneActorEach() {
    // Hungarian and Romanian officials condemned Serbia .
    List<Event> events =
        ParsedSentences.code(
            "2000-01-01",
            "Hungarian/Hungarian/JJ/MISC and/and/CC/O Romanian/Romanian/JJ/MISC officials/official/NNS/O condemned/condemn/VBD Serbia/Serbia/NNP/LOCATION ./././O",
            "amod 4 1; cc 3 2; conj:and 1 3; nsubj 5 4; root 0 5; obj 5 6; punct 5 7");
    assertEquals(
        List.of("HUNGOV>SRB", "ROUGOV>SRB"),
        events.stream().map(e -> e.source() + ">" + e.target()).sorted().toList());
  }

  @Test
  void aLoneSourceIsCodedWhenTheSentenceNamesNoOtherActor() {
    // Iran rejected the plan .
    List<Event> events =
        ParsedSentences.code(
            "2000-01-01",
            "Iran/Iran/NNP/LOCATION rejected/reject/VBD the/the/DT plan/plan/NN/O ./././O",
            "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
    assertEquals(1, events.size(), events.toString());
    assertEquals("IRN", events.get(0).source());
    assertNull(events.get(0).target());
  }

  @Test
  void aWireDateBetweenSubjectAndVerbDatesTheAct() {
    // The Kremlin on Wednesday rejected the plan .
    List<Event> events =
        ParsedSentences.code(
            "2022-03-20",
            "The/the/DT Kremlin/Kremlin/NNP/ORGANIZATION on/on/IN Wednesday/Wednesday/NNP/DATE rejected/reject/VBD the/the/DT plan/plan/NN/O ./././O",
            "det 2 1; nsubj 5 2; case 4 3; nmod:on 2 4; root 0 5; det 7 6; obj 5 7; punct 5 8",
            new Timex(3, 3, 0, 0, "DATE", "2022-03-16", "Wednesday"));
    assertEquals(1, events.size(), events.toString());
    assertEquals("2022-03-16", events.get(0).date().toString());
  }

  @Test
  void aSubjectPronounOfAReportedClauseIsTheReporter() {
    // Lebanon says it will not accept refugees .
    List<Event> events =
        ParsedSentences.code(
            "2018-01-01",
            "Lebanon/Lebanon/NNP/LOCATION says/say/VBZ it/it/PRP will/will/MD not/not/RB accept/accept/VB refugees/refugee/NNS ./././O",
            "nsubj 2 1; root 0 2; nsubj 6 3; aux 6 4; advmod 6 5; ccomp 2 6; obj 6 7; punct 2 8");
    assertEquals(1, events.size(), events.toString());
    assertEquals("LBN", events.get(0).source());
    assertTrue(events.get(0).negated());
  }

  @Test
  void anAgentWordTakesItsPossessorsCountry() {
    // Kim_Jong-un 's regime fired missiles .
    List<Event> events =
        ParsedSentences.code(
            "2019-07-01",
            "Kim_Jong-un/Kim_Jong-un/NNP/PERSON 's/'s/POS regime/regime/NN/O fired/fire/VBD missiles/missile/NNS/O ./././O",
            "nmod:poss 3 1; case 1 2; nsubj 4 3; root 0 4; obj 4 5; punct 4 6");
    assertEquals(1, events.size(), events.toString());
    assertEquals("PRKGOV", events.get(0).source());
  }

  @Test
  void anAppositivesPossessorIsNotThePersonAndARoleCountsOnTheActsDate() {
    // North Korea detained Kim Hyok Chol , Pompeo 's counterpart , in March .
    List<Event> events =
        ParsedSentences.code(
            "2019-06-28",
            "North_Korea/North_Korea/NNP/LOCATION detained/detain/VBD"
                + " Kim_Hyok_Chol/Kim_Hyok_Chol/NNP/PERSON ,/,/, Pompeo/Pompeo/NNP/PERSON 's/'s/POS"
                + " counterpart/counterpart/NN in/in/IN March/March/NNP/DATE ./././O",
            "nsubj 2 1; root 0 2; obj 2 3; punct 3 4; nmod:poss 7 5; case 5 6; appos 3 7; case 9 8;"
                + " obl:in 2 9; punct 2 10",
            new Timex(8, 8, 0, 0, "DATE", "2019-03", "March"));
    assertEquals(1, events.size(), events.toString());
    assertEquals("PRK", events.get(0).source());
    assertEquals("PRKGOV", events.get(0).target());
    assertEquals("2019-03", events.get(0).date().toString());
  }
}
