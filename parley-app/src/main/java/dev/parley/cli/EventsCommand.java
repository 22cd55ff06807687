package dev.parley.cli;

import dev.parley.format.Format;
import dev.parley.format.Formats;
import dev.parley.store.EventFilter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

  @Mixin DayRangeOptions days;

  @Option(
      names = "--modality",
      paramLabel = "M,M",
      split = ",",
      description =
          "Keep only events of these modalities: asserted, intended, reported, hypothetical (default: all).")
  List<String> modalities;

  @Mixin FormatOption.TableJsonlCsv format;

  @Override
  public Integer call() throws IOException {
    Format f = format.get();
    EventFilter filter =
        EventFilter.ALL
            .withSource(source)
            .withTarget(target)
            .withCode(code)
            .withFrom(days.from())
            .withTo(days.to());
    java.util.Set<dev.parley.events.Modality> keep = modalities(modalities);
    return Listing.print(
        data.data,
        f,
        store -> store.events(filter),
        rows -> rows.stream().filter(r -> keep.contains(r.event().modality())).toList(),
        Formats::events);
  }

  /** The modalities named by {@code --modality}, all of them when none is named. */
  static java.util.Set<dev.parley.events.Modality> modalities(List<String> names) {
    java.util.Set<dev.parley.events.Modality> out =
        java.util.EnumSet.noneOf(dev.parley.events.Modality.class);
    if (names == null || names.isEmpty()) {
      return java.util.EnumSet.allOf(dev.parley.events.Modality.class);
    }
    for (String n : names) {
      try {
        out.add(dev.parley.events.Modality.valueOf(n.strip().toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new Main.UsageException(
            "--modality: unknown modality '"
                + n
                + "' (asserted, intended, reported, hypothetical)");
      }
    }
    return out;
  }

  static Writer stdout() {
    return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
  }
}
