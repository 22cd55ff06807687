package dev.parley.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.actors.ActorDictionary;
import dev.parley.actors.ActorResolver;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.HandParsed;
import dev.parley.text.CodePoints;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private static final String DATE = "2019-06-28";
  private static final String BIEGUN_ARRIVED =
      "Stephen/Stephen/NNP/PERSON Biegun/Biegun/NNP/PERSON arrived/arrive/VBD/O in/in/IN/O Seoul/Seoul/NNP/LOCATION ./././O"
          + " | compound 2 1;nsubj 3 2;root 0 3;case 5 4;obl:in 3 5;punct 3 6";

  private static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.builtIn());
  private static final QuoteFinder FINDER = new QuoteFinder(RESOLVER);

  /**
   * Runs the finder on an article of hand-parsed sentences, typeset as {@link
   * HandParsed#article(String, String...)} reads them, and checks the contract every quote keeps.
   */
  static List<Quote> find(String... sentences) {
    AnnotatedArticle a = HandParsed.article(DATE, sentences);
    List<Quote> quotes = FINDER.find(RESOLVER.resolve(a));
    QuoteContract.check(a.article().text(), quotes);
    return quotes;
  }

  @Test
  void directQuoteInCurlyMarksWithPronounSpeaker() {
    List<Quote> q =
        find(
            BIEGUN_ARRIVED,
            "“/“/``/O We/we/PRP/O are/be/VBP/O ready/ready/JJ/O to/to/TO/O talk/talk/VB/O ,/,/,/O ”/”/''/O he/he/PRP/O said/say/VBD/O ./././O"
                + " | punct 4 1;nsubj 4 2;cop 4 3;ccomp 10 4;mark 6 5;xcomp 4 6;punct 4 7;punct 4 8;nsubj 10 9;root 0 10;punct 10 11");
    assertEquals(1, q.size(), q.toString());
    Quote quote = q.get(0);
    assertTrue(quote.direct());
    assertEquals("We are ready to talk", quote.text());
    assertEquals("said", quote.cue());
    assertEquals("he", quote.speakerText());
    assertEquals("USAGOV", quote.speaker());
    assertEquals("Stephen Biegun", quote.speakerName());
  }

  @Test
  void directQuoteInStraightMarksAfterAColon() {
    List<Quote> q =
        find(
            "Biegun/Biegun/NNP/PERSON said/say/VBD/O :/:/:/O \"/\"/``/O The/the/DT/O door/door/NN/O is/be/VBZ/O open/open/JJ/O ./././O \"/\"/''/O"
                + " | nsubj 2 1;root 0 2;punct 2 3;punct 8 4;det 6 5;nsubj 8 6;cop 8 7;ccomp 2 8;punct 8 9;punct 8 10");
    assertEquals(1, q.size(), q.toString());
    assertTrue(q.get(0).direct());
    assertEquals("The door is open.", q.get(0).text());
    assertEquals("Biegun", q.get(0).speakerText());
    assertEquals("USAGOV", q.get(0).speaker());
  }

  @Test
  void aQuoteRunsOverParagraphsWhenTheNextOneOpensWithAMark() {
    List<Quote> q =
        find(
            "Biegun/Biegun/NNP/PERSON said/say/VBD/O :/:/:/O “/“/``/O We/we/PRP/O will/will/MD/O meet/meet/VB/O again/again/RB/O ./././O"
                + " | nsubj 2 1;root 0 2;punct 2 3;punct 7 4;nsubj 7 5;aux 7 6;ccomp 2 7;advmod 7 8;punct 2 9",
            "¶",
            "“/“/``/O We/we/PRP/O hope/hope/VBP/O for/for/IN/O progress/progress/NN/O soon/soon/RB/O ./././O ”/”/''/O"
                + " | punct 3 1;nsubj 3 2;root 0 3;case 5 4;obl:for 3 5;advmod 3 6;punct 3 7;punct 3 8");
    assertEquals(2, q.size(), q.toString());
    assertEquals("We will meet again.", q.get(0).text());
    assertEquals("We hope for progress soon.", q.get(1).text());
    for (Quote quote : q) {
      assertTrue(quote.direct());
      assertEquals("USAGOV", quote.speaker());
      assertEquals("said", quote.cue());
    }
  }

  @Test
  void aPartialQuoteInsideReportedSpeechIsOneDirectStatement() {
    List<Quote> q =
        find(
            "Biegun/Biegun/NNP/PERSON said/say/VBD/O a/a/DT/O “/“/``/O robust/robust/JJ/O deterrence/deterrence/NN/O ”/”/''/O was/be/VBD/O needed/need/VBN/O ./././O"
                + " | nsubj 2 1;root 0 2;det 6 3;punct 6 4;amod 6 5;nsubj:pass 9 6;punct 6 7;aux:pass 9 8;ccomp 2 9;punct 2 10");
    assertEquals(1, q.size(), q.toString());
    assertTrue(q.get(0).direct());
    assertEquals("a “robust deterrence” was needed", q.get(0).text());
    assertEquals("said", q.get(0).cue());
    assertEquals("USAGOV", q.get(0).speaker());
  }

  @Test
  void reportedSpeechWithThat() {
    List<Quote> q =
        find(
            "Biegun/Biegun/NNP/PERSON said/say/VBD/O that/that/IN/O talks/talk/NNS/O would/would/MD/O resume/resume/VB/O soon/soon/RB/O ./././O"
                + " | nsubj 2 1;root 0 2;mark 6 3;nsubj 6 4;aux 6 5;ccomp 2 6;advmod 6 7;punct 2 8");
    assertEquals(1, q.size(), q.toString());
    assertFalse(q.get(0).direct());
    assertEquals("talks would resume soon", q.get(0).text());
    assertEquals("Biegun", q.get(0).speakerText());
    assertEquals("USAGOV", q.get(0).speaker());
  }

  @Test
  void accordingToATitleThatPointsBackToAPerson() {
    List<Quote> q =
        find(
            BIEGUN_ARRIVED,
            "Talks/talk/NNS/O will/will/MD/O resume/resume/VB/O in/in/IN/O July/July/NNP/DATE ,/,/,/O according/accord/VBG/O to/to/IN/O the/the/DT/O envoy/envoy/NN/O ./././O"
                + " | nsubj 3 1;aux 3 2;root 0 3;case 5 4;obl:in 3 5;punct 3 6;case 10 7;fixed 7 8;det 10 9;obl:according_to 3 10;punct 3 11");
    assertEquals(1, q.size(), q.toString());
    Quote quote = q.get(0);
    assertFalse(quote.direct());
    assertEquals("according to", quote.cue());
    assertEquals("Talks will resume in July", quote.text());
    assertEquals("the envoy", quote.speakerText());
    assertEquals("Stephen Biegun", quote.speakerName());
    assertEquals("USAGOV", quote.speaker());
  }

  @Test
  void tellingTheGatheringTakesTheSubjectOfTheClauseAndAnAddressee() {
    List<Quote> q =
        find(
            "Biegun/Biegun/NNP/PERSON spoke/speak/VBD/O in/in/IN/O Washington/Washington/NNP/LOCATION ,/,/,/O telling/tell/VBG/O the/the/DT/O gathering/gathering/NN/O"
                + " that/that/IN/O the/the/DT/O door/door/NN/O was/be/VBD/O open/open/JJ/O ./././O"
                + " | nsubj 2 1;root 0 2;case 4 3;obl:in 2 4;punct 2 5;advcl 2 6;det 8 7;obj 6 8;mark 13 9;det 11 10;nsubj 13 11;cop 13 12;ccomp 6 13;punct 2 14");
    assertEquals(1, q.size(), q.toString());
    assertEquals("telling", q.get(0).cue());
    assertEquals("the door was open", q.get(0).text());
    assertEquals("Biegun", q.get(0).speakerText());
    assertEquals("the gathering", q.get(0).addressee());
  }

  @Test
  void aSeatOfGovernmentSuggestsThatReportsShouldBeTreatedWithSkepticism() {
    List<Quote> q =
        find(
            "Seoul/Seoul/NNP/LOCATION 's/'s/POS/O presidential/presidential/JJ/O office/office/NN/O suggested/suggest/VBD/O that/that/IN/O reports/report/NNS/O"
                + " should/should/MD/O be/be/VB/O treated/treat/VBN/O with/with/IN/O skepticism/skepticism/NN/O ./././O"
                + " | nmod:poss 4 1;case 1 2;amod 4 3;nsubj 5 4;root 0 5;mark 10 6;nsubj:pass 10 7;aux 10 8;aux:pass 10 9;ccomp 5 10;case 12 11;obl:with 10 12;punct 5 13");
    assertEquals(1, q.size(), q.toString());
    assertEquals("suggested", q.get(0).cue());
    assertEquals("Seoul's presidential office", q.get(0).speakerText());
    assertEquals("KORGOV", q.get(0).speaker());
    assertEquals("reports should be treated with skepticism", q.get(0).text());
  }

  @Test
  void toldNamesTheAddressee() {
    List<Quote> q =
        find(
            "Biegun/Biegun/NNP/PERSON told/tell/VBD/O the/the/DT/O Atlantic/Atlantic/NNP/ORGANIZATION Council/Council/NNP/ORGANIZATION that/that/IN/O"
                + " diplomacy/diplomacy/NN/O was/be/VBD/O working/work/VBG/O ./././O"
                + " | nsubj 2 1;root 0 2;det 5 3;compound 5 4;obj 2 5;mark 9 6;nsubj 9 7;aux 9 8;ccomp 2 9;punct 2 10");
    assertEquals(1, q.size(), q.toString());
    assertEquals("told", q.get(0).cue());
    assertEquals("the Atlantic Council", q.get(0).addressee());
    assertEquals("diplomacy was working", q.get(0).text());
  }

  @Test
  void scareQuotesAndTitlesAreNotQuotes() {
    assertEquals(
        List.of(),
        find(
            "The/the/DT/O so-called/so-called/JJ/O “/“/``/O peace/peace/NN/O train/train/NN/O ”/”/''/O left/leave/VBD/O Pyongyang/Pyongyang/NNP/LOCATION ./././O"
                + " | det 5 1;amod 5 2;punct 5 3;compound 5 4;nsubj 7 5;punct 5 6;root 0 7;obj 7 8;punct 7 9"));
    assertEquals(
        List.of(),
        find(
            "Trump/Trump/NNP/PERSON 's/'s/POS/O book/book/NN/O “/“/``/O The/the/DT/O Art/art/NNP/O of/of/IN/O the/the/DT/O Deal/deal/NNP/O ”/”/''/O sold/sell/VBD/O well/well/RB/O ./././O"
                + " | nmod:poss 3 1;case 1 2;nsubj 11 3;punct 6 4;det 6 5;appos 3 6;case 9 7;det 9 8;nmod:of 6 9;punct 6 10;root 0 11;advmod 11 12;punct 11 13"));
  }

  @Test
  void anInvertedCueAndASpeakerNoDictionaryKnows() {
    List<Quote> q =
        find(
            "“/“/``/O Talks/talk/NNS/O are/be/VBP/O going/go/VBG/O well/well/RB/O ,/,/,/O ”/”/''/O said/say/VBD/O Caddell/Caddell/NNP/PERSON ./././O"
                + " | punct 4 1;nsubj 4 2;aux 4 3;ccomp 8 4;advmod 4 5;punct 4 6;punct 4 7;root 0 8;nsubj 8 9;punct 8 10");
    assertEquals(1, q.size(), q.toString());
    assertEquals("Caddell", q.get(0).speakerText());
    assertEquals("Caddell", q.get(0).speakerName());
    assertNull(q.get(0).speaker());
  }

  @Test
  void aLongQuoteWithNoCueIsStillAQuoteWithoutASpeaker() {
    List<Quote> q =
        find(
            "“/“/``/O We/we/PRP/O will/will/MD/O never/never/RB/O give/give/VB/O up/up/RP/O ./././O ”/”/''/O"
                + " | punct 5 1;nsubj 5 2;aux 5 3;advmod 5 4;root 0 5;compound:prt 5 6;punct 5 7;punct 5 8");
    assertEquals(1, q.size(), q.toString());
    assertTrue(q.get(0).direct());
    assertNull(q.get(0).speakerStart());
    assertNull(q.get(0).cue());
  }

  @Test
  void unparsedSentencesStillGetTheirDirectQuotes() {
    List<Quote> q =
        find(
            "“/“/``/O Talks/talk/NNS/O are/be/VBP/O going/go/VBG/O well/well/RB/O ,/,/,/O ”/”/''/O Biegun/Biegun/NNP/PERSON said/say/VBD/O ./././O |");
    assertEquals(1, q.size(), q.toString());
    assertEquals("Biegun", q.get(0).speakerText());
    assertEquals(CodePoints.slice("x", 0, 1), "x");
  }

  // Regressions from the seed articles of issue 10, in sentences of our own.

  @Test
  void theOwnerOfARelationalNounIsNotTheSpeaker() {
    // "Trump's special representative said": not Trump; who it is, is left to the phrase
    List<Quote> q =
        find(
            "Trump/Trump/NNP/PERSON 's/'s/POS/O special/special/JJ/O representative/representative/NN/O said/say/VBD/O that/that/IN/O"
                + " talks/talk/NNS/O would/would/MD/O resume/resume/VB/O ./././O"
                + " | nmod:poss 4 1;case 1 2;amod 4 3;nsubj 5 4;root 0 5;mark 9 6;nsubj 9 7;aux 9 8;ccomp 5 9;punct 5 10");
    assertEquals(1, q.size(), q.toString());
    assertEquals("Trump's special representative", q.get(0).speakerText());
    assertNull(q.get(0).speaker(), q.toString());
    assertEquals("Trump's special representative", q.get(0).speakerName());
    // an administration as the owner: its government
    q =
        find(
            "The/the/DT/O Trump/Trump/NNP/PERSON administration/administration/NN/O 's/'s/POS/O representative/representative/NN/O said/say/VBD/O"
                + " that/that/IN/O talks/talk/NNS/O would/would/MD/O resume/resume/VB/O ./././O"
                + " | det 3 1;compound 3 2;nmod:poss 5 3;case 3 4;nsubj 6 5;root 0 6;mark 10 7;nsubj 10 8;aux 10 9;ccomp 6 10;punct 6 11");
    assertEquals(1, q.size(), q.toString());
    assertEquals("USAGOV", q.get(0).speaker(), q.toString());
    assertFalse(q.get(0).speakerName().contains("Donald Trump"), q.toString());
  }

  @Test
  void aCounterpartIsOfTheCountryThatModifiesItAndNamedByItsApposition() {
    List<Quote> q =
        find(
            "Pompeo/Pompeo/NNP/PERSON 's/'s/POS/O South/South/NNP/LOCATION Korean/Korean/NNP/MISC counterpart/counterpart/NN/O ,/,/,/O"
                + " Park/Park/NNP/PERSON Min-seo/Min-seo/NNP/PERSON ,/,/,/O said/say/VBD/O that/that/IN/O talks/talk/NNS/O would/would/MD/O resume/resume/VB/O ./././O"
                + " | nmod:poss 5 1;case 1 2;compound 4 3;amod 5 4;nsubj 10 5;punct 5 6;compound 8 7;appos 5 8;punct 5 9;root 0 10;"
                + "mark 14 11;nsubj 14 12;aux 14 13;ccomp 10 14;punct 10 15");
    assertEquals(1, q.size(), q.toString());
    assertEquals("KORGOV", q.get(0).speaker(), q.toString());
    assertEquals("Park Min-seo", q.get(0).speakerName());
  }

  @Test
  void aHyphenInsideANameKeepsTheAddresseeWhole() {
    List<Quote> q =
        find(
            "Xi/Xi/NNP/PERSON told/tell/VBD/O President/President/NNP/O Moon/Moon/NNP/PERSON Jae/Jae/NNP/PERSON -/-/HYPH/O in/in/NNP/PERSON"
                + " that/that/IN/O talks/talk/NNS/O would/would/MD/O resume/resume/VB/O ./././O"
                + " | nsubj 2 1;root 0 2;compound 7 3;compound 7 4;compound 7 5;punct 7 6;obj 2 7;mark 11 8;nsubj 11 9;aux 11 10;ccomp 2 11;punct 2 12");
    assertEquals(1, q.size(), q.toString());
    assertTrue(q.get(0).addressee().startsWith("President Moon Jae"), q.toString());
    assertTrue(q.get(0).addressee().endsWith("in"), q.toString());
  }

  @Test
  void anInvertedSubjectTheParserTookForAComplement() {
    List<Quote> q =
        find(
            "“/“/``/O Talks/talk/NNS/O are/be/VBP/O going/go/VBG/O well/well/RB/O ,/,/,/O ”/”/''/O said/say/VBD/O Hester/Hester/NNP/PERSON ./././O"
                + " | punct 8 1;nsubj 4 2;aux 4 3;ccomp 8 4;advmod 4 5;punct 8 6;punct 8 7;root 0 8;xcomp 8 9;punct 8 10");
    assertEquals(1, q.size(), q.toString());
    assertEquals("Hester", q.get(0).speakerText());
  }

  @Test
  void aDashAndANameInTheNextSentenceAttributeTheQuote() {
    List<Quote> q =
        find(
            "“/“/``/O We/we/PRP/O can/can/MD/O build/build/VB/O a/a/DT/O better/better/JJR/O country/country/NN/O ./././O ”/”/''/O |",
            "―/―/SYM/O Maria/Maria/NNP/PERSON Lopez/Lopez/NNP/PERSON |");
    assertEquals(1, q.size(), q.toString());
    assertEquals("―", q.get(0).cue());
    assertEquals("Maria Lopez", q.get(0).speakerText());
  }

  @Test
  void aRightMarkTypedAsAnOpenerOpensAQuote() {
    List<Quote> q =
        find(
            "”/”/``/O We/we/PRP/O can/can/MD/O build/build/VB/O a/a/DT/O better/better/JJR/O country/country/NN/O ./././O ”/”/''/O |");
    assertEquals(1, q.size(), q.toString());
    assertEquals("We can build a better country.", q.get(0).text());
  }

  @Test
  void aQuoteInterruptedByItsAttributionIsOneQuote() {
    List<Quote> q =
        find(
            BIEGUN_ARRIVED,
            "“/“/``/O We/we/PRP/O are/be/VBP/O ready/ready/JJ/O ,/,/,/O ”/”/''/O he/he/PRP/O said/say/VBD/O ,/,/,/O “/“/``/O to/to/TO/O talk/talk/VB/O"
                + " about/about/IN/O peace/peace/NN/O ./././O ”/”/''/O"
                + " | punct 4 1;nsubj 4 2;cop 4 3;ccomp 8 4;punct 8 5;punct 8 6;nsubj 8 7;root 0 8;punct 8 9;punct 12 10;mark 12 11;xcomp 8 12;"
                + "case 14 13;obl:about 12 14;punct 8 15;punct 8 16");
    assertEquals(1, q.size(), q.toString());
    assertTrue(q.get(0).text().startsWith("We are ready"), q.toString());
    assertTrue(q.get(0).text().endsWith("peace."), q.toString());
    assertEquals(2, q.get(0).parts().size());
  }

  @Test
  void aParticipleHungByDepTakesTheSubjectOfItsClause() {
    // "Biegun defended the plan, saying, “…”": the parser hangs "saying" by a bare dep
    List<Quote> q =
        find(
            "Biegun/Biegun/NNP/PERSON defended/defend/VBD/O the/the/DT/O plan/plan/NN/O ,/,/,/O saying/say/VBG/O ,/,/,/O"
                + " “/“/``/O We/we/PRP/O are/be/VBP/O ready/ready/JJ/O to/to/TO/O talk/talk/VB/O ./././O ”/”/''/O"
                + " | nsubj 2 1;root 0 2;det 4 3;obj 2 4;punct 2 5;dep 2 6;punct 6 7;punct 11 8;nsubj 11 9;cop 11 10;ccomp 6 11;"
                + "mark 13 12;xcomp 11 13;punct 11 14;punct 11 15");
    Quote direct =
        q.stream().filter(Quote::direct).findFirst().orElseThrow(() -> new AssertionError(q));
    assertEquals("Biegun", direct.speakerText(), q.toString());
  }

  @Test
  void aVerbThatCharacterisesSomeoneCuesAShortQuote() {
    List<Quote> q =
        find(
            "Biegun/Biegun/NNP/PERSON blasted/blast/VBD/O the/the/DT/O plan/plan/NN/O as/as/IN/O a/a/DT/O “/“/``/O disgrace/disgrace/NN/O ”/”/''/O ./././O"
                + " | nsubj 2 1;root 0 2;det 4 3;obj 2 4;case 8 5;det 8 6;punct 8 7;obl:as 2 8;punct 8 9;punct 2 10");
    assertEquals(1, q.size(), q.toString());
    assertEquals("disgrace", q.get(0).text());
    assertEquals("Biegun", q.get(0).speakerText());
  }
}
