package dev.parley.cli;

import dev.parley.format.Format;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands that print rows, in its two forms: with CSV (for
 * listings whose rows are flat) and without. Each form is a mixin; {@code get()} is the format
 * asked for, or a usage error that lists the allowed ones.
 */
final class FormatOption {
  private FormatOption() {}

  /** {@code --format table|jsonl|csv}, default table. */
  static final class TableJsonlCsv {
    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "table",
        description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    String name;

    Format get() {
      return parse(name, List.of(Format.TABLE, Format.JSONL, Format.CSV));
    }
  }

  /** {@code --format table|jsonl}, default table. */
  static final class TableJsonl {
    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "table",
        description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    String name;

    Format get() {
      return parse(name, List.of(Format.TABLE, Format.JSONL));
    }
  }

  /**
   * The format called {@code name} if it is one of {@code allowed}; otherwise a usage error naming
   * them.
   */
  static Format parse(String name, List<Format> allowed) {
    try {
      Format f = Format.parse(name);
      if (allowed.contains(f)) {
        return f;
      }
    } catch (IllegalArgumentException e) {
      // reported below with the allowed list
    }
    throw new Main.UsageException(
        "--format " + name + ": use one of " + allowed.stream().map(Format::word).toList());
  }
}
