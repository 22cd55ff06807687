package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.clean.Article;
import dev.parley.clean.ArticleId;
import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The clean stage's contract, on plain text and HTML. */
class CleanStageContractTest extends StageContract<RawDocument, Article> {
  private final CleanStage stage = new CleanStage();

  @Override
  protected Stage<RawDocument, Article> stage() {
    return stage;
  }

  @Override
  protected RawDocument randomInput(Random random) {
    String text = randomText(random, 600);
    if (random.nextInt(3) == 0) {
      String html =
          "<html><head><title>"
              + randomText(random, 40)
              + "</title></head><body><p>"
              + text
              + "</p><div>"
              + randomText(random, 200)
              + "</div></body></html>";
      return new RawDocument("random.html", RawDocument.ContentType.HTML, html, Hints.NONE, null);
    }
    return RawDocument.text(
        "random.txt",
        text,
        new Hints(null, random.nextBoolean() ? "2019-06-28" : null, null, null));
  }

  @Override
  protected List<RawDocument> hostileInputs() {
    List<RawDocument> out = new ArrayList<>();
    out.add(RawDocument.text("empty", "", Hints.NONE));
    out.add(RawDocument.text("spaces", " \n\n \t ", Hints.NONE));
    out.add(RawDocument.text("nul", "a\u0000b\u0000c", Hints.NONE));
    out.add(RawDocument.text("lone surrogate", "Seoul \ud800 said", Hints.NONE));
    out.add(RawDocument.text("one long line", "word ".repeat(20_000), Hints.NONE));
    out.add(
        RawDocument.text(
            "only boilerplate",
            "Sign up for Daily Newsletters\nCopyright \u00a9 2021",
            Hints.NONE));
    out.add(
        new RawDocument(
            "nesting bomb",
            RawDocument.ContentType.HTML,
            "<div>".repeat(5_000) + "deep text" + "</div>".repeat(5_000),
            Hints.NONE,
            null));
    out.add(
        new RawDocument(
            "unclosed",
            RawDocument.ContentType.HTML,
            "<p><b><i>never closed <script>x",
            Hints.NONE,
            null));
    out.add(new RawDocument("empty html", RawDocument.ContentType.HTML, "", Hints.NONE, null));
    return out;
  }

  @Override
  protected void check(RawDocument input, Article a) {
    assertNotNull(a.text());
    assertEquals(input.doc(), a.doc());
    assertEquals(ArticleId.of(a.text()), a.id(), "the id is the hash of the body");
    assertTrue(a.removed().stream().allMatch(r -> r != null), "removed lines are never null");
  }
}
