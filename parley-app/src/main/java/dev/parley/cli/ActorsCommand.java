package dev.parley.cli;

import dev.parley.format.ActorFormats;
import dev.parley.format.Format;
import dev.parley.format.RowWriter;
import dev.parley.store.ActorRow;
import dev.parley.store.Store;
import java.io.IOException;
import java.io.Writer;
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
    List<ActorRow> rows;
    try (Store store = Store.open(data.data, Store.Access.READ_ONLY)) {
      rows = store.actors();
    }
    Writer out = EventsCommand.stdout();
    RowWriter<ActorRow> w = ActorFormats.actors(f, out);
    for (ActorRow r : rows) {
      w.write(r);
    }
    w.finish();
    out.flush();
    return 0;
  }
}
