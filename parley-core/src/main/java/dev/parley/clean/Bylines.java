package dev.parley.clean;

import dev.parley.text.Words;
import dev.parley.time.DateFinder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a byline/date line near the top of an article and reads its date and outlet: "- The
 * Harbour Times - Friday, June 28, 2019", "By Jane Roe | June 30, 2019", "Published 30 June 2019
 * 08:14 GMT", "June 30, 2019".
 */
final class Bylines {

  /**
   * What a byline line says.
   *
   * @param published ISO date or date-time, or null
   * @param outlet the outlet named in it, or null
   */
  record Byline(String published, String outlet) {}

  private static final int MAX_CHARS = 300;

  private static final Pattern BY = Pattern.compile("^By\\s+\\p{Lu}");
  private static final Pattern DASH_LEAD = Pattern.compile("^[-\u2013\u2014\u2022|\u00B7]+\\s");
  private static final Pattern KEYWORD_LEAD =
      Pattern.compile(
          "^(first published|last updated|last modified|published|updated|posted|date|dated)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[.,])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PIECE_SEPARATOR =
      Pattern.compile("(?:^|\\s)[-\u2013\u2014|\u00B7\u2022]+(?:\\s|$)");

  /** Lower-case words a byline may hold besides names. */
  private static final Set<String> BYLINE_WORDS =
      Words.set(
          """
          on at by and of the for in updated published posted staff writer
          writers reporter reporters correspondent editor senior chief
          contributor contributing bureau desk min mins read am pm a.m. p.m.
          last first modified date dated news de la van von bin al
          """);

  private Bylines() {}

  /** The byline this line is, or empty when it is not one. */
  static Optional<Byline> parse(String line) {
    if (line.length() > MAX_CHARS) {
      return Optional.empty();
    }
    List<String> tokens = Shape.tokens(line);
    if (tokens.isEmpty() || tokens.size() > 25) {
      return Optional.empty();
    }
    boolean by = BY.matcher(line).find();
    boolean dash = DASH_LEAD.matcher(line).find();
    boolean keyword = KEYWORD_LEAD.matcher(line).find();
    Optional<DateFinder.Found> date = DateFinder.find(line, by || dash || keyword);
    String rest = date.map(DateFinder.Found::rest).orElse(line);
    if (by) {
      rest = rest.replaceFirst("^\\s*By\\s+", " ");
    }
    List<String> restWords = nameWords(rest);
    if (restWords == null) {
      return Optional.empty();
    }
    String outlet = outlet(line);
    boolean isByline;
    if (by) {
      isByline = restWords.size() <= 15;
    } else if (dash) {
      isByline = date.isPresent() || outlet != null;
    } else if (keyword) {
      isByline = date.isPresent();
    } else {
      isByline = date.isPresent() && restWords.size() <= 5;
    }
    if (!isByline) {
      return Optional.empty();
    }
    return Optional.of(new Byline(date.map(DateFinder.Found::iso).orElse(null), outlet));
  }

  /**
   * The words left beside the date when each is a name part or a byline word; null when one is an
   * ordinary lower-case word, as in a sentence ("Kim met Trump on June 30, 2019.").
   */
  private static List<String> nameWords(String rest) {
    String s = WEEKDAY.matcher(rest).replaceAll(" ");
    s =
        s.replaceAll("[|\u00B7\u2022,:;()\\[\\]]", " ")
            .replaceAll("(?<=\\s|^)[-\u2013\u2014]+(?=\\s|$)", " ");
    List<String> tokens =
        Shape.tokens(s).stream()
            .filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit))
            .toList();
    for (String t : tokens) {
      String lower = t.toLowerCase(Locale.ROOT);
      if (!Shape.startsUpper(t) && !BYLINE_WORDS.contains(lower)) {
        return null;
      }
    }
    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).endsWith(".")) {
      String last = tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT);
      if (!last.equals("a.m.") && !last.equals("p.m.") && !last.matches("\\p{L}\\.")) {
        return null; // a sentence, not a byline
      }
    }
    return tokens;
  }

  /** The outlet a byline names in a piece of its own: "- The Harbour Times - Friday, …". */
  private static String outlet(String line) {
    for (String piece : PIECE_SEPARATOR.split(line)) {
      String p = piece.strip();
      if (p.isEmpty()
          || BY.matcher(p).find()
          || KEYWORD_LEAD.matcher(p).find()
          || WEEKDAY.matcher(p).find()
          || DateFinder.find(p, true).isPresent()) {
        continue;
      }
      if (Shape.outletName(p)) {
        return p;
      }
    }
    return null;
  }
}
