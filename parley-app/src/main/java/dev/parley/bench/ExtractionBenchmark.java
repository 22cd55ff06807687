package dev.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.extract.Extraction;
import dev.parley.extract.ExtractorConfig;
import dev.parley.extract.HtmlDecoder;
import dev.parley.extract.HtmlExtractor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures {@link HtmlExtractor} on the development sets under {@code bench/extract}: body F1 on
 * the article-extraction benchmark ({@code aeb}, with {@link ShingleMetric}), title, byline and
 * date accuracy on the Readability test pages ({@code readability}), and pages per second of
 * extraction alone on one thread (by its CPU time, so that other work on the machine does not
 * count). The bench files are read at run time and never copied.
 *
 * <p>Usage: {@code ExtractionBenchmark [BENCH_DIR] [--preset NAME] [--pred FILE] [--worst N]};
 * BENCH_DIR defaults to {@code ../shared/bench}; NAME is balanced (default), precision or recall.
 * {@code --pred} writes the AEB predictions as JSONL ({@code id}, {@code text}) for the benchmark's
 * own scorer; {@code --worst} lists the N pages with the lowest F1.
 */
public final class ExtractionBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtractionBenchmark() {}

  /** One page of a set: its id, URL, decoded HTML and gold record. */
  private record Page(String id, String url, String html, JsonNode gold) {}

  /** Runs every measure and returns the named figures. */
  public static Map<String, Double> run(Path benchDir) {
    return run(benchDir, ExtractorConfig.balanced(), null, 0);
  }

  private static Map<String, Double> run(
      Path benchDir, ExtractorConfig config, Path predOut, int worst) {
    HtmlExtractor extractor = new HtmlExtractor(config);
    Map<String, Double> out = new LinkedHashMap<>();
    List<Page> aeb = load(benchDir.resolve("extract/aeb"));
    ShingleMetric metric = new ShingleMetric();
    List<String[]> perPage = new ArrayList<>();
    List<String> predLines = new ArrayList<>();
    for (Page p : aeb) {
      String text = extractor.extract(p.html, p.url).text();
      String gold = p.gold.path("text").asText("");
      metric.add(gold, text);
      perPage.add(
          new String[] {
            String.format(Locale.ROOT, "%.3f", ShingleMetric.pageF1(gold, text)), p.id, p.url
          });
      ObjectNode line = JSON.createObjectNode();
      line.put("id", p.id);
      line.put("text", text);
      predLines.add(line.toString());
    }
    out.put("aeb_f1", metric.f1());
    out.put("aeb_precision", metric.precision());
    out.put("aeb_recall", metric.recall());
    out.put("aeb_pages", (double) metric.pages());
    readability(benchDir.resolve("extract/readability"), extractor, out);
    speed(extractor, aeb, out);
    if (predOut != null) {
      write(predOut, predLines);
    }
    if (worst > 0) {
      perPage.sort((a, b) -> a[0].compareTo(b[0]));
      for (int i = 0; i < Math.min(worst, perPage.size()); i++) {
        System.err.println(String.join("  ", perPage.get(i)));
      }
    }
    return out;
  }

  private static void readability(Path dir, HtmlExtractor extractor, Map<String, Double> out) {
    Accuracy title = new Accuracy("title");
    Accuracy byline = new Accuracy("byline");
    Accuracy date = new Accuracy("date");
    for (Page p : load(dir)) {
      Extraction x = extractor.extract(p.html, p.url);
      JsonNode g = p.gold;
      if (g.hasNonNull("title")) {
        String gold = g.get("title").asText();
        title.add(p.id, squash(gold).equals(squash(x.title())), squash(gold), x.title());
      }
      if (g.hasNonNull("byline") && !g.get("byline").asText().isBlank()) {
        String gold = g.get("byline").asText();
        byline.add(p.id, personKey(gold).equals(personKey(x.byline())), squash(gold), x.byline());
      }
      if (g.hasNonNull("publishedTime") && g.get("publishedTime").asText().length() >= 10) {
        String gold = g.get("publishedTime").asText();
        date.add(
            p.id,
            x.published() != null && x.published().startsWith(gold.substring(0, 10)),
            gold,
            x.published());
      }
    }
    out.put("readability_title_accuracy", ratio(title.hits, title.tries));
    out.put("readability_byline_accuracy", ratio(byline.hits, byline.tries));
    out.put("readability_published_accuracy", ratio(date.hits, date.tries));
    out.put("readability_titles", (double) title.tries);
    out.put("readability_bylines", (double) byline.tries);
    out.put("readability_dates", (double) date.tries);
  }

  /**
   * How often one field of the readability gold was read right; each miss printed when
   * bench.verbose is set.
   */
  private static final class Accuracy {
    private final String field;
    int tries;
    int hits;

    Accuracy(String field) {
      this.field = field;
    }

    void add(String page, boolean hit, String gold, String ours) {
      tries++;
      if (hit) {
        hits++;
      } else if (Boolean.getBoolean("bench.verbose")) {
        System.err.println(field + " " + page + ": gold=" + gold + " | ours=" + ours);
      }
    }
  }

  /**
   * Pages per second of {@link HtmlExtractor#extract} alone on one thread, after one warm-up pass:
   * by the thread's CPU time (what one core does, whatever else the machine runs) and by wall time.
   */
  private static void speed(HtmlExtractor extractor, List<Page> pages, Map<String, Double> out) {
    for (Page p : pages) {
      extractor.extract(p.html, p.url);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    int n = 0;
    for (int round = 0; round < 2; round++) {
      for (Page p : pages) {
        extractor.extract(p.html, p.url);
        n++;
      }
    }
    long wall = System.nanoTime() - t0;
    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
    out.put("pages_per_second", n / (cpu / 1e9));
    out.put("pages_per_second_wall", n / (wall / 1e9));
  }

  private static List<Page> load(Path dir) {
    Path goldFile = dir.resolve("gold.jsonl");
    List<Page> pages = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode g = JSON.readTree(line);
        String id = g.path("id").asText();
        Path html = dir.resolve("html").resolve(id + ".html");
        byte[] bytes = Files.readAllBytes(html);
        String url = g.hasNonNull("url") ? g.get("url").asText() : null;
        pages.add(new Page(id, url, HtmlDecoder.decode(bytes, null).text(), g));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bench set " + dir + ": " + e.getMessage(), e);
    }
    return pages;
  }

  private static void write(Path file, List<String> lines) {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String l : lines) {
        w.write(l);
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static double ratio(int hits, int total) {
    return total == 0 ? Double.NaN : (double) hits / total;
  }

  /** White space collapsed, ends trimmed; null as empty. */
  static String squash(String s) {
    return s == null ? "" : s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  /** A byline compared without case, punctuation or a leading "by". */
  static String personKey(String s) {
    String k = squash(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return k.startsWith("by ") ? k.substring(3) : k;
  }

  private static ExtractorConfig preset(String name) {
    return switch (name) {
      case "balanced" -> ExtractorConfig.balanced();
      case "precision" -> ExtractorConfig.precision();
      case "recall" -> ExtractorConfig.recall();
      default ->
          throw new IllegalArgumentException(
              "--preset: unknown preset '" + name + "' (balanced, precision, recall)");
    };
  }

  public static void main(String[] args) {
    Path dir = Path.of("../shared/bench");
    Path pred = null;
    int worst = 0;
    ExtractorConfig config = ExtractorConfig.balanced();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--pred" -> pred = Path.of(args[++i]);
        case "--worst" -> worst = Integer.parseInt(args[++i]);
        case "--preset" -> config = preset(args[++i]);
        default -> dir = Path.of(args[i]);
      }
    }
    if (!Files.isDirectory(dir.resolve("extract/aeb"))) {
      System.err.println(
          "no bench set at "
              + dir.resolve("extract/aeb")
              + " (give the bench folder as the first argument)");
      System.exit(2);
    }
    for (Map.Entry<String, Double> e : run(dir, config, pred, worst).entrySet()) {
      System.out.printf(Locale.ROOT, "%-34s %.4f%n", e.getKey(), e.getValue());
    }
  }
}
