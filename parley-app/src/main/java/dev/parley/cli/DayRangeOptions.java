package dev.parley.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** The inclusive {@code --from DATE} and {@code --to DATE} options of the query commands. */
final class DayRangeOptions {
  @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD), inclusive.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD), inclusive.")
  String to;

  /** The first day, or null when {@code --from} is not given. */
  LocalDate from() {
    return day("--from", from);
  }

  /** The last day, or null when {@code --to} is not given. */
  LocalDate to() {
    return day("--to", to);
  }

  /** A {@code --from}/{@code --to} value as a day, or a usage error naming the option. */
  private static LocalDate day(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new Main.UsageException(option + " " + value + ": expected a date as YYYY-MM-DD");
    }
  }
}
