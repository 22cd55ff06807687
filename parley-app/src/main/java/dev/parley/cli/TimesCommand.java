package dev.parley.cli;

import dev.parley.format.Formats;
import dev.parley.store.Store;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code parley times}: every time expression, normalised against its article's publication date.
 */
@Command(
    name = "times",
    description = {
      "Prints the time expressions of the stored articles with their TIMEX3 type and value,",
      "normalised against each article's publication date, in a stable order (article date, article, text)."
    })
final class TimesCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Mixin FormatOption.TableJsonl format;

  @Override
  public Integer call() throws IOException {
    return Listing.print(data.data, format.get(), Store::times, Formats::times);
  }
}
