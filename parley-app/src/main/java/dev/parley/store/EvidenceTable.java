package dev.parley.store;

import static dev.parley.store.SqlType.INTEGER;
import static dev.parley.store.SqlType.VARCHAR;

import dev.parley.events.Evidence;
import java.util.List;

/**
 * The {@code evidence} table: every sentence that states an event, one row each (schema version 3).
 * An event stated once has one row, its own sentence; an event an article restates has one row per
 * mention, in text order ({@code mention_index} 0 is the first), and its {@code events.mentions} is
 * their count. The event's own {@code evidence_start}/{@code evidence_end} in {@code events} is one
 * of these rows (the sentence it was kept from).
 */
final class EvidenceTable {

  /**
   * One row: one evidence sentence of one event.
   *
   * @param eventId the event
   * @param articleId its article (so that a recode deletes the rows by article)
   * @param index the sentence's place among the event's mentions, in text order
   * @param evidence the sentence's index and offsets
   */
  record Row(String eventId, String articleId, int index, Evidence evidence) {}

  static final Column<Row, String> EVENT_ID = Column.required("event_id", VARCHAR, Row::eventId);
  static final Column<Row, String> ARTICLE_ID =
      Column.required("article_id", VARCHAR, Row::articleId);
  static final Column<Row, Integer> INDEX = Column.required("mention_index", INTEGER, Row::index);
  static final Column<Row, Integer> SENTENCE =
      Column.required("sentence_index", INTEGER, r -> r.evidence().sentenceIndex());
  static final Column<Row, Integer> START =
      Column.required("start", INTEGER, r -> r.evidence().start());
  static final Column<Row, Integer> END = Column.required("end", INTEGER, r -> r.evidence().end());

  static final Table<Row> TABLE =
      new Table<>(
          "evidence",
          List.of(EVENT_ID, ARTICLE_ID, INDEX, SENTENCE, START, END),
          List.of(EVENT_ID.name(), INDEX.name()),
          rs ->
              new Row(
                  EVENT_ID.read(rs),
                  ARTICLE_ID.read(rs),
                  INDEX.read(rs),
                  new Evidence(SENTENCE.read(rs), START.read(rs), END.read(rs))));

  private EvidenceTable() {}
}
