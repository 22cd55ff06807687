package dev.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.nlp.CoreNlpAnnotator;
import dev.parley.timex.TimeExpression;
import dev.parley.timex.TimexNormaliser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Time expressions measured on {@code temporal/timex_dev_tbaq.jsonl} (256 TimeBank and AQUAINT news
 * documents, 1,822 TIMEX3): strict and relaxed span F1, type F1 and value F1, the metric of {@code
 * tools/score_timex.py} (TempEval-3), reimplemented here; the predictions are written as TSV and,
 * when Python is there, scored by the Python tool too, and the two must agree. Both SUTime as the
 * annotator gives it ({@code sutime_*}) and Parley's normaliser are measured on the same
 * annotations.
 */
public final class TimexBenchmark {
  private TimexBenchmark() {}

  public static Map<String, Double> run(
      CoreNlpAnnotator annotator, Path benchData, Path predictionsDir, Path cache)
      throws IOException {
    Path goldFile = benchData.resolve("temporal/timex_dev_tbaq.jsonl");
    return AnnotatedDocs.measure(
        goldFile,
        annotator,
        false,
        cache,
        (docs, out) -> {
          Files.createDirectories(predictionsDir);
          TimexNormaliser normaliser = new TimexNormaliser();
          measure(
              "",
              docs,
              d -> normaliser.find(d.annotated()),
              goldFile,
              benchData,
              predictionsDir.resolve("timex.parley.tsv"),
              out);
          measure(
              "sutime_",
              docs,
              d -> TimexNormaliser.sutime(d.annotated()),
              goldFile,
              benchData,
              predictionsDir.resolve("timex.sutime.tsv"),
              out);
        });
  }

  private static void measure(
      String prefix,
      List<AnnotatedDocs.Doc> docs,
      Function<AnnotatedDocs.Doc, List<TimeExpression>> finder,
      Path goldFile,
      Path benchData,
      Path tsv,
      Map<String, Double> out)
      throws IOException {
    Score total = new Score();
    try (BufferedWriter w = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
      for (AnnotatedDocs.Doc d : docs) {
        List<TimeExpression> found = finder.apply(d);
        for (TimeExpression t : found) {
          w.write(
              String.join(
                  "\t",
                  d.id(),
                  Integer.toString(t.start()),
                  Integer.toString(t.end()),
                  t.type().name(),
                  t.value(),
                  t.text().replace('\t', ' ').replace('\n', ' ')));
          w.newLine();
        }
        total.add(d.gold(), found);
      }
    }
    Map<String, Double> java = total.figures();
    for (Map.Entry<String, Double> e : java.entrySet()) {
      out.put(prefix + e.getKey(), e.getValue());
    }
    new PythonScorer("timex", benchData.resolve("tools/score_timex.py"))
        .agrees(null, goldFile, tsv, "s.main(g, p)", java, TimexBenchmark::agree)
        .ifPresent(a -> out.put(prefix + "python_agrees", a ? 1.0 : 0.0));
  }

  /** Whether score_timex.py's F1 figures (percentages) are the Java ones. */
  private static boolean agree(JsonNode py, Map<String, Double> java) {
    boolean agree = true;
    for (String k : List.of("strict", "relaxed", "type", "value")) {
      double p = py.get(k).get("F1").asDouble() / 100;
      agree &= Math.abs(p - java.get(k + "_f1")) < 0.00006;
    }
    return agree;
  }

  /** The TempEval-3 counts over a set of documents, as score_timex.py computes them. */
  static final class Score {
    int gold;
    int pred;
    int strict;
    int relaxed;
    int type;
    int value;

    record Span(int start, int end, String type, String value) {}

    void add(JsonNode doc, List<TimeExpression> found) {
      int[] text = doc.get("text").asText().codePoints().toArray();
      List<Span> g = new ArrayList<>();
      for (JsonNode t : doc.path("timexes")) {
        g.add(
            trim(
                text,
                t.get("start").asInt(),
                t.get("end").asInt(),
                t.get("type").asText(),
                t.get("value").asText()));
      }
      List<Span> p = new ArrayList<>();
      for (TimeExpression t : found) {
        p.add(trim(text, t.start(), t.end(), t.type().name(), t.value()));
      }
      gold += g.size();
      pred += p.size();
      Set<Long> gs = new HashSet<>();
      g.forEach(s -> gs.add(((long) s.start << 32) | s.end));
      Set<Long> ps = new HashSet<>();
      p.forEach(s -> ps.add(((long) s.start << 32) | s.end));
      gs.retainAll(ps);
      strict += gs.size();
      boolean[] used = new boolean[p.size()];
      for (Span x : g) {
        int best = -1;
        for (int j = 0; j < p.size(); j++) {
          Span y = p.get(j);
          if (used[j] || y.end <= x.start || y.start >= x.end) {
            continue;
          }
          if (best < 0 || (y.start == x.start && y.end == x.end)) {
            best = j;
          }
        }
        if (best >= 0) {
          used[best] = true;
          relaxed++;
          type += p.get(best).type.equals(x.type) ? 1 : 0;
          value += p.get(best).value.equals(x.value) ? 1 : 0;
        }
      }
    }

    private static Span trim(int[] text, int s, int e, String type, String value) {
      while (s < e && s < text.length && isSpace(text[s])) {
        s++;
      }
      while (e > s && e - 1 < text.length && isSpace(text[e - 1])) {
        e--;
      }
      return new Span(s, e, type, value);
    }

    /** Python's str.isspace for the characters news text holds. */
    private static boolean isSpace(int c) {
      return Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || c == 0x1c
          || c == 0x1d
          || c == 0x1e
          || c == 0x1f
          || c == 0x85;
    }

    Map<String, Double> figures() {
      Map<String, Double> out = new LinkedHashMap<>();
      out.put("gold", (double) gold);
      out.put("predicted", (double) pred);
      put(out, "strict", strict);
      put(out, "relaxed", relaxed);
      put(out, "type", type);
      put(out, "value", value);
      return out;
    }

    private void put(Map<String, Double> out, String name, int tp) {
      double p = pred == 0 ? 0 : tp / (double) pred;
      double r = gold == 0 ? 0 : tp / (double) gold;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      out.put(name + "_precision", round(p));
      out.put(name + "_recall", round(r));
      out.put(name + "_f1", round(f));
    }
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  /**
   * {@code TimexBenchmark [--bench-data DIR] [--figures DIR] [--cache DIR] [--record WHY]}: runs
   * the benchmark and checks it against {@code benchmarks/timex.tsv}.
   */
  public static void main(String[] args) throws Exception {
    AnnotatedDocs.main("timex", args, TimexBenchmark::run);
  }
}
