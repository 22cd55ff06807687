package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an event took place, on hand-parsed sentences: places, venues, and what is not a place. */
class EventLocationTest {

  /**
   * The event of a one-event sentence. A mutual act ("met") is coded both ways: then the second is
   * the first's mirror, with the same place.
   */
  private static Event only(List<Event> events) {
    if (events.size() == 2) {
      Event a = events.get(0);
      Event b = events.get(1);
      assertEquals(a.source(), b.target(), events.toString());
      assertEquals(a.target(), b.source(), events.toString());
      assertEquals(a.location(), b.location(), events.toString());
      return a;
    }
    assertEquals(1, events.size(), events.toString());
    return events.get(0);
  }

  private static String spanOf(List<Event> events, Location l) {
    return events
        .get(0)
        .sentence()
        .substring(
            l.start() - events.get(0).evidenceStart(), l.end() - events.get(0).evidenceStart());
  }

  @Test
  void aCapitalAfterInIsThePlaceAndItsCountry() {
    // Trump met Kim Jong-un in Hanoi .
    List<Event> events =
        HandParsedArticle.published("2019-02-28")
            .sentence(
                "Trump/Trump/NNP/PERSON met/meet/VBD Kim_Jong-un/Kim_Jong-un/NNP/PERSON in/in/IN Hanoi/Hanoi/NNP/LOCATION ./././O",
                "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:in 2 5; punct 2 6")
            .code();
    Event e = only(events);
    assertEquals("PRKGOV", e.target(), "the place is not the target");
    assertEquals(new Location("Hanoi", "VNM", 25, 30), e.location());
    assertEquals("Hanoi", spanOf(events, e.location()));
  }

  @Test
  void talksHeldInACapital() {
    // Iran and Oman held talks in Muscat .
    List<Event> events =
        HandParsedArticle.published("2024-05-01")
            .sentence(
                "Iran/Iran/NNP/LOCATION and/and/CC Oman/Oman/NNP/LOCATION held/hold/VBD talks/talk/NNS in/in/IN Muscat/Muscat/NNP/LOCATION ./././O",
                "nsubj 4 1; cc 3 2; conj:and 1 3; root 0 4; obj 4 5; case 7 6; obl:in 4 7; punct 4 8")
            .code();
    assertFalse(events.isEmpty(), "held talks codes an event");
    for (Event e : events) {
      assertEquals("Muscat", e.location().place(), e.toString());
      assertEquals("OMN", e.location().country());
    }
  }

  @Test
  void aVenueInsideAVenueNounIsFollowed() {
    // Trump met Kim Jong-un at the summit in Hanoi .
    Event e =
        only(
            HandParsedArticle.published("2019-02-28")
                .sentence(
                    "Trump/Trump/NNP/PERSON met/meet/VBD Kim_Jong-un/Kim_Jong-un/NNP/PERSON at/at/IN the/the/DT summit/summit/NN in/in/IN Hanoi/Hanoi/NNP/LOCATION ./././O",
                    "nsubj 2 1; root 0 2; obj 2 3; case 6 4; det 6 5; obl:at 2 6; case 8 7; nmod:in 6 8; punct 2 9")
                .code());
    assertEquals("Hanoi", e.location().place());
    assertEquals("VNM", e.location().country());
  }

  @Test
  void aVisitKeepsItsTargetAndGainsTheLocation() {
    // Xi Jinping visited Pyongyang .
    Event e =
        only(
            HandParsedArticle.published("2019-06-21")
                .sentence(
                    "Xi_Jinping/Xi_Jinping/NNP/PERSON visited/visit/VBD Pyongyang/Pyongyang/NNP/LOCATION ./././O",
                    "nsubj 2 1; root 0 2; obj 2 3; punct 2 4")
                .code());
    assertEquals("042", e.code());
    assertEquals("PRKGOV", e.target(), "the place visited stays the target");
    assertEquals(new Location("Pyongyang", "PRK", 19, 28), e.location());
  }

  @Test
  void aCapitalNamedByItsCountrysDemonym() {
    // Trump will arrive in the South Korean capital .
    Event e =
        only(
            HandParsedArticle.published("2019-06-28")
                .sentence(
                    "Trump/Trump/NNP/PERSON will/will/MD arrive/arrive/VB in/in/IN the/the/DT South/South/NNP/LOCATION"
                        + " Korean/Korean/JJ/O capital/capital/NN ./././O",
                    "nsubj 3 1; aux 3 2; root 0 3; case 8 4; det 8 5; amod 7 6; amod 8 7; obl:in 3 8; punct 3 9")
                .code());
    assertEquals(
        "KORGOV", e.target(), "the capital stands for the government as the target of the visit");
    assertEquals("South Korean capital", e.location().place());
    assertEquals("KOR", e.location().country());
  }

  @Test
  void aVenueOfThePlacesFile() {
    // Trump met Kim Jong-un at the DMZ .   Xi Jinping met Trump in Osaka .
    Event dmz =
        only(
            HandParsedArticle.published("2019-06-30")
                .sentence(
                    "Trump/Trump/NNP/PERSON met/meet/VBD Kim_Jong-un/Kim_Jong-un/NNP/PERSON at/at/IN the/the/DT DMZ/DMZ/NNP/ORGANIZATION ./././O",
                    "nsubj 2 1; root 0 2; obj 2 3; case 6 4; det 6 5; obl:at 2 6; punct 2 7")
                .code());
    assertEquals("DMZ", dmz.location().place());
    assertNull(dmz.location().country(), "the DMZ lies in both Koreas");
    Event osaka =
        only(
            HandParsedArticle.published("2019-06-29")
                .sentence(
                    "Xi_Jinping/Xi_Jinping/NNP/PERSON met/meet/VBD Trump/Trump/NNP/PERSON in/in/IN Osaka/Osaka/NNP/LOCATION ./././O",
                    "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:in 2 5; punct 2 6")
                .code());
    assertEquals(new Location("Osaka", "JPN", 24, 29), osaka.location());
  }

  @Test
  void aPlaceNoDictionaryKnowsIsKeptAndACountryBesideItNamesItsCountry() {
    // Xi Jinping met Trump in Kobe .   Xi Jinping met Trump in Kobe , Japan .
    Event bare =
        only(
            HandParsedArticle.published("2019-06-29")
                .sentence(
                    "Xi_Jinping/Xi_Jinping/NNP/PERSON met/meet/VBD Trump/Trump/NNP/PERSON in/in/IN Kobe/Kobe/NNP/LOCATION ./././O",
                    "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:in 2 5; punct 2 6")
                .code());
    assertEquals(new Location("Kobe", null, 24, 28), bare.location());
    Event withCountry =
        only(
            HandParsedArticle.published("2019-06-29")
                .sentence(
                    "Xi_Jinping/Xi_Jinping/NNP/PERSON met/meet/VBD Trump/Trump/NNP/PERSON in/in/IN Kobe/Kobe/NNP/LOCATION ,/,/, Japan/Japan/NNP/LOCATION ./././O",
                    "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:in 2 5; punct 7 6; appos 5 7; punct 2 8")
                .code());
    assertEquals("Kobe", withCountry.location().place());
    assertEquals("JPN", withCountry.location().country());
  }

  @Test
  void timesAndStatesOfAffairsAreNotPlaces() {
    // Trump met Kim Jong-un in March .
    Event march =
        only(
            HandParsedArticle.published("2019-06-30")
                .sentence(
                    "Trump/Trump/NNP/PERSON met/meet/VBD Kim_Jong-un/Kim_Jong-un/NNP/PERSON in/in/IN March/March/NNP/DATE ./././O",
                    "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:in 2 5; punct 2 6",
                    5,
                    5,
                    "2019-03")
                .code());
    assertEquals("2019-03", march.date().toString());
    assertNull(march.location(), "in March is a time");
    // China criticized Russia in response .   China criticized Russia in talks .
    for (String noun : List.of("response", "talks")) {
      Event e =
          only(
              HandParsedArticle.published("2022-03-01")
                  .sentence(
                      "China/China/NNP/LOCATION criticized/criticize/VBD Russia/Russia/NNP/LOCATION in/in/IN "
                          + noun
                          + "/"
                          + noun
                          + "/NN ./././O",
                      "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:in 2 5; punct 2 6")
                  .code());
      assertEquals("111", e.code());
      assertNull(e.location(), "in " + noun + " is not a place");
    }
  }

  @Test
  void whereSomeoneSpokeIsNotWhereTheDeedTheySpokeOfHappened() {
    // Pompeo said in Washington that Russia attacked Ukraine .
    List<Event> events =
        HandParsedArticle.published("2022-03-01")
            .sentence(
                "Pompeo/Pompeo/NNP/PERSON said/say/VBD in/in/IN Washington/Washington/NNP/LOCATION that/that/IN Russia/Russia/NNP/LOCATION attacked/attack/VBD Ukraine/Ukraine/NNP/LOCATION ./././O",
                "nsubj 2 1; root 0 2; case 4 3; obl:in 2 4; mark 7 5; nsubj 7 6; ccomp 2 7; obj 7 8; punct 2 9")
            .code();
    Event attack =
        events.stream()
            .filter(e -> e.code().equals("190"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(events));
    assertEquals(Modality.REPORTED, attack.modality());
    assertNull(
        attack.location(), "Washington is where it was said, not where Ukraine was attacked");
    // the speaker's own act there is located there: Pompeo met Lavrov in Washington .
    Event met =
        only(
            HandParsedArticle.published("2019-12-10")
                .sentence(
                    "Pompeo/Pompeo/NNP/PERSON met/meet/VBD Lavrov/Lavrov/NNP/PERSON in/in/IN Washington/Washington/NNP/LOCATION ./././O",
                    "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:in 2 5; punct 2 6")
                .code());
    assertEquals(new Location("Washington", "USA", 21, 31), met.location());
  }
}
