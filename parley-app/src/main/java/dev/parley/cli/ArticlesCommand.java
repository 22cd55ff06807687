package dev.parley.cli;

import dev.parley.format.Format;
import dev.parley.format.Formats;
import dev.parley.store.Store;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley articles}: the cleaned articles with their metadata and what cleaning removed. */
@Command(name = "articles", description = "Prints the stored articles: metadata, cleaned text and the lines cleaning removed.")
final class ArticlesCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    Format f = EventsCommand.parseFormat(format, List.of(Format.TABLE, Format.JSONL));
    return Listing.print(data.data, f, Store::articles, Formats::articles);
  }
}
