package dev.parley.format;

import dev.parley.store.ArticleRow;
import java.util.List;

/**
 * The articles JSONL contract: these names, types and order. Other tools read it; change nothing
 * here without a new contract version.
 */
final class ArticleFields {
  private ArticleFields() {}

  static final List<Field<ArticleRow>> ALL =
      List.of(
          new Field<>("article_id", r -> r.article().id()),
          new Field<>("doc", r -> r.article().doc()),
          new Field<>("title", r -> r.article().title()),
          new Field<>("outlet", r -> r.article().outlet()),
          new Field<>("byline", r -> r.article().byline()),
          new Field<>("published", r -> r.article().publishedText()),
          new Field<>("dateline", r -> r.article().dateline()),
          new Field<>("language", r -> r.article().language()),
          new Field<>("url", r -> r.article().url()),
          new Field<>("text", r -> r.article().text()),
          new Field<>("removed", r -> r.article().removed()));
}
