package dev.parley.clean;

import dev.parley.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small facts about the shape of one line of text, shared by the cleaner's parts. */
final class Shape {
  private static final Pattern ODD_SPACE = Pattern.compile("[\\t\\u000B\\f]");
  private static final Pattern SPACE_RUN = Pattern.compile("\\h{2,}");
  private static final Pattern SENTENCE_END =
      Pattern.compile("[.!?\u2026][\"'\u201D\u2019\u00BB)\\]]*$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019]+");

  /** Words that may stay lower case inside a proper name ("Bank of Korea", "The Times"). */
  private static final Set<String> NAME_CONNECTORS =
      Set.of(
          "of", "the", "and", "&", "for", "de", "du", "des", "la", "le", "el", "al", "am", "on",
          "in", "y", "e", "-", "\u2013");

  /** Words that mark a proper name as a news outlet's rather than a person's. */
  private static final Set<String> OUTLET_WORDS =
      Words.set(
          """
          times post news journal herald tribune guardian telegraph gazette
          chronicle observer independent daily weekly press agency wire ledger
          review express mail mirror star standard examiner inquirer globe
          monitor insider today radio television tv broadcasting network media
          magazine economist courier dispatch bulletin record reuters bloomberg
          associated ilbo shimbun nikkei
          """);

  private Shape() {}

  /** Strips the line and collapses runs of horizontal space (and any tab) to one space. */
  static String normalise(String line) {
    String s = ODD_SPACE.matcher(line).replaceAll(" ");
    return SPACE_RUN.matcher(s).replaceAll(" ").strip();
  }

  /** Ends with sentence-final punctuation, possibly followed by closing quotes or brackets. */
  static boolean endsSentence(String s) {
    return SENTENCE_END.matcher(s).find();
  }

  /** The line's words in lower case, without punctuation. */
  static List<String> words(String s) {
    return words(s, Integer.MAX_VALUE);
  }

  /** The first {@code limit} words of the line in lower case, without punctuation. */
  static List<String> words(String s, int limit) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (out.size() < limit && m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The line split on white space, punctuation kept. */
  static List<String> tokens(String s) {
    String t = s.strip();
    return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
  }

  /** Starts with an upper-case letter or a digit (after any opening quote or bracket). */
  static boolean startsUpper(String token) {
    int i = 0;
    while (i < token.length() && "\"'(\u201C\u2018[".indexOf(token.charAt(i)) >= 0) {
      i++;
    }
    if (i >= token.length()) {
      return false;
    }
    int cp = token.codePointAt(i);
    return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp);
  }

  /**
   * A short proper-name line: one to six words, each capitalised or a name connector, no final
   * punctuation other than a closing bracket. "Bloomberg", "The Daily Ledger", "Korea Herald".
   */
  static boolean properName(String s) {
    if (s.isEmpty() || s.length() > 60) {
      return false;
    }
    List<String> tokens = tokens(s);
    if (tokens.isEmpty() || tokens.size() > 6) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (".,;:!?\u2014\u2013-".indexOf(last) >= 0) {
      return false;
    }
    int capitalised = 0;
    for (String t : tokens) {
      if (startsUpper(t)) {
        capitalised++;
      } else if (!NAME_CONNECTORS.contains(t.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return capitalised > 0 && Character.isLetter(s.codePointAt(0)) && startsUpper(tokens.get(0));
  }

  /**
   * A proper name that reads as an outlet rather than a person or a headline: one word
   * ("Bloomberg", "AP"), "The" and one or two words ("The Hill"), or a name with an outlet word
   * ("Korea Herald").
   */
  static boolean outletName(String s) {
    if (!properName(s)) {
      return false;
    }
    List<String> tokens = tokens(s);
    if (tokens.size() == 1 || (tokens.get(0).equals("The") && tokens.size() <= 3)) {
      return true;
    }
    return words(s).stream().anyMatch(OUTLET_WORDS::contains);
  }
}
