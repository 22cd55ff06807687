package dev.parley.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses the article's text among a page's blocks.
 *
 * <p>Every block is weighed as prose (good) or noise (link text, short non-sentences: bad). Each
 * element of the page gets the sum of its blocks; the container chosen is the element whose good
 * weight minus {@code noiseWeight} times its bad weight is largest, nudged by what its names say
 * ({@link ElementHints}). Blocks under a boilerplate-named element are left out of the sums unless
 * that element holds most of the page's prose (then the name misled). Inside the container, link
 * lists, boilerplate phrases and the short lines before the first and after the last prose block
 * are dropped.
 */
final class ContentSelector {

  /** Short lines that are page furniture whatever the page. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)^(advertisement|advertising|sponsored|share( this)?( article| story| post)?|share on \\w+"
              + "|tweet|email|print|comments?|\\d+ comments?|read more|continue reading|see also|related"
              + "( articles| stories| posts)?|click here.*|sign up.*|subscribe.*|follow us.*|loading\\.*"
              + "|(photo|image|picture|video|credit)s?:.*|.*getty images|©.*|copyright.*|all rights reserved.*"
              + "|skip to .*|back to top|next( article| story| post)?|previous( article| story| post)?)$");

  private final ExtractorConfig config;
  private final String title;
  private final Map<Element, ElementHints.Kind> hints = new IdentityHashMap<>();

  ContentSelector(ExtractorConfig config, String title) {
    this.config = config;
    this.title = title;
  }

  /** What was chosen: the kept blocks and the dropped ones, both in page order. */
  record Choice(List<Block> kept, List<Block> dropped, Element container) {}

  Choice choose(List<Block> blocks, Element root) {
    if (blocks.isEmpty()) {
      return new Choice(List.of(), List.of(), root);
    }
    Map<Element, double[]> raw = new IdentityHashMap<>();
    for (Block b : blocks) {
      double good = good(b);
      for (Element e = b.owner; e != null; e = e.parent()) {
        raw.computeIfAbsent(e, k -> new double[1])[0] += good;
        if (e == root) {
          break;
        }
      }
    }
    double total = raw.getOrDefault(root, new double[1])[0];
    Set<Element> teasers = TeaserLists.find(blocks, root);
    // Blocks under a boilerplate-named element or in a list of teasers are out, unless that element
    // holds most of the page's prose (then the name misled).
    for (Block b : blocks) {
      for (Element e = b.owner; e != null && e != root; e = e.parent()) {
        if ((hint(e) == ElementHints.Kind.BOILERPLATE || teasers.contains(e))
            && raw.get(e)[0] <= 0.5 * total) {
          b.excluded = true;
          break;
        }
      }
    }
    // score[0] good, [1] bad, [2] first block index, [3] last block index
    Map<Element, double[]> sums = new IdentityHashMap<>();
    for (Block b : blocks) {
      double good = b.excluded ? 0 : good(b);
      double bad = b.excluded ? 0 : bad(b);
      for (Element e = b.owner; e != null; e = e.parent()) {
        double[] s = sums.get(e);
        if (s == null) {
          s = new double[] {0, 0, b.index, b.index};
          sums.put(e, s);
        }
        s[0] += good;
        s[1] += bad;
        s[3] = b.index;
        if (e == root) {
          break;
        }
      }
    }
    Element best = root;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, double[]> en : sums.entrySet()) {
      Element e = en.getKey();
      double[] s = en.getValue();
      if (s[0] <= 0) {
        continue;
      }
      double score = s[0] - config.noiseWeight() * s[1];
      ElementHints.Kind k = hint(e);
      if (k == ElementHints.Kind.BOILERPLATE && raw.get(e)[0] <= 0.5 * total) {
        continue;
      }
      if (score > 0) {
        if (k == ElementHints.Kind.CONTENT) {
          score *= 1.1;
        } else if (k == ElementHints.Kind.DOUBTFUL) {
          score *= 0.9;
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    double[] range = sums.get(best);
    return select(blocks, best, (int) range[2], (int) range[3]);
  }

  private Choice select(List<Block> blocks, Element container, int from, int to) {
    List<Block> candidates = new ArrayList<>();
    List<Block> dropped = new ArrayList<>();
    for (Block b : blocks) {
      boolean inside = b.index >= from && b.index <= to;
      if (!inside || b.excluded || linkish(b) || isFurniture(b)) {
        dropped.add(b);
      } else {
        candidates.add(b);
      }
    }
    if (!config.edgeTrim()) {
      return new Choice(candidates, dropped, container);
    }
    int first = -1;
    int last = -1;
    int titleAt = titleIndex(candidates);
    for (int i = titleAt + 1; i < candidates.size(); i++) {
      if (candidates.get(i).prose()) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return new Choice(candidates, dropped, container);
    }
    List<Block> kept = new ArrayList<>(candidates.subList(first, last + 1));
    for (int i = 0; i < candidates.size(); i++) {
      if (i < first || i > last) {
        dropped.add(candidates.get(i));
      }
    }
    dropped.sort((a, b) -> Integer.compare(a.index, b.index));
    return new Choice(kept, dropped, container);
  }

  /**
   * Where the headline stands among the candidates (-1 if it is not there): what comes before the
   * headline of the article is not its body.
   */
  private int titleIndex(List<Block> candidates) {
    if (title == null) {
      return -1;
    }
    String t = squash(title);
    if (t.length() < 8) {
      return -1;
    }
    for (int i = 0; i < candidates.size(); i++) {
      Block b = candidates.get(i);
      if (b.chars <= 3 * t.length()) {
        String s = squash(b.text);
        if (s.equals(t)
            || (b.heading
                && s.length() >= 0.6 * t.length()
                && (t.startsWith(s) || s.startsWith(t)))) {
          boolean proseFollows = false;
          for (int j = i + 1; j < candidates.size() && !proseFollows; j++) {
            proseFollows = candidates.get(j).prose();
          }
          return proseFollows ? i : -1;
        }
      }
    }
    return -1;
  }

  private static String squash(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static boolean isFurniture(Block b) {
    if (b.text.startsWith("<") && b.text.endsWith(">")) {
      return true; // markup that leaked into text, as from a noscript fallback
    }
    return b.chars <= 80 && FURNITURE.matcher(b.text).matches();
  }

  private ElementHints.Kind hint(Element e) {
    ElementHints.Kind k = hints.get(e);
    if (k == null) {
      k = ElementHints.of(e);
      hints.put(e, k);
    }
    return k;
  }

  /**
   * A list of links rather than text: mostly link text, unless it is running prose (news digests
   * link half their words).
   */
  static boolean linkish(Block b) {
    double ld = b.linkDensity();
    return b.prose() && b.plainChars() >= 40 ? ld > 0.8 : ld > 0.5;
  }

  static double good(Block b) {
    if (linkish(b)) {
      return 0;
    }
    if (b.prose()) {
      return b.chars - 0.5 * b.linkChars;
    }
    return b.tableRow ? 0.5 * b.plainChars() : 0.25 * b.plainChars();
  }

  static double bad(Block b) {
    if (linkish(b)) {
      return b.chars;
    }
    if (b.prose()) {
      return 0.5 * b.linkChars;
    }
    return b.tableRow ? b.linkChars : 0.75 * b.plainChars() + b.linkChars;
  }
}
