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

  /**
   * One row: a time expression and its place in its article.
   *
   * @param articleId the article it is in
   * @param index its index among the article's time expressions (text order)
   * @param time the expression
   */
  record Row(String articleId, int index, TimeExpression time) {}

  static final Column<Row, String> ARTICLE_ID =
      Column.required("article_id", VARCHAR, Row::articleId);
  static final Column<Row, Integer> INDEX = Column.required("time_index", INTEGER, Row::index);
  static final Column<Row, Integer> SENTENCE =
      Column.required("sentence", INTEGER, r -> r.time().sentence());
  static final Column<Row, Integer> START =
      Column.required("start", INTEGER, r -> r.time().start());
  static final Column<Row, Integer> END = Column.required("end", INTEGER, r -> r.time().end());
  static final Column<Row, String> TEXT = Column.required("text", VARCHAR, r -> r.time().text());
  static final Column<Row, String> TYPE =
      Column.required("type", VARCHAR, r -> r.time().type().name());
  static final Column<Row, String> VALUE = Column.required("value", VARCHAR, r -> r.time().value());
  static final Column<Row, String> ORIGIN =
      Column.required(
          "origin", VARCHAR, r -> r.time().origin().name().toLowerCase(java.util.Locale.ROOT));

  static final Table<Row> TABLE =
      new Table<>(
          "times",
          List.of(ARTICLE_ID, INDEX, SENTENCE, START, END, TEXT, TYPE, VALUE, ORIGIN),
          List.of(ARTICLE_ID.name(), INDEX.name()),
          rs ->
              new Row(
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
