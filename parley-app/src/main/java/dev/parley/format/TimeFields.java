package dev.parley.format;

import dev.parley.store.TimeRow;
import java.util.List;

/**
 * The times JSONL contract (issue 10): these names, types and order. Other tools read it; change
 * nothing here without a new contract version.
 */
final class TimeFields {
  private TimeFields() {}

  static final List<Field<TimeRow>> ALL =
      List.of(
          new Field<>("doc", TimeRow::doc),
          new Field<>("article_id", TimeRow::articleId),
          new Field<>("start", r -> r.time().start()),
          new Field<>("end", r -> r.time().end()),
          new Field<>("text", r -> r.time().text()),
          new Field<>("type", r -> r.time().type().name()),
          new Field<>("value", r -> r.time().value()));
}
