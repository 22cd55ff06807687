package dev.parley.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds paragraphs from runs of kept lines. A run that is hard-wrapped text (short lines, most
 * breaking mid-sentence) is one paragraph; otherwise each line is a paragraph, except that a line
 * continues the one before when that one does not end a sentence and ends with a dash or comma, or
 * the line starts in lower case.
 */
final class Paragraphs {
  private static final int WRAP_WIDTH = 100;
  private static final int MIN_MEAN_WIDTH = 40;

  private Paragraphs() {}

  /** The paragraphs of one run of consecutive kept lines (already normalised). */
  static List<String> of(List<String> run) {
    List<String> out = new ArrayList<>();
    if (run.isEmpty()) {
      return out;
    }
    if (hardWrapped(run)) {
      out.add(String.join(" ", run));
      return out;
    }
    StringBuilder current = new StringBuilder(run.get(0));
    for (int i = 1; i < run.size(); i++) {
      String prev = run.get(i - 1);
      String line = run.get(i);
      if (continues(prev, line)) {
        current.append(' ').append(line);
      } else {
        out.add(current.toString());
        current = new StringBuilder(line);
      }
    }
    out.add(current.toString());
    return out;
  }

  /**
   * Hard-wrapped: every line but the last fits in {@value #WRAP_WIDTH} columns, they average at
   * least {@value #MIN_MEAN_WIDTH}, and at least half the breaks fall mid-sentence (the next line
   * starts in lower case), as prose wrapped at a fixed width does.
   */
  private static boolean hardWrapped(List<String> run) {
    if (run.size() < 2) {
      return false;
    }
    long total = 0;
    int midSentence = 0;
    for (int i = 0; i < run.size() - 1; i++) {
      String line = run.get(i);
      int width = line.codePointCount(0, line.length());
      if (width > WRAP_WIDTH) {
        return false;
      }
      total += width;
      if (!Shape.endsSentence(line) && Character.isLowerCase(run.get(i + 1).codePointAt(0))) {
        midSentence++;
      }
    }
    int breaks = run.size() - 1;
    return total >= (long) MIN_MEAN_WIDTH * breaks && midSentence * 2 >= breaks;
  }

  private static boolean continues(String prev, String line) {
    if (Shape.endsSentence(prev)) {
      return false;
    }
    char last = prev.charAt(prev.length() - 1);
    if (last == ',' || last == '-' || last == '\u2013' || last == '\u2014') {
      return true;
    }
    int first = line.codePointAt(0);
    return Character.isLowerCase(first);
  }
}
