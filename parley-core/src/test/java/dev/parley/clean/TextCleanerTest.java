package dev.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.ingest.TextDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner();

  private TextCleaner.Cleaned clean(String text) {
    return clean(text, Hints.NONE);
  }

  private TextCleaner.Cleaned clean(String text, Hints hints) {
    return cleaner.cleanWithReasons(RawDocument.text("doc-1", text, hints));
  }

  private static List<String> rules(TextCleaner.Cleaned c) {
    return c.removals().stream().map(TextCleaner.Removal::rule).toList();
  }

  /**
   * Blank-line paragraphs; title, outlet line, "By … | date" byline; boilerplate inside and after.
   */
  private static final String BORDER_STORY =
      """
      Ministers agree to reopen border crossing after weeks of talks

      The Daily Ledger

      By Jane Roe | June 30, 2019

      GENEVA \u2014 Foreign ministers from the two neighbouring states agreed on Sunday to reopen \
      the main border crossing, ending a closure that had stranded hundreds of lorries.

      \u201CThis is a first step, not the last one,\u201D the mediator told reporters.

      Trade groups welcomed the move.

      Advertisement

      The crossing will open to freight first and to   passenger cars next month.\t

      Share this article

      Follow us on Twitter

      Copyright \u00A9 2019 The Daily Ledger. All rights reserved.
      """;

  @Test
  void aOneLineArticleWithoutFinalPeriodIsKeptAsItsBody() {
    Article a = clean("Iran and Oman held talks in Muscat").article();
    assertEquals("Iran and Oman held talks in Muscat", a.text());
  }

  @Test
  void blankLineLayoutWithByByline() {
    TextCleaner.Cleaned c = clean(BORDER_STORY);
    Article a = c.article();
    assertEquals("Ministers agree to reopen border crossing after weeks of talks", a.title());
    assertEquals("The Daily Ledger", a.outlet());
    assertEquals("By Jane Roe | June 30, 2019", a.byline());
    assertEquals("2019-06-30", a.publishedText());
    assertEquals("GENEVA", a.dateline());
    assertEquals("en", a.language());
    assertEquals("doc-1", a.doc());
    assertNull(a.url());
    assertEquals(
        List.of(
            "GENEVA \u2014 Foreign ministers from the two neighbouring states agreed on Sunday to"
                + " reopen the main border crossing, ending a closure that had stranded hundreds of"
                + " lorries.",
            "\u201CThis is a first step, not the last one,\u201D the mediator told reporters.",
            "Trade groups welcomed the move.",
            "The crossing will open to freight first and to passenger cars next month."),
        a.paragraphs());
    assertEquals(String.join("\n\n", a.paragraphs()), a.text());
    assertEquals(ArticleId.of(a.text()), a.id());
    assertEquals(
        List.of(
            "Ministers agree to reopen border crossing after weeks of talks",
            "The Daily Ledger",
            "By Jane Roe | June 30, 2019",
            "Advertisement",
            "Share this article",
            "Follow us on Twitter",
            "Copyright \u00A9 2019 The Daily Ledger. All rights reserved."),
        a.removed());
    assertEquals(
        List.of(
            "title",
            "outlet",
            "byline",
            "advertisement",
            "share-prompt",
            "share-prompt",
            "copyright"),
        rules(c));
    assertEquals(
        List.of(1, 3, 5, 13, 17, 19, 21),
        c.removals().stream().map(TextCleaner.Removal::lineNumber).toList());
  }

  @Test
  void oneParagraphPerLineWithPublishedTimeAndRegionDateline() {
    String text =
        """
        Envoys meet at the border village
        Published 30 June 2019 08:14 GMT
        PANMUNJOM, South Korea \u2014 Negotiators from both sides met briefly in the truce village on Sunday.
        The meeting lasted less than an hour.
        \u201CWe will talk again,\u201D one official said.
        Sign up for our morning briefing newsletter
        We use cookies to give you the best experience. By using this site you accept our use of cookies.
        """;
    TextCleaner.Cleaned c = clean(text);
    Article a = c.article();
    assertEquals("Envoys meet at the border village", a.title());
    assertNull(a.outlet());
    assertEquals("Published 30 June 2019 08:14 GMT", a.byline());
    assertEquals("2019-06-30T08:14Z", a.publishedText());
    assertEquals("PANMUNJOM, South Korea", a.dateline());
    assertEquals(3, a.paragraphs().size());
    assertTrue(a.text().startsWith("PANMUNJOM, South Korea \u2014 Negotiators"));
    assertEquals(List.of("title", "byline", "newsletter", "cookie-notice"), rules(c));
  }

  @Test
  void washingtonStyleDashBylineGivesOutletAndDate() {
    String text =
        """
        - The Harbour Post - Friday, June 28, 2019

        SEOUL \u2014 Officials from three countries gathered on Friday to discuss a shipping dispute.

        The talks will continue next week.
        """;
    Article a = clean(text).article();
    assertNull(a.title());
    assertEquals("The Harbour Post", a.outlet());
    assertEquals("- The Harbour Post - Friday, June 28, 2019", a.byline());
    assertEquals("2019-06-28", a.publishedText());
    assertEquals("SEOUL", a.dateline());
    assertTrue(a.text().startsWith("SEOUL \u2014 Officials"));
  }

  @Test
  void crlfInputWithOutletFirstDateOnlyLineAndAgencyDateline() {
    String text =
        "Northern Wire\r\n\r\nGrain corridor talks stall\r\n\r\nJune 30, 2019\r\n\r\n"
            + "KYIV (Northern Wire) - Talks on reopening the grain corridor stalled on Sunday, "
            + "officials said.\r\n\r\nRead more: Ports brace for a long summer\r\n\r\n"
            + "Shipping insurers raised their rates.\r\n";
    TextCleaner.Cleaned c = clean(text);
    Article a = c.article();
    assertEquals("Northern Wire", a.outlet());
    assertEquals("Grain corridor talks stall", a.title());
    assertEquals("June 30, 2019", a.byline());
    assertEquals("2019-06-30", a.publishedText());
    assertEquals("KYIV", a.dateline());
    assertEquals(
        "KYIV (Northern Wire) - Talks on reopening the grain corridor stalled on Sunday, officials"
            + " said.\n\nShipping insurers raised their rates.",
        a.text());
    assertEquals(List.of("outlet", "title", "byline", "read-more"), rules(c));
    assertTrue(a.removed().stream().noneMatch(s -> s.contains("\r")));
  }

  @Test
  void hardWrappedParagraphsAreJoinedAndSeparatedByOneBlankLine() {
    String text =
        """
        Rebels agree to a ceasefire in the east

        Negotiators for the government and the rebel coalition signed
        a ceasefire on Tuesday evening after three days of talks in a
        lakeside hotel, according to a statement from the mediators.



        The truce is due to take effect at midnight and will be watched
        by a team of unarmed observers from neighbouring states.
        """;
    Article a = clean(text).article();
    assertEquals("Rebels agree to a ceasefire in the east", a.title());
    assertEquals(
        "Negotiators for the government and the rebel coalition signed a ceasefire on Tuesday"
            + " evening after three days of talks in a lakeside hotel, according to a statement"
            + " from the mediators.\n\nThe truce is due to take effect at midnight and will be"
            + " watched by a team of unarmed observers from neighbouring states.",
        a.text());
    assertNull(a.published());
    assertNull(a.dateline());
  }

  @Test
  void everyBoilerplateFamilyIsRemovedAndShortRealLinesAreKept() {
    String text =
        """
        Home
        World > Asia
        Protesters march on parliament
        Harbour Times
        Updated: July 2, 2019, 9:30 a.m. ET
        Photo: Jane Roe/Harbour Times
        Thousands of protesters marched on parliament on Tuesday, demanding the bill be withdrawn.
        "Withdraw it now," one banner read.
        He declined to comment.
        Police made no arrests.
        Advertisement
        Related: Timeline of the protests
        Click here to get breaking news alerts
        Sign up for the Daily Briefing newsletter
        Leave a Reply
        Send this to a friend
        Facebook Twitter Email
        Please enable JavaScript to view the comments
        This website uses cookies. Accept cookies to continue browsing.
        \u00A9 2019 Harbour Times
        Tags: protests, parliament
        Back to top
        """;
    TextCleaner.Cleaned c = clean(text);
    Article a = c.article();
    assertEquals("Protesters march on parliament", a.title());
    assertEquals("Harbour Times", a.outlet());
    assertEquals("2019-07-02T09:30-04:00", a.publishedText());
    assertEquals(
        List.of(
            "Thousands of protesters marched on parliament on Tuesday, demanding the bill be"
                + " withdrawn.",
            "\"Withdraw it now,\" one banner read.",
            "He declined to comment.",
            "Police made no arrests."),
        a.paragraphs());
    assertEquals(
        List.of(
            "navigation",
            "navigation",
            "title",
            "outlet",
            "byline",
            "image-credit",
            "advertisement",
            "read-more",
            "newsletter",
            "newsletter",
            "comments",
            "share-prompt",
            "share-prompt",
            "browser-notice",
            "cookie-notice",
            "copyright",
            "tags",
            "call-to-action"),
        rules(c));
  }

  @Test
  void navigationAboveAndAStandfirstUnderTheTitleDoNotHideTheByline() {
    String text =
        """
        Skip to main content
        Menu
        Harbour Times
        Opinion | Asia
        Why the border deal matters
        A ceasefire alone will not bring the refugees home
        By John Doe, Senior Correspondent
        Updated July 3, 2019 at 6:05 p.m. EDT
        5 min read
        TOKYO — The agreement signed on Wednesday leaves many questions open.
        Diplomats described the mood as cautious.
        Analysts in the capital were less sure
        about what comes next, and said so.
        Most Read
        """;
    TextCleaner.Cleaned c = clean(text);
    Article a = c.article();
    assertEquals("Why the border deal matters", a.title());
    assertEquals("Harbour Times", a.outlet());
    assertEquals("By John Doe, Senior Correspondent", a.byline());
    assertEquals("2019-07-03T18:05-04:00", a.publishedText());
    assertEquals("TOKYO", a.dateline());
    assertEquals(
        List.of(
            "A ceasefire alone will not bring the refugees home",
            "TOKYO — The agreement signed on Wednesday leaves many questions open.",
            "Diplomats described the mood as cautious.",
            "Analysts in the capital were less sure about what comes next, and said so."),
        a.paragraphs());
    assertEquals(
        List.of(
            "call-to-action",
            "navigation",
            "outlet",
            "navigation",
            "title",
            "byline",
            "byline",
            "reading-time",
            "read-more"),
        rules(c));
  }

  @Test
  void hintsFillWhatTheTextDoesNotSay() {
    String text =
        "Talks between the two governments resumed on Monday in the capital, the foreign ministry"
            + " said in a statement.\n\nNo date was set for a second round.";
    Hints hints =
        new Hints(
            "Talks resume in the capital",
            "2019-07-01",
            "Lakeside Press",
            "https://example.org/talks");
    Article a = clean(text, hints).article();
    assertEquals("Talks resume in the capital", a.title());
    assertEquals("2019-07-01", a.publishedText());
    assertEquals("Lakeside Press", a.outlet());
    assertEquals("https://example.org/talks", a.url());
    assertEquals(List.of(), a.removed());
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void theArticlesOwnDateAndTitleWinOverHints() {
    String text =
        "Sanctions eased on fertiliser exports\n\nJune 3, 2019\n\nThe council voted to ease the"
            + " measures, diplomats said.";
    Article a = clean(text, new Hints("Another title", "2019-06-05T10:00Z", null, null)).article();
    assertEquals("Sanctions eased on fertiliser exports", a.title());
    assertEquals("2019-06-03", a.publishedText());
  }

  @Test
  void aHintTitleMarksTheSameLineAsTitleEvenInOneLinePerParagraphText() {
    String text =
        "Minister resigns.\nThe minister resigned on Friday after a week of protests, the cabinet"
            + " office said.";
    Article a = clean(text, new Hints("Minister resigns.", null, null, null)).article();
    assertEquals("Minister resigns.", a.title());
    assertEquals(List.of("Minister resigns."), a.removed());
    assertTrue(a.text().startsWith("The minister resigned"));
  }

  @Test
  void aNonIsoHintDateIsReadLikeABylineDate() {
    Article a =
        clean(
                "The talks ended without a deal, officials said.",
                new Hints(null, "30 June 2019", null, null))
            .article();
    assertEquals("2019-06-30", a.publishedText());
  }

  @Test
  void noDateAnywhereLeavesPublishedUnknown() {
    Article a =
        clean(
                "Storm damage closes the port\n\nThe port will stay closed for a week, officials said.")
            .article();
    assertNull(a.published());
    assertNull(a.publishedDate().orElse(null));
  }

  @Test
  void aBareYearInABylineGivesYearPrecision() {
    Article a =
        clean("- Harbour Times - 2019\n\nThe envoy arrived on Tuesday for two days of talks.")
            .article();
    assertEquals("2019", a.publishedText());
    assertEquals("Harbour Times", a.outlet());
  }

  @Test
  void aSentenceWithADateIsNotAByline() {
    Article a =
        clean("Kim met Trump on June 30, 2019.\n\nThey shook hands at the border.").article();
    assertNull(a.byline());
    assertNull(a.published());
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void aLineThatIsOnlyADatelineJoinsTheParagraphAfterIt() {
    Article a =
        clean("Talks open in the capital\n\nWASHINGTON \u2014\nThe two delegations met on Monday.")
            .article();
    assertEquals("WASHINGTON \u2014 The two delegations met on Monday.", a.text());
    assertEquals("WASHINGTON", a.dateline());
  }

  @Test
  void hyphenatedCapitalsAreNotADateline() {
    Article a = clean("U.S.-China trade talks resumed on Monday in Geneva.").article();
    assertNull(a.dateline());
  }

  @Test
  void onlyBoilerplateLeavesABlankBody() {
    Article a =
        clean("Advertisement\n\nSign up for our newsletter\n\nShare this article\n").article();
    assertEquals("", a.text());
    assertEquals(3, a.removed().size());
    assertNull(a.language());
  }

  @Test
  void emptyInputGivesABlankArticle() {
    Article a = clean("").article();
    assertEquals("", a.text());
    assertEquals(List.of(), a.removed());
    assertNull(a.title());
    assertNull(a.published());
    assertEquals(ArticleId.of(""), a.id());
  }

  @Test
  void windows1252BytesDecodeAndCleanWithCurlyQuotesKept() {
    byte[] bytes =
        ("Envoy returns home\r\n\r\n"
                + "\u201CWe made progress,\u201D the envoy said on arrival.\r\n")
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    TextDecoder.Decoded d = (TextDecoder.Decoded) TextDecoder.decode(bytes);
    assertEquals(List.of(TextDecoder.NOT_UTF8), d.warnings());
    Article a = cleaner.clean(RawDocument.text("cp1252.txt", d.text(), Hints.NONE));
    assertEquals("Envoy returns home", a.title());
    assertEquals("\u201CWe made progress,\u201D the envoy said on arrival.", a.text());
    assertEquals(
        "\u201CWe made progress,\u201D the envoy said on arrival."
            .getBytes(StandardCharsets.UTF_8)
            .length,
        a.text().getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void aShortNonEnglishTextHasNoLanguageAndALongFrenchOneIsGuessed() {
    assertNull(clean("Ja.").article().language());
    Article fr =
        clean(
                "Les ministres des deux pays se sont réunis dimanche pour discuter de la"
                    + " frontière, et ils ont promis une nouvelle rencontre avant la fin du mois.")
            .article();
    assertEquals("fr", fr.language());
  }

  @Test
  void anHtmlDocumentIsACallersMistake() {
    RawDocument html =
        new RawDocument("page.html", RawDocument.ContentType.HTML, "<p>x</p>", Hints.NONE, null);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> cleaner.clean(html));
    assertEquals("TextCleaner reads TEXT documents; page.html is HTML", e.getMessage());
  }
}
