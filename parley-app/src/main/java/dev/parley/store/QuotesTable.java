package dev.parley.store;

import static dev.parley.store.SqlType.BOOLEAN;
import static dev.parley.store.SqlType.DATE;
import static dev.parley.store.SqlType.INTEGER;
import static dev.parley.store.SqlType.VARCHAR;

import dev.parley.quotes.Quote;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code quotes} table: the attributed statements of each article, in text order. The columns
 * are the quotes JSONL contract's (with {@code doc} from the article), plus the quote's place in
 * its article and the first and last day of the article's publication date, for {@code --from} and
 * {@code --to}. {@code quote_id} is {@code ARTICLE_ID:qINDEX}.
 */
final class QuotesTable {

  /**
   * One row: a quote and its place in its article.
   *
   * @param articleId the article it is in
   * @param index its index among the article's quotes (text order)
   * @param quote the quote
   * @param dateStart first day of the article's publication date, or null when unknown
   * @param dateEnd last day of it, or null
   */
  record Row(String articleId, int index, Quote quote, LocalDate dateStart, LocalDate dateEnd) {
    String quoteId() {
      return id(articleId, index);
    }
  }

  static String id(String articleId, int index) {
    return articleId + ":q" + index;
  }

  static final Column<Row, String> ID = Column.required("quote_id", VARCHAR, Row::quoteId);
  static final Column<Row, String> ARTICLE_ID =
      Column.required("article_id", VARCHAR, Row::articleId);
  static final Column<Row, Integer> INDEX = Column.required("quote_index", INTEGER, Row::index);
  static final Column<Row, Integer> SENTENCE =
      Column.required("sentence", INTEGER, r -> r.quote().sentence());
  static final Column<Row, Integer> START =
      Column.required("start", INTEGER, r -> r.quote().start());
  static final Column<Row, Integer> END = Column.required("end", INTEGER, r -> r.quote().end());
  static final Column<Row, String> TEXT = Column.required("text", VARCHAR, r -> r.quote().text());
  static final Column<Row, Boolean> DIRECT =
      Column.required("direct", BOOLEAN, r -> r.quote().direct());
  static final Column<Row, String> CUE = Column.optional("cue", VARCHAR, r -> r.quote().cue());
  static final Column<Row, Integer> SPEAKER_START =
      Column.optional("speaker_start", INTEGER, r -> r.quote().speakerStart());
  static final Column<Row, Integer> SPEAKER_END =
      Column.optional("speaker_end", INTEGER, r -> r.quote().speakerEnd());
  static final Column<Row, String> SPEAKER_TEXT =
      Column.optional("speaker_text", VARCHAR, r -> r.quote().speakerText());
  static final Column<Row, String> SPEAKER =
      Column.optional("speaker", VARCHAR, r -> r.quote().speaker());
  static final Column<Row, String> SPEAKER_NAME =
      Column.optional("speaker_name", VARCHAR, r -> r.quote().speakerName());
  static final Column<Row, String> ADDRESSEE =
      Column.optional("addressee", VARCHAR, r -> r.quote().addressee());
  static final Column<Row, LocalDate> DATE_START =
      Column.optional("date_start", DATE, Row::dateStart);
  static final Column<Row, LocalDate> DATE_END = Column.optional("date_end", DATE, Row::dateEnd);

  static final Table<Row> TABLE =
      new Table<>(
          "quotes",
          List.of(
              ID,
              ARTICLE_ID,
              INDEX,
              SENTENCE,
              START,
              END,
              TEXT,
              DIRECT,
              CUE,
              SPEAKER_START,
              SPEAKER_END,
              SPEAKER_TEXT,
              SPEAKER,
              SPEAKER_NAME,
              ADDRESSEE,
              DATE_START,
              DATE_END),
          List.of(ID.name()),
          rs ->
              new Row(
                  ARTICLE_ID.read(rs),
                  INDEX.read(rs),
                  new Quote(
                      SENTENCE.read(rs),
                      START.read(rs),
                      END.read(rs),
                      TEXT.read(rs),
                      DIRECT.read(rs),
                      CUE.read(rs),
                      SPEAKER_START.read(rs),
                      SPEAKER_END.read(rs),
                      SPEAKER_TEXT.read(rs),
                      SPEAKER.read(rs),
                      SPEAKER_NAME.read(rs),
                      ADDRESSEE.read(rs),
                      List.of()),
                  DATE_START.read(rs),
                  DATE_END.read(rs)));

  private QuotesTable() {}
}
