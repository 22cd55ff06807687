package dev.parley.cli;

import dev.parley.format.Format;
import dev.parley.format.RowWriter;
import dev.parley.store.Store;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** What every query command does once it knows its rows: read them from the store, print them. */
final class Listing {
  private Listing() {}

  /** A store read that may throw like the store does. */
  interface Read<R> {
    List<R> from(Store store) throws IOException;
  }

  /**
   * Reads the rows from the store under {@code data} (read-only) and prints them in {@code format}.
   */
  static <R> int print(
      Path data, Format format, Read<R> read, BiFunction<Format, Writer, RowWriter<R>> writer)
      throws IOException {
    return print(data, format, read, rows -> rows, writer);
  }

  /** As above, with the rows passed through {@code keep} first (a filter the store does not do). */
  static <R> int print(
      Path data,
      Format format,
      Read<R> read,
      Function<List<R>, List<R>> keep,
      BiFunction<Format, Writer, RowWriter<R>> writer)
      throws IOException {
    List<R> rows;
    try (Store store = Store.open(data, Store.Access.READ_ONLY)) {
      rows = keep.apply(read.from(store));
    }
    Writer out = EventsCommand.stdout();
    RowWriter<R> w = writer.apply(format, out);
    for (R r : rows) {
      w.write(r);
    }
    w.finish();
    out.flush();
    return 0;
  }
}
