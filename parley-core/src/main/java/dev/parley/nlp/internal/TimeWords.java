package dev.parley.nlp.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap screen for sentences that may hold a time expression: one with a digit or an English time
 * word (months, weekdays, time units, parts of the day, seasons, decades, frequencies, holidays,
 * deictic words such as "now", "recently", "ago", and the number words that start a year written
 * out). SUTime costs more than the rest of NER together, and runs only on sentences that pass; the
 * list is a superset of the words SUTime's English rules start from, so a sentence that fails has
 * no time expression to find. Passing sentences that have none only costs time.
 */
public final class TimeWords {
  private static final Set<String> WORDS =
      Set.of(
          // months and their abbreviations ("may" is checked apart: it is usually a modal verb)
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          // weekdays and their abbreviations
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon",
          "tue",
          "tues",
          "wed",
          "weds",
          "thu",
          "thur",
          "thurs",
          "fri",
          "sat",
          "sun",
          // deictic and relative words
          "today",
          "tonight",
          "tonite",
          "yesterday",
          "tomorrow",
          "now",
          "nowadays",
          "current",
          "currently",
          "recent",
          "recently",
          "lately",
          "past",
          "present",
          "future",
          "previous",
          "previously",
          "prior",
          "earlier",
          "later",
          "latest",
          "once",
          "twice",
          "thrice",
          "ago",
          "hence",
          "medieval",
          "time",
          "times",
          // units
          "second",
          "sec",
          "millisecond",
          "millisec",
          "minute",
          "min",
          "hour",
          "hr",
          "day",
          "daytime",
          "daylight",
          "week",
          "wk",
          "weekend",
          "weekday",
          "workweek",
          "workday",
          "fortnight",
          "month",
          "mo",
          "quarter",
          "year",
          "yr",
          "decade",
          "century",
          "centuries",
          "millennium",
          "millennia",
          "millenia",
          "millenium",
          "season",
          // parts of the day
          "morning",
          "afternoon",
          "evening",
          "night",
          "nighttime",
          "overnight",
          "noon",
          "midday",
          "midnight",
          "dusk",
          "dawn",
          "daybreak",
          "sunrise",
          "sunup",
          "sunset",
          "sundown",
          "twilight",
          "teatime",
          "lunchtime",
          "dinnertime",
          "suppertime",
          // seasons
          "spring",
          "summer",
          "fall",
          "autumn",
          "winter",
          // frequencies
          "daily",
          "weekly",
          "monthly",
          "yearly",
          "annual",
          "annually",
          "quarterly",
          "hourly",
          "nightly",
          "biweekly",
          "biannual",
          "biannually",
          "semiannual",
          "semiannually",
          // decades written out
          "twenties",
          "thirties",
          "forties",
          "fifties",
          "sixties",
          "seventies",
          "eighties",
          "nineties",
          "oughts",
          "noughts",
          "teens",
          // holidays named by one word ("New Year", "Mother's Day" carry "year", "day")
          "christmas",
          "xmas",
          "easter",
          "thanksgiving",
          "halloween",
          "eve",
          "ides",
          "nones");

  private TimeWords() {}

  /** True when one of the words has a digit or is a time word (any case, plural, or with "."). */
  public static boolean mayHoldTime(List<String> words) {
    for (String w : words) {
      if (isTimeWord(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean isTimeWord(String word) {
    if (word.equals("May") || word.equals("MAY")) {
      return true;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    for (String part : word.toLowerCase(Locale.ROOT).split("[-/]")) {
      String p = part.endsWith(".") ? part.substring(0, part.length() - 1) : part;
      // "nineteen ninety-six", "twenty nineteen": years written out
      if (WORDS.contains(p)
          || p.endsWith("teen")
          || p.equals("twenty")
          || (p.endsWith("s") && WORDS.contains(p.substring(0, p.length() - 1)))
          || (p.endsWith("ies") && WORDS.contains(p.substring(0, p.length() - 3) + "y"))) {
        return true;
      }
    }
    return false;
  }
}
