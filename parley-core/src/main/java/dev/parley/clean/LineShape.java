package dev.parley.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The features of one line that tell prose from page furniture, in any language that separates
 * words: its length, its sentence punctuation, and how many of its words are capitalised (a menu
 * entry or a headline in title case capitalises most of them, running text few).
 *
 * @param chars its length in code points
 * @param words its word count
 * @param tokens how many pieces white space splits it into
 * @param sentenceEnd whether it ends with sentence-final punctuation
 * @param innerSentences how many sentence ends it has before its last
 * @param titleCase whether most of its (at least three) cased words start with a capital
 */
record LineShape(
    int chars, int words, int tokens, boolean sentenceEnd, int innerSentences, boolean titleCase) {
  /** Prose has at least this many characters... */
  static final int PROSE_CHARS = 80;

  /** ...or, with a sentence end, a sentence at least this many words. */
  static final int SENTENCE_WORDS = 5;

  /**
   * A line of at most two space-separated pieces (a script that does not separate words) is prose
   * from this length.
   */
  static final int UNSPACED_PROSE_CHARS = 40;

  private static final Pattern INNER_SENTENCE_END =
      Pattern.compile(
          "[.!?\u2026\u3002][\"'\u201D\u2019\u00BB)\\]]*\\s+[\"'\u201C\u2018\u00AB(]*\\p{Lu}");

  static LineShape of(String line) {
    List<String> tokens = Shape.tokens(line);
    int cased = 0;
    int capitalised = 0;
    for (String t : tokens) {
      int first = firstLetter(t);
      if (first < 0 || !(Character.isUpperCase(first) || Character.isLowerCase(first))) {
        continue;
      }
      cased++;
      if (Character.isUpperCase(first)) {
        capitalised++;
      }
    }
    int inner = 0;
    var m = INNER_SENTENCE_END.matcher(line);
    while (m.find()) {
      inner++;
    }
    return new LineShape(
        line.codePointCount(0, line.length()),
        Shape.words(line).size(),
        tokens.size(),
        Shape.endsSentence(line) || line.endsWith("\u3002"),
        inner,
        cased >= 3 && capitalised * 10 >= cased * 7);
  }

  /** What the line is by its own shape (never {@link PageDump.Kind#BOILERPLATE}). */
  PageDump.Kind kind() {
    boolean punctuated = sentenceEnd || innerSentences > 0;
    boolean unspaced = tokens <= 2 && chars >= UNSPACED_PROSE_CHARS;
    if ((chars >= PROSE_CHARS || unspaced) && punctuated && !titleCase) {
      return PageDump.Kind.PROSE;
    }
    if (!titleCase && (chars >= PROSE_CHARS || words >= SENTENCE_WORDS && sentenceEnd)) {
      return PageDump.Kind.SENTENCE;
    }
    return PageDump.Kind.SHORT;
  }

  private static int firstLetter(String token) {
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      if (Character.isLetter(cp)) {
        return cp;
      }
      if (Character.isDigit(cp)) {
        return -1;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }
}
