package dev.parley.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.clean.Article;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.Dependency;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Timex;
import dev.parley.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimexNormaliserTest {
  private static final TimexNormaliser NORMALISER = new TimexNormaliser();

  /**
   * One sentence "word/POS ..." published on {@code date}, with SUTime's reading of the tokens
   * {@code first..last} as {@code type} and {@code value}; returns Parley's expressions.
   */
  private static List<TimeExpression> read(
      String date, String tokens, int first, int last, String type, String value) {
    return read(date, tokens, "", first, last, type, value);
  }

  /**
   * As {@link #read(String, String, int, int, String, String)}, with a dependency parse: edges "rel
   * head dep" over 1-based token positions (0 = root) separated by ";", or "" for none.
   */
  private static List<TimeExpression> read(
      String date, String tokens, String edges, int first, int last, String type, String value) {
    List<Token> toks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 0;
    for (String t : tokens.split(" ")) {
      String[] p = t.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int b = text.length();
      text.append(p[0]);
      toks.add(
          new Token(
              i++, p[0], p[0].toLowerCase(java.util.Locale.ROOT), p[1], "O", b, text.length()));
    }
    int b = toks.get(first).begin();
    int e = toks.get(last).end();
    Timex t = new Timex(first, last, b, e, type, value, text.substring(b, e));
    List<Dependency> deps = new ArrayList<>();
    for (String edge : edges.split(";")) {
      if (!edge.isBlank()) {
        String[] f = edge.strip().split(" ");
        deps.add(new Dependency(f[0], Integer.parseInt(f[1]) - 1, Integer.parseInt(f[2]) - 1));
      }
    }
    Sentence s = new Sentence(0, 0, text.length(), toks, deps, List.of(t));
    Article a = Article.english("t", null, date, text.toString());
    return NORMALISER.find(new AnnotatedArticle(a, List.of(s)));
  }

  @Test
  void aWeekdayInThePastTenseIsTheOneBeforePublication() {
    // 2019-06-30 is a Sunday; SUTime reads "Saturday" as the next one
    List<TimeExpression> t =
        read(
            "2019-06-30",
            "Kim/NNP met/VBD Trump/NNP late/JJ Saturday/NNP",
            3,
            4,
            "DATE",
            "2019-07-06");
    assertEquals("2019-06-29", t.get(0).value());
    assertEquals(TimeExpression.Origin.CORRECTED, t.get(0).origin());
  }

  @Test
  void aWeekdayInTheFutureIsTheNextOne() {
    List<TimeExpression> t =
        read("2019-06-30", "They/PRP will/MD meet/VB Tuesday/NNP", 3, 3, "DATE", "2019-06-25");
    assertEquals("2019-07-02", t.get(0).value());
  }

  // 2019-06-28 is a Friday: the coming Saturday is 2019-06-29, the last one 2019-06-22

  @Test
  void aWeekdayGovernedByAFutureVerbIsTheComingOneWhateverFollowsIt() {
    // "will land … late Saturday, after he finishes meetings": the verb after the comma is not the
    // expression's; the verb that governs "Saturday" is "land", with "will"
    String tokens =
        "The/DT president/NN will/MD land/VB in/IN Seoul/NNP late/JJ Saturday/NNP ,/, after/IN he/PRP finishes/VBZ meetings/NNS";
    String edges =
        "det 2 1;nsubj 4 2;aux 4 3;root 0 4;case 6 5;obl:in 4 6;amod 8 7;obl:tmod 4 8;punct 4 9;mark 12 10;nsubj 12 11;advcl 4 12;"
            + "obj 12 13";
    assertEquals(
        "2019-06-29", read("2019-06-28", tokens, edges, 6, 7, "DATE", "2019-06-22").get(0).value());
    // without the parse, the expression's own clause (cut at the comma) decides the same way
    assertEquals(
        "2019-06-29", read("2019-06-28", tokens, "", 6, 7, "DATE", "2019-06-22").get(0).value());
  }

  @Test
  void aWeekdayGovernedByAPastVerbIsTheLastOne() {
    String tokens =
        "The/DT envoy/NN did/VBD n't/RB comment/VB on/IN Saturday/NNP ,/, officials/NNS say/VBP";
    String edges =
        "det 2 1;nsubj 5 2;aux 5 3;advmod 5 4;ccomp 10 5;case 7 6;obl:on 5 7;punct 10 8;nsubj 10 9;root 0 10";
    assertEquals(
        "2019-06-22", read("2019-06-28", tokens, edges, 6, 6, "DATE", "2019-06-29").get(0).value());
  }

  @Test
  void aWeekdayInAnInfinitiveAfterAPlanIsAhead() {
    String tokens = "They/PRP expect/VBP to/TO meet/VB the/DT president/NN on/IN Sunday/NNP";
    String edges = "nsubj 2 1;root 0 2;mark 4 3;xcomp 2 4;det 6 5;obj 4 6;case 8 7;obl:on 4 8";
    assertEquals(
        "2019-06-30", read("2019-06-28", tokens, edges, 7, 7, "DATE", "2019-06-23").get(0).value());
  }

  @Test
  void theYearEarlierQuarterOfAQuarterlyReportIsFoundWhereSutimeFindsNothing() {
    List<TimeExpression> t =
        read(
            "1989-11-02",
            "Net/NN rose/VBD in/IN the/DT third/JJ quarter/NN from/IN the/DT year/NN -/HYPH earlier/JJR quarter/NN",
            3,
            5,
            "DATE",
            "1989-Q3");
    assertEquals(2, t.size(), t.toString());
    assertEquals("the year - earlier quarter", t.get(1).text());
    assertEquals("1988-Q3", t.get(1).value());
    assertEquals(TimeExpression.Origin.RULE, t.get(1).origin());
  }

  @Test
  void deadlinesKeepTheirYearAndAFirstNameIsNoMonth() {
    // "payable Dec. 7" in a sentence in the past tense is still ahead
    assertEquals(
        "1989-12-07",
        read(
                "1989-10-27",
                "The/DT board/NN declared/VBD a/DT dividend/NN payable/JJ Dec./NNP 7/CD",
                6,
                7,
                "DATE",
                "1989-12-07")
            .get(0)
            .value());
    assertTrue(
        read("1999-03-12", "Minister/NNP Jan/NNP Kavan/NNP spoke/VBD", 1, 1, "DATE", "1999-01")
            .isEmpty());
  }

  @Test
  void aYearEndedOnADateIsATwelveMonthPeriod() {
    TimeExpression t =
        read(
                "1989-10-30",
                "net/NN for/IN the/DT year/NN ended/VBN Aug./NNP 31/CD",
                2,
                3,
                "DATE",
                "1989")
            .get(0);
    assertEquals(TimexType.DURATION, t.type());
    assertEquals("P1Y", t.value());
  }

  @Test
  void unitsAgoHaveThePrecisionOfTheUnit() {
    assertEquals(
        "2019-06",
        read("2019-07-04", "about/RB a/DT month/NN ago/RB", 0, 3, "DATE", "2019-06-04")
            .get(0)
            .value());
    assertEquals(
        "2019-W26",
        read("2019-07-04", "a/DT week/NN ago/RB", 0, 2, "DATE", "2019-06-27").get(0).value());
    assertEquals(
        "2017",
        read("2019-07-04", "two/CD years/NNS ago/RB", 0, 2, "DATE", "2017-07-04").get(0).value());
  }

  @Test
  void aMonthWithoutAYearIsReadByTense() {
    assertEquals(
        "2019-03",
        read("2019-06-30", "talks/NNS collapsed/VBD in/IN March/NNP", 3, 3, "DATE", "2019-03")
            .get(0)
            .value());
    // published in January, "in December" of a past event is last year's
    assertEquals(
        "2018-12",
        read("2019-01-10", "talks/NNS collapsed/VBD in/IN December/NNP", 3, 3, "DATE", "2019-12")
            .get(0)
            .value());
  }

  @Test
  void decadesCenturiesAndSets() {
    assertEquals(
        "197", read("1998-02-19", "the/DT late/JJ 1970s/CNS", 0, 2, "SET", "197X").get(0).value());
    assertEquals(
        TimexType.DATE, read("1998-02-19", "the/DT 1970s/CNS", 0, 1, "SET", "197X").get(0).type());
    assertEquals(
        "19", read("1998-02-19", "the/DT 20th/JJ century/NN", 0, 2, "DATE", "19XX").get(0).value());
    TimeExpression set =
        read("1998-02-13", "on/IN Tuesday/NNP nights/NNS", 1, 2, "TIME", "1998-02-10TNI").get(0);
    assertEquals(TimexType.SET, set.type());
    assertEquals("XXXX-WXX-2TNI", set.value());
  }

  @Test
  void agesAndOnceAreNotTimes() {
    assertTrue(read("1998-02-19", "a/DT 6-year-old/JJ boy/NN", 1, 1, "DURATION", "P6Y").isEmpty());
    assertTrue(read("1998-02-19", "he/PRP once/RB said/VBD", 1, 1, "SET", "P1X").isEmpty());
  }

  @Test
  void whatNoRuleCoversKeepsSutimesReading() {
    TimeExpression t = read("2019-06-30", "last/JJ month/NN", 0, 1, "DATE", "2019-05").get(0);
    assertEquals("2019-05", t.value());
    assertEquals(TimeExpression.Origin.SUTIME, t.origin());
  }

  @Test
  void withoutAPublicationDateRelativeDatesAreLeftAsSutimeGaveThem() {
    TimeExpression t =
        read(null, "Kim/NNP met/VBD Trump/NNP on/IN Saturday/NNP", 4, 4, "DATE", "XXXX-WXX-6")
            .get(0);
    assertEquals("XXXX-WXX-6", t.value());
  }
}
