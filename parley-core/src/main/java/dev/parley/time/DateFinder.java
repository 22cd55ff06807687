package dev.parley.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date in a byline-like line and writes it as ISO 8601: a date ("2019-06-28"),
 * a date-time when a time is given ("2019-06-30T08:14Z", with the offset when the zone is known, as
 * written when it is not), a month ("2019-06") or a year ("2019"). Numeric dates such as
 * "06/07/2019" are left alone: their day and month order cannot be told.
 */
public final class DateFinder {

  /**
   * A date found in a line.
   *
   * @param iso the date in ISO 8601, to the precision the line gives
   * @param rest the line with the date, its time and zone cut out
   */
  public record Found(String iso, String rest) {}

  private static final String MONTH = Months.NAME;
  private static final Pattern ISO =
      Pattern.compile(
          "\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?"
              + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+((?:19|20)\\d{2})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTH + "\\.?,?\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
  private static final Pattern TIME =
      Pattern.compile(
          "(?<![\\d:.])([01]?\\d|2[0-3])[:.]([0-5]\\d)(?::([0-5]\\d))?(?!\\d)"
              + "(?:\\s*([aApP])\\.?\\s?[mM]\\b\\.?)?"
              + "(?:\\s*((?:GMT|UTC)(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?|Z\\b|[+-]\\d{2}:?\\d{2}|[A-Z]{2,5}\\b))?");

  private DateFinder() {}

  /**
   * The first date in the line, most precise form first.
   *
   * @param line the line to search
   * @param yearAlone whether a bare year counts (only in a line known to be a byline)
   */
  public static Optional<Found> find(String line, boolean yearAlone) {
    Matcher iso = ISO.matcher(line);
    if (iso.find()) {
      Optional<Found> f = fromIso(line, iso);
      if (f.isPresent()) {
        return f;
      }
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(line);
    Matcher dmy = DAY_MONTH_YEAR.matcher(line);
    boolean hasMdy = mdy.find();
    boolean hasDmy = dmy.find();
    if (hasMdy && (!hasDmy || mdy.start() <= dmy.start())) {
      Optional<Found> f = withTime(line, mdy, mdy.group(1), mdy.group(2), mdy.group(3));
      if (f.isPresent()) {
        return f;
      }
    }
    if (hasDmy) {
      Optional<Found> f = withTime(line, dmy, dmy.group(2), dmy.group(1), dmy.group(3));
      if (f.isPresent()) {
        return f;
      }
    }
    Matcher my = MONTH_YEAR.matcher(line);
    if (my.find()) {
      String iso7 = String.format(Locale.ROOT, "%s-%02d", my.group(2), month(my.group(1)));
      return Optional.of(new Found(iso7, cut(line, my.start(), my.end())));
    }
    Matcher y = yearAlone ? YEAR.matcher(line) : null;
    if (y != null && y.find()) {
      return Optional.of(new Found(y.group(1), cut(line, y.start(), y.end())));
    }
    return Optional.empty();
  }

  private static Optional<Found> fromIso(String line, Matcher m) {
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      String iso = date.toString();
      if (m.group(4) != null) {
        String zone = m.group(7) == null ? "" : offset(m.group(7), date.atStartOfDay());
        iso +=
            "T"
                + m.group(4)
                + ":"
                + m.group(5)
                + (m.group(6) == null ? "" : ":" + m.group(6))
                + zone;
      }
      return Optional.of(new Found(iso, cut(line, m.start(), m.end())));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Found> withTime(
      String line, Matcher date, String monthName, String day, String year) {
    LocalDate d;
    try {
      d = LocalDate.of(Integer.parseInt(year), month(monthName), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    String rest = cut(line, date.start(), date.end());
    Matcher t = TIME.matcher(rest);
    if (!t.find()) {
      return Optional.of(new Found(d.toString(), rest));
    }
    int hour = Integer.parseInt(t.group(1));
    if (t.group(4) != null) {
      boolean pm = Character.toLowerCase(t.group(4).charAt(0)) == 'p';
      if (hour < 1 || hour > 12) {
        return Optional.of(new Found(d.toString(), rest));
      }
      hour = hour % 12 + (pm ? 12 : 0);
    }
    int minute = Integer.parseInt(t.group(2));
    String time = String.format(Locale.ROOT, "%02d:%02d", hour, minute);
    if (t.group(3) != null) {
      time += ":" + t.group(3);
    }
    String zone = "";
    if (t.group(5) != null) {
      zone = offset(t.group(5), d.atTime(hour, minute));
    }
    return Optional.of(new Found(d + "T" + time + zone, cut(rest, t.start(), t.end())));
  }

  /** The ISO offset for a zone as written; "" when the zone is unknown or ambiguous. */
  private static String offset(String zone, LocalDateTime local) {
    return Zones.inProse(zone, local).map(ZoneOffset::getId).orElse("");
  }

  private static int month(String name) {
    return Months.number(name);
  }

  private static String cut(String s, int start, int end) {
    return s.substring(0, start) + " " + s.substring(end);
  }
}
