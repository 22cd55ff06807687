package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.time.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same event stated twice in an article is one event with every evidence sentence. */
class RestatementsTest {
  private static final String ATTACKED = "Russia/Russia/NNP/LOCATION attacked/attack/VBD ";
  private static final String ATTACK_EDGES = "nsubj 2 1; root 0 2; obj 2 3; punct 2 4";
  private static final PartialDate PUBLISHED = PartialDate.parse("2022-02-25").orElseThrow();

  @Test
  void aLeadAndALaterParagraphAreOneEventWithTwoMentions() {
    // Russia attacked Ukraine on Thursday .  Moon spoke .  Russia attacked Ukraine .
    List<Event> events =
        attackedOnThursday()
            .sentence("Nobody/nobody/NN spoke/speak/VBD ./././O", "nsubj 2 1; root 0 2; punct 2 3")
            .sentence(ATTACKED + "Ukraine/Ukraine/NNP/LOCATION ./././O", ATTACK_EDGES)
            .code();
    assertEquals(1, events.size(), events.toString());
    Event e = events.get(0);
    assertEquals("190", e.code());
    assertEquals(2, e.mentions());
    assertEquals(List.of(0, 2), e.evidence().stream().map(Evidence::sentenceIndex).toList());
    assertEquals(0, e.sentenceIndex(), "the first mention is kept");
    assertEquals(
        "2022-02-24",
        e.date().toString(),
        "the date the text states, not the publication date of the restatement");
    assertEquals(DateSource.TEXT, e.dateSource(), "and it says the date is the text's");
    String text = e.sentence();
    assertEquals(text, "Russia attacked Ukraine on Thursday .");
  }

  @Test
  void differentTargetsAreTwoEvents() {
    List<Event> events =
        HandParsedArticle.published("2022-02-25")
            .sentence(ATTACKED + "Ukraine/Ukraine/NNP/LOCATION ./././O", ATTACK_EDGES)
            .sentence(ATTACKED + "Georgia/Georgia/NNP/LOCATION ./././O", ATTACK_EDGES)
            .code();
    assertEquals(List.of("UKR", "GEO"), events.stream().map(Event::target).toList());
    assertTrue(events.stream().allMatch(e -> e.mentions() == 1));
  }

  @Test
  void assertedAndNegatedAreTwoEvents() {
    // China criticized Russia .  China did not criticize Russia .
    List<Event> events =
        HandParsedArticle.published("2022-03-01")
            .sentence(
                "China/China/NNP/LOCATION criticized/criticize/VBD Russia/Russia/NNP/LOCATION ./././O",
                "nsubj 2 1; root 0 2; obj 2 3; punct 2 4")
            .sentence(
                "China/China/NNP/LOCATION did/do/VBD not/not/RB criticize/criticize/VB Russia/Russia/NNP/LOCATION ./././O",
                "nsubj 4 1; aux 4 2; advmod 4 3; root 0 4; obj 4 5; punct 4 6")
            .code();
    assertEquals(List.of(false, true), events.stream().map(Event::negated).toList());
  }

  @Test
  void twoDatesTheTextStatesAreTwoEvents() {
    // Russia attacked Ukraine on Thursday .  Russia attacked Ukraine in 2014 .
    List<Event> events =
        attackedOnThursday()
            .sentence(
                ATTACKED + "Ukraine/Ukraine/NNP/LOCATION in/in/IN 2014/2014/CD/DATE ./././O",
                "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:in 2 5; punct 2 6",
                5,
                5,
                "2014")
            .code();
    assertEquals(
        List.of("2022-02-24", "2014"), events.stream().map(e -> e.date().toString()).toList());
  }

  @Test
  void theMoreSpecificCodeIsKeptAndTheLocationComesFromAnyMention() {
    Event general = event(0, "190", Modality.ASSERTED, false, null, null);
    Event specific =
        event(
            3, "195", Modality.ASSERTED, false, PUBLISHED, new Location("Kharkiv", "UKR", 70, 77));
    List<Event> merged = Restatements.merge(List.of(general, specific), PUBLISHED, Trace.NONE);
    assertEquals(1, merged.size());
    Event e = merged.get(0);
    assertEquals("195", e.code());
    assertEquals(3, e.sentenceIndex(), "the kept event's own sentence is the more specific one");
    assertEquals(List.of(0, 3), e.evidence().stream().map(Evidence::sentenceIndex).toList());
    assertEquals("Kharkiv", e.location().place());
  }

  @Test
  void siblingCodesModalitiesAndPatternsOverTheClassifier() {
    assertEquals(
        2,
        mergedCount(
            event(0, "042", Modality.ASSERTED, false, null, null),
            event(1, "043", Modality.ASSERTED, false, null, null)),
        "042 and 043 are siblings");
    assertEquals(
        2,
        mergedCount(
            event(0, "042", Modality.ASSERTED, false, null, null),
            event(1, "042", Modality.INTENDED, false, null, null)),
        "a plan is not the deed");
    assertTrue(Restatements.compatibleCodes("036", "0361"));
    assertTrue(Restatements.compatibleCodes("190", "1951"));
    Event model = withRule(event(0, "195", Modality.ASSERTED, false, null, null), "model:195");
    Event pattern = event(2, "190", Modality.ASSERTED, false, null, null);
    Event kept = Restatements.merge(List.of(model, pattern), PUBLISHED, Trace.NONE).get(0);
    assertEquals("190", kept.code(), "a lexicon pattern's event is kept over the classifier's");
    assertEquals(2, kept.mentions());
  }

  @Test
  void anUndatedIntentionTakesTheDateItsRestatementStates() {
    PartialDate saturday = PartialDate.parse("2019-06-29").orElseThrow();
    Event bare = event(0, "042", Modality.INTENDED, false, null, null);
    Event dated = event(4, "042", Modality.INTENDED, false, saturday, null);
    Event e = Restatements.merge(List.of(bare, dated), PUBLISHED, Trace.NONE).get(0);
    assertEquals(saturday, e.date());
    assertEquals(0, e.sentenceIndex());
  }

  @Test
  void theTraceSaysWhatWasMerged() {
    Trace.Collected trace = Trace.collect();
    Restatements.merge(
        List.of(
            event(0, "190", Modality.ASSERTED, false, null, null),
            event(2, "190", Modality.ASSERTED, false, null, null)),
        PUBLISHED,
        trace);
    assertEquals(1, trace.lines().size(), trace.lines().toString());
    assertTrue(
        trace
            .lines()
            .get(0)
            .startsWith("restated: 190 in sentence 2, merged into 190 of sentence 0"),
        trace.lines().get(0));
  }

  private static Event event(
      int sentence,
      String code,
      Modality modality,
      boolean negated,
      PartialDate date,
      Location where) {
    int start = sentence * 20;
    return Event.builder()
        .eventId("a:" + sentence + ":1:" + code + ":0")
        .articleId("a")
        .date(date)
        .source("RUS")
        .sourceName("Russia")
        .target("UKR")
        .targetName("Ukraine")
        .code(code)
        .root(code.substring(0, 2))
        .quadClass(4)
        .goldstein(-10)
        .plover("ASSAULT")
        .modality(modality)
        .negated(negated)
        .sentenceIndex(sentence)
        .evidenceStart(start)
        .evidenceEnd(start + 19)
        .sentence("s" + sentence)
        .rule("attack@" + code)
        .confidence(0.8)
        .location(where)
        .build();
  }

  /** An article published on 2022-02-25 that opens "Russia attacked Ukraine on Thursday ." */
  private static HandParsedArticle attackedOnThursday() {
    return HandParsedArticle.published("2022-02-25")
        .sentence(
            ATTACKED + "Ukraine/Ukraine/NNP/LOCATION on/on/IN Thursday/Thursday/NNP/DATE ./././O",
            "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:on 2 5; punct 2 6",
            5,
            5,
            "2022-02-24");
  }

  /** How many events are left of {@code events} once restatements are merged. */
  private static int mergedCount(Event... events) {
    return Restatements.merge(List.of(events), PUBLISHED, Trace.NONE).size();
  }

  private static Event withRule(Event e, String rule) {
    return e.toBuilder().rule(rule).build();
  }
}
