package dev.parley.timex;

import dev.parley.nlp.Sentence;
import dev.parley.nlp.Timex;
import dev.parley.nlp.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parley's corrections to SUTime for news, each a rule on one expression: a weekday or a month
 * named without a year is read by the tense of its clause (news reports the past: "Tuesday" in "met
 * on Tuesday" is the Tuesday before the publication date, where SUTime takes the next one); "N
 * weeks ago" has the precision of its unit; "the quarter" of an earnings report is the last
 * completed one, and "a year ago" beside it is that quarter a year before; decades and centuries
 * get TIMEX3 values ("197", "19"); ages, "once", "previously" and frequency adjectives are not time
 * expressions.
 */
final class NewsRules {
  private static final Map<String, String> PARTS =
      Map.of("morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?:on |early |late |last |this |next )*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?(?: (morning|afternoon|evening|night))?");
  private static final Pattern WEEKDAYS_PLURAL =
      Pattern.compile(
          "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(s?)(?: (morning|afternoon|evening|night)(s?))?");
  private static final Pattern MONTH =
      Pattern.compile(
          "(?:early |late |mid-?|in |the end of |the beginning of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?: (\\d{1,2})(?:st|nd|rd|th)?)?");
  private static final Pattern AGO =
      Pattern.compile(
          "(?:about |almost |nearly |more than |some |roughly |around |over |just |only |less than |at least )?"
              + "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+) (day|week|month|year|decade)s? (ago|earlier|before)");
  private static final Pattern VAGUE_AGO =
      Pattern.compile(
          "(?:a few|several|some|many|a couple of) (?:days|weeks|months|years|decades) (?:ago|earlier|before)");
  private static final Pattern QUARTER =
      Pattern.compile("the (?:latest |most recent |recent |just-ended |last )?quarter");
  private static final Pattern YEAR_AGO = Pattern.compile("(?:a|one) year (?:ago|earlier)");
  private static final Pattern FISCAL_YEAR =
      Pattern.compile("the (?:fiscal |financial |company's )?year");
  private static final Pattern DECADE =
      Pattern.compile("(?:the )?(?:early |mid-?|late )?(1\\d|20)(\\d)0'?s");
  private static final Pattern CENTURY =
      Pattern.compile("(?:the )?(\\d{1,2})(?:st|nd|rd|th) century");
  private static final Pattern AGE =
      Pattern.compile("\\d+[- ]years?[- ]olds?|\\d+ (?:years?|months?) old|[a-z]+-year-olds?");
  private static final Pattern WEEK = Pattern.compile("(last|this|next) week");
  private static final Pattern MONTH_NAME =
      Pattern.compile(
          "(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\\.?|january|february|march|april|june|july|august|september|october|november|december");
  private static final Pattern WEEKEND = Pattern.compile("(?:the|this|last|next) weekend");
  private static final Set<String> NOT_TIME =
      Set.of("once", "previously", "quarterly", "annually", "sec", "day");

  /** The number words to twelve, each at its value's index. */
  private static final List<String> NUMBER_WORDS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve");

  private NewsRules() {}

  /** The day a weekday's name ("monday", as the rules' patterns match it) names. */
  private static DayOfWeek weekday(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** The value of "a", "an", a number word to twelve, or digits. */
  private static int number(String n) {
    if (n.equals("a") || n.equals("an")) {
      return 1;
    }
    int k = NUMBER_WORDS.indexOf(n);
    return k >= 0 ? k : Integer.parseInt(n);
  }

  /** What a rule makes of one SUTime expression: drop it, or give it this type and value. */
  record Reading(boolean drop, TimexType type, String value) {
    static final Reading DROP = new Reading(true, null, null);
  }

  /**
   * Parley's reading of a SUTime expression, if a rule applies.
   *
   * @param dct the publication date, or null when it is not known to the day
   */
  static Optional<Reading> read(Sentence s, Timex t, LocalDate dct) {
    return read(s, t, dct, false);
  }

  /**
   * @param quarterly whether the article reports a quarter ("third-quarter net"): its "a year ago"
   *     beside a result is that quarter a year before
   */
  static Optional<Reading> read(Sentence s, Timex t, LocalDate dct, boolean quarterly) {
    String text = t.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    if (NOT_TIME.contains(text) && !(text.equals("sec") && !t.text().equals("SEC"))) {
      return Optional.of(Reading.DROP);
    }
    if (t.text().matches("(?:the |The )?SEC")) {
      // the Securities and Exchange Commission, not a second
      return Optional.of(Reading.DROP);
    }
    if (AGE.matcher(text).matches()) {
      return Optional.of(Reading.DROP);
    }
    Token first = s.tokens().get(t.firstToken());
    if (t.firstToken() == t.lastToken()
        && (first.pos().startsWith("VB")
            || "PERSON".equals(first.ner())
            || (MONTH_NAME.matcher(text).matches()
                && t.lastToken() + 1 < s.tokens().size()
                && s.tokens().get(t.lastToken() + 1).pos().startsWith("NNP")))) {
      // "prosecutors might present", "Czech Foreign Minister Jan Kavan": a verb or a first name
      return Optional.of(Reading.DROP);
    }
    if ((text.equals("future")
            || text.equals("annual")
            || text.equals("daily")
            || text.equals("current"))
        && t.lastToken() + 1 < s.tokens().size()
        && s.tokens().get(t.firstToken()).pos().startsWith("JJ")
        && s.tokens().get(t.lastToken() + 1).pos().startsWith("NN")) {
      // "future generations", "annual report": an adjective, not a time
      return Optional.of(Reading.DROP);
    }
    Matcher m;
    if ((m = DECADE.matcher(text)).matches()) {
      return Optional.of(new Reading(false, TimexType.DATE, m.group(1) + m.group(2)));
    }
    if ((m = CENTURY.matcher(text)).matches()) {
      int c = Integer.parseInt(m.group(1));
      return Optional.of(
          new Reading(false, TimexType.DATE, String.format(Locale.ROOT, "%02d", c - 1)));
    }
    if ((m = WEEKDAYS_PLURAL.matcher(text)).matches()
        && (!m.group(2).isEmpty() || (m.group(4) != null && !m.group(4).isEmpty()))) {
      // "Mondays", "Tuesday nights": every one
      int d = weekday(m.group(1)).getValue();
      String part = m.group(3) == null ? "" : "T" + PARTS.get(m.group(3));
      return Optional.of(new Reading(false, TimexType.SET, "XXXX-WXX-" + d + part));
    }
    if (dct == null) {
      return Optional.empty();
    }
    Tense tense = Tense.of(s, t.firstToken(), t.lastToken());
    if ((m = WEEKDAY.matcher(text)).matches()) {
      DayOfWeek day = weekday(m.group(1));
      boolean future = text.contains("next ") || (!text.contains("last ") && tense == Tense.FUTURE);
      LocalDate date =
          future
              ? dct.with(TemporalAdjusters.nextOrSame(day))
              : text.contains("last ")
                  ? dct.with(
                      TemporalAdjusters.previous(day)) // "last Monday" on a Monday is a week back
                  : dct.with(TemporalAdjusters.previousOrSame(day));
      if (m.group(2) != null) {
        return Optional.of(new Reading(false, TimexType.TIME, date + "T" + PARTS.get(m.group(2))));
      }
      return Optional.of(new Reading(false, TimexType.DATE, date.toString()));
    }
    if ((m = MONTH.matcher(text)).matches()
        && !text.equals("may")
        && !text.startsWith("mar ")
        && monthOf(m.group(1)) > 0) {
      int month = monthOf(m.group(1));
      int day = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      int year = dct.getYear();
      int here = month * 100 + day;
      int now = dct.getMonthValue() * 100 + (day == 0 ? 0 : dct.getDayOfMonth());
      if (tense == Tense.PAST
          && here > now + (day == 0 ? 0 : 1)
          && month - dct.getMonthValue() >= 2
          && !deadline(s, t)) {
        year--;
      } else if (tense == Tense.FUTURE && here < now && dct.getMonthValue() - month >= 2) {
        year++;
      }
      if (day > 0 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
        return Optional.empty();
      }
      String value =
          day == 0
              ? String.format(Locale.ROOT, "%04d-%02d", year, month)
              : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
      return Optional.of(new Reading(false, TimexType.DATE, value));
    }
    if (QUARTER.matcher(text).matches() && tense != Tense.FUTURE) {
      return Optional.of(new Reading(false, TimexType.DATE, quarter(lastQuarter(dct))));
    }
    if (FISCAL_YEAR.matcher(text).matches()
        && t.lastToken() + 1 < s.tokens().size()
        && Set.of("ended", "ending", "ends")
            .contains(s.tokens().get(t.lastToken() + 1).word().toLowerCase(Locale.ROOT))) {
      // "for the year ended Aug. 31": a twelve-month period named by its end, not the calendar year
      return Optional.of(new Reading(false, TimexType.DURATION, "P1Y"));
    }
    if (YEAR_AGO.matcher(text).matches()
        && (mentions(s, "quarter", "period")
            || (quarterly
                && mentions(
                    s,
                    "share",
                    "net",
                    "earnings",
                    "revenue",
                    "sales",
                    "profit",
                    "income",
                    "loss")))) {
      return Optional.of(
          new Reading(false, TimexType.DATE, quarter(lastQuarter(dct).minusYears(1))));
    }
    if ((m = AGO.matcher(text)).matches()) {
      int k = number(m.group(1));
      return Optional.of(new Reading(false, TimexType.DATE, ago(dct, k, m.group(2))));
    }
    if (VAGUE_AGO.matcher(text).matches()) {
      return Optional.of(new Reading(false, TimexType.DATE, "PAST_REF"));
    }
    if ((m = WEEK.matcher(text)).matches()) {
      int shift =
          switch (m.group(1)) {
            case "last" -> -7;
            case "next" -> 7;
            default -> 0;
          };
      return Optional.of(new Reading(false, TimexType.DATE, week(dct.plusDays(shift))));
    }
    if (WEEKEND.matcher(text).matches()) {
      boolean future =
          text.startsWith("next") || (!text.startsWith("last") && tense == Tense.FUTURE);
      LocalDate sat =
          future
              ? dct.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
              : dct.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      return Optional.of(new Reading(false, TimexType.DATE, week(sat) + "-WE"));
    }
    return Optional.empty();
  }

  /**
   * Expressions SUTime does not find, as new time expressions over tokens of {@code s} that no
   * expression of {@code taken} covers: "the year-earlier quarter", "the year-ago period",
   * "year-earlier" results. In a quarterly report they are the reported quarter a year before, else
   * the year before.
   */
  static java.util.List<Timex> missed(
      Sentence s, java.util.List<Timex> taken, LocalDate dct, boolean quarterly, String text) {
    java.util.List<Timex> out = new java.util.ArrayList<>();
    if (dct == null) {
      return out;
    }
    java.util.List<Token> tk = s.tokens();
    for (int i = 0; i < tk.size(); i++) {
      String w = tk.get(i).word().toLowerCase(Locale.ROOT);
      int start = i;
      if (w.equals("year")
          && i + 2 < tk.size()
          && tk.get(i + 1).word().equals("-")
          && Set.of("earlier", "ago").contains(tk.get(i + 2).word().toLowerCase(Locale.ROOT))) {
        // the tokenizer splits "year-earlier" at its hyphen
        i += 2;
      } else if (!w.equals("year-earlier") && !w.equals("year-ago")) {
        continue;
      }
      int first = start > 0 && tk.get(start - 1).word().equalsIgnoreCase("the") ? start - 1 : start;
      int last = i;
      if (i + 1 < tk.size()
          && Set.of("quarter", "period").contains(tk.get(i + 1).word().toLowerCase(Locale.ROOT))) {
        last = i + 1;
      } else {
        first = start;
      }
      boolean covered = false;
      for (Timex t : taken) {
        covered |= t.firstToken() <= last && first <= t.lastToken();
      }
      if (covered) {
        continue;
      }
      String value =
          quarterly ? quarter(lastQuarter(dct).minusYears(1)) : Integer.toString(dct.getYear() - 1);
      int begin = tk.get(first).begin();
      int end = tk.get(last).end();
      out.add(
          new Timex(
              first,
              last,
              begin,
              end,
              TimexType.DATE.name(),
              value,
              dev.parley.text.CodePoints.slice(text, begin, end)));
    }
    return out;
  }

  /**
   * Words before a date that look ahead whatever the tense of the clause: "payable Dec. 7",
   * "effective Feb. 1", "by March".
   */
  private static final Set<String> DEADLINE_WORDS =
      Set.of("payable", "effective", "record", "by", "until", "through", "due", "before");

  private static boolean deadline(Sentence s, Timex t) {
    int before = t.firstToken() - 1;
    if (before >= 0 && s.tokens().get(before).word().equalsIgnoreCase("on")) {
      before--;
    }
    return before >= 0
        && DEADLINE_WORDS.contains(s.tokens().get(before).word().toLowerCase(Locale.ROOT));
  }

  private static boolean mentions(Sentence s, String... words) {
    for (Token t : s.tokens()) {
      for (String w : words) {
        if (t.lemma().toLowerCase(Locale.ROOT).equals(w)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int monthOf(String prefix) {
    return switch (prefix) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> 0;
    };
  }

  /** The first day of the last quarter completed before {@code d}. */
  private static LocalDate lastQuarter(LocalDate d) {
    LocalDate thisQuarter = d.withDayOfMonth(1).withMonth(((d.getMonthValue() - 1) / 3) * 3 + 1);
    return thisQuarter.minusMonths(3);
  }

  private static String quarter(LocalDate first) {
    return first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
  }

  private static String week(LocalDate d) {
    return String.format(
        Locale.ROOT,
        "%04d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** {@code k} units before {@code dct}, to the precision of the unit. */
  static String ago(LocalDate dct, int k, String unit) {
    return switch (unit) {
      case "day" -> dct.minusDays(k).toString();
      case "week" -> week(dct.minusWeeks(k));
      case "month" -> dct.minusMonths(k).toString().substring(0, 7);
      case "year" -> Integer.toString(dct.getYear() - k);
      case "decade" -> Integer.toString((dct.getYear() - 10 * k) / 10);
      default -> throw new IllegalArgumentException("unit: " + unit);
    };
  }
}
