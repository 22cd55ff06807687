package dev.parley.pipeline;

import dev.parley.clean.Article;
import dev.parley.clean.Cleaner;
import dev.parley.clean.HtmlCleaner;
import dev.parley.clean.TextCleaner;
import dev.parley.ingest.RawDocument;

/** Stage 1, clean: a raw document to a clean article, by the cleaner for its content type. */
public final class CleanStage implements Stage<RawDocument, Article> {
  private final Cleaner text;
  private final Cleaner html;

  public CleanStage() {
    this(new TextCleaner(), new HtmlCleaner());
  }

  public CleanStage(Cleaner text, Cleaner html) {
    this.text = text;
    this.html = html;
  }

  @Override
  public String name() {
    return "clean";
  }

  @Override
  public Class<RawDocument> needs() {
    return RawDocument.class;
  }

  @Override
  public Class<Article> provides() {
    return Article.class;
  }

  @Override
  public Article apply(RawDocument raw) {
    return switch (raw.type()) {
      case TEXT -> text.clean(raw);
      case HTML -> html.clean(raw);
    };
  }
}
