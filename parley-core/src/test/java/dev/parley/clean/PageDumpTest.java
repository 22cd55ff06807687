package dev.parley.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Page dumps: a whole web page's text blocks, one a line, with the article somewhere inside. */
class PageDumpTest {
  private final TextCleaner cleaner = new TextCleaner();

  private TextCleaner.Cleaned clean(String text) {
    return cleaner.cleanWithReasons(RawDocument.text("page-1", text, Hints.NONE));
  }

  private static Map<String, String> ruleByLine(TextCleaner.Cleaned c) {
    Map<String, String> out = new TreeMap<>();
    c.removals().forEach(r -> out.put(r.line(), r.rule()));
    return out;
  }

  /** Menu, header, a body with a dateline line, a one-line quote and a subheading, then chrome. */
  private static final String PAGE =
      """
      Skip to content
      Harbour Times
      World
      Asia
      Europe
      Climate Desk
      Crossword
      Obituaries
      Food & Drink
      Jobs board
      Subscribe
      Sign in
      World
      Envoys agree to reopen talks after border meeting
      By Jane Roe | June 30, 2019
      SEOUL \u2014
      Envoys from the two countries met in the border village on Sunday and agreed to reopen \
      working-level talks within weeks, officials said.
      The meeting lasted less than an hour, but both delegations described it as friendly and \
      said a date for the next round would be set soon.
      \u201CWe will take care of it,\u201D Mr. Trump said.
      Advertisement
      What comes next
      Negotiators are expected to meet in a third country, according to two officials familiar \
      with the plans, who asked not to be named.
      Analysts cautioned that earlier rounds had collapsed over the sequencing of sanctions relief \
      and disarmament steps.
      Share this article
      Facebook
      Twitter
      Email
      More from Harbour Times
      Markets slide as trade worries return
      Markets slide as trade worries return
      Shares fell across the region on Monday as investors weighed fresh signs that a trade truce \
      could unravel.
      Ferry strike enters third week
      Ferry strike enters third week
      Union leaders said talks with operators had stalled again over pay and rota changes for the \
      winter timetable.
      About us
      Privacy policy
      Terms of use
      Puzzles
      We use cookies to improve your experience on our site.
      \u00A9 2019 Harbour Times
      """;

  @Test
  void thePageIsCutDownToTheArticleWithItsDatelineQuoteAndSubheading() {
    TextCleaner.Cleaned c = clean(PAGE);
    Article a = c.article();
    assertEquals(
        List.of(
            "SEOUL \u2014 Envoys from the two countries met in the border village on Sunday and"
                + " agreed to reopen working-level talks within weeks, officials said.",
            "The meeting lasted less than an hour, but both delegations described it as friendly"
                + " and said a date for the next round would be set soon.",
            "\u201CWe will take care of it,\u201D Mr. Trump said.",
            "What comes next",
            "Negotiators are expected to meet in a third country, according to two officials"
                + " familiar with the plans, who asked not to be named.",
            "Analysts cautioned that earlier rounds had collapsed over the sequencing of sanctions"
                + " relief and disarmament steps."),
        a.paragraphs());
    assertEquals("Envoys agree to reopen talks after border meeting", a.title());
    assertEquals("By Jane Roe | June 30, 2019", a.byline());
    assertEquals("2019-06-30", a.publishedText());
    assertEquals("SEOUL", a.dateline());
  }

  @Test
  void everyOtherLineIsRemovedAndSaysWhy() {
    Map<String, String> rules = ruleByLine(clean(PAGE));
    assertEquals("off-body", rules.get("Harbour Times"));
    assertEquals("off-body", rules.get("Climate Desk"));
    assertEquals("navigation", rules.get("World"));
    assertEquals("title", rules.get("Envoys agree to reopen talks after border meeting"));
    assertEquals("byline", rules.get("By Jane Roe | June 30, 2019"));
    assertEquals("advertisement", rules.get("Advertisement"));
    assertEquals("repeated", rules.get("Markets slide as trade worries return"));
    assertEquals(
        "off-body",
        rules.get(
            "Shares fell across the region on Monday as investors weighed fresh signs that a trade"
                + " truce could unravel."));
    assertEquals("off-body", rules.get("Puzzles"));
    assertEquals(
        "cookie-notice", rules.get("We use cookies to improve your experience on our site."));
  }

  /** Long paragraphs around a run of topic links inside the article. */
  private static final String INNER_MENU =
      """
      Home
      News
      Regions
      Harbour Times
      Weather Desk
      Letters
      Puzzles
      Recipes
      Sign in
      Subscribe
      The foreign ministers of both countries met for four hours on Tuesday in a hotel outside \
      the capital, their first meeting since the border clashes of last spring.
      They agreed to set up a hotline between their defence ministries and to exchange lists of \
      detained fishermen before the end of the month, according to a joint statement.
      Neither side gave details of the hotline, which officials said would be staffed around the \
      clock by liaison officers from both armed forces.
      Border disputes
      Diplomacy
      Fisheries
      Naval patrols
      The statement did not mention the disputed islands, which both governments claim and which \
      have been the scene of several naval stand-offs in recent years.
      A second round of talks is planned for September in the other capital, a spokesman for the \
      foreign ministry told reporters after the meeting ended.
      Fishing groups on both coasts welcomed the agreement but said they would wait to see whether \
      the detained crews were actually sent home.
      Contact us
      Staff directory
      Privacy
      """;

  @Test
  void aRunOfShortLinesInsideTheBodyGoesButItsProseStays() {
    TextCleaner.Cleaned c = clean(INNER_MENU);
    List<String> paragraphs = c.article().paragraphs();
    assertEquals(6, paragraphs.size(), paragraphs.toString());
    assertTrue(paragraphs.get(0).startsWith("The foreign ministers"));
    assertTrue(paragraphs.get(3).startsWith("The statement"));
    assertTrue(paragraphs.get(5).startsWith("Fishing groups"));
    Map<String, String> rules = ruleByLine(c);
    assertEquals("page-chrome", rules.get("Border disputes"));
    assertEquals("page-chrome", rules.get("Naval patrols"));
    assertEquals("off-body", rules.get("Weather Desk"));
    assertEquals("off-body", rules.get("Staff directory"));
  }

  @Test
  void aBlockFollowedByItsOwnPartsIsRemovedAsRepeated() {
    String[] lines = {
      "Ferry strike enters third week Union leaders said talks had stalled.",
      "Ferry strike enters third week",
      "Union leaders said talks had stalled.",
      "Next story"
    };
    assertTrue(PageDump.container(0, lines));
    assertFalse(PageDump.container(1, lines));
    String[] nested = {
      "jane says: June 30, 2019 Good.", "jane says:", "jane", "June 30, 2019", "Good."
    };
    assertTrue(PageDump.container(0, nested));
  }

  @Test
  void anArticleWithAFewBoilerplateLinesIsNotAPageDump() {
    String[] article = {
      "Ministers agree to reopen border crossing",
      "The Daily Ledger",
      "By Jane Roe | June 30, 2019",
      "GENEVA \u2014 Foreign ministers agreed on Sunday to reopen the main border crossing.",
      "\u201CThis is a first step,\u201D the mediator told reporters.",
      "Advertisement",
      "Share this article",
      "Follow us on Twitter",
      "Copyright \u00A9 2019 The Daily Ledger. All rights reserved."
    };
    assertFalse(PageDump.isPageDump(article, rules(article)));
    String[] page = PAGE.split("\n");
    assertTrue(PageDump.isPageDump(page, rules(page)));
  }

  @Test
  void hardWrappedProseIsNotAPageDumpEvenWithManyShortLines() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      lines.add("Section " + (char) ('A' + i));
      lines.add("the delegations met again on the third day of talks and");
      lines.add("agreed to go on meeting in the same village every week");
    }
    String[] text = lines.toArray(String[]::new);
    assertFalse(PageDump.isPageDump(text, rules(text)));
  }

  @Test
  void lineShapesTellProseSentencesAndShortLinesApart() {
    assertEquals(
        PageDump.Kind.PROSE,
        LineShape.of(
                "Envoys from the two countries met in the border village on Sunday and agreed to"
                    + " reopen talks.")
            .kind());
    assertEquals(
        PageDump.Kind.SENTENCE,
        LineShape.of("\u201CWe will take care of it,\u201D Mr. Trump said.").kind());
    LineShape headline = LineShape.of("Markets Slide As Trade Worries Return To The Region");
    assertTrue(headline.titleCase());
    assertEquals(PageDump.Kind.SHORT, headline.kind());
    assertEquals(
        PageDump.Kind.SHORT,
        LineShape.of(
                "Markets Slide As Trade Worries Return, Ferry Strike Enters Third Week And Other"
                    + " Stories.")
            .kind());
    assertEquals(PageDump.Kind.SHORT, LineShape.of("SEOUL \u2014").kind());
    assertEquals(
        PageDump.Kind.PROSE,
        LineShape.of(
                "\u4E24\u56FD\u5916\u957F\u5468\u65E5\u5728\u8FB9\u5883\u6751\u4F1A\u9762\uFF0C"
                    + "\u540C\u610F\u5728\u51E0\u5468\u5185\u6062\u590D\u5DE5\u4F5C\u5C42\u9762\u7684"
                    + "\u8C08\u5224\uFF0C\u5B98\u5458\u8868\u793A\u53CC\u65B9\u6C14\u6C1B\u53CB\u597D"
                    + "\u3002")
            .kind());
  }

  @Test
  void theBodyRegionIsTheRunWithTheMostNetProse() {
    assertArrayEquals(
        new int[] {1, 4}, BodyRegion.densest(new int[] {-90, 300, -90, 200, -500, 100}));
    assertArrayEquals(new int[] {0, 0}, BodyRegion.densest(new int[] {-90, -150, 0}));
    assertEquals(-90, BodyRegion.score(PageDump.Kind.BOILERPLATE, 13, "advertisement"));
    assertEquals(-150, BodyRegion.score(PageDump.Kind.BOILERPLATE, 20, "copyright"));
    assertEquals(400, BodyRegion.score(PageDump.Kind.PROSE, 900, null));
    assertEquals(50, BodyRegion.score(PageDump.Kind.SENTENCE, 100, null));
  }

  @Test
  void randomPageDumpsAccountForEveryLine() {
    List<String> menu =
        List.of(
            "World",
            "Harbour Times",
            "Climate Desk",
            "Puzzles",
            "Jobs board",
            "Sign in",
            "Markets slide as trade worries return",
            "Advertisement",
            "Share this article",
            "SEOUL \u2014",
            "Facebook",
            "12",
            "Related topics");
    List<String> prose =
        List.of(
            "Envoys from the two countries met in the border village on Sunday and agreed to"
                + " reopen talks.",
            "\u201CWe will take care of it,\u201D Mr. Trump said.",
            "Analysts cautioned that earlier rounds had collapsed over the sequencing of sanctions"
                + " relief.",
            "He declined to comment.");
    Random random = new Random(20190630L);
    for (int n = 0; n < 300; n++) {
      List<String> lines = new ArrayList<>();
      int count = 10 + random.nextInt(60);
      for (int i = 0; i < count; i++) {
        List<String> pool = random.nextInt(3) == 0 ? prose : menu;
        lines.add(random.nextInt(12) == 0 ? "" : pool.get(random.nextInt(pool.size())));
      }
      String input = String.join("\n", lines);
      TextCleaner.Cleaned c = clean(input);
      int removal = 0;
      int at = 0;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isEmpty()) {
          continue;
        }
        if (removal < c.removals().size() && c.removals().get(removal).lineNumber() == i + 1) {
          removal++;
          continue;
        }
        int found = c.article().text().indexOf(line, at);
        assertTrue(found >= 0, () -> "line " + line + " lost from\n" + input);
        at = found + line.length();
      }
      assertEquals(c.removals().size(), removal, input);
    }
  }

  private static String[] rules(String[] lines) {
    String[] out = new String[lines.length];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = Shape.normalise(lines[i]);
      out[i] = LineClassifier.standard().boilerplate(lines[i]).orElse(null);
    }
    return out;
  }
}
