package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private final HtmlExtractor extractor = new HtmlExtractor();

  static String resource(String name) throws IOException {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void structuredPageGivesMetadataAndBody() throws IOException {
    Extraction x = extractor.extract(resource("structured.html"), "https://ledger.example/x?utm=1");
    assertMetadata(
        x,
        "Harbour talks resume after storm",
        "The Coastal Ledger",
        "Mara Quill, Tobias Fenn",
        "2021-03-14T08:30:00+01:00",
        "en-GB",
        "https://ledger.example/2021/03/14/harbour-talks");
    assertEquals(
        List.of(
            "Negotiators for the two port unions met again on Sunday, four days after the storm"
                + " closed the harbour.",
            "Both sides said the damage had changed what each could ask for.",
            "The talks will continue on Tuesday morning, a mediator said."),
        x.paragraphs());
    assertTrue(x.removed().contains("Harbour talks resume after storm"), x.removed().toString());
    assertFalse(x.text().contains("never run"));
    assertFalse(x.truncated());
  }

  @Test
  void domOnlyPageDropsBoilerplate() throws IOException {
    Extraction x =
        extractor.extract(resource("dom-only.html"), "https://courier.example/farming/frost");
    assertEquals(
        List.of(
            "Apple and pear growers across the valley lost a third of their blossom to a frost on the"
                + " last night of April, the growers' association said on Monday.",
            "Temperatures fell to four degrees below zero for six hours, long enough to kill open"
                + " flowers, said Dana Pike, who keeps the association's weather records.",
            "Insurance questions",
            "Most growers do not insure against frost, which they say has become too dear since the"
                + " cold springs of the last decade.",
            "The association will ask the regional council for help with the cost of replanting, Pike"
                + " said, and expects an answer before the harvest."),
        x.paragraphs());
    String removed = String.join("\n", x.removed());
    for (String gone :
        List.of(
            "Front page",
            "Email this story",
            "Frost on pear blossom",
            "Sign up for our weekly",
            "Hail damages vineyards",
            "My grandfather lost",
            "Bridge closed for repairs")) {
      assertTrue(removed.contains(gone), gone + " should be listed as removed");
      assertFalse(x.text().contains(gone), gone + " should not be in the body");
    }
  }

  @Test
  void domOnlyPageMetadataFromMarkup() throws IOException {
    Extraction x =
        extractor.extract(resource("dom-only.html"), "https://courier.example/farming/frost");
    assertMetadata(
        x,
        "Orchard growers count the cost of late frost",
        null,
        "Ines Harrow",
        "2022-05-02",
        null,
        "https://courier.example/farming/frost");
  }

  private static void assertMetadata(
      Extraction x,
      String title,
      String outlet,
      String byline,
      String published,
      String language,
      String url) {
    assertEquals(
        List.of(
            String.valueOf(title),
            String.valueOf(outlet),
            String.valueOf(byline),
            String.valueOf(published),
            String.valueOf(language),
            String.valueOf(url)),
        List.of(
            String.valueOf(x.title()),
            String.valueOf(x.outlet()),
            String.valueOf(x.byline()),
            String.valueOf(x.published()),
            String.valueOf(x.language()),
            String.valueOf(x.url())));
  }

  @Test
  void structuredBodyStandsInWhenTheMarkupHasNone() {
    String first =
        "The river rose above its banks on Thursday night and flooded the low streets of the"
            + " old town, where shop owners had stacked sandbags since the morning.";
    String second =
        "By Friday noon the water had begun to fall, and the mayor said the clean-up would"
            + " take at least a week, with the army helping to clear the mud from the market square.";
    String page =
        "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
            + " \"headline\": \"Flood in the old town\", \"articleBody\": \""
            + first
            + "\\n"
            + second
            + "\"}</script></head><body><div id=\"app\"><a href=\"/\">Home</a> <a href=\"/news\">News</a>"
            + "</div></body></html>";
    Extraction x = extractor.extract(page, null);
    assertEquals(List.of(first, second), x.paragraphs());
    assertEquals("Flood in the old town", x.title());
    Extraction off =
        new HtmlExtractor(ExtractorConfig.balanced().withStructuredBody(false)).extract(page, null);
    assertFalse(off.text().contains("river"), off.text());
  }

  @Test
  void dateFromUrlAndVisibleText() {
    String page =
        "<html><head><title>Short note</title></head><body><p>Nothing dated here but the"
            + " address of the page, which carries the day it went up.</p></body></html>";
    assertEquals(
        "2019-06-28", extractor.extract(page, "https://news.example/2019/06/28/note").published());
    String visible =
        "<html><body><div class=\"byline\">By Ann Lee, June 3, 2018</div><p>A paragraph"
            + " long enough to be read as the body of this small page, with a comma.</p></body></html>";
    Extraction x = extractor.extract(visible, null);
    assertEquals("2018-06-03", x.published());
  }

  @Test
  void languageFromMetaWhenHtmlHasNone() {
    String page =
        "<html><head><meta http-equiv=\"content-language\" content=\"pt_br\"></head>"
            + "<body><p>Um texto curto, mas com uma vírgula e um ponto final.</p></body></html>";
    assertEquals("pt-BR", extractor.extract(page, null).language());
  }

  @Test
  void nestedMarkupBombIsFlattenedNotOverflowed() {
    StringBuilder b = new StringBuilder("<html><body>");
    int depth = 100_000;
    b.append("<div>".repeat(depth));
    b.append("<p>Deep inside the bomb there is one sentence, with a comma, to find.</p>");
    b.append("</div>".repeat(depth));
    b.append(
        "<p>After the bomb the page goes on with one more plain sentence, also with a comma.</p>");
    b.append("</body></html>");
    String html = b.toString();
    Extraction x =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extractor.extract(html, null));
    assertTrue(
        x.warnings().stream().anyMatch(w -> w.contains("deeper than 256")),
        x.warnings().toString());
    assertTrue(x.text().contains("Deep inside the bomb"), x.text());
  }

  @Test
  void hugePageIsCutAndReported() {
    String article =
        "<html><head><title>Big page</title></head><body><article>"
            + "<p>The first paragraph of a very large page, which is all that matters here.</p>"
            + "<p>The second paragraph, still well inside the size cap of the extractor.</p></article>";
    String filler = "<div class=\"filler\">" + "x".repeat(1000) + "</div>\n";
    int copies = (100 * 1024 * 1024 - article.length()) / filler.length() + 1;
    String html = article + filler.repeat(copies);
    assertTrue(html.length() >= 100 * 1024 * 1024);
    Extraction x =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extractor.extract(html, null));
    assertTrue(x.truncated());
    assertEquals(
        List.of("page cut to its first 5000000 of " + html.length() + " characters"), x.warnings());
    assertTrue(
        x.text().startsWith("The first paragraph of a very large page"), x.text().substring(0, 80));
  }

  @Test
  void emptyAndGarbageInputGiveEmptyBodies() {
    for (String junk :
        List.of("", " ", "<<<>>>", "</div></div></p>", "\u0000\u0001\uFFFD", "<html>")) {
      Extraction x = extractor.extract(junk, null);
      assertEquals("", x.text(), "for input " + junk);
      assertNull(x.title());
    }
    assertThrows(IllegalArgumentException.class, () -> extractor.extract(null, null));
  }

  @Test
  void randomTagSoupNeverThrows() {
    Random random = new Random(42);
    String[] pieces = {
      "<div>",
      "</div>",
      "<p>",
      "</p>",
      "<a href=x>",
      "</a>",
      "<table><tr><td>",
      "</td>",
      "<br>",
      "<script>",
      "</script>",
      "<!--",
      "-->",
      "<li>",
      "<h2>",
      "</h2>",
      "word ",
      "Sentence, with a comma. ",
      "<![CDATA[",
      "&amp;",
      "&#x0;",
      "<svg>",
      "<nav>",
      "</nav>",
      "<time datetime=\"2020-13-45\">",
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":[[[</script>"
    };
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(200);
      for (int i = 0; i < n; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      Extraction x = extractor.extract(b.toString(), random.nextBoolean() ? null : "not a url");
      assertTrue(x.text() != null && x.removed() != null);
    }
  }

  @Test
  void presetsDifferInNoiseWeight() {
    assertTrue(
        ExtractorConfig.precision().noiseWeight() > ExtractorConfig.balanced().noiseWeight());
    assertTrue(ExtractorConfig.recall().noiseWeight() < ExtractorConfig.balanced().noiseWeight());
    assertThrows(IllegalArgumentException.class, () -> ExtractorConfig.balanced().withMaxDepth(2));
    assertThrows(
        IllegalArgumentException.class, () -> ExtractorConfig.balanced().withMaxInputChars(0));
    assertThrows(
        IllegalArgumentException.class, () -> ExtractorConfig.balanced().withNoiseWeight(-1));
  }

  @Test
  void smallCapCutsBeforeParsing() {
    HtmlExtractor small = new HtmlExtractor(ExtractorConfig.balanced().withMaxInputChars(200));
    String html =
        "<html><body><p>" + "Short words, again and again. ".repeat(50) + "</p></body></html>";
    Extraction x = small.extract(html, null);
    assertTrue(x.truncated());
    assertTrue(x.text().length() < 200, x.text());
  }
}
