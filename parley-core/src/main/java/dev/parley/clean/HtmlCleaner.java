package dev.parley.clean;

import dev.parley.extract.Extraction;
import dev.parley.extract.HtmlExtractor;
import dev.parley.ingest.RawDocument;
import dev.parley.time.PartialDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Stage 1 for web pages: the article body and metadata from HTML (see {@link HtmlExtractor}), then
 * the same dateline reading as plain text. What the page says about itself wins over the hints that
 * came with it (a feed item's date, a crawl's URL).
 */
public final class HtmlCleaner implements Cleaner {
  private final HtmlExtractor extractor;

  public HtmlCleaner(HtmlExtractor extractor) {
    this.extractor = extractor;
  }

  public HtmlCleaner() {
    this(new HtmlExtractor());
  }

  @Override
  public Article clean(RawDocument raw) {
    if (raw.type() != RawDocument.ContentType.HTML) {
      throw new IllegalArgumentException(
          "HtmlCleaner reads HTML, got " + raw.type() + " for " + raw.doc());
    }
    Extraction e = extractor.extract(raw.content(), raw.hints().url());
    String text = e.text() == null ? "" : e.text().strip();
    String dateline = null;
    List<String> paragraphs = text.isEmpty() ? List.of() : List.of(text.split("\n\\s*\n", 3));
    for (int i = 0; i < Math.min(2, paragraphs.size()) && dateline == null; i++) {
      dateline = Datelines.place(paragraphs.get(i)).orElse(null);
    }
    String language = e.language() != null ? e.language() : LanguageGuess.of(text).orElse(null);
    return new Article(
        ArticleId.of(text),
        raw.doc(),
        first(e.title(), raw.hints().title()),
        first(e.outlet(), raw.hints().outlet()),
        e.byline(),
        PartialDateTime.parse(e.published())
            .or(() -> PartialDateTime.read(raw.hints().published()))
            .orElse(null),
        dateline,
        language,
        first(e.url(), raw.hints().url()),
        text,
        e.removed());
  }

  private static String first(String a, String b) {
    return Optional.ofNullable(a).filter(s -> !s.isBlank()).orElse(b);
  }
}
