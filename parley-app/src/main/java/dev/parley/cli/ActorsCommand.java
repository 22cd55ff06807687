package dev.parley.cli;

import dev.parley.format.ActorFormats;
import dev.parley.format.Format;
import dev.parley.store.Store;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley actors}: the actors in the store, with their mention and event counts. */
@Command(
    name = "actors",
    description = {
      "Lists the actors in the store (a CAMEO code with its display name), most frequent first: resolved",
      "mentions, articles mentioning them, and events they are the source or target of."
    })
final class ActorsCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    Format f = EventsCommand.parseFormat(format, List.of(Format.TABLE, Format.JSONL, Format.CSV));
    return Listing.print(data.data, f, Store::actors, ActorFormats::actors);
  }
}
