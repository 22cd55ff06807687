package dev.parley.store;

import static dev.parley.store.SqlType.INTEGER;
import static dev.parley.store.SqlType.VARCHAR;

import dev.parley.timex.TimeExpression;
import dev.parley.timex.TimexType;
import java.util.List;

/**
 * The {@code times} table: the time expressions of each article, normalised against its publication
 * date, in text order. The columns are the times JSONL contract's (with {@code doc} from the
 * article), plus the expression's place in its article, its sentence, and its origin ({@code
 * sutime}: SUTime's reading kept; {@code corrected}: changed by one of Parley's rules).
 */
final class TimesTable {

  static final Column<ArticleItem<TimeExpression>, String> ARTICLE_ID =
      ArticleItem.articleIdColumn();
  static final Column<ArticleItem<TimeExpression>, Integer> INDEX =
      ArticleItem.indexColumn("time_index");
  static final Column<ArticleItem<TimeExpression>, Integer> SENTENCE =
      Column.required("sentence", INTEGER, r -> r.item().sentence());
  static final Column<ArticleItem<TimeExpression>, Integer> START =
      Column.required("start", INTEGER, r -> r.item().start());
  static final Column<ArticleItem<TimeExpression>, Integer> END =
      Column.required("end", INTEGER, r -> r.item().end());
  static final Column<ArticleItem<TimeExpression>, String> TEXT =
      Column.required("text", VARCHAR, r -> r.item().text());
  static final Column<ArticleItem<TimeExpression>, String> TYPE =
      Column.required("type", VARCHAR, r -> r.item().type().name());
  static final Column<ArticleItem<TimeExpression>, String> VALUE =
      Column.required("value", VARCHAR, r -> r.item().value());
  static final Column<ArticleItem<TimeExpression>, String> ORIGIN =
      Column.required(
          "origin", VARCHAR, r -> r.item().origin().name().toLowerCase(java.util.Locale.ROOT));

  static final Table<ArticleItem<TimeExpression>> TABLE =
      new Table<>(
          "times",
          List.of(ARTICLE_ID, INDEX, SENTENCE, START, END, TEXT, TYPE, VALUE, ORIGIN),
          List.of(ARTICLE_ID.name(), INDEX.name()),
          rs ->
              new ArticleItem<>(
                  ARTICLE_ID.read(rs),
                  INDEX.read(rs),
                  new TimeExpression(
                      SENTENCE.read(rs),
                      START.read(rs),
                      END.read(rs),
                      TEXT.read(rs),
                      TYPE.readEnum(rs, TimexType.class),
                      VALUE.read(rs),
                      ORIGIN.readEnum(rs, TimeExpression.Origin.class))));

  private TimesTable() {}
}
