package dev.parley.time;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one table of time-zone names Parley reads, for bylines and feeds alike: abbreviations with a
 * fixed offset (the RFC 822 names among them), generic US names whose offset depends on the date
 * ("ET"), and numeric offsets ("GMT+1", "+0900", "-04:00").
 */
public final class Zones {

  /** Abbreviations with one fixed offset. */
  private static final Map<String, ZoneOffset> FIXED =
      Map.ofEntries(
          Map.entry("GMT", ZoneOffset.UTC),
          Map.entry("UTC", ZoneOffset.UTC),
          Map.entry("UT", ZoneOffset.UTC),
          Map.entry("Z", ZoneOffset.UTC),
          Map.entry("BST", hours(1)),
          Map.entry("CET", hours(1)),
          Map.entry("CEST", hours(2)),
          Map.entry("EET", hours(2)),
          Map.entry("EEST", hours(3)),
          Map.entry("MSK", hours(3)),
          Map.entry("KST", hours(9)),
          Map.entry("JST", hours(9)),
          Map.entry("HKT", hours(8)),
          Map.entry("SGT", hours(8)),
          Map.entry("AEST", hours(10)),
          Map.entry("AEDT", hours(11)),
          Map.entry("EST", hours(-5)),
          Map.entry("EDT", hours(-4)),
          Map.entry("CST", hours(-6)),
          Map.entry("CDT", hours(-5)),
          Map.entry("MST", hours(-7)),
          Map.entry("MDT", hours(-6)),
          Map.entry("PST", hours(-8)),
          Map.entry("PDT", hours(-7)));

  /**
   * Names that RFC 822 fixes but that prose uses two ways ("CST" is US Central and China Standard
   * Time): read only in feed dates.
   */
  private static final Set<String> RFC822_ONLY = Set.of("CST");

  /** Generic US names whose offset depends on the date (summer time). */
  private static final Map<String, String> REGIONS =
      Map.of(
          "ET",
          "America/New_York",
          "CT",
          "America/Chicago",
          "MT",
          "America/Denver",
          "PT",
          "America/Los_Angeles");

  private static final Pattern NUMERIC =
      Pattern.compile("^(?:GMT|UTC)?([+-])(\\d{1,2})(?::?(\\d{2}))?$");

  private Zones() {}

  /**
   * The offset of a zone as an article writes it next to a time; empty when unknown or ambiguous.
   *
   * @param written the zone ("KST", "ET", "GMT +1", "+0900"); spaces are ignored
   * @param local the local date-time it qualifies, for names whose offset depends on the date
   */
  public static Optional<ZoneOffset> inProse(String written, LocalDateTime local) {
    String z = written.replace(" ", "");
    return RFC822_ONLY.contains(z) ? Optional.empty() : offset(z, local);
  }

  /** The offset of an RFC 822 zone (any case) in a feed date; empty when unknown. */
  public static Optional<ZoneOffset> inFeed(String written, LocalDateTime local) {
    return offset(written.strip().toUpperCase(Locale.ROOT), local);
  }

  private static Optional<ZoneOffset> offset(String z, LocalDateTime local) {
    if (FIXED.containsKey(z)) {
      return Optional.of(FIXED.get(z));
    }
    if (REGIONS.containsKey(z)) {
      return Optional.of(ZoneId.of(REGIONS.get(z)).getRules().getOffset(local));
    }
    Matcher m = NUMERIC.matcher(z);
    if (m.matches()) {
      int h = Integer.parseInt(m.group(2));
      int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      if (h <= 14 && min < 60) {
        int sign = m.group(1).equals("-") ? -1 : 1;
        return Optional.of(ZoneOffset.ofHoursMinutes(sign * h, sign * min));
      }
    }
    return Optional.empty();
  }

  private static ZoneOffset hours(int h) {
    return ZoneOffset.ofHours(h);
  }
}
