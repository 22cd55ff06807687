package dev.parley.cli;

import dev.parley.format.Format;
import dev.parley.format.Formats;
import dev.parley.store.QuoteFilter;
import dev.parley.store.Store;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley quotes}: the attributed quotes, filtered. */
@Command(
    name = "quotes",
    description = {
      "Prints the quotes (direct and reported speech) with their speakers, in a stable order (article date, article, text).",
      "--speaker matches a speaker's actor code prefix (USA matches USAGOV);",
      "--from/--to are inclusive and keep quotes whose article's publication date overlaps the range."
    })
final class QuotesCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Option(names = "--speaker", paramLabel = "CODE", description = "Speaker actor code prefix.")
  String speaker;

  @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD), inclusive.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD), inclusive.")
  String to;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    Format f = EventsCommand.parseFormat(format, List.of(Format.TABLE, Format.JSONL, Format.CSV));
    QuoteFilter filter;
    try {
      filter = new QuoteFilter(speaker, EventsCommand.day("--from", from), EventsCommand.day("--to", to));
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    return Listing.print(data.data, f, store -> store.quotes(filter), Formats::quotes);
  }
}
