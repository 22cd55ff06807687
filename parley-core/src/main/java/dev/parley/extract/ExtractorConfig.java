package dev.parley.extract;

/**
 * Settings of {@link HtmlExtractor}. Use a named preset ({@link #balanced()}, {@link #precision()},
 * {@link #recall()}) and adjust with the {@code with*} methods.
 *
 * @param maxInputChars pages longer than this are cut to their head before parsing (hostile input)
 * @param maxDepth elements nested deeper than this are flattened to their text after parsing, so no
 *     later walk meets an unbounded tree
 * @param noiseWeight how much one character of link text or short non-prose text counts against a
 *     candidate container, relative to one character of prose; higher favours precision
 * @param edgeTrim whether short non-prose blocks before the first and after the last prose block of
 *     the chosen container (bylines, dates, share prompts, tag lists) are dropped
 * @param useStructuredBody whether JSON-LD {@code articleBody} is used to check and, when the page
 *     layout defeats the heuristics, to replace the body found in the markup
 */
public record ExtractorConfig(
    int maxInputChars,
    int maxDepth,
    double noiseWeight,
    boolean edgeTrim,
    boolean useStructuredBody) {

  /** 5 million characters: far above any real article page, far below a memory problem. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 5_000_000;

  /** Real pages nest a few dozen levels; a few hundred leaves room for the worst of them. */
  public static final int DEFAULT_MAX_DEPTH = 256;

  public ExtractorConfig {
    if (maxInputChars < 1) {
      throw new IllegalArgumentException("maxInputChars must be positive: " + maxInputChars);
    }
    if (maxDepth < 8) {
      throw new IllegalArgumentException("maxDepth must be at least 8: " + maxDepth);
    }
    if (!(noiseWeight >= 0)) {
      throw new IllegalArgumentException("noiseWeight must be zero or more: " + noiseWeight);
    }
  }

  /** The default: precision and recall weighed alike. */
  public static ExtractorConfig balanced() {
    return new ExtractorConfig(DEFAULT_MAX_INPUT_CHARS, DEFAULT_MAX_DEPTH, 1.0, true, true);
  }

  /** Leaves out more doubtful text: a smaller container is preferred. */
  public static ExtractorConfig precision() {
    return new ExtractorConfig(DEFAULT_MAX_INPUT_CHARS, DEFAULT_MAX_DEPTH, 2.0, true, true);
  }

  /** Keeps more doubtful text: a larger container is preferred and its edges are kept. */
  public static ExtractorConfig recall() {
    return new ExtractorConfig(DEFAULT_MAX_INPUT_CHARS, DEFAULT_MAX_DEPTH, 0.5, false, true);
  }

  public ExtractorConfig withMaxInputChars(int chars) {
    return new ExtractorConfig(chars, maxDepth, noiseWeight, edgeTrim, useStructuredBody);
  }

  public ExtractorConfig withMaxDepth(int depth) {
    return new ExtractorConfig(maxInputChars, depth, noiseWeight, edgeTrim, useStructuredBody);
  }

  public ExtractorConfig withNoiseWeight(double weight) {
    return new ExtractorConfig(maxInputChars, maxDepth, weight, edgeTrim, useStructuredBody);
  }

  public ExtractorConfig withStructuredBody(boolean use) {
    return new ExtractorConfig(maxInputChars, maxDepth, noiseWeight, edgeTrim, use);
  }
}
