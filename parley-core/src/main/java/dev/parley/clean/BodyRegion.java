package dev.parley.clean;

import java.util.Set;

/**
 * The main body region of a page dump: the run of lines whose prose outweighs most the short and
 * boilerplate lines inside it (the maximum-sum run, each line scored by its kind and length). A
 * menu or a footer between two stretches of prose costs more than the smaller stretch brings, so
 * the region is the article and not the page.
 */
final class BodyRegion {
  /** Characters of a prose line that count; a longer one is not worth more. */
  static final int MAX_PROSE_GAIN = 400;

  /**
   * What a short line, a repeated line or a boilerplate line that often stands inside a body
   * ({@link #IN_BODY_RULES}) costs, in characters of prose.
   */
  static final int SHORT_COST = 90;

  /** What any other boilerplate line costs: a footer, a cookie notice, a comment form. */
  static final int BOILERPLATE_COST = 150;

  /** Boilerplate that often stands inside an article's body. */
  static final Set<String> IN_BODY_RULES = Set.of("advertisement", "image-credit", "decoration");

  private BodyRegion() {}

  /**
   * The region, as {@code {start, end}} line indices (end exclusive); {@code {0, 0}} when no line
   * scores above zero. It starts and ends on a line that scores above zero.
   *
   * @param scores each line's {@link #score}
   */
  static int[] densest(int[] scores) {
    long best = 0;
    int[] region = {0, 0};
    long sum = 0;
    int start = 0;
    for (int i = 0; i < scores.length; i++) {
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += scores[i];
      if (sum > best) {
        best = sum;
        region = new int[] {start, i + 1};
      }
    }
    return region;
  }

  /**
   * A line's worth: its length (up to {@value #MAX_PROSE_GAIN}) for prose, half that for a
   * sentence, and a cost for a short or boilerplate line; a blank line is worth nothing.
   *
   * @param kind the line's kind, null for a blank line
   * @param chars the line's length in code points
   * @param rule the boilerplate rule that removed the line, or null (a repeated line, which costs
   *     what a short line does)
   */
  static int score(PageDump.Kind kind, int chars, String rule) {
    if (kind == null) {
      return 0;
    }
    int gain = Math.min(chars, MAX_PROSE_GAIN);
    return switch (kind) {
      case PROSE -> gain;
      case SENTENCE -> gain / 2;
      case SHORT -> -SHORT_COST;
      case BOILERPLATE ->
          rule == null || IN_BODY_RULES.contains(rule) ? -SHORT_COST : -BOILERPLATE_COST;
    };
  }
}
