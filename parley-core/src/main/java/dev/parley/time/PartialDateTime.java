package dev.parley.time;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date to the precision known ({@link PartialDate}: a day, a month or a year), with
 * the time of day when one is given and its offset when the zone is known. Written as ISO 8601
 * exactly as the readers of this package write it: {@code 2019}, {@code 2019-06}, {@code
 * 2019-06-30}, {@code 2019-06-30T08:14Z}, {@code 2019-07-02T09:30:00-04:00}, {@code
 * 2019-06-30T08:14} (zone unknown); {@link #parse} reads that form back.
 *
 * @param date the date, to its precision
 * @param time the time of day, or null; only with a date known to the day
 * @param seconds whether the seconds are written ({@code 08:30:00} rather than {@code 08:30})
 * @param offset the offset from UTC, or null when the zone is unknown; only with a time
 */
public record PartialDateTime(PartialDate date, LocalTime time, boolean seconds, ZoneOffset offset)
    implements Comparable<PartialDateTime> {

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)"
              + "(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:\\d{2})?)?");

  public PartialDateTime {
    Objects.requireNonNull(date, "date");
    if (time != null && date.precision() != PartialDate.Precision.DAY) {
      throw new IllegalArgumentException(
          "a time needs a date known to the day: " + date + "T" + time);
    }
    if (offset != null && time == null) {
      throw new IllegalArgumentException("an offset needs a time: " + date + offset);
    }
    if (time == null) {
      seconds = false;
    } else if (!seconds && (time.getSecond() != 0 || time.getNano() != 0)) {
      throw new IllegalArgumentException("a time with seconds must write them: " + time);
    }
  }

  /** A date alone. */
  public static PartialDateTime of(PartialDate date) {
    return new PartialDateTime(date, null, false, null);
  }

  /**
   * Reads the ISO form {@link #toString} writes (the whole string). Empty when {@code iso} is null
   * or not in that form, or not a real date.
   */
  public static Optional<PartialDateTime> parse(String iso) {
    if (iso == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(iso.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<PartialDate> date = PartialDate.parse(m.group(1));
    if (date.isEmpty() || m.group(2) == null) {
      return date.map(PartialDateTime::of);
    }
    try {
      int nanos =
          m.group(5) == null ? 0 : Integer.parseInt((m.group(5) + "00000000").substring(0, 9));
      LocalTime time =
          LocalTime.of(
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
              nanos);
      ZoneOffset offset = m.group(6) == null ? null : ZoneOffset.of(m.group(6));
      return Optional.of(new PartialDateTime(date.get(), time, m.group(4) != null, offset));
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads a date as a source gives it (a JSONL field, a feed, a stored value): the ISO form first,
   * then the date {@link DateFinder} finds in it ("2019-06-30 08:00:00.000+0000", "June 30, 2019")
   * unless the text starts with another ISO date, which is then read alone ("2019-06-30garbage").
   * Empty when there is none.
   */
  public static Optional<PartialDateTime> read(String given) {
    if (given == null || given.isBlank()) {
      return Optional.empty();
    }
    Optional<PartialDateTime> exact = parse(given);
    if (exact.isPresent()) {
      return exact;
    }
    Optional<PartialDate> leading = PartialDate.parse(given);
    Optional<PartialDateTime> found =
        DateFinder.find(given.strip(), true).flatMap(f -> parse(f.iso()));
    if (found.isPresent() && (leading.isEmpty() || leading.get().equals(found.get().date()))) {
      return found;
    }
    return leading.map(PartialDateTime::of);
  }

  /** The ISO text of {@code value}, or null for null. */
  public static String text(PartialDateTime value) {
    return value == null ? null : value.toString();
  }

  @Override
  public String toString() {
    if (time == null) {
      return date.toString();
    }
    String t =
        seconds
            ? DateTimeFormatter.ISO_LOCAL_TIME.format(time)
            : String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    return date + "T" + t + (offset == null ? "" : offset.getId());
  }

  /** By date (see {@link PartialDate#compareTo}), then time, undated times first. */
  @Override
  public int compareTo(PartialDateTime o) {
    int c = date.compareTo(o.date);
    if (c != 0 || Objects.equals(time, o.time)) {
      return c;
    }
    if (time == null || o.time == null) {
      return time == null ? -1 : 1;
    }
    return time.compareTo(o.time);
  }
}
