package dev.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.actors.ActorDictionary;
import dev.parley.actors.ActorResolver;
import dev.parley.nlp.CoreNlpAnnotator;
import dev.parley.quotes.Quote;
import dev.parley.quotes.QuoteFinder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotes measured on {@code temporal/quotes_dev_polnear.jsonl} (84 political news articles, 2,192
 * attributions) with the metric of {@code tools/score_quotes.py}, reimplemented here: one-to-one
 * greedy overlap of a predicted quote with a gold content span; precision, recall, F1; speaker
 * accuracy on matched quotes (the predicted speaker span overlaps the gold source span; lenient: or
 * a capitalised word of the gold source is in the predicted speaker text or name). Measured three
 * ways: {@code direct_} (gold whose content has a quotation mark, against the predicted direct
 * quotes, as the Python tool scores by default), {@code indirect_} (the other gold, against the
 * predicted reported speech) and {@code all_}. The prediction files are written beside and, when
 * Python is there, scored by the Python tool too; the two must agree.
 */
public final class QuotesBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CAPITALISED =
      Pattern.compile("[A-Z][\\w'-]+", Pattern.UNICODE_CHARACTER_CLASS);

  private QuotesBenchmark() {}

  record Predicted(String doc, Quote quote) {}

  public static Map<String, Double> run(
      CoreNlpAnnotator annotator, Path benchData, Path predictionsDir, Path cache)
      throws IOException {
    Path goldFile = benchData.resolve("temporal/quotes_dev_polnear.jsonl");
    return AnnotatedDocs.measure(
        goldFile,
        annotator,
        true,
        cache,
        (docs, out) -> {
          ActorResolver resolver = new ActorResolver(ActorDictionary.builtIn());
          QuoteFinder finder = new QuoteFinder(resolver);
          List<Predicted> all = new ArrayList<>();
          for (AnnotatedDocs.Doc d : docs) {
            for (Quote q : finder.find(resolver.resolve(d.annotated()))) {
              all.add(new Predicted(d.id(), q));
            }
          }
          Files.createDirectories(predictionsDir);
          measure(
              "direct_",
              docs,
              all,
              q -> q.direct(),
              true,
              goldFile,
              benchData,
              predictionsDir,
              out);
          measure(
              "indirect_",
              docs,
              all,
              q -> !q.direct(),
              false,
              goldFile,
              benchData,
              predictionsDir,
              out);
          measure("all_", docs, all, q -> true, null, goldFile, benchData, predictionsDir, out);
        });
  }

  /**
   * @param goldDirect which gold attributions count: direct (true), indirect (false) or all (null)
   */
  private static void measure(
      String prefix,
      List<AnnotatedDocs.Doc> docs,
      List<Predicted> all,
      Predicate<Quote> which,
      Boolean goldDirect,
      Path goldFile,
      Path benchData,
      Path dir,
      Map<String, Double> out)
      throws IOException {
    String name = prefix.substring(0, prefix.length() - 1);
    Path tsv = dir.resolve("quotes." + name + ".tsv");
    Map<String, List<Quote>> byDoc = new LinkedHashMap<>();
    try (BufferedWriter w = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
      for (Predicted p : all) {
        if (!which.test(p.quote())) {
          continue;
        }
        Quote q = p.quote();
        byDoc.computeIfAbsent(p.doc(), k -> new ArrayList<>()).add(q);
        w.write(
            String.join(
                "\t",
                p.doc(),
                Integer.toString(q.start()),
                Integer.toString(q.end()),
                q.speakerStart() == null ? "" : q.speakerStart().toString(),
                q.speakerEnd() == null ? "" : q.speakerEnd().toString(),
                clean(q.speakerText()),
                clean(q.speakerName())));
        w.newLine();
      }
    }
    Score s = new Score();
    for (AnnotatedDocs.Doc d : docs) {
      s.add(d.gold(), goldDirect, byDoc.getOrDefault(d.id(), List.of()));
    }
    Map<String, Double> java = s.figures();
    java.forEach((k, v) -> out.put(prefix + k, v));
    // the Python tool scores direct-only or all; the indirect gold is written to a file of its own
    Path gold = goldFile;
    String call = "s.main(g, p)";
    if (goldDirect == null) {
      call = "s.main(g, p, direct_only=False)";
    } else if (!goldDirect) {
      gold = dir.resolve("gold.indirect.jsonl");
      writeIndirectGold(docs, gold);
      call = "s.main(g, p, direct_only=False)";
    }
    new PythonScorer("quotes", benchData.resolve("tools/score_quotes.py"))
        .agrees(name, gold, tsv, call, java, QuotesBenchmark::agree)
        .ifPresent(a -> out.put(prefix + "python_agrees", a ? 1.0 : 0.0));
  }

  /** Whether score_quotes.py's figures (percentages) are the Java ones. */
  private static boolean agree(JsonNode r, Map<String, Double> java) {
    return near(r.get("quote_P"), java.get("precision"))
        && near(r.get("quote_R"), java.get("recall"))
        && near(r.get("quote_F1"), java.get("f1"))
        && near(r.get("speaker_acc_span_on_matched"), java.get("speaker_accuracy"))
        && near(r.get("speaker_acc_lenient_on_matched"), java.get("speaker_accuracy_lenient"));
  }

  private static boolean near(JsonNode pythonPercent, double fraction) {
    return Math.abs(pythonPercent.asDouble() - 100 * fraction) < 0.051;
  }

  private static void writeIndirectGold(List<AnnotatedDocs.Doc> docs, Path file)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (AnnotatedDocs.Doc d : docs) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", d.id());
        ArrayNode qs = o.putArray("quotes");
        for (JsonNode q : d.gold().path("quotes")) {
          if (!q.get("direct").asBoolean()) {
            qs.add(q);
          }
        }
        w.write(JSON.writeValueAsString(o));
        w.newLine();
      }
    }
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
  }

  /** The counts of score_quotes.py. */
  static final class Score {
    int gold;
    int pred;
    int tp;
    int speakerSpan;
    int speakerLenient;

    void add(JsonNode doc, Boolean direct, List<Quote> preds) {
      pred += preds.size();
      boolean[] used = new boolean[preds.size()];
      for (JsonNode q : doc.path("quotes")) {
        if (direct != null && q.get("direct").asBoolean() != direct) {
          continue;
        }
        gold++;
        for (int j = 0; j < preds.size(); j++) {
          if (used[j]) {
            continue;
          }
          Quote p = preds.get(j);
          boolean overlap = false;
          for (JsonNode span : q.get("content_spans")) {
            overlap |= p.start() < span.get(1).asInt() && span.get(0).asInt() < p.end();
          }
          if (!overlap) {
            continue;
          }
          used[j] = true;
          tp++;
          if (q.get("speaker_start").isNull()) {
            break;
          }
          boolean okSpan =
              p.speakerStart() != null
                  && p.speakerStart() < q.get("speaker_end").asInt()
                  && q.get("speaker_start").asInt() < p.speakerEnd();
          boolean okLenient = okSpan;
          if (!okLenient) {
            String said =
                (p.speakerText() == null ? "" : p.speakerText())
                    + " "
                    + (p.speakerName() == null ? "" : p.speakerName());
            Matcher m = CAPITALISED.matcher(q.path("speaker").asText(""));
            while (m.find()) {
              String w = m.group();
              if (!w.equals("The") && !w.equals("A") && !w.equals("An") && said.contains(w)) {
                okLenient = true;
              }
            }
          }
          speakerSpan += okSpan ? 1 : 0;
          speakerLenient += okLenient ? 1 : 0;
          break;
        }
      }
    }

    Map<String, Double> figures() {
      double p = pred == 0 ? 0 : tp / (double) pred;
      double r = gold == 0 ? 0 : tp / (double) gold;
      Map<String, Double> out = new LinkedHashMap<>();
      out.put("gold", (double) gold);
      out.put("predicted", (double) pred);
      out.put("precision", TimexBenchmark.round(p));
      out.put("recall", TimexBenchmark.round(r));
      out.put("f1", TimexBenchmark.round(p + r == 0 ? 0 : 2 * p * r / (p + r)));
      out.put("speaker_accuracy", TimexBenchmark.round(tp == 0 ? 0 : speakerSpan / (double) tp));
      out.put(
          "speaker_accuracy_lenient",
          TimexBenchmark.round(tp == 0 ? 0 : speakerLenient / (double) tp));
      return out;
    }
  }

  /**
   * {@code QuotesBenchmark [--bench-data DIR] [--figures DIR] [--cache DIR] [--record WHY]}: runs
   * the benchmark and checks it against {@code benchmarks/quotes.tsv}.
   */
  public static void main(String[] args) throws Exception {
    AnnotatedDocs.main("quotes", args, QuotesBenchmark::run);
  }
}
