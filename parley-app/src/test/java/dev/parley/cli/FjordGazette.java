package dev.parley.cli;

/**
 * Plain-text articles of the Fjord Gazette, the outlet Parley's command tests write their own news
 * in. Every article carries the same masthead and dateline, Tuesday 5 March 2019, which is the date
 * the tests' relative dates ("on Monday", "next month") are read against.
 */
final class FjordGazette {
  private FjordGazette() {}

  /**
   * The title, the masthead and dateline, then the paragraphs, each block apart by a blank line.
   */
  static String article(String title, String... paragraphs) {
    return title
        + "\n\nThe Fjord Gazette\n\n- The Fjord Gazette - Tuesday, March 5, 2019\n\n"
        + String.join("\n\n", paragraphs)
        + "\n";
  }
}
