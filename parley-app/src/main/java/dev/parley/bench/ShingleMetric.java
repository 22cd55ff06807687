package dev.parley.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's body metric, as the benchmark's own scorer computes it: per
 * page, the multisets of word 4-grams of the gold and the predicted text give true positives, false
 * positives and false negatives; precision and recall are averaged over pages (a page with no
 * predicted shingles has no precision, one with no gold shingles no recall) and F1 is the harmonic
 * mean of the two averages. A word is a run of letters, digits and underscores, with Python's
 * Unicode notion of them.
 */
public final class ShingleMetric {

  private final List<Double> precisions = new ArrayList<>();
  private final List<Double> recalls = new ArrayList<>();
  private int pages;

  /** Adds one page. {@code predicted} may be null (scored as empty). */
  public void add(String gold, String predicted) {
    pages++;
    Map<List<String>, Integer> a = shingles(gold);
    Map<List<String>, Integer> b = shingles(predicted);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<List<String>, Integer> e : a.entrySet()) {
      int tc = e.getValue();
      int pc = b.getOrDefault(e.getKey(), 0);
      tp += Math.min(tc, pc);
      fn += Math.max(0, tc - pc);
    }
    for (Map.Entry<List<String>, Integer> e : b.entrySet()) {
      int tc = a.getOrDefault(e.getKey(), 0);
      fp += Math.max(0, e.getValue() - tc);
    }
    if (tp + fp > 0) {
      precisions.add(fp == 0 && fn == 0 ? 1.0 : (double) tp / (tp + fp));
    }
    if (tp + fn > 0) {
      recalls.add(fp == 0 && fn == 0 ? 1.0 : (double) tp / (tp + fn));
    }
  }

  /** Page-level F1 of one pair, for finding the pages that score worst. */
  public static double pageF1(String gold, String predicted) {
    ShingleMetric m = new ShingleMetric();
    m.add(gold, predicted);
    return m.f1();
  }

  public int pages() {
    return pages;
  }

  public double precision() {
    return mean(precisions);
  }

  public double recall() {
    return mean(recalls);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double mean(List<Double> xs) {
    double s = 0;
    for (double x : xs) {
      s += x;
    }
    return xs.isEmpty() ? 0 : s / xs.size();
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> toks = tokens(text == null ? "" : text);
    Map<List<String>, Integer> out = new HashMap<>();
    int n = Math.max(1, toks.size() - 3);
    for (int i = 0; i < n; i++) {
      List<String> sh = toks.subList(i, Math.min(toks.size(), i + 4));
      if (!sh.isEmpty()) {
        out.merge(List.copyOf(sh), 1, Integer::sum);
      }
    }
    return out;
  }

  /** Runs of word characters, as Python's {@code re} {@code \w+} finds them in a str. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean word = isWord(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** Python's {@code str.isalnum() or c == '_'}: letters (L*) and numbers (Nd, Nl, No). */
  static boolean isWord(int cp) {
    if (cp == '_') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }
}
