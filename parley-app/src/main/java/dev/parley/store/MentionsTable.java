package dev.parley.store;

import static dev.parley.store.SqlType.INTEGER;
import static dev.parley.store.SqlType.VARCHAR;

import dev.parley.actors.Mention;
import java.util.List;

/** The {@code mentions} table: the actor mentions of each article, in text order. */
final class MentionsTable {

  /**
   * One row: a mention and its place in its article.
   *
   * @param articleId the article it is in
   * @param index its index among the article's mentions
   * @param mention the mention
   */
  record Row(String articleId, int index, Mention mention) {}

  static final Column<Row, String> ARTICLE_ID =
      Column.required("article_id", VARCHAR, Row::articleId);
  static final Column<Row, Integer> INDEX = Column.required("mention_index", INTEGER, Row::index);
  static final Column<Row, Integer> SENTENCE =
      Column.required("sentence", INTEGER, r -> r.mention().sentence());
  static final Column<Row, Integer> FIRST_TOKEN =
      Column.required("first_token", INTEGER, r -> r.mention().firstToken());
  static final Column<Row, Integer> LAST_TOKEN =
      Column.required("last_token", INTEGER, r -> r.mention().lastToken());
  static final Column<Row, Integer> BEGIN =
      Column.required("span_begin", INTEGER, r -> r.mention().begin());
  static final Column<Row, Integer> END =
      Column.required("span_end", INTEGER, r -> r.mention().end());
  static final Column<Row, String> TEXT = Column.required("text", VARCHAR, r -> r.mention().text());
  static final Column<Row, String> KIND =
      Column.required("kind", VARCHAR, r -> r.mention().kind().name());
  static final Column<Row, String> NER_TYPE =
      Column.optional("ner_type", VARCHAR, r -> r.mention().nerType());
  static final Column<Row, String> ACTOR_ID =
      Column.optional("actor_id", VARCHAR, r -> r.mention().actorId());
  static final Column<Row, String> ACTOR_NAME =
      Column.optional("actor_name", VARCHAR, r -> r.mention().actorName());
  static final Column<Row, String> CODE = Column.optional("code", VARCHAR, r -> r.mention().code());

  static final Table<Row> TABLE =
      new Table<>(
          "mentions",
          List.of(
              ARTICLE_ID,
              INDEX,
              SENTENCE,
              FIRST_TOKEN,
              LAST_TOKEN,
              BEGIN,
              END,
              TEXT,
              KIND,
              NER_TYPE,
              ACTOR_ID,
              ACTOR_NAME,
              CODE),
          List.of(ARTICLE_ID.name(), INDEX.name()),
          rs ->
              new Row(
                  ARTICLE_ID.read(rs),
                  INDEX.read(rs),
                  new Mention(
                      SENTENCE.read(rs),
                      FIRST_TOKEN.read(rs),
                      LAST_TOKEN.read(rs),
                      BEGIN.read(rs),
                      END.read(rs),
                      TEXT.read(rs),
                      KIND.readEnum(rs, Mention.Kind.class),
                      NER_TYPE.read(rs),
                      ACTOR_ID.read(rs),
                      ACTOR_NAME.read(rs),
                      CODE.read(rs))));

  private MentionsTable() {}
}
