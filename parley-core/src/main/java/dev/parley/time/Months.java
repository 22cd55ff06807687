package dev.parley.time;

import java.util.Locale;
import java.util.OptionalInt;

/** English month names as news and feeds write them ("June", "Jun", "Jun.", "Sept"): one table. */
public final class Months {
  /**
   * A month name or its usual abbreviation, as one capturing group; match it case-insensitively and
   * follow it with {@code \.?} for "Jun.".
   */
  public static final String NAME =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

  private static final String[] ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private Months() {}

  /** The month (1 to 12) of a name or abbreviation, told by its first three letters. */
  public static OptionalInt of(String name) {
    if (name == null || name.length() < 3) {
      return OptionalInt.empty();
    }
    String three = name.substring(0, 3).toLowerCase(Locale.ROOT);
    for (int i = 0; i < ABBREVIATIONS.length; i++) {
      if (ABBREVIATIONS[i].equals(three)) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }

  /** The month of a name {@link #NAME} matched. */
  static int number(String name) {
    return of(name).orElseThrow(() -> new IllegalArgumentException("not a month name: " + name));
  }
}
