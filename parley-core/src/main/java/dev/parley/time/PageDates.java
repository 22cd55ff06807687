package dev.parley.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as pages write them (a year before 1990 or after 2100 is taken for a
 * misreading, not a date: web news starts in the 1990s) (ISO stamps with odd separators or offsets,
 * dates in URLs, "June 28, 2019" and "28 June 2019") and writes them as ISO 8601.
 */
public final class PageDates {

  private static final Pattern ISO =
      Pattern.compile(
          "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*"
              + "(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?");
  private static final Pattern COMPACT =
      Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2}))?");
  private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + Months.NAME + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?"
              + Months.NAME
              + "\\.?,?\\s+((?:19|20)\\d{2})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_IN_TEXT =
      Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");

  private PageDates() {}

  /** A machine-written stamp (meta content, JSON-LD, a datetime attribute) as ISO, or null. */
  public static String fromStamp(String s) {
    if (s == null) {
      return null;
    }
    s = s.strip();
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      String date = date(m.group(1), m.group(2), m.group(3));
      if (date == null) {
        return null;
      }
      if (m.group(4) == null) {
        return date;
      }
      int hour = Integer.parseInt(m.group(4));
      if (hour > 23) {
        return date;
      }
      String time =
          String.format(
              Locale.ROOT, "%02d:%s:%s", hour, m.group(5), m.group(6) == null ? "00" : m.group(6));
      return date + "T" + time + zone(m.group(7));
    }
    m = SLASHED.matcher(s);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(s);
    if (m.find() && s.length() <= 15) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    return fromText(s);
  }

  /**
   * The first date written out in prose ("June 28, 2019", "28 June 2019", "2019-06-28"), or null.
   */
  public static String fromText(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = MONTH_DAY_YEAR.matcher(s);
    String best = null;
    int bestAt = Integer.MAX_VALUE;
    if (m.find()) {
      String d = date(m.group(3), String.valueOf(Months.number(m.group(1))), m.group(2));
      if (d != null) {
        best = d;
        bestAt = m.start();
      }
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.find() && m.start() < bestAt) {
      String d = date(m.group(3), String.valueOf(Months.number(m.group(2))), m.group(1));
      if (d != null) {
        best = d;
        bestAt = m.start();
      }
    }
    m = ISO_IN_TEXT.matcher(s);
    if (m.find() && m.start() < bestAt) {
      String d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        best = d;
      }
    }
    return best;
  }

  /** A date in a URL path ({@code /2019/06/28/}), or null. */
  public static String fromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
  }

  private static String zone(String z) {
    if (z == null) {
      return "";
    }
    if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
      return "Z";
    }
    String digits = z.replace(":", "");
    return digits.substring(0, 3) + ":" + digits.substring(3);
  }

  private static String date(String y, String mo, String d) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      if (date.getYear() < 1990 || date.getYear() > 2100) {
        return null;
      }
      return date.toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
