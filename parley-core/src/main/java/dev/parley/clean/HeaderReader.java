package dev.parley.clean;

import dev.parley.ingest.Hints;
import dev.parley.time.DateFinder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the title, outlet and byline lines among the first kept lines of a text. It walks the lines
 * before the body and stops at the first line that is none of them: that line and all after it are
 * body. One headline-like line under the title (a standfirst) stays in the body without ending the
 * header, so that a byline under it is still found.
 */
final class HeaderReader {
  static final String TITLE = "title";
  static final String OUTLET = "outlet";
  static final String BYLINE = "byline";

  private static final int MAX_HEADER_LINES = 6;
  private static final int MAX_TITLE_POSITION = 3;
  private static final int MAX_TITLE_WORDS = 20;
  private static final int MAX_TITLE_CHARS = 200;

  /** How far above a page dump's body its header is looked for, in non-blank lines. */
  private static final int MAX_ABOVE_LINES = 8;

  /** How far above the byline (or the body) a page dump's title may stand. */
  private static final int MAX_TITLE_DISTANCE = 4;

  /** A page dump's title has at least this many words; a shorter line is a menu entry. */
  private static final int MIN_ABOVE_TITLE_WORDS = 3;

  private static final Pattern LABEL = Pattern.compile("^[\\p{L} ]{1,30}:\\s*\\d");
  private static final Pattern BY_LEAD = Pattern.compile("^by\\s", Pattern.CASE_INSENSITIVE);

  /**
   * What the header held.
   *
   * @param roles line index to role ({@link #TITLE}, {@link #OUTLET}, {@link #BYLINE})
   * @param firstBody index of the first body line, or the line count when there is none
   */
  record Header(
      Map<Integer, String> roles,
      int firstBody,
      String title,
      String outlet,
      String byline,
      String published) {}

  private HeaderReader() {}

  /**
   * Reads the header.
   *
   * @param lines the normalised lines (blank lines empty)
   * @param rules the boilerplate rule of each line, null for a kept or blank line
   * @param hints what came with the input (a title equal to a line marks that line)
   */
  static Header read(String[] lines, String[] rules, Hints hints) {
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isEmpty() && rules[i] == null) {
        kept.add(i);
      }
    }
    boolean blankSeparated = hasInnerBlank(lines);
    Map<Integer, String> roles = new LinkedHashMap<>();
    String title = null;
    String outlet = null;
    String byline = null;
    String published = null;
    String bylineOutlet = null;
    boolean dek = false;
    int firstBody = lines.length;
    for (int k = 0; k < kept.size(); k++) {
      int i = kept.get(k);
      String line = lines[i];
      String next = k + 1 < kept.size() ? lines[kept.get(k + 1)] : null;
      Optional<Bylines.Byline> b = k < MAX_HEADER_LINES ? Bylines.parse(line) : Optional.empty();
      if (b.isPresent()) {
        roles.put(i, BYLINE);
        byline = byline == null ? line : byline;
        published = published == null ? b.get().published() : published;
        bylineOutlet = bylineOutlet == null ? b.get().outlet() : bylineOutlet;
      } else if (k < MAX_HEADER_LINES && outlet == null && isOutlet(line, next, title != null)) {
        roles.put(i, OUTLET);
        outlet = withoutSection(line);
      } else if (title == null
          && k < MAX_TITLE_POSITION
          && (matchesHint(line, hints)
              || (headlineLike(line) && wellPlaced(i, lines, rules, blankSeparated)))) {
        roles.put(i, TITLE);
        title = line;
      } else if (title != null && !dek && k < MAX_HEADER_LINES && headlineLike(line)) {
        dek = true; // a standfirst under the title: it stays in the body, the header goes on
      } else {
        firstBody = i;
        break;
      }
    }
    return new Header(
        roles, firstBody, title, outlet != null ? outlet : bylineOutlet, byline, published);
  }

  /**
   * Reads the header of a page dump, which stands just above the body region among lines already
   * removed as page chrome: the byline nearest the body within {@value #MAX_ABOVE_LINES} lines, and
   * the title, the headline nearest above that byline (or, with no byline, nearest above the body)
   * that is not a menu entry of one or two words, a "By …" line, a line with a date or a "Label: 2
   * …" line.
   *
   * @param lines the normalised lines (blank lines empty)
   * @param rules each line's removal rule so far; only lines removed as {@code chromeRules} are
   *     read
   * @param bodyStart the index of the body region's first line
   */
  static Header readAbove(String[] lines, String[] rules, int bodyStart, Set<String> chromeRules) {
    List<Integer> window = new ArrayList<>();
    for (int i = bodyStart - 1; i >= 0 && window.size() < MAX_ABOVE_LINES; i--) {
      if (!lines[i].isEmpty()) {
        window.add(i);
      }
    }
    Map<Integer, String> roles = new LinkedHashMap<>();
    String byline = null;
    String published = null;
    String outlet = null;
    int titleFrom = 0;
    for (int k = 0; k < window.size(); k++) {
      int i = window.get(k);
      Optional<Bylines.Byline> b =
          chromeRules.contains(rules[i]) ? Bylines.parse(lines[i]) : Optional.empty();
      if (b.isPresent()) {
        roles.put(i, BYLINE);
        byline = lines[i];
        published = b.get().published();
        outlet = b.get().outlet();
        titleFrom = k + 1;
        break;
      }
    }
    String title = null;
    for (int k = titleFrom; k < Math.min(window.size(), titleFrom + MAX_TITLE_DISTANCE); k++) {
      int i = window.get(k);
      if (chromeRules.contains(rules[i])
          && headlineLike(lines[i])
          && Shape.tokens(lines[i]).size() >= MIN_ABOVE_TITLE_WORDS
          && !BY_LEAD.matcher(lines[i]).find()
          && DateFinder.find(lines[i], false).isEmpty()
          && !LABEL.matcher(lines[i]).find()) {
        roles.put(i, TITLE);
        title = lines[i];
        break;
      }
    }
    return new Header(roles, bodyStart, title, outlet, byline, published);
  }

  /**
   * An outlet line: before the title, a name that reads as an outlet and is not followed by another
   * such name (then it is a title-case headline); after the title, a short proper name.
   */
  /** "Pacific Courier — Americas": the outlet's name without its section. */
  static String withoutSection(String line) {
    String[] parts = line.split("\\s+[\u2014\u2013|]\\s+|\\s+-\\s+", 2);
    if (parts.length == 2
        && !parts[0].isBlank()
        && Shape.tokens(parts[1]).size() <= 3
        && Shape.startsUpper(parts[1].strip())
        && !parts[1].matches(".*[.,;:!?\"\u201c\u201d]\\s*$")
        && !parts[0].equals(parts[0].toUpperCase(java.util.Locale.ROOT))) {
      return parts[0].strip();
    }
    return line;
  }

  private static boolean isOutlet(String fullLine, String next, boolean afterTitle) {
    String line = withoutSection(fullLine);
    if (afterTitle) {
      return Shape.outletName(line) || (Shape.properName(line) && Shape.tokens(line).size() <= 3);
    }
    return Shape.outletName(line) && (next == null || !Shape.outletName(next));
  }

  private static boolean matchesHint(String line, Hints hints) {
    return hints.title() != null && Shape.normalise(hints.title()).equalsIgnoreCase(line);
  }

  /** Short, capitalised, and not ending like a sentence or a dateline. */
  static boolean headlineLike(String line) {
    if (line.isEmpty() || line.length() > MAX_TITLE_CHARS) {
      return false;
    }
    List<String> tokens = Shape.tokens(line);
    if (tokens.isEmpty() || tokens.size() > MAX_TITLE_WORDS) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (".,;:-\u2013\u2014".indexOf(last) >= 0) {
      return false;
    }
    return Shape.startsUpper(tokens.get(0)) && line.codePoints().anyMatch(Character::isLetter);
  }

  /**
   * A title is followed by a blank line, the end, or an outlet or byline line; in a text with no
   * blank lines between paragraphs, by anything.
   */
  private static boolean wellPlaced(int i, String[] lines, String[] rules, boolean blankSeparated) {
    for (int j = i + 1; j < lines.length; j++) {
      if (lines[j].isEmpty()) {
        return true;
      }
      if (rules[j] == null) {
        return !blankSeparated
            || Bylines.parse(lines[j]).isPresent()
            || Shape.properName(withoutSection(lines[j]));
      }
    }
    return true;
  }

  private static boolean hasInnerBlank(String[] lines) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isEmpty()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    for (int i = first + 1; i < last; i++) {
      if (lines[i].isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
