package dev.parley.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article in a page dump: scraped text that holds a whole web page, one text block a
 * line, so that menus, link lists, related headlines and footers come as long runs of short lines
 * around the article's prose. Each line is first classed by its own shape (prose, a shorter
 * sentence, a short line, or boilerplate), the main body region is the run of lines with the most
 * prose in it net of the short and boilerplate lines inside it, and a short line inside the region
 * stays only when prose surrounds it (a subheading, a one-line quote) rather than other short lines
 * (a menu) and has a letter. A short line the page shows more than once (a menu repeated in the
 * footer), a further copy of a longer line, and a block followed by its own parts one a line go as
 * repeated. A text that is not a page dump, such as an article with a few boilerplate lines, is
 * left as it is.
 */
final class PageDump {
  static final String OFF_BODY = "off-body";
  static final String PAGE_CHROME = "page-chrome";
  static final String REPEATED = "repeated";

  /** A page dump has at least this many menu-like lines... */
  private static final int MIN_MENU_LINES = 12;

  /** ...and they are at least this share of its non-blank lines. */
  private static final double MIN_MENU_SHARE = 0.3;

  /** A page dump has at least this many menu-like lines that no boilerplate rule removed. */
  private static final int MIN_UNREMOVED_MENU_LINES = 6;

  /** A menu-like line has at most this many words. */
  private static final int MENU_WORDS = 4;

  /** A line broken mid-sentence after more than this many words is hard-wrapped prose. */
  private static final int WRAPPED_WORDS = 6;

  /** A gap between prose lines with more short lines than this is a menu or a link list. */
  private static final int MAX_GAP_SHORT = 2;

  /** A gap with more lines than this, boilerplate included, is page furniture. */
  private static final int MAX_GAP_LINES = 3;

  /** What one line is, by its own shape. */
  enum Kind {
    /** Removed by a boilerplate rule already. */
    BOILERPLATE,
    /** Long running text with sentence punctuation, not in title case. */
    PROSE,
    /** A shorter sentence, or long text without sentence punctuation; neither in title case. */
    SENTENCE,
    /** Anything shorter: a heading, a link, a label, a name. */
    SHORT
  }

  /** The rules this step removes lines by. */
  static final Set<String> RULES = Set.of(OFF_BODY, PAGE_CHROME, REPEATED);

  private PageDump() {}

  /**
   * What this step found.
   *
   * @param pageDump whether the text is a page dump (when not, nothing else was looked for)
   * @param rules the rule that removes each line as page chrome ({@link #OFF_BODY}, {@link
   *     #PAGE_CHROME}, {@link #REPEATED}), null for a line this step keeps or leaves to others
   * @param bodyStart the index of the body region's first line (0 when not a page dump)
   */
  record Layout(boolean pageDump, String[] rules, int bodyStart) {}

  /**
   * Reads the layout of a text.
   *
   * @param lines the normalised lines (blank lines empty)
   * @param rules the boilerplate rule of each line, null for a kept or blank line
   */
  static Layout read(String[] lines, String[] rules) {
    if (!isPageDump(lines, rules)) {
      return new Layout(false, new String[lines.length], 0);
    }
    String[] out = new String[lines.length];
    Kind[] kinds = new Kind[lines.length];
    int[] chars = new int[lines.length];
    int[] scores = new int[lines.length];
    Map<String, Integer> counts = new HashMap<>();
    for (String l : lines) {
      if (!l.isEmpty()) {
        counts.merge(l, 1, Integer::sum);
      }
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      LineShape shape = LineShape.of(lines[i]);
      chars[i] = shape.chars();
      kinds[i] = rules[i] != null ? Kind.BOILERPLATE : shape.kind();
      boolean again = !seen.add(lines[i]);
      if (kinds[i] == Kind.SHORT && counts.get(lines[i]) > 1
          || kinds[i] != Kind.BOILERPLATE && (again || container(i, lines))) {
        out[i] = REPEATED;
        kinds[i] = Kind.BOILERPLATE;
      }
    }
    for (int i = 0; i < lines.length; i++) {
      scores[i] = BodyRegion.score(kinds[i], chars[i], rules[i]);
    }
    int[] region = BodyRegion.densest(scores);
    int start = withDateline(region[0], lines, kinds);
    for (int i = 0; i < lines.length; i++) {
      if (kinds[i] == null || kinds[i] == Kind.BOILERPLATE) {
        continue;
      }
      if (i < start || i >= region[1]) {
        out[i] = OFF_BODY;
      } else if (kinds[i] == Kind.SHORT
          && i >= region[0]
          && (inMenu(i, kinds) || lines[i].codePoints().noneMatch(Character::isLetter))) {
        out[i] = PAGE_CHROME;
      }
    }
    return new Layout(true, out, start);
  }

  /**
   * A line that is the lines after it joined: a block of the page whose inner blocks follow it one
   * a line (a teaser's headline, source and summary, then each of them again).
   */
  static boolean container(int i, String[] lines) {
    String whole = lines[i];
    int at = 0;
    int parts = 0;
    String previous = null;
    for (int j = i + 1; j < lines.length && at < whole.length(); j++) {
      String part = lines[j];
      if (part.isEmpty()) {
        continue;
      }
      if (!whole.startsWith(part, at)) {
        if (previous != null && previous.contains(part)) {
          continue; // a block inside the previous one ("Name" inside "Name says:")
        }
        return false;
      }
      previous = part;
      parts++;
      at += part.length();
      while (at < whole.length() && Character.isWhitespace(whole.charAt(at))) {
        at++;
      }
    }
    return parts >= 2 && at == whole.length();
  }

  /** The region's start, moved up over a dateline alone on the line before it ("SEOUL —"). */
  private static int withDateline(int start, String[] lines, Kind[] kinds) {
    int i = start - 1;
    while (i >= 0 && kinds[i] == null) {
      i--;
    }
    if (i >= 0 && kinds[i] == Kind.SHORT && Datelines.place(lines[i] + " x").isPresent()) {
      return i;
    }
    return start;
  }

  /**
   * A short line in a gap between prose lines that is too long to be a subheading or a caption:
   * more than {@value #MAX_GAP_SHORT} short lines, or more than {@value #MAX_GAP_LINES} lines with
   * the boilerplate ones.
   */
  private static boolean inMenu(int i, Kind[] kinds) {
    int shortLines = 0;
    int all = 0;
    for (int step : new int[] {-1, 1}) {
      for (int j = i + step; j >= 0 && j < kinds.length; j += step) {
        if (kinds[j] == null) {
          continue;
        }
        if (kinds[j] == Kind.PROSE || kinds[j] == Kind.SENTENCE) {
          break;
        }
        all++;
        if (kinds[j] == Kind.SHORT) {
          shortLines++;
        }
      }
    }
    return shortLines + 1 > MAX_GAP_SHORT || all + 1 > MAX_GAP_LINES;
  }

  /**
   * Many menu-like lines (boilerplate, or at most {@value #MENU_WORDS} words that do not end a
   * sentence), making up a large share of the text, some of them left by the boilerplate rules
   * (else those rules have done the work), and not hard-wrapped prose (where many lines of more
   * than {@value #WRAPPED_WORDS} words break mid-sentence): a page's text blocks, not an article.
   */
  static boolean isPageDump(String[] lines, String[] rules) {
    int nonBlank = 0;
    int menuLike = 0;
    int unremoved = 0;
    int midSentence = 0;
    LineShape previous = null;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      nonBlank++;
      LineShape shape = LineShape.of(lines[i]);
      if (rules[i] != null) {
        menuLike++;
      } else if (shape.words() <= MENU_WORDS && !shape.sentenceEnd()) {
        menuLike++;
        unremoved++;
      }
      if (previous != null
          && !previous.sentenceEnd()
          && previous.words() > WRAPPED_WORDS
          && Character.isLowerCase(lines[i].codePointAt(0))) {
        midSentence++;
      }
      previous = shape;
    }
    return menuLike >= MIN_MENU_LINES
        && menuLike >= MIN_MENU_SHARE * nonBlank
        && unremoved >= MIN_UNREMOVED_MENU_LINES
        && midSentence * 4 < nonBlank;
  }
}
