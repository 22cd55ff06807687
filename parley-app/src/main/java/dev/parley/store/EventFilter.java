package dev.parley.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which events {@link Store#events} returns. Every field may be null (no condition).
 *
 * @param source prefix of the source actor code ({@code USA} matches {@code USAGOV}); upper-cased
 * @param target prefix of the target actor code; events with no target never match it
 * @param codePrefix prefix of the CAMEO event code ({@code 03} matches {@code 036})
 * @param from first day, inclusive: an event matches when its date range (a month-precision date
 *     covers the whole month) overlaps {@code [from, to]}; events with no date never match a date
 *     condition
 * @param to last day, inclusive
 */
public record EventFilter(
    String source, String target, String codePrefix, LocalDate from, LocalDate to) {

  /** No condition: every event. */
  public static final EventFilter ALL = new EventFilter(null, null, null, null, null);

  public EventFilter {
    source = code("source", source);
    target = code("target", target);
    codePrefix = code("codePrefix", codePrefix);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("event filter: from " + from + " is after to " + to);
    }
  }

  public EventFilter withSource(String prefix) {
    return new EventFilter(prefix, target, codePrefix, from, to);
  }

  public EventFilter withTarget(String prefix) {
    return new EventFilter(source, prefix, codePrefix, from, to);
  }

  public EventFilter withCode(String prefix) {
    return new EventFilter(source, target, prefix, from, to);
  }

  public EventFilter withFrom(LocalDate day) {
    return new EventFilter(source, target, codePrefix, day, to);
  }

  public EventFilter withTo(LocalDate day) {
    return new EventFilter(source, target, codePrefix, from, day);
  }

  private static String code(String name, String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.isEmpty()) {
      throw new IllegalArgumentException("event filter: " + name + " must not be blank");
    }
    return v.toUpperCase(Locale.ROOT);
  }
}
