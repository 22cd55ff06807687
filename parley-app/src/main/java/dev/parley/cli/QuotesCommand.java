package dev.parley.cli;

import dev.parley.format.Format;
import dev.parley.format.Formats;
import dev.parley.store.QuoteFilter;
import java.io.IOException;
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

  @Mixin DayRangeOptions days;

  @Mixin FormatOption.TableJsonlCsv format;

  @Override
  public Integer call() throws IOException {
    Format f = format.get();
    QuoteFilter filter;
    try {
      filter = new QuoteFilter(speaker, days.from(), days.to());
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    return Listing.print(data.data, f, store -> store.quotes(filter), Formats::quotes);
  }
}
