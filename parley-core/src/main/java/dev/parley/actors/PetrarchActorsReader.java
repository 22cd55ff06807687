package dev.parley.actors;

import dev.parley.actors.PetrarchText.Line;
import dev.parley.actors.PetrarchText.Skip;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a PETRARCH/Phoenix actor dictionary ({@code .actors}) into Parley's entries. The subset
 * read (the README beside the actor files documents it for users):
 *
 * <ul>
 *   <li>An entry starts with a line holding a phrase in PETRARCH's form ({@code DONALD_TRUMP_}),
 *       optionally followed by a code ({@code AFGHANISTAN_ [AFG]}). Lines starting with {@code +}
 *       add synonyms. Lines holding {@code [CODE]} or {@code [CODE RESTRICTION]} (indented or not)
 *       add codes; a restriction is {@code <DATE}, {@code >DATE} or {@code DATE-DATE}, both ends
 *       included, with dates YYMMDD or YYYYMMDD.
 *   <li>An entry with dated codes is a {@link Person}: its first phrase is the name, the others
 *       aliases, each dated code a {@link Role}, and an undated code the default that holds
 *       whenever no dated one does.
 *   <li>An entry with only an undated code is a {@link Country}'s extra names when the code is a
 *       known country ({@code AFG}), else a {@link NamedActor} with that fixed code.
 * </ul>
 *
 * <p>Anything else is skipped with a note: {@code {...}} blocks, lines starting with other markers,
 * phrases with PETRARCH syntax Parley has no use for, malformed codes and dates, and an entry
 * without a code.
 */
final class PetrarchActorsReader {
  /**
   * Two-digit years up to this are 20YY, the others 19YY: PETRARCH's own rule (kept from KEDS and
   * TABARI), so that a Phoenix file means what its authors meant. Write YYYYMMDD for 2031 on.
   */
  static final int PIVOT = 30;

  /** Where a default code's role starts: before every dated role, so that any of them beats it. */
  static final LocalDate ALWAYS = LocalDate.MIN;

  /** Where a "before DATE" role starts: after {@link #ALWAYS}, so that it beats the default. */
  static final LocalDate BEFORE = LocalDate.MIN.plusDays(1);

  private static final Pattern CODE = Pattern.compile("\\[([^\\]\\[]*)\\].*");
  private static final Pattern DATE = Pattern.compile("\\d{6}|\\d{8}");

  private final ActorFileParser parser;
  private final PetrarchReport report;
  private final String fileName;
  private Entry entry; // the entry being read; null before the first and after a skipped one
  private boolean skipping; // the entry line was skipped: its + and [ lines go with it

  private record Code(String code, LocalDate from, LocalDate to, String text, int line) {
    boolean dated() {
      return from != null;
    }
  }

  private static final class Entry {
    final int line;
    final Set<String> names = new LinkedHashSet<>();
    final List<Code> codes = new ArrayList<>();

    Entry(int line) {
      this.line = line;
    }
  }

  private PetrarchActorsReader(ActorFileParser parser, PetrarchReport report, Path file) {
    this.parser = parser;
    this.report = report;
    Path name = file.getFileName();
    this.fileName = name == null ? file.toString() : name.toString();
  }

  /** Reads {@code file} into {@code parser}; what was read and skipped goes to {@code report}. */
  static void read(Path file, ActorFileParser parser, PetrarchReport report) {
    new PetrarchActorsReader(parser, report, file).read(PetrarchText.read(file, report));
  }

  private void read(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String text = line.text().strip();
      char first = text.charAt(0);
      try {
        if (first == '{') {
          i = skipBlock(lines, i);
        } else if (first == '+') {
          synonym(text.substring(1));
        } else if (first == '[') {
          code(text, line.number());
        } else if (Character.isLetterOrDigit(first)) {
          entryLine(text, line.number());
        } else {
          throw new Skip("a line starting with '" + first + "' is not read");
        }
      } catch (Skip s) {
        report.skip(line.number(), s.getMessage());
      }
    }
    finish();
  }

  /**
   * Skips a {@code {...}} block that starts on line {@code i}; returns the index of its last line.
   */
  private int skipBlock(List<Line> lines, int i) {
    int end = i;
    while (end < lines.size() && lines.get(end).text().indexOf('}') < 0) {
      end++;
    }
    Line first = lines.get(i);
    if (end == lines.size()) {
      report.skip(first.number(), "a '{' block is never closed: the rest of the file is not read");
      return end;
    }
    int last = lines.get(end).number();
    report.skip(
        first.number(),
        "a {...} block"
            + (last == first.number() ? "" : " (to line " + last + ")")
            + " is not read");
    return end;
  }

  private void entryLine(String text, int number) throws Skip {
    finish();
    skipping = true; // until the line proves readable
    int bracket = text.indexOf('[');
    String phrase = bracket < 0 ? text : text.substring(0, bracket);
    Entry e = new Entry(number);
    try {
      e.names.add(PetrarchText.name(PetrarchText.words(phrase)));
      if (bracket >= 0) {
        e.codes.add(parseCode(text.substring(bracket), number));
      }
    } catch (Skip s) {
      throw new Skip(s.getMessage() + "; the entry's + and [ lines go with it");
    }
    entry = e;
    skipping = false;
  }

  private void synonym(String phrase) throws Skip {
    if (skipping) {
      return;
    }
    if (entry == null) {
      throw new Skip("a synonym line before any entry");
    }
    if (phrase.indexOf('[') >= 0) {
      throw new Skip("a code on a synonym line is not read: give codes lines of their own");
    }
    entry.names.add(PetrarchText.name(PetrarchText.words(phrase)));
  }

  private void code(String text, int number) throws Skip {
    if (skipping) {
      return;
    }
    if (entry == null) {
      throw new Skip("a code line before any entry");
    }
    entry.codes.add(parseCode(text, number));
  }

  /** {@code [CODE]}, {@code [CODE <DATE]}, {@code [CODE >DATE]} or {@code [CODE DATE-DATE]}. */
  private static Code parseCode(String text, int number) throws Skip {
    Matcher m = CODE.matcher(text.strip());
    if (!m.matches()) {
      throw new Skip("'" + text.strip() + "' is not [CODE] or [CODE RESTRICTION]");
    }
    String inside = m.group(1).strip();
    String[] parts = inside.split("\\s+", 2);
    String code = parts[0];
    if (!ActorFileParser.ACTOR_CODE.matcher(code).matches()) {
      throw new Skip("code '" + code + "' is not 3 to 15 upper-case letters, in threes");
    }
    String restriction = parts.length < 2 ? "" : parts[1].replace(" ", "");
    if (restriction.isEmpty()) {
      return new Code(code, null, null, inside, number);
    }
    if (restriction.startsWith("<")) {
      return new Code(code, BEFORE, date(restriction.substring(1)).plusDays(1), inside, number);
    }
    if (restriction.startsWith(">")) {
      return new Code(code, date(restriction.substring(1)), null, inside, number);
    }
    int dash = restriction.indexOf('-');
    if (dash < 0) {
      throw new Skip("restriction '" + restriction + "' is not <DATE, >DATE or DATE-DATE");
    }
    LocalDate from = date(restriction.substring(0, dash));
    LocalDate last = date(restriction.substring(dash + 1));
    if (last.isBefore(from)) {
      throw new Skip("interval " + restriction + " ends before it starts");
    }
    return new Code(code, from, last.plusDays(1), inside, number);
  }

  /** YYMMDD (00-30 are 20YY, 31-99 19YY) or YYYYMMDD. */
  static LocalDate date(String text) throws Skip {
    if (!DATE.matcher(text).matches()) {
      throw new Skip("date '" + text + "' is not YYMMDD or YYYYMMDD");
    }
    int year;
    int at;
    if (text.length() == 6) {
      int yy = Integer.parseInt(text.substring(0, 2));
      year = yy <= PIVOT ? 2000 + yy : 1900 + yy;
      at = 2;
    } else {
      year = Integer.parseInt(text.substring(0, 4));
      at = 4;
    }
    try {
      return LocalDate.of(
          year,
          Integer.parseInt(text.substring(at, at + 2)),
          Integer.parseInt(text.substring(at + 2, at + 4)));
    } catch (DateTimeException e) {
      throw new Skip("date '" + text + "' is not a day of the calendar");
    }
  }

  /** Turns the entry read so far into Parley entries. */
  private void finish() {
    Entry e = entry;
    entry = null;
    if (e == null) {
      return;
    }
    List<String> names = List.copyOf(e.names);
    if (e.codes.isEmpty()) {
      report.skip(e.line, "entry '" + names.get(0) + "' has no code");
      return;
    }
    List<Code> dated = e.codes.stream().filter(Code::dated).toList();
    List<Code> defaults = e.codes.stream().filter(c -> !c.dated()).toList();
    // as in PETRARCH, a later undated code replaces an earlier one
    Code fallback = defaults.isEmpty() ? null : defaults.get(defaults.size() - 1);
    if (dated.isEmpty()) {
      if (fallback.code().length() == 3 && parser.countries.containsKey(fallback.code())) {
        addCountryNames(parser.countries.get(fallback.code()), names);
      } else {
        parser.mergeNamed(new NamedActor(fallback.code(), names));
      }
    } else {
      List<Role> roles = new ArrayList<>();
      if (fallback != null) {
        roles.add(new Role(fallback.code(), ALWAYS, null, title(fallback)));
      }
      for (Code c : dated) {
        roles.add(new Role(c.code(), c.from(), c.to(), title(c)));
      }
      String name = names.get(0);
      parser.mergePerson(
          new Person(Person.idFor(name), name, names.subList(1, names.size()), roles));
    }
    report.entry();
  }

  /**
   * Adds names to a known country, leaving out those it already has in any role: Phoenix lists
   * capitals and demonyms as plain synonyms, and "Kabul" must stay the government's seat.
   */
  private void addCountryNames(Country country, List<String> names) {
    Set<String> known =
        java.util.stream.Stream.of(
                country.names(), country.demonyms(), country.capitals(), country.seats())
            .flatMap(List::stream)
            .map(Gazetteer::key)
            .collect(Collectors.toSet());
    List<String> fresh = names.stream().filter(n -> !known.contains(Gazetteer.key(n))).toList();
    if (!fresh.isEmpty()) {
      parser.mergeCountry(new Country(country.code(), fresh, List.of(), List.of(), List.of()));
    }
  }

  /** The role's title, which {@code parley resolve} shows: the code line and where it came from. */
  private String title(Code c) {
    return "[" + c.text() + "] (" + fileName + ":" + c.line() + ")";
  }
}
