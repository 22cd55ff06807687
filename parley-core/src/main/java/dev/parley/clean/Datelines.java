package dev.parley.clean;

import dev.parley.time.Months;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline at the start of a first paragraph: "SEOUL —", "PANMUNJOM, South Korea —",
 * "KYIV (Agency) -", "Seoul (AFP) —". The place in capitals (optionally with a region in mixed
 * case), or a capitalised place followed by an agency in brackets, then a dash.
 */
final class Datelines {
  private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}.'\u2019-]+";
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.'\u2019-]*";
  private static final String DATE = "(?:,\\s+(?i:" + Months.NAME + ")\\.?\\s+\\d{1,2})?";
  private static final String AGENCY = "\\([^()]{1,40}\\)";

  /** An em or en dash may touch its words; a hyphen or double hyphen needs a space before it. */
  private static final String DASH = "(?:\\s*[\u2014\u2013]|\\s+--?)\\s*(?=\\S)";

  private static final Pattern CAPITALS =
      Pattern.compile(
          "^(?<place>"
              + CAPS_WORD
              + "(?:\\s+"
              + CAPS_WORD
              + "){0,3}"
              + "(?:,\\s+"
              + NAME_WORD
              + "(?:\\s+"
              + NAME_WORD
              + "){0,3})?)"
              + DATE
              + "(?:\\s*"
              + AGENCY
              + ")?"
              + DASH);
  private static final Pattern WITH_AGENCY =
      Pattern.compile(
          "^(?<place>"
              + NAME_WORD
              + "(?:\\s+"
              + NAME_WORD
              + "){0,2})"
              + DATE
              + "\\s*"
              + AGENCY
              + DASH);

  private Datelines() {}

  /** The dateline place at the start of the paragraph, if it has one. */
  static Optional<String> place(String paragraph) {
    for (Pattern p : new Pattern[] {CAPITALS, WITH_AGENCY}) {
      Matcher m = p.matcher(paragraph);
      if (m.find()) {
        return Optional.of(m.group("place").strip());
      }
    }
    return Optional.empty();
  }
}
