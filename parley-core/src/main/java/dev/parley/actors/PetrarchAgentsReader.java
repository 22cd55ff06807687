package dev.parley.actors;

import dev.parley.actors.PetrarchText.Line;
import dev.parley.actors.PetrarchText.Skip;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH/Phoenix agent dictionary ({@code .agents}) into Parley's {@link Agent}s. The
 * subset read (documented for users in the README beside the actor files):
 *
 * <ul>
 *   <li>{@code PHRASE [~CODE]}: the phrase is the agent word, the code its sector, joined after the
 *       country the word is attached to ({@code POLICE [~COP]}: "Kenyan police" is KENCOP). A code
 *       longer than a sector keeps its first three letters ({@code ~GOVFRM} is GOV).
 *   <li>Plurals: a regular plural is added ({@code PRESIDENT} gives "presidents", {@code DEPUTY}
 *       "deputies", {@code BOSS} "bosses"); {@code PHRASE {PLURAL} [~CODE]} gives the plural
 *       instead, and {@code {}} none.
 *   <li>Substitution sets: {@code !PERSON! = MAN, MEN, WOMAN} defines one, and {@code
 *       CONGRESS!PERSON! [~LEG]} then stands for each form, with no plural added.
 * </ul>
 *
 * <p>Skipped with a note: codes placed before the country ({@code [NGO~]}: a Parley agent word only
 * adds a sector after a country), codes without {@code ~}, lines without a code, an unknown
 * substitution set, and lines starting with other markers.
 */
final class PetrarchAgentsReader {
  private static final Pattern SECTOR = Pattern.compile("[A-Z]{3}");
  private static final Pattern MARKER = Pattern.compile("!([A-Za-z0-9_]+)!");

  private final ActorFileParser parser;
  private final PetrarchReport report;
  private final Map<String, List<String>> sets = new HashMap<>();

  private PetrarchAgentsReader(ActorFileParser parser, PetrarchReport report) {
    this.parser = parser;
    this.report = report;
  }

  /** Reads {@code file} into {@code parser}; what was read and skipped goes to {@code report}. */
  static void read(Path file, ActorFileParser parser, PetrarchReport report) {
    PetrarchAgentsReader reader = new PetrarchAgentsReader(parser, report);
    for (Line line : PetrarchText.read(file, report)) {
      try {
        reader.line(line.text().strip());
      } catch (Skip s) {
        report.skip(line.number(), s.getMessage());
      }
    }
  }

  private void line(String text) throws Skip {
    char first = text.charAt(0);
    if (text.indexOf('!') >= 0 && text.indexOf('=') >= 0) {
      defineSet(text);
      return;
    }
    if (!Character.isLetterOrDigit(first) && first != '!') {
      throw new Skip("a line starting with '" + first + "' is not read");
    }
    int open = text.indexOf('[');
    int close = text.indexOf(']', open + 1);
    if (open < 0 || close < 0) {
      throw new Skip("no [code]: an agent needs one");
    }
    String sector = sector(text.substring(open + 1, close).strip());
    String phrase = text.substring(0, open);
    if (phrase.indexOf('!') >= 0) {
      for (String form : expand(phrase)) {
        parser.putAgent(form, sector);
      }
      report.entry();
      return;
    }
    String plural = null;
    int brace = phrase.indexOf('{');
    if (brace >= 0) {
      int end = phrase.indexOf('}', brace);
      if (end < 0) {
        throw new Skip("'{' without '}'");
      }
      String inside = phrase.substring(brace + 1, end);
      plural = inside.isBlank() ? "" : PetrarchText.phrase(PetrarchText.words(inside));
      phrase = phrase.substring(0, brace);
    }
    String singular = PetrarchText.phrase(PetrarchText.words(phrase));
    if (plural == null) {
      plural = plural(singular);
    }
    parser.putAgent(singular, sector);
    if (!plural.isEmpty()) {
      parser.putAgent(plural, sector);
    }
    report.entry();
  }

  /** {@code ~GOV} is GOV; {@code ~GOVFRM} is GOV too, counted as shortened. */
  private String sector(String code) throws Skip {
    if (code.endsWith("~")) {
      throw new Skip(
          "code '"
              + code
              + "' goes before the country, and a Parley agent word only adds a sector after it");
    }
    if (!code.startsWith("~")) {
      throw new Skip("code '" + code + "' is not an agent code (~ and a sector, such as ~GOV)");
    }
    String body = code.substring(1);
    if (body.length() < 3
        || body.length() % 3 != 0
        || !body.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      throw new Skip("code '" + code + "' is not ~ and upper-case letters in threes");
    }
    String sector = body.substring(0, 3);
    if (!SECTOR.matcher(sector).matches()) {
      throw new Skip("code '" + code + "' has no sector");
    }
    if (body.length() > 3) {
      report.shortened();
    }
    return sector;
  }

  /** {@code !NAME! = A, B, C}. */
  private void defineSet(String text) throws Skip {
    int eq = text.indexOf('=');
    var m = MARKER.matcher(text.substring(0, eq).strip());
    if (!m.matches()) {
      throw new Skip("a substitution set is defined as !NAME! = FORM, FORM, ...");
    }
    List<String> forms = new ArrayList<>();
    for (String item : text.substring(eq + 1).split(",")) {
      if (!item.isBlank()) {
        forms.add(item.strip());
      }
    }
    if (forms.isEmpty()) {
      throw new Skip("substitution set !" + m.group(1) + "! has no forms");
    }
    sets.put(m.group(1), forms);
  }

  /** Each phrase a substitution set's marker stands for: CONGRESS!PERSON! is congressman, ... */
  private List<String> expand(String phrase) throws Skip {
    var m = MARKER.matcher(phrase);
    if (!m.find()) {
      throw new Skip("'!' in '" + phrase.strip() + "' is not a !NAME! substitution marker");
    }
    List<String> forms = sets.get(m.group(1));
    if (forms == null) {
      throw new Skip("substitution set !" + m.group(1) + "! is not defined above this line");
    }
    List<String> out = new ArrayList<>();
    for (String form : forms) {
      String whole = phrase.substring(0, m.start()) + form + phrase.substring(m.end());
      out.add(PetrarchText.phrase(PetrarchText.words(whole)));
    }
    return out;
  }

  /**
   * PETRARCH's regular plural of the last word: +ES after S, Y to IES after a consonant, else +S.
   * (After a vowel, Y takes S: "envoys", where PETRARCH would write "envoies", which no text has.)
   */
  static String plural(String phrase) {
    char last = phrase.charAt(phrase.length() - 1);
    char before = phrase.length() > 1 ? phrase.charAt(phrase.length() - 2) : ' ';
    if (last == 's') {
      return phrase + "es";
    }
    if (last == 'y' && "aeiou".indexOf(before) < 0) {
      return phrase.substring(0, phrase.length() - 1) + "ies";
    }
    return phrase + "s";
  }
}
