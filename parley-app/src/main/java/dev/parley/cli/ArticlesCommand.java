package dev.parley.cli;

import dev.parley.format.Formats;
import dev.parley.store.Store;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parley articles}: the cleaned articles with their metadata and what cleaning removed. */
@Command(
    name = "articles",
    description =
        "Prints the stored articles: metadata, cleaned text and the lines cleaning removed.")
final class ArticlesCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Mixin FormatOption.TableJsonl format;

  @Override
  public Integer call() throws IOException {
    return Listing.print(data.data, format.get(), Store::articles, Formats::articles);
  }
}
