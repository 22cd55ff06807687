package dev.parley.store;

import static dev.parley.store.SqlType.BOOLEAN;
import static dev.parley.store.SqlType.DATE;
import static dev.parley.store.SqlType.DOUBLE;
import static dev.parley.store.SqlType.INTEGER;
import static dev.parley.store.SqlType.VARCHAR;

import dev.parley.events.DateSource;
import dev.parley.events.Event;
import dev.parley.events.Location;
import dev.parley.events.Modality;
import dev.parley.time.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code events} table: one coded event a row. The event's date is stored as text at its
 * precision ({@code date}) with its precision and the first and last day it can mean, for range
 * queries; it is read back from {@code date} alone. The evidence sentences of an event stated more
 * than once are in {@link EvidenceTable}; {@code mentions} counts them.
 */
final class EventsTable {
  static final Column<Event, String> ID = Column.required("event_id", VARCHAR, Event::eventId);
  static final Column<Event, String> ARTICLE_ID =
      Column.required("article_id", VARCHAR, Event::articleId);
  static final Column<Event, String> DATE_TEXT =
      Column.optional("date", VARCHAR, date(PartialDate::toString));
  static final Column<Event, String> DATE_PRECISION =
      Column.optional("date_precision", VARCHAR, date(d -> d.precision().word()));
  static final Column<Event, LocalDate> DATE_START =
      Column.optional("date_start", DATE, date(PartialDate::start));
  static final Column<Event, LocalDate> DATE_END =
      Column.optional("date_end", DATE, date(PartialDate::end));
  static final Column<Event, String> SOURCE = Column.required("source", VARCHAR, Event::source);
  static final Column<Event, String> SOURCE_NAME =
      Column.optional("source_name", VARCHAR, Event::sourceName);
  static final Column<Event, String> TARGET = Column.optional("target", VARCHAR, Event::target);
  static final Column<Event, String> TARGET_NAME =
      Column.optional("target_name", VARCHAR, Event::targetName);
  static final Column<Event, String> CODE = Column.required("code", VARCHAR, Event::code);
  static final Column<Event, String> ROOT = Column.required("root", VARCHAR, Event::root);
  static final Column<Event, Integer> QUAD_CLASS =
      Column.required("quad_class", INTEGER, Event::quadClass);
  static final Column<Event, Double> GOLDSTEIN =
      Column.required("goldstein", DOUBLE, Event::goldstein);
  static final Column<Event, String> PLOVER = Column.optional("plover", VARCHAR, Event::plover);
  static final Column<Event, String> MODALITY =
      Column.required("modality", VARCHAR, e -> e.modality().word());
  static final Column<Event, Boolean> NEGATED = Column.required("negated", BOOLEAN, Event::negated);
  static final Column<Event, Integer> SENTENCE_INDEX =
      Column.required("sentence_index", INTEGER, Event::sentenceIndex);
  static final Column<Event, Integer> EVIDENCE_START =
      Column.required("evidence_start", INTEGER, Event::evidenceStart);
  static final Column<Event, Integer> EVIDENCE_END =
      Column.required("evidence_end", INTEGER, Event::evidenceEnd);
  static final Column<Event, String> SENTENCE =
      Column.required("sentence", VARCHAR, Event::sentence);
  static final Column<Event, String> RULE = Column.required("rule", VARCHAR, Event::rule);
  static final Column<Event, Double> CONFIDENCE =
      Column.required("confidence", DOUBLE, Event::confidence);
  // schema version 3: the event's location, and how many sentences state it (the spans are in
  // evidence)
  static final Column<Event, String> PLACE =
      Column.optional("place", VARCHAR, place(Location::place));
  static final Column<Event, String> PLACE_COUNTRY =
      Column.optional("place_country", VARCHAR, place(Location::country));
  static final Column<Event, Integer> PLACE_START =
      Column.optional("place_start", INTEGER, place(Location::start));
  static final Column<Event, Integer> PLACE_END =
      Column.optional("place_end", INTEGER, place(Location::end));
  static final Column<Event, Integer> MENTIONS =
      Column.required("mentions", INTEGER, Event::mentions);
  // schema version 4: whether the date is the event's own ("text") or the publication date
  static final Column<Event, String> DATE_SOURCE =
      Column.optional(
          "date_source", VARCHAR, e -> e.dateSource() == null ? null : e.dateSource().word());

  static final Table<Event> TABLE =
      new Table<>(
          "events",
          List.of(
              ID,
              ARTICLE_ID,
              DATE_TEXT,
              DATE_PRECISION,
              DATE_START,
              DATE_END,
              SOURCE,
              SOURCE_NAME,
              TARGET,
              TARGET_NAME,
              CODE,
              ROOT,
              QUAD_CLASS,
              GOLDSTEIN,
              PLOVER,
              MODALITY,
              NEGATED,
              SENTENCE_INDEX,
              EVIDENCE_START,
              EVIDENCE_END,
              SENTENCE,
              RULE,
              CONFIDENCE,
              PLACE,
              PLACE_COUNTRY,
              PLACE_START,
              PLACE_END,
              MENTIONS,
              DATE_SOURCE),
          List.of(ID.name()),
          rs ->
              new Event(
                  ID.read(rs),
                  ARTICLE_ID.read(rs),
                  partialDate(DATE_TEXT.read(rs)),
                  SOURCE.read(rs),
                  SOURCE_NAME.read(rs),
                  TARGET.read(rs),
                  TARGET_NAME.read(rs),
                  CODE.read(rs),
                  ROOT.read(rs),
                  QUAD_CLASS.read(rs),
                  GOLDSTEIN.read(rs),
                  PLOVER.read(rs),
                  MODALITY.readEnum(rs, Modality.class),
                  NEGATED.read(rs),
                  SENTENCE_INDEX.read(rs),
                  EVIDENCE_START.read(rs),
                  EVIDENCE_END.read(rs),
                  SENTENCE.read(rs),
                  RULE.read(rs),
                  CONFIDENCE.read(rs),
                  location(rs),
                  DateSource.ofWord(DATE_SOURCE.read(rs)),
                  List.of()));

  private EventsTable() {}

  private static <T> Function<Event, T> date(Function<PartialDate, T> part) {
    return e -> e.date() == null ? null : part.apply(e.date());
  }

  private static <T> Function<Event, T> place(Function<Location, T> part) {
    return e -> e.location() == null ? null : part.apply(e.location());
  }

  private static Location location(java.sql.ResultSet rs) throws java.sql.SQLException {
    String place = PLACE.read(rs);
    return place == null
        ? null
        : new Location(place, PLACE_COUNTRY.read(rs), PLACE_START.read(rs), PLACE_END.read(rs));
  }

  private static PartialDate partialDate(String stored) {
    return stored == null
        ? null
        : PartialDate.parse(stored).orElseThrow(() -> StoreException.unreadable(DATE_TEXT, stored));
  }
}
