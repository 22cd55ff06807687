package dev.parley.cli;

import dev.parley.format.ActorFormats;
import dev.parley.store.Store;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parley actors}: the actors in the store, with their mention and event counts. */
@Command(
    name = "actors",
    description = {
      "Lists the actors in the store (a CAMEO code with its display name), most frequent first: resolved",
      "mentions, articles mentioning them, and events they are the source or target of."
    })
final class ActorsCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Mixin FormatOption.TableJsonlCsv format;

  @Override
  public Integer call() throws IOException {
    return Listing.print(data.data, format.get(), Store::actors, ActorFormats::actors);
  }
}
