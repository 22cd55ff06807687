package dev.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.events.Event;
import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.pipeline.Pipeline;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The event coder measured on sentences nobody here wrote, and on the project's own gold set:
 *
 * <ul>
 *   <li>{@code zsp_plv_train.jsonl}: detection, PLOVER root and QuadClass accuracy on detected
 *       sentences, joint share (the metric of {@code score_plover.py}, which this reimplements; the
 *       predictions are written beside so the Python scorer can check it);
 *   <li>{@code plover_gsr_cameo.jsonl}: the same, and event recall with the right root and the
 *       right source (and target) country;
 *   <li>{@code benchmarks/gold/events.jsonl}: exact (source, target, code) precision and recall,
 *       and root-level F1.
 * </ul>
 *
 * Each sentence is one article, read against the gold publication date when it has one.
 */
public final class EventsBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** PLOVER names that the gold sets use for the same category under another version. */
  private static final Map<String, String> SAME =
      Map.of(
          "CONCEDE",
          "YIELD",
          "RETREAT",
          "YIELD",
          "DEMAND",
          "REQUEST",
          "DISAPPROVE",
          "ACCUSE",
          "INVESTIGATE",
          "ACCUSE");

  private static final Map<String, Integer> QUAD = quad();

  /**
   * The figures of the ablation table (issue 9): each measured for patterns only and classifier
   * only.
   */
  public static final List<String> ABLATION =
      List.of(
          "zsp_detection",
          "zsp_root_accuracy_on_detected",
          "zsp_joint",
          "gsr_event_recall",
          "gold_exact_precision",
          "gold_exact_recall",
          "gold_root_f1",
          "seconds");

  private EventsBenchmark() {}

  /** One gold sentence and what Parley coded from it. */
  record Item(JsonNode gold, List<Event> events) {}

  public static Map<String, Double> run(
      Pipeline pipeline, Path benchData, Path goldFile, Path predictionsDir, int threads)
      throws IOException {
    return run(pipeline, benchData, goldFile, predictionsDir, threads, true);
  }

  /** As above; {@code realNews} false skips the AEB pages (the ablation runs do not need them). */
  public static Map<String, Double> run(
      Pipeline pipeline,
      Path benchData,
      Path goldFile,
      Path predictionsDir,
      int threads,
      boolean realNews)
      throws IOException {
    Map<String, Double> out = new LinkedHashMap<>();
    Files.createDirectories(predictionsDir);
    long t0 = System.nanoTime();
    List<Item> zsp = code(pipeline, benchData.resolve("events/zsp_plv_train.jsonl"), threads);
    write(zsp, predictionsDir.resolve("zsp_plv_train.events.jsonl"));
    plover("zsp", zsp, out);
    List<Item> gsr = code(pipeline, benchData.resolve("events/plover_gsr_cameo.jsonl"), threads);
    write(gsr, predictionsDir.resolve("plover_gsr_cameo.events.jsonl"));
    plover("gsr", gsr, out);
    gsrRecall(gsr, out);
    if (Files.exists(goldFile)) {
      List<Item> gold = code(pipeline, goldFile, threads);
      write(gold, predictionsDir.resolve("gold.events.jsonl"));
      gold(gold, out);
    }
    if (realNews) {
      aeb(
          pipeline,
          benchData.resolve("extract/aeb/html"),
          goldFile.resolveSibling("../audit/aeb-sample.tsv").normalize(),
          predictionsDir.resolve("aeb-sample-sentences.tsv"),
          threads,
          out);
    }
    out.put("seconds", Figures.secondsSince(t0));
    return out;
  }

  /** Seed of the draw of events for the hand audit on the AEB pages. */
  static final long AUDIT_SEED = 20261202L;

  /** A seeded pseudo-random rank of an event id, the same on every run and machine. */
  static long drawRank(String eventId) {
    try {
      byte[] h =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest((AUDIT_SEED + ":" + eventId).getBytes(StandardCharsets.UTF_8));
      return java.nio.ByteBuffer.wrap(h).getLong();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static final int AUDIT_SIZE = 60;

  /**
   * Real news: the AEB pages through the whole pipeline; events per article; a seeded draw of
   * {@link #AUDIT_SIZE} events written to {@code sampleFile} for the hand audit, whose verdicts
   * (right, partly, wrong) live in {@code benchmarks/audit/aeb-audit.tsv}.
   */
  static void aeb(
      Pipeline pipeline,
      Path pages,
      Path sampleFile,
      Path sentencesFile,
      int threads,
      Map<String, Double> out)
      throws IOException {
    if (!Files.isDirectory(pages)) {
      return;
    }
    List<Path> files;
    try (var walk = Files.list(pages)) {
      files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Event> all = new ArrayList<>();
    Map<String, String> docOf = new HashMap<>();
    int articles = 0;
    try {
      List<Future<List<Event>>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(
            pool.submit(
                () -> {
                  var d = dev.parley.extract.HtmlDecoder.decode(Files.readAllBytes(f), null);
                  RawDocument raw =
                      new RawDocument(
                          f.getFileName().toString(),
                          RawDocument.ContentType.HTML,
                          d.text(),
                          Hints.NONE,
                          List.of());
                  dev.parley.pipeline.Result r = pipeline.process(raw);
                  return r.coded() == null || !r.wasCoded() ? null : r.coded().events();
                }));
      }
      for (int i = 0; i < files.size(); i++) {
        List<Event> ev = futures.get(i).get();
        if (ev == null) {
          continue;
        }
        articles++;
        for (Event e : ev) {
          docOf.put(e.eventId(), files.get(i).getFileName().toString());
        }
        all.addAll(ev);
      }
    } catch (Exception e) {
      throw new IllegalStateException("coding the AEB pages failed: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    out.put("aeb_articles_coded", (double) articles);
    out.put("aeb_events", (double) all.size());
    out.put("aeb_events_per_article", round(all.size() / (double) Math.max(1, articles)));
    // an event an article restates counts once above; here each sentence that states it counts
    out.put(
        "aeb_event_mentions_per_article",
        round(all.stream().mapToInt(Event::mentions).sum() / (double) Math.max(1, articles)));
    List<Event> draw = new ArrayList<>(all);
    // each event's place in the draw comes from its own id, so an event that a change to the
    // coder leaves as it was keeps its place, and a re-audit judges only what changed
    draw.sort(
        java.util.Comparator.comparingLong((Event e) -> drawRank(e.eventId()))
            .thenComparing(Event::eventId));
    List<Event> sample = draw.subList(0, Math.min(AUDIT_SIZE, draw.size()));
    // the checked-in sample points into the pages by offsets; the sentences themselves (text of
    // ../shared/bench, which stays out of the repository) go to target/ for the auditor
    writeSample(sampleFile, sample, docOf, false);
    writeSample(sentencesFile, sample, docOf, true);
  }

  private static void writeSample(
      Path file, List<Event> sample, Map<String, String> docOf, boolean sentences)
      throws IOException {
    Files.createDirectories(file.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "# A seeded draw of "
              + AUDIT_SIZE
              + " events from the AEB pages for the hand audit (parley bench events).\n");
      w.write(
          "# evidence: code point offsets of the evidence sentence in the page's cleaned text"
              + (sentences
                  ? ""
                  : " (the sentences are in target/bench-events/aeb-sample-sentences.tsv)")
              + "\n");
      w.write(
          "# page\tsource\tcode\ttarget\tmodality\tnegated\tdate\trule\tevidence"
              + (sentences ? "\tsentence" : "")
              + "\n");
      for (Event e : sample) {
        List<String> cells =
            new ArrayList<>(
                List.of(
                    docOf.get(e.eventId()),
                    e.source() + " (" + e.sourceName() + ")",
                    e.code(),
                    e.target() == null ? "-" : e.target() + " (" + e.targetName() + ")",
                    e.modality().name().toLowerCase(Locale.ROOT),
                    String.valueOf(e.negated()),
                    e.date() == null ? "-" : e.date().toString(),
                    e.rule(),
                    e.evidenceStart() + "-" + e.evidenceEnd()));
        if (sentences) {
          cells.add(e.sentence().replace('\n', ' ').replace('\t', ' '));
        }
        w.write(String.join("\t", cells));
        w.newLine();
      }
    }
  }

  static List<Item> code(Pipeline pipeline, Path file, int threads) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        lines.add(JSON.readTree(line));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Event>>> futures = new ArrayList<>();
      for (JsonNode g : lines) {
        futures.add(pool.submit(() -> codeOne(pipeline, g)));
      }
      List<Item> items = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        items.add(new Item(lines.get(i), futures.get(i).get()));
      }
      return items;
    } catch (Exception e) {
      throw new IllegalStateException("coding " + file + " failed: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Event> codeOne(Pipeline pipeline, JsonNode g) {
    String date = g.hasNonNull("date") ? g.get("date").asText() : null;
    RawDocument raw =
        RawDocument.text(
            g.get("id").asText(), g.get("text").asText(), new Hints(null, date, null, null));
    dev.parley.pipeline.Result r = pipeline.process(raw);
    return r.coded() == null ? List.of() : r.coded().events();
  }

  private static void write(List<Item> items, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Item it : items) {
        for (Event e : it.events()) {
          ObjectNode o = JSON.createObjectNode();
          o.put("doc", it.gold().get("id").asText());
          o.put("source", e.source());
          o.put("target", e.target());
          o.put("code", e.code());
          o.put("plover", e.plover());
          o.put("quad_class", e.quadClass());
          o.put("modality", e.modality().name().toLowerCase(Locale.ROOT));
          o.put("negated", e.negated());
          o.put("date", e.date() == null ? null : e.date().toString());
          o.put("rule", e.rule());
          o.put("source_name", e.sourceName());
          o.put("target_name", e.targetName());
          w.write(JSON.writeValueAsString(o));
          w.newLine();
        }
      }
    }
  }

  /** The metric of score_plover.py. */
  static void plover(String prefix, List<Item> items, Map<String, Double> out) {
    int n = 0;
    int detected = 0;
    int root = 0;
    int quad = 0;
    for (Item it : items) {
      Set<String> labels = new HashSet<>();
      for (JsonNode e : it.gold().path("expected")) {
        if (!e.path("code").asText("").isEmpty()) {
          labels.add(norm(e.get("code").asText()));
        }
      }
      if (labels.isEmpty()) {
        continue;
      }
      n++;
      if (it.events().isEmpty()) {
        continue;
      }
      detected++;
      Set<String> coded = new HashSet<>();
      Set<Integer> quads = new HashSet<>();
      for (Event e : it.events()) {
        coded.add(norm(e.plover()));
        quads.add(e.quadClass());
      }
      coded.retainAll(labels);
      if (!coded.isEmpty()) {
        root++;
      }
      for (String l : labels) {
        if (quads.contains(QUAD.getOrDefault(l, -1))) {
          quad++;
          break;
        }
      }
    }
    out.put(prefix + "_sentences", (double) n);
    out.put(prefix + "_detection", round(detected / (double) Math.max(n, 1)));
    out.put(prefix + "_root_accuracy_on_detected", round(root / (double) Math.max(detected, 1)));
    out.put(prefix + "_quad_accuracy_on_detected", round(quad / (double) Math.max(detected, 1)));
    out.put(prefix + "_joint", round(root / (double) Math.max(n, 1)));
  }

  /**
   * The categories of the older PLOVER (0.5b1/0.6b1) that {@code plover_gsr_cameo.jsonl} is coded
   * with and that current PLOVER folded into others, by the CAMEO root they stand for: demands (10)
   * are DEMAND there and REQUEST now, disapproval (11) DISAPPROVE and ACCUSE, investigation (09)
   * INVESTIGATE and ACCUSE, fighting (19) FIGHT and ASSAULT.
   */
  static final Map<String, String> OLDER_PLOVER =
      Map.of("09", "INVESTIGATE", "10", "DEMAND", "11", "DISAPPROVE", "19", "FIGHT");

  /** Country codes of the older CAMEO the PLOVER gold still uses, and today's. */
  static final Map<String, String> OLDER_COUNTRY = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

  /** Whether an event has the category a gsr line expects, in either PLOVER label set. */
  static boolean gsrLabel(String label, Event ev) {
    return label.equals(norm(ev.plover()))
        || label.equals(OLDER_PLOVER.get(ev.root() == null ? "" : ev.root()));
  }

  /**
   * Expected events found with the right root and the right source (and target) country. The gold
   * is coded in the older PLOVER labels and country codes; an event's category is read in both.
   */
  static void gsrRecall(List<Item> items, Map<String, Double> out) {
    int expected = 0;
    int found = 0;
    for (Item it : items) {
      for (JsonNode e : it.gold().path("expected")) {
        expected++;
        String label = norm(e.path("code").asText(""));
        String src = e.path("source").asText("");
        String tgt = e.path("target").asText("");
        src = OLDER_COUNTRY.getOrDefault(src, src);
        tgt = OLDER_COUNTRY.getOrDefault(tgt, tgt);
        for (Event ev : it.events()) {
          if (gsrLabel(label, ev)
              && sameCountry(src, ev.source())
              && sameCountry(tgt, ev.target())) {
            found++;
            break;
          }
        }
      }
    }
    out.put("gsr_event_recall", round(found / (double) Math.max(expected, 1)));
  }

  /** An expected country (or empty for "any") against a coded actor. */
  private static boolean sameCountry(String expected, String coded) {
    if (expected.isEmpty()) {
      return true;
    }
    return coded != null && coded.startsWith(expected);
  }

  /**
   * Exact (source, target, code) precision and recall, and root-level F1, on the project's gold.
   */
  static void gold(List<Item> items, Map<String, Double> out) {
    Overlap exact = new Overlap();
    Overlap roots = new Overlap();
    int modalityRight = 0;
    Map<String, int[]> perRoot = new TreeMap<>();
    for (Item it : items) {
      List<String[]> expected = new ArrayList<>();
      for (JsonNode e : it.gold().path("expected")) {
        expected.add(
            new String[] {
              e.path("source").asText(""),
              e.path("target").isNull() ? "" : e.path("target").asText(""),
              e.path("code").asText(""),
              e.path("modality").asText("asserted")
            });
      }
      Set<String> gold = new HashSet<>();
      Set<String> goldRoots = new HashSet<>();
      Map<String, String> goldModality = new HashMap<>();
      for (String[] e : expected) {
        gold.add(e[0] + ">" + e[1] + ":" + e[2]);
        goldRoots.add(e[2].substring(0, 2));
        goldModality.put(e[0] + ">" + e[1] + ":" + e[2], e[3]);
      }
      Set<String> pred = new HashSet<>();
      Set<String> predRoots = new HashSet<>();
      Map<String, String> predModality = new HashMap<>();
      for (Event e : it.events()) {
        String k = e.source() + ">" + (e.target() == null ? "" : e.target()) + ":" + e.code();
        pred.add(k);
        predRoots.add(e.root());
        predModality.put(k, e.modality().name().toLowerCase(Locale.ROOT));
      }
      exact.add(gold, pred);
      for (String k : pred) {
        if (gold.contains(k) && goldModality.get(k).equals(predModality.get(k))) {
          modalityRight++;
        }
      }
      roots.add(goldRoots, predRoots);
      for (String r : goldRoots) {
        perRoot.computeIfAbsent(r, x -> new int[2])[0]++;
        if (predRoots.contains(r)) {
          perRoot.get(r)[1]++;
        }
      }
    }
    double rp = roots.precision();
    double rr = roots.recall();
    out.put("gold_sentences", (double) items.size());
    out.put("gold_exact_precision", round(exact.precision()));
    out.put("gold_exact_recall", round(exact.recall()));
    out.put("gold_root_precision", round(rp));
    out.put("gold_root_recall", round(rr));
    out.put("gold_root_f1", round(rp + rr == 0 ? 0 : 2 * rp * rr / (rp + rr)));
    out.put(
        "gold_modality_accuracy_on_exact", round(modalityRight / (double) Math.max(exact.hits, 1)));
    for (Map.Entry<String, int[]> e : perRoot.entrySet()) {
      out.put(
          "gold_root_" + e.getKey() + "_recall",
          round(e.getValue()[1] / (double) Math.max(e.getValue()[0], 1)));
    }
  }

  /**
   * Gold and predicted sets summed over sentences, with how many predicted items were in the gold.
   */
  private static final class Overlap {
    int gold;
    int predicted;
    int hits;

    void add(Set<String> goldSet, Set<String> predictedSet) {
      gold += goldSet.size();
      predicted += predictedSet.size();
      for (String p : predictedSet) {
        if (goldSet.contains(p)) {
          hits++;
        }
      }
    }

    double precision() {
      return hits / (double) Math.max(predicted, 1);
    }

    double recall() {
      return hits / (double) Math.max(gold, 1);
    }
  }

  private static String norm(String plover) {
    if (plover == null) {
      return "";
    }
    String c = plover.toUpperCase(Locale.ROOT);
    return SAME.getOrDefault(c, c);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static Map<String, Integer> quad() {
    Map<String, Integer> q = new HashMap<>();
    for (String s : List.of("AGREE", "CONSULT", "SUPPORT")) {
      q.put(s, 1);
    }
    for (String s : List.of("AID", "COOPERATE", "YIELD")) {
      q.put(s, 2);
    }
    for (String s : List.of("ACCUSE", "REJECT", "REQUEST", "THREATEN")) {
      q.put(s, 3);
    }
    for (String s : List.of("ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION", "FIGHT")) {
      q.put(s, 4);
    }
    return q;
  }
}
