package dev.parley.format;

import java.io.IOException;

/**
 * Writes records of one kind in one {@link Format} to a {@link java.io.Writer}. Never closes the
 * writer it was given.
 *
 * @param <T> the record type
 */
public interface RowWriter<T> {

  /** Writes one record. */
  void write(T row) throws IOException;

  /**
   * Writes what the format needs at the end (a CSV or table header when no row came) and flushes.
   */
  void finish() throws IOException;

  /** Writes every record, then {@link #finish()}. */
  default void writeAll(Iterable<? extends T> rows) throws IOException {
    for (T row : rows) {
      write(row);
    }
    finish();
  }
}
