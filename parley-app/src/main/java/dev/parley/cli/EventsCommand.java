package dev.parley.cli;

import dev.parley.format.Format;
import dev.parley.format.Formats;
import dev.parley.store.EventFilter;
import dev.parley.store.Store;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley events}: the coded events, filtered. */
@Command(
    name = "events",
    description = {
      "Prints the coded events in a stable order (date, article, sentence).",
      "--source/--target match actor code prefixes (USA matches USAGOV); --code matches a CAMEO prefix (03 matches 036);",
      "--from/--to are inclusive and keep events whose date (day, month or year) overlaps the range."
    })
final class EventsCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Option(names = "--source", paramLabel = "CODE", description = "Source actor code prefix.")
  String source;

  @Option(names = "--target", paramLabel = "CODE", description = "Target actor code prefix.")
  String target;

  @Option(names = "--code", paramLabel = "PREFIX", description = "CAMEO event code prefix.")
  String code;

  @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD), inclusive.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD), inclusive.")
  String to;

  @Option(names = "--modality", paramLabel = "M,M", split = ",",
      description = "Keep only events of these modalities: asserted, intended, reported, hypothetical (default: all).")
  List<String> modalities;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    Format f = parseFormat(format, List.of(Format.TABLE, Format.JSONL, Format.CSV));
    EventFilter filter = EventFilter.ALL.withSource(source).withTarget(target).withCode(code)
        .withFrom(day("--from", from)).withTo(day("--to", to));
    java.util.Set<dev.parley.events.Modality> keep = modalities(modalities);
    return Listing.print(data.data, f, store -> store.events(filter),
        rows -> rows.stream().filter(r -> keep.contains(r.event().modality())).toList(), Formats::events);
  }

  /** The modalities named by {@code --modality}, all of them when none is named. */
  static java.util.Set<dev.parley.events.Modality> modalities(List<String> names) {
    java.util.Set<dev.parley.events.Modality> out = java.util.EnumSet.noneOf(dev.parley.events.Modality.class);
    if (names == null || names.isEmpty()) {
      return java.util.EnumSet.allOf(dev.parley.events.Modality.class);
    }
    for (String n : names) {
      try {
        out.add(dev.parley.events.Modality.valueOf(n.strip().toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new Main.UsageException("--modality: unknown modality '" + n + "' (asserted, intended, reported, hypothetical)");
      }
    }
    return out;
  }

  static Writer stdout() {
    return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
  }

  static Format parseFormat(String name, List<Format> allowed) {
    try {
      Format f = Format.parse(name);
      if (allowed.contains(f)) {
        return f;
      }
    } catch (IllegalArgumentException e) {
      // reported below with the allowed list
    }
    throw new Main.UsageException("--format " + name + ": use one of " + allowed.stream().map(Format::word).toList());
  }

  /** A {@code --from}/{@code --to} value as a day, or a usage error naming the option. */
  static LocalDate day(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new Main.UsageException(option + " " + value + ": expected a date as YYYY-MM-DD");
    }
  }
}
