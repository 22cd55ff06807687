package dev.parley.feeds;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations as users write them: {@code 30s}, {@code 15m}, {@code 2h}, {@code 1h30m}, {@code
 * 1d}, or ISO {@code PT15M}.
 */
public final class Durations {
  private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|s|m|h|d))+");
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  private Durations() {}

  /**
   * Parses a duration.
   *
   * @throws IllegalArgumentException naming the text when it is not a duration or is zero
   */
  public static Duration parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("not a duration: '" + text + "' (e.g. 30s, 15m, 1h)");
    }
    String s = text.strip().toLowerCase(Locale.ROOT);
    Duration d;
    if (s.startsWith("pt") || s.startsWith("p")) {
      try {
        d = Duration.parse(s.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a duration: '" + text + "' (e.g. 30s, 15m, 1h)");
      }
    } else {
      if (!WHOLE.matcher(s).matches()) {
        throw new IllegalArgumentException("not a duration: '" + text + "' (e.g. 30s, 15m, 1h)");
      }
      d = Duration.ZERO;
      Matcher m = PART.matcher(s);
      try {
        while (m.find()) {
          long n = Long.parseLong(m.group(1));
          d =
              d.plus(
                  switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                  });
        }
      } catch (ArithmeticException | NumberFormatException e) {
        throw new IllegalArgumentException("duration too long: '" + text + "'");
      }
    }
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException("a duration must be positive: '" + text + "'");
    }
    return d;
  }
}
