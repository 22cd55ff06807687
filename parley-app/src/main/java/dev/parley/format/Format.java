package dev.parley.format;

import java.util.Locale;

/** How records are printed: a readable table for terminals, or JSONL / CSV for other tools. */
public enum Format {
  /** Fixed-width columns, long text cut with "…". For people; not a stable format. */
  TABLE,
  /** One JSON object a line: the documented contract other tools read. */
  JSONL,
  /** RFC 4180 CSV with a header line: the JSONL contract's columns, in the same order. */
  CSV;

  /** Reads a format name as given on the command line ("table", "jsonl", "csv"). */
  public static Format parse(String name) {
    for (Format f : values()) {
      if (f.word().equals(name == null ? null : name.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "': use table, jsonl or csv");
  }

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
