package dev.parley.store;

import static dev.parley.store.SqlType.VARCHAR;
import static dev.parley.store.SqlType.VARCHAR_LIST;

import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import java.util.Arrays;
import java.util.List;

/** The {@code raw_inputs} table: each stored article's input as read, for {@code parley recode}. */
final class RawInputsTable {

  /**
   * One row: a raw input and the id of the article it produced.
   *
   * @param articleId the stored article's id
   * @param raw the input as read
   */
  record Row(String articleId, RawDocument raw) {}

  static final Column<Row, String> ID = Column.required("article_id", VARCHAR, Row::articleId);
  static final Column<Row, String> DOC = Column.required("doc", VARCHAR, r -> r.raw().doc());
  static final Column<Row, String> CONTENT_TYPE =
      Column.required("content_type", VARCHAR, r -> r.raw().type().name());
  static final Column<Row, String> CONTENT =
      Column.required("content", VARCHAR, r -> r.raw().content());
  static final Column<Row, List<String>> HINTS =
      Column.required(
          "hints",
          SqlType.structOfVarchars("title", "published", "outlet", "url"),
          r -> {
            Hints h = r.raw().hints();
            return Arrays.asList(h.title(), h.published(), h.outlet(), h.url());
          });
  static final Column<Row, List<String>> WARNINGS =
      Column.required("warnings", VARCHAR_LIST, r -> r.raw().warnings());

  static final Table<Row> TABLE =
      new Table<>(
          "raw_inputs",
          List.of(ID, DOC, CONTENT_TYPE, CONTENT, HINTS, WARNINGS),
          List.of(ID.name()),
          rs -> {
            List<String> h = HINTS.read(rs);
            return new Row(
                ID.read(rs),
                new RawDocument(
                    DOC.read(rs),
                    CONTENT_TYPE.readEnum(rs, RawDocument.ContentType.class),
                    CONTENT.read(rs),
                    new Hints(h.get(0), h.get(1), h.get(2), h.get(3)),
                    WARNINGS.read(rs)));
          });

  private RawInputsTable() {}
}
