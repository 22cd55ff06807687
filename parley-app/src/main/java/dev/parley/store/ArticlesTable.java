package dev.parley.store;

import static dev.parley.store.SqlType.TIMESTAMPTZ;
import static dev.parley.store.SqlType.VARCHAR;
import static dev.parley.store.SqlType.VARCHAR_LIST;

import dev.parley.clean.Article;
import dev.parley.time.PartialDateTime;
import java.time.Instant;
import java.util.List;

/** The {@code articles} table: one cleaned article a row, with its bookkeeping. */
final class ArticlesTable {
  static final Column<ArticleRow, String> ID =
      Column.required("article_id", VARCHAR, r -> r.article().id());
  static final Column<ArticleRow, String> DOC =
      Column.required("doc", VARCHAR, r -> r.article().doc());
  static final Column<ArticleRow, String> TITLE =
      Column.optional("title", VARCHAR, r -> r.article().title());
  static final Column<ArticleRow, String> OUTLET =
      Column.optional("outlet", VARCHAR, r -> r.article().outlet());
  static final Column<ArticleRow, String> BYLINE =
      Column.optional("byline", VARCHAR, r -> r.article().byline());

  /** ISO text at its precision, as the JSONL output writes it; text order is time order. */
  static final Column<ArticleRow, String> PUBLISHED =
      Column.optional("published", VARCHAR, r -> r.article().publishedText());

  static final Column<ArticleRow, String> DATELINE =
      Column.optional("dateline", VARCHAR, r -> r.article().dateline());
  static final Column<ArticleRow, String> LANGUAGE =
      Column.optional("language", VARCHAR, r -> r.article().language());
  static final Column<ArticleRow, String> URL =
      Column.optional("url", VARCHAR, r -> r.article().url());
  static final Column<ArticleRow, String> TEXT =
      Column.required("text", VARCHAR, r -> r.article().text());
  static final Column<ArticleRow, List<String>> REMOVED =
      Column.required("removed", VARCHAR_LIST, r -> r.article().removed());
  static final Column<ArticleRow, String> PIPELINE_VERSION =
      Column.required("pipeline_version", VARCHAR, ArticleRow::pipelineVersion);
  static final Column<ArticleRow, Instant> INGESTED_AT =
      Column.required("ingested_at", TIMESTAMPTZ, ArticleRow::ingestedAt);

  static final Table<ArticleRow> TABLE =
      new Table<>(
          "articles",
          List.of(
              ID,
              DOC,
              TITLE,
              OUTLET,
              BYLINE,
              PUBLISHED,
              DATELINE,
              LANGUAGE,
              URL,
              TEXT,
              REMOVED,
              PIPELINE_VERSION,
              INGESTED_AT),
          List.of(ID.name()),
          rs ->
              new ArticleRow(
                  new Article(
                      ID.read(rs),
                      DOC.read(rs),
                      TITLE.read(rs),
                      OUTLET.read(rs),
                      BYLINE.read(rs),
                      published(PUBLISHED.read(rs)),
                      DATELINE.read(rs),
                      LANGUAGE.read(rs),
                      URL.read(rs),
                      TEXT.read(rs),
                      REMOVED.read(rs)),
                  PIPELINE_VERSION.read(rs),
                  INGESTED_AT.read(rs)));

  private ArticlesTable() {}

  /**
   * A stored publication date. Read leniently: an older Parley stored a JSONL or HTML hint as
   * given, so a stored value may carry more than the ISO form; what no date reader reads is null.
   */
  private static PartialDateTime published(String stored) {
    return PartialDateTime.read(stored).orElse(null);
  }
}
