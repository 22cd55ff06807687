package dev.parley.format;

import dev.parley.events.Event;
import dev.parley.events.Modality;
import dev.parley.store.ArticleRow;
import dev.parley.store.EventRow;
import dev.parley.store.QuoteRow;
import dev.parley.store.TimeRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writers for stored events and articles in each {@link Format}. JSONL and CSV follow the
 * documented contracts (field names, types and order); the table is for people.
 */
public final class Formats {

  /** Line width of tables when the caller does not know the terminal's. */
  public static final int TABLE_WIDTH = 120;

  private Formats() {}

  /** Event writer; the table shows bare CAMEO codes. */
  public static RowWriter<EventRow> events(Format format, Writer out) {
    return events(format, out, TABLE_WIDTH, code -> null);
  }

  /**
   * Event writer.
   *
   * @param tableWidth line width of the table format
   * @param codeName the name shown beside a CAMEO code in the table, or null for none
   */
  public static RowWriter<EventRow> events(
      Format format, Writer out, int tableWidth, Function<String, String> codeName) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(codeName, "codeName");
    return switch (Objects.requireNonNull(format, "format")) {
      case JSONL -> jsonl(EventFields.ALL, out);
      case CSV -> new CsvWriter<>(EventFields.ALL, out);
      case TABLE -> new TableWriter<>(eventColumns(codeName), tableWidth, out);
    };
  }

  public static RowWriter<ArticleRow> articles(Format format, Writer out) {
    return articles(format, out, TABLE_WIDTH);
  }

  public static RowWriter<ArticleRow> articles(Format format, Writer out, int tableWidth) {
    Objects.requireNonNull(out, "out");
    return switch (Objects.requireNonNull(format, "format")) {
      case JSONL -> jsonl(ArticleFields.ALL, out);
      case CSV -> new CsvWriter<>(ArticleFields.ALL, out);
      case TABLE -> new TableWriter<>(articleColumns(), tableWidth, out);
    };
  }

  /** Quote writer (table, JSONL or CSV). */
  public static RowWriter<QuoteRow> quotes(Format format, Writer out) {
    Objects.requireNonNull(out, "out");
    return switch (Objects.requireNonNull(format, "format")) {
      case JSONL -> jsonl(QuoteFields.ALL, out);
      case CSV -> new CsvWriter<>(QuoteFields.ALL, out);
      case TABLE -> new TableWriter<>(quoteColumns(), TABLE_WIDTH, out);
    };
  }

  /** Time expression writer (table, JSONL or CSV). */
  public static RowWriter<TimeRow> times(Format format, Writer out) {
    Objects.requireNonNull(out, "out");
    return switch (Objects.requireNonNull(format, "format")) {
      case JSONL -> jsonl(TimeFields.ALL, out);
      case CSV -> new CsvWriter<>(TimeFields.ALL, out);
      case TABLE -> new TableWriter<>(timeColumns(), TABLE_WIDTH, out);
    };
  }

  /** The field names of the quotes contract, in order. */
  public static List<String> quoteFieldNames() {
    return QuoteFields.ALL.stream().map(Field::name).toList();
  }

  /** The field names of the times contract, in order. */
  public static List<String> timeFieldNames() {
    return TimeFields.ALL.stream().map(Field::name).toList();
  }

  /** The field names of the events contract, in order (the CSV header). */
  public static List<String> eventFieldNames() {
    return EventFields.ALL.stream().map(Field::name).toList();
  }

  /** The field names of the articles contract, in order (the CSV header). */
  public static List<String> articleFieldNames() {
    return ArticleFields.ALL.stream().map(Field::name).toList();
  }

  private static <T> RowWriter<T> jsonl(List<Field<T>> fields, Writer out) {
    try {
      return new JsonlWriter<>(fields, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start JSON output", e);
    }
  }

  private static List<TableWriter.Column<EventRow>> eventColumns(
      Function<String, String> codeName) {
    return List.of(
        TableWriter.Column.of(
            "DATE", 10, r -> r.event().date() == null ? "" : r.event().date().toString()),
        TableWriter.Column.of("SOURCE", 20, r -> actor(r.event().source(), r.event().sourceName())),
        TableWriter.Column.of("EVENT", 26, r -> event(r.event(), codeName)),
        TableWriter.Column.of("TARGET", 20, r -> actor(r.event().target(), r.event().targetName())),
        TableWriter.Column.of("PLACE", 12, r -> place(r.event())),
        TableWriter.Column.of("N", 2, r -> Integer.toString(r.event().mentions())),
        TableWriter.Column.of("EVIDENCE", 0, r -> r.event().sentence()));
  }

  private static List<TableWriter.Column<QuoteRow>> quoteColumns() {
    return List.of(
        new TableWriter.Column<>("DOC", 20, true, QuoteRow::doc),
        TableWriter.Column.of("SPEAKER", 26, Formats::speaker),
        TableWriter.Column.of("CUE", 12, r -> r.quote().cue() == null ? "" : r.quote().cue()),
        TableWriter.Column.of("D", 1, r -> r.quote().direct() ? "D" : "I"),
        TableWriter.Column.of("QUOTE", 0, r -> r.quote().text()));
  }

  private static List<TableWriter.Column<TimeRow>> timeColumns() {
    return List.of(
        new TableWriter.Column<>("DOC", 26, true, TimeRow::doc),
        TableWriter.Column.of("TYPE", 8, r -> r.time().type().name()),
        TableWriter.Column.of("VALUE", 16, r -> r.time().value()),
        TableWriter.Column.of("TEXT", 0, r -> r.time().text()));
  }

  private static List<TableWriter.Column<ArticleRow>> articleColumns() {
    return List.of(
        TableWriter.Column.of("PUBLISHED", 10, r -> day(r.article().publishedText())),
        new TableWriter.Column<>("DOC", 26, true, r -> r.article().doc()),
        TableWriter.Column.of("OUTLET", 18, r -> r.article().outlet()),
        TableWriter.Column.of("REMOVED", 7, r -> Integer.toString(r.article().removed().size())),
        TableWriter.Column.of("TITLE", 0, r -> r.article().title()));
  }

  private static String speaker(QuoteRow r) {
    String code = r.quote().speaker();
    String name = r.quote().speakerName();
    if (code == null || code.isEmpty()) {
      return name == null ? "" : name;
    }
    return actor(code, name);
  }

  private static String actor(String code, String name) {
    if (code == null) {
      return "";
    }
    return name == null ? code : code + " " + name;
  }

  /** "VNM Hanoi", or the place alone when no country is known ("DMZ"). */
  private static String place(Event e) {
    if (e.location() == null) {
      return "";
    }
    return e.location().country() == null
        ? e.location().place()
        : e.location().country() + " " + e.location().place();
  }

  private static String event(Event e, Function<String, String> codeName) {
    String name = codeName.apply(e.code());
    StringBuilder b = new StringBuilder();
    if (e.negated()) {
      b.append("NOT ");
    }
    b.append(e.code());
    if (name != null) {
      b.append(' ').append(name);
    }
    if (e.modality() != Modality.ASSERTED) {
      b.append(" (").append(e.modality().word()).append(')');
    }
    return b.toString();
  }

  /** A date-time is shown as its date; anything else as written. */
  private static String day(String published) {
    if (published != null && published.length() > 10 && published.charAt(10) == 'T') {
      return published.substring(0, 10);
    }
    return published;
  }
}
