package dev.parley.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the body found in the markup against the page's JSON-LD {@code articleBody}, which the
 * publisher wrote for machines but which is often cut short, stripped of paragraphs, or stale. When
 * the markup body covers the structured one, blocks that share nothing with it are dropped; when
 * the markup body missed it, the page's blocks that match it are taken instead, and the structured
 * text itself only when no blocks match.
 */
final class StructuredBody {

  /** Below this many words the structured body is too short to judge anything by. */
  static final int MIN_WORDS = 50;

  private StructuredBody() {}

  /** What reconciling decided: the body's blocks (empty when {@code text} came from JSON-LD). */
  record Result(List<Block> kept, String text) {}

  static Result reconcile(List<Block> kept, List<Block> all, String structured) {
    List<String> words = words(structured);
    String domText = HtmlExtractor.join(kept);
    if (words.size() < MIN_WORDS) {
      return new Result(kept, domText);
    }
    Set<String> pairs = pairs(words);
    Set<String> domPairs = new HashSet<>();
    for (Block b : kept) {
      domPairs.addAll(pairs(words(b.text)));
    }
    double coverage = share(pairs, domPairs);
    // Only a structured body as long as the markup one is complete enough to judge blocks by.
    if (coverage >= 0.8 && words.size() >= 0.9 * words(domText).size()) {
      List<Block> filtered = new ArrayList<>();
      for (Block b : kept) {
        List<String> w = words(b.text);
        if (w.size() < 12 || share(pairs(w), pairs) >= 0.1) {
          filtered.add(b);
        }
      }
      return new Result(filtered, HtmlExtractor.join(filtered));
    }
    if (coverage >= 0.5 || words.size() < 1.2 * words(domText).size()) {
      return new Result(kept, domText);
    }
    List<Block> matching = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    for (Block b : all) {
      List<String> w = words(b.text);
      Set<String> p = pairs(w);
      if (w.size() >= 4 && share(p, pairs) >= 0.5 && !matched.containsAll(p)) {
        matching.add(b);
        matched.addAll(p);
      }
    }
    if (share(pairs, matched) >= 0.8) {
      return new Result(matching, HtmlExtractor.join(matching));
    }
    return new Result(List.of(), paragraphs(structured));
  }

  /** The structured text with its own line breaks as paragraph breaks. */
  private static String paragraphs(String s) {
    List<String> out = new ArrayList<>();
    for (String line : s.split("\\s*\\n\\s*")) {
      String l = line.replaceAll("\\s+", " ").strip();
      if (!l.isEmpty()) {
        out.add(l);
      }
    }
    return String.join("\n\n", out);
  }

  /** Share of {@code of} found in {@code in}. */
  private static double share(Set<String> of, Set<String> in) {
    if (of.isEmpty()) {
      return 0;
    }
    int hit = 0;
    for (String s : of) {
      if (in.contains(s)) {
        hit++;
      }
    }
    return (double) hit / of.size();
  }

  private static Set<String> pairs(List<String> words) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      out.add(words.get(i) + ' ' + words.get(i + 1));
    }
    if (words.size() == 1) {
      out.add(words.get(0));
    }
    return out;
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (w.length() > 0) {
        out.add(w.toString().toLowerCase(Locale.ROOT));
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
