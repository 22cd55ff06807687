package dev.parley.nlp;

import dev.parley.clean.Article;
import dev.parley.clean.ArticleId;
import dev.parley.time.PartialDateTime;
import java.util.List;

/** Cleaned articles for tests: an English text and its publication date, nothing else known. */
public final class TestArticles {
  private TestArticles() {}

  /**
   * An English article named "test" whose id is its text's, published on {@code published} (ISO
   * 8601 to any precision, or null when unknown).
   */
  public static Article english(String published, String text) {
    return english(published, null, text);
  }

  /** As {@link #english(String, String)}, with a dateline place ("SEOUL") or null. */
  public static Article english(String published, String dateline, String text) {
    return new Article(
        ArticleId.of(text),
        "test",
        null,
        null,
        null,
        PartialDateTime.parse(published).orElse(null),
        dateline,
        "en",
        null,
        text,
        List.of());
  }
}
