package dev.parley.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading one PETRARCH file gave: the entries read, and every line skipped with its reason.
 * Problems in these files are data, not failures: a skipped line is a one-line note of the form
 * {@code file:line: reason}, and the rest of the file loads.
 */
final class PetrarchReport {
  private final String source;
  private final String format;
  private final List<String> skipped = new ArrayList<>();
  private int entries;
  private int shortened;

  PetrarchReport(String source, String format) {
    this.source = source;
    this.format = format;
  }

  /** An entry was read. */
  void entry() {
    entries++;
  }

  /** An agent code longer than a sector was cut to its first three letters. */
  void shortened() {
    shortened++;
  }

  /** Line {@code number} (and what belongs to it) is not read, because of {@code reason}. */
  void skip(int number, String reason) {
    skipped.add(source + ":" + number + ": " + reason + "; skipped");
  }

  int entries() {
    return entries;
  }

  /** One note per skipped line, in file order. */
  List<String> skipped() {
    return List.copyOf(skipped);
  }

  /** "FILE: 12 entries read from a PETRARCH .actors file, 2 lines skipped". */
  String summary() {
    return source
        + ": "
        + entries
        + (entries == 1 ? " entry" : " entries")
        + " read from a PETRARCH "
        + format
        + " file"
        + (shortened == 0
            ? ""
            : ", "
                + shortened
                + (shortened == 1 ? " agent code" : " agent codes")
                + " cut to a sector")
        + ", "
        + skipped.size()
        + (skipped.size() == 1 ? " line" : " lines")
        + " skipped";
  }
}
