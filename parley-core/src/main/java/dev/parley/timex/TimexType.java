package dev.parley.timex;

/**
 * The four TIMEX3 types (TimeML): a calendar date or period, a clock time, a length, a recurrence.
 */
public enum TimexType {
  DATE,
  TIME,
  DURATION,
  SET;

  /** The type of a TIMEX3 type name as SUTime writes it; null when it is none of the four. */
  static TimexType of(String name) {
    if (name == null) {
      return null;
    }
    return switch (name) {
      case "DATE" -> DATE;
      case "TIME" -> TIME;
      case "DURATION" -> DURATION;
      case "SET" -> SET;
      default -> null;
    };
  }
}
