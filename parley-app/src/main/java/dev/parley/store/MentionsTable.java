package dev.parley.store;

import static dev.parley.store.SqlType.INTEGER;
import static dev.parley.store.SqlType.VARCHAR;

import dev.parley.actors.Mention;
import java.util.List;

/** The {@code mentions} table: the actor mentions of each article, in text order. */
final class MentionsTable {

  static final Column<ArticleItem<Mention>, String> ARTICLE_ID = ArticleItem.articleIdColumn();
  static final Column<ArticleItem<Mention>, Integer> INDEX =
      ArticleItem.indexColumn("mention_index");
  static final Column<ArticleItem<Mention>, Integer> SENTENCE =
      Column.required("sentence", INTEGER, r -> r.item().sentence());
  static final Column<ArticleItem<Mention>, Integer> FIRST_TOKEN =
      Column.required("first_token", INTEGER, r -> r.item().firstToken());
  static final Column<ArticleItem<Mention>, Integer> LAST_TOKEN =
      Column.required("last_token", INTEGER, r -> r.item().lastToken());
  static final Column<ArticleItem<Mention>, Integer> BEGIN =
      Column.required("span_begin", INTEGER, r -> r.item().begin());
  static final Column<ArticleItem<Mention>, Integer> END =
      Column.required("span_end", INTEGER, r -> r.item().end());
  static final Column<ArticleItem<Mention>, String> TEXT =
      Column.required("text", VARCHAR, r -> r.item().text());
  static final Column<ArticleItem<Mention>, String> KIND =
      Column.required("kind", VARCHAR, r -> r.item().kind().name());
  static final Column<ArticleItem<Mention>, String> NER_TYPE =
      Column.optional("ner_type", VARCHAR, r -> r.item().nerType());
  static final Column<ArticleItem<Mention>, String> ACTOR_ID =
      Column.optional("actor_id", VARCHAR, r -> r.item().actorId());
  static final Column<ArticleItem<Mention>, String> ACTOR_NAME =
      Column.optional("actor_name", VARCHAR, r -> r.item().actorName());
  static final Column<ArticleItem<Mention>, String> CODE =
      Column.optional("code", VARCHAR, r -> r.item().code());

  static final Table<ArticleItem<Mention>> TABLE =
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
              new ArticleItem<>(
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
