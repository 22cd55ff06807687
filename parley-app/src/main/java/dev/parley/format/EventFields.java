package dev.parley.format;

import dev.parley.events.Location;
import dev.parley.store.EventRow;
import dev.parley.time.PartialDate;
import java.util.List;

/**
 * The events JSONL contract: these names, types and order. Other tools read it; change nothing here
 * without a new contract version. Fields are only ever added at the end (the location and the
 * mentions came with schema version 3, the date's source with version 4), so a reader of the older
 * fields reads on.
 */
final class EventFields {
  private EventFields() {}

  static final List<Field<EventRow>> ALL =
      List.of(
          new Field<>("event_id", r -> r.event().eventId()),
          new Field<>("doc", EventRow::doc),
          new Field<>("article_id", r -> r.event().articleId()),
          new Field<>("date", r -> date(r) == null ? null : date(r).toString()),
          new Field<>("date_precision", r -> date(r) == null ? null : date(r).precision().word()),
          new Field<>("source", r -> r.event().source()),
          new Field<>("source_name", r -> r.event().sourceName()),
          new Field<>("target", r -> r.event().target()),
          new Field<>("target_name", r -> r.event().targetName()),
          new Field<>("code", r -> r.event().code()),
          new Field<>("root", r -> r.event().root()),
          new Field<>("quad_class", r -> r.event().quadClass()),
          new Field<>("goldstein", r -> r.event().goldstein()),
          new Field<>("plover", r -> r.event().plover()),
          new Field<>("modality", r -> r.event().modality().word()),
          new Field<>("negated", r -> r.event().negated()),
          new Field<>("sentence", r -> r.event().sentence()),
          new Field<>("evidence_start", r -> r.event().evidenceStart()),
          new Field<>("evidence_end", r -> r.event().evidenceEnd()),
          new Field<>("outlet", EventRow::outlet),
          new Field<>("title", EventRow::title),
          new Field<>("rule", r -> r.event().rule()),
          new Field<>("confidence", r -> r.event().confidence()),
          new Field<>("place", r -> location(r) == null ? null : location(r).place()),
          new Field<>("place_country", r -> location(r) == null ? null : location(r).country()),
          new Field<>("place_start", r -> location(r) == null ? null : location(r).start()),
          new Field<>("place_end", r -> location(r) == null ? null : location(r).end()),
          new Field<>("mentions", r -> r.event().mentions()),
          new Field<>(
              "evidence",
              r -> r.event().evidence().stream().map(x -> List.of(x.start(), x.end())).toList()),
          // schema version 4: whether the date is the event's own or the publication date
          new Field<>(
              "date_source",
              r -> r.event().dateSource() == null ? null : r.event().dateSource().word()));

  private static Location location(EventRow r) {
    return r.event().location();
  }

  private static PartialDate date(EventRow r) {
    return r.event().date();
  }
}
