package dev.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.clean.TextCleaner;
import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.text.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The plain-text boilerplate benchmark: scraped text as Parley meets it, built at benchmark time
 * from the AEB pages. Each page's visible text blocks become the lines of one plain-text article; a
 * line is "body" when the gold body holds it (see {@link Gold}). The text cleaner then runs on
 * those lines; a line is kept when the cleaner did not remove it (title, outlet and byline lines
 * count as removed: they leave the body), and line precision and recall of what it keeps are
 * micro-averaged over all lines. A body line the page shows more than once (a lead paragraph
 * repeated as a teaser) is one body line: kept once it is found, and each further kept copy is a
 * false positive, as the gold body holds it once.
 */
public final class CleanerBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> BLOCKS =
      Words.set(
          """
          p h1 h2 h3 h4 h5 h6 li td th blockquote figcaption dt dd pre address
          caption label button a span div section header footer nav aside
          """);

  private CleanerBenchmark() {}

  /** Prints the figures for the bench folder given (default ../shared/bench). */
  public static void main(String[] args) {
    Path bench = Path.of(args.length > 0 ? args[0] : "../shared/bench");
    run(bench).forEach((k, v) -> System.out.printf(Locale.ROOT, "%s\t%.3f%n", k, v));
  }

  public static Map<String, Double> run(Path benchDir) {
    Path dir = benchDir.resolve("extract/aeb");
    TextCleaner cleaner = new TextCleaner();
    long tp = 0;
    long fp = 0;
    long fn = 0;
    int pages = 0;
    try {
      for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode g = JSON.readTree(line);
        Path html = dir.resolve("html").resolve(g.get("id").asText() + ".html");
        if (!Files.exists(html)) {
          continue;
        }
        Gold gold = Gold.of(g.get("text").asText());
        List<String> lines = visibleLines(Files.readString(html, StandardCharsets.UTF_8));
        if (lines.isEmpty()) {
          continue;
        }
        pages++;
        var cleaned =
            cleaner.cleanWithReasons(
                RawDocument.text(html.toString(), String.join("\n", lines), Hints.NONE));
        Set<Integer> removed = new HashSet<>();
        for (TextCleaner.Removal r : cleaned.removals()) {
          removed.add(r.lineNumber() - 1);
        }
        Map<String, Integer> keptBodyCopies = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
          boolean keep = !removed.contains(i);
          if (gold.has(lines.get(i))) {
            keptBodyCopies.merge(norm(lines.get(i)), keep ? 1 : 0, Integer::sum);
          } else if (keep) {
            fp++;
          }
        }
        for (int copies : keptBodyCopies.values()) {
          if (copies == 0) {
            fn++;
          } else {
            tp++;
            fp += copies - 1;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("cleaner_line_precision", precision);
    out.put("cleaner_line_recall", recall);
    out.put(
        "cleaner_line_f1",
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    out.put("cleaner_pages", (double) pages);
    return out;
  }

  /**
   * A page's gold body. A line is body when it is one of the gold's lines, or when it has at least
   * {@value #MIN_CONTAINED_WORDS} words and stands in the gold's text between word boundaries. A
   * shorter line must be a whole gold line: "World", "Share" or "0" occur inside almost any body
   * and would otherwise count as body wherever a menu or a counter shows them.
   */
  record Gold(String text, Set<String> lines) {
    static final int MIN_CONTAINED_WORDS = 4;

    static Gold of(String goldText) {
      Set<String> lines = new HashSet<>();
      for (String l : goldText.split("\n")) {
        if (!l.isBlank()) {
          lines.add(norm(l));
        }
      }
      return new Gold(" " + norm(goldText) + " ", lines);
    }

    boolean has(String line) {
      String n = norm(line);
      if (lines.contains(n)) {
        return true;
      }
      if (n.split(" ").length < MIN_CONTAINED_WORDS) {
        return false;
      }
      for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
        if (!Character.isLetterOrDigit(text.charAt(at - 1))
            && !Character.isLetterOrDigit(text.charAt(at + n.length()))) {
          return true;
        }
      }
      return false;
    }
  }

  /** The page's text blocks, in order: the innermost block elements' own text, one per line. */
  static List<String> visibleLines(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, template, svg, head").remove();
    List<String> out = new ArrayList<>();
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      if (!BLOCKS.contains(e.normalName())) {
        continue;
      }
      boolean hasBlockChild = false;
      for (Element c : e.children()) {
        if (BLOCKS.contains(c.normalName())
            && !c.normalName().equals("a")
            && !c.normalName().equals("span")) {
          hasBlockChild = true;
          break;
        }
      }
      if (hasBlockChild
          || (e.normalName().equals("a") || e.normalName().equals("span"))
              && e.parent() != null
              && BLOCKS.contains(e.parent().normalName())) {
        continue;
      }
      String t = e.text().strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static String norm(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
