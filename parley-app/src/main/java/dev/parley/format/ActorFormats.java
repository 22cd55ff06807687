package dev.parley.format;

import dev.parley.actors.PhraseResolution;
import dev.parley.store.ActorRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writers for what {@code parley resolve} and {@code parley actors} print. The JSONL keys are a
 * documented contract (README): change nothing here without saying so there.
 */
public final class ActorFormats {
  private ActorFormats() {}

  /** The resolve contract: these keys, in this order. */
  static final List<Field<PhraseResolution>> RESOLUTION =
      List.of(
          new Field<>("phrase", PhraseResolution::phrase),
          new Field<>("actor_id", PhraseResolution::actorId),
          new Field<>("name", PhraseResolution::name),
          new Field<>("code", PhraseResolution::code),
          new Field<>("country", PhraseResolution::country),
          new Field<>("sector", PhraseResolution::sector),
          new Field<>("why", PhraseResolution::why));

  /** The actors contract: these keys, in this order. */
  static final List<Field<ActorRow>> ACTOR =
      List.of(
          new Field<>("code", ActorRow::code),
          new Field<>("name", ActorRow::name),
          new Field<>("actor_id", ActorRow::actorId),
          new Field<>("mentions", r -> r.mentions()),
          new Field<>("articles", r -> r.articles()),
          new Field<>("events_as_source", r -> r.eventsAsSource()),
          new Field<>("events_as_target", r -> r.eventsAsTarget()));

  /** The field names of the resolve contract, in order. */
  public static List<String> resolutionFieldNames() {
    return RESOLUTION.stream().map(Field::name).toList();
  }

  public static RowWriter<PhraseResolution> resolutions(Format format, Writer out) {
    Objects.requireNonNull(out, "out");
    return switch (Objects.requireNonNull(format, "format")) {
      case JSONL -> jsonl(RESOLUTION, out);
      case CSV -> new CsvWriter<>(RESOLUTION, out);
      case TABLE ->
          new TableWriter<>(
              List.of(
                  TableWriter.Column.of("PHRASE", 28, PhraseResolution::phrase),
                  TableWriter.Column.of("CODE", 10, r -> r.code() == null ? "-" : r.code()),
                  TableWriter.Column.of("NAME", 26, r -> r.name() == null ? "" : r.name()),
                  TableWriter.Column.of("WHY", 0, PhraseResolution::why)),
              Formats.TABLE_WIDTH,
              out);
    };
  }

  public static RowWriter<ActorRow> actors(Format format, Writer out) {
    Objects.requireNonNull(out, "out");
    return switch (Objects.requireNonNull(format, "format")) {
      case JSONL -> jsonl(ACTOR, out);
      case CSV -> new CsvWriter<>(ACTOR, out);
      case TABLE ->
          new TableWriter<>(
              List.of(
                  TableWriter.Column.of("CODE", 12, ActorRow::code),
                  TableWriter.Column.of("MENTIONS", 8, r -> Integer.toString(r.mentions())),
                  TableWriter.Column.of("ARTICLES", 8, r -> Integer.toString(r.articles())),
                  TableWriter.Column.of("AS SOURCE", 9, r -> Integer.toString(r.eventsAsSource())),
                  TableWriter.Column.of("AS TARGET", 9, r -> Integer.toString(r.eventsAsTarget())),
                  TableWriter.Column.of("NAME", 0, r -> r.name() == null ? "" : r.name())),
              Formats.TABLE_WIDTH,
              out);
    };
  }

  private static <T> RowWriter<T> jsonl(List<Field<T>> fields, Writer out) {
    try {
      return new JsonlWriter<>(fields, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start JSON output", e);
    }
  }
}
