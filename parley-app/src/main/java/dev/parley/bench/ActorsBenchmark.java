package dev.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.actors.ActorDictionary;
import dev.parley.actors.ActorResolver;
import dev.parley.actors.PhraseResolution;
import dev.parley.ingest.RawDocument;
import dev.parley.pipeline.PhraseResolver;
import dev.parley.pipeline.Pipeline;
import dev.parley.pipeline.PipelineConfig;
import dev.parley.pipeline.StageTimes;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Actor resolution measured phrase by phrase ({@code parley bench actors}):
 *
 * <ul>
 *   <li>{@code benchmarks/gold/actors.jsonl}, the project's own gold: accuracy per category and
 *       overall, scored as its README says (IGO, NGO and IMG codes on the prefix; REB, INS and SEP
 *       one class; otherwise country and sector; a {@code null} code is right when nothing
 *       resolves), false positives on places and hard negatives, people by period;
 *   <li>{@code plover_gsr_cameo.jsonl} (read from the shared bench folder at run time): the
 *       expected events' {@code source_text}/{@code target_text} resolved with the sentence as
 *       context; country accuracy and sector accuracy;
 *   <li>cost: the time to load the dictionaries (added to start-up), and the resolve stage's share
 *       of the pipeline's time on the 15 demo articles.
 * </ul>
 *
 * Every phrase's resolution is written beside ({@code target/bench-actors/}) for reading failures.
 */
public final class ActorsBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Sectors that the gold README scores as one class: rebels, insurgents, separatists. */
  private static final Set<String> ARMED = Set.of("REB", "INS", "SEP");

  /** Codes scored on their prefix alone. */
  private static final Set<String> PREFIX_ONLY = Set.of("IGO", "NGO", "IMG");

  /** Older CAMEO country codes in the PLOVER gold, and older sector codes. */
  private static final Map<String, String> LEGACY =
      Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM", "CIV", "CVL", "JRN", "MED", "ROM", "ROU");

  private ActorsBenchmark() {}

  /** One gold line and what was resolved. */
  record Scored(String id, String category, String date, JsonNode expected, PhraseResolution got) {}

  public static Map<String, Double> run(
      PipelineConfig config, Path goldFile, Path benchData, Path outDir, PrintStream log)
      throws IOException {
    Map<String, Double> out = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    // start-up cost first, while nothing is loaded: the dictionaries and the resolver's index
    long l0 = System.nanoTime();
    ActorResolver fresh = new ActorResolver(ActorDictionary.load(config.dictionaryFiles()));
    double load = (System.nanoTime() - l0) / 1e9;
    PhraseResolver resolver =
        new PhraseResolver(fresh, new dev.parley.nlp.CoreNlpAnnotator(config.nlp()));
    log.println("bench actors: loading models");
    resolver.annotator().load();
    Files.createDirectories(outDir);

    List<Scored> gold = new ArrayList<>();
    for (JsonNode g : lines(goldFile)) {
      String date = g.path("date").asText(null);
      PhraseResolution r =
          resolver.resolve(g.get("phrase").asText(), g.path("context").asText(null), date);
      gold.add(
          new Scored(g.get("id").asText(), g.get("category").asText(), date, g.get("expected"), r));
    }
    write(gold, outDir.resolve("gold.resolved.jsonl"));
    out.putAll(scoreGold(gold));

    Path gsrFile = benchData.resolve("events/plover_gsr_cameo.jsonl");
    if (Files.exists(gsrFile)) {
      List<Scored> gsr = new ArrayList<>();
      for (JsonNode g : lines(gsrFile)) {
        int k = 0;
        for (JsonNode e : g.path("expected")) {
          k++;
          for (String side : List.of("source", "target")) {
            String text = e.path(side + "_text").asText("");
            String country = e.path(side).asText("");
            if (text.isBlank() || country.isBlank()) {
              continue;
            }
            // every line is dated 2000-01-01, a placeholder: roles are read undated
            PhraseResolution r = resolver.resolve(text, g.get("text").asText(), null);
            com.fasterxml.jackson.databind.node.ObjectNode x = JSON.createObjectNode();
            x.put("country", country);
            x.put("sector", e.path(side + "_sector").asText(null));
            gsr.add(new Scored(g.get("id").asText() + "#" + k + ":" + side, side, null, x, r));
          }
        }
      }
      write(gsr, outDir.resolve("plover_gsr_cameo.resolved.jsonl"));
      out.putAll(scoreGsr(gsr));
    } else {
      log.println("bench actors: no " + gsrFile + "; the PLOVER figures are left out");
    }

    out.put("dictionary_load_seconds", round(load));
    out.put("resolve_share_of_pipeline", round(resolveShare(config, log)));
    out.put("seconds", Figures.secondsSince(t0));
    return out;
  }

  /** Whether a resolution matches a gold line's {@code expected}, by the gold README's rules. */
  static boolean correct(JsonNode expected, PhraseResolution got) {
    String code = text(expected, "code");
    if (code == null) {
      return got.code() == null;
    }
    if (got.code() == null) {
      return false;
    }
    String prefix = code.substring(0, Math.min(3, code.length()));
    if (PREFIX_ONLY.contains(prefix)) {
      return got.code().startsWith(prefix);
    }
    return same(text(expected, "country"), got.country())
        && sameSector(text(expected, "sector"), got.sector());
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  private static boolean sameSector(String expected, String got) {
    String a = expected == null ? null : LEGACY.getOrDefault(expected, expected);
    String b = got == null ? null : LEGACY.getOrDefault(got, got);
    if (a != null && b != null && ARMED.contains(a) && ARMED.contains(b)) {
      return true;
    }
    return same(a, b);
  }

  /** Accuracy per category and overall, false positives on null lines, people by period. */
  static Map<String, Double> scoreGold(List<Scored> items) {
    Map<String, int[]> perCategory = new TreeMap<>();
    Map<String, int[]> perPeriod = new TreeMap<>();
    int right = 0;
    int nullLines = 0;
    int falsePositives = 0;
    for (Scored s : items) {
      boolean ok = correct(s.expected(), s.got());
      right += ok ? 1 : 0;
      int[] c = perCategory.computeIfAbsent(s.category(), k -> new int[2]);
      c[0]++;
      c[1] += ok ? 1 : 0;
      if (s.category().equals("people") && s.date() != null) {
        int year = Integer.parseInt(s.date().substring(0, 4));
        String period = year < 2010 ? "before_2010" : year < 2020 ? "2010s" : "2020s";
        int[] p = perPeriod.computeIfAbsent(period, k -> new int[2]);
        p[0]++;
        p[1] += ok ? 1 : 0;
      }
      if (text(s.expected(), "code") == null
          && (s.category().equals("places") || s.category().equals("hard-negatives"))) {
        nullLines++;
        falsePositives += s.got().code() != null ? 1 : 0;
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("gold_phrases", (double) items.size());
    out.put("gold_accuracy", round(right / (double) Math.max(items.size(), 1)));
    double min = 1.0;
    for (Map.Entry<String, int[]> e : perCategory.entrySet()) {
      double acc = e.getValue()[1] / (double) e.getValue()[0];
      min = Math.min(min, acc);
      out.put("gold_" + e.getKey().replace('-', '_'), round(acc));
    }
    out.put("gold_worst_category", round(items.isEmpty() ? 0 : min));
    for (Map.Entry<String, int[]> e : perPeriod.entrySet()) {
      out.put("gold_people_" + e.getKey(), round(e.getValue()[1] / (double) e.getValue()[0]));
    }
    out.put(
        "gold_false_positive_rate_places_and_negatives",
        round(falsePositives / (double) Math.max(nullLines, 1)));
    return out;
  }

  /** Country and sector accuracy on the PLOVER actor texts. */
  static Map<String, Double> scoreGsr(List<Scored> items) {
    int n = 0;
    int country = 0;
    int sectorN = 0;
    int sector = 0;
    for (Scored s : items) {
      String expCountry =
          LEGACY.getOrDefault(
              s.expected().get("country").asText(), s.expected().get("country").asText());
      String expSector = text(s.expected(), "sector");
      PhraseResolution r = s.got();
      String gotCountry = r.code() == null ? null : r.country() != null ? r.country() : r.sector();
      n++;
      boolean countryOk = expCountry.equals(gotCountry);
      country += countryOk ? 1 : 0;
      if (expSector != null && expSector.startsWith("*")) {
        continue; // "***": the gold does not say
      }
      sectorN++;
      if (PREFIX_ONLY.contains(expCountry)
          || expCountry.length() != 3
          || !Character.isLetter(expCountry.charAt(0))) {
        sector += countryOk ? 1 : 0;
        continue;
      }
      String e =
          expSector == null
              ? null
              : expSector.substring(0, Math.min(3, expSector.length())).toUpperCase(Locale.ROOT);
      String g = r.code() == null || r.country() == null ? null : r.sector();
      sector += r.code() != null && sameSector(e, g) ? 1 : 0;
    }
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("gsr_actor_texts", (double) n);
    out.put("gsr_country_accuracy", round(country / (double) Math.max(n, 1)));
    out.put("gsr_sector_accuracy", round(sector / (double) Math.max(sectorN, 1)));
    return out;
  }

  /**
   * The resolve stage's share of the pipeline's time on the demo articles, as {@link
   * Pipeline#stageTimes()} counts it, over three passes after one warm-up pass. Resolution inside
   * the code stage ({@code ActorContext} lookups for each event argument) counts as coding.
   */
  static double resolveShare(PipelineConfig config, PrintStream log) {
    Pipeline pipeline = Pipeline.build(config);
    pipeline.warmUp();
    List<String> texts = DemoCorpus.texts();
    StageTimes.Snapshot before = null;
    for (int pass = 0; pass < 4; pass++) {
      if (pass == 1) {
        before = pipeline.stageTimes().snapshot();
      }
      for (int i = 0; i < texts.size(); i++) {
        pipeline.process(RawDocument.text("demo-" + i, texts.get(i), dev.parley.ingest.Hints.NONE));
      }
    }
    StageTimes.Snapshot spent = pipeline.stageTimes().snapshot().minus(before);
    log.printf(
        Locale.ROOT,
        "bench actors: resolve %.1f ms of %.1f ms over 3 passes of %d demo articles%n",
        spent.nanos().get("resolve") / 1e6,
        spent.total() / 1e6,
        texts.size());
    return spent.share("resolve");
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  private static void write(List<Scored> items, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Scored s : items) {
        var o = JSON.createObjectNode();
        o.put("id", s.id());
        o.put("category", s.category());
        o.put(
            "ok",
            s.category().equals("source") || s.category().equals("target")
                ? null
                : correct(s.expected(), s.got()));
        o.set("expected", s.expected());
        o.put("code", s.got().code());
        o.put("country", s.got().country());
        o.put("sector", s.got().sector());
        o.put("name", s.got().name());
        o.put("phrase", s.got().phrase());
        o.put("why", s.got().why());
        w.write(JSON.writeValueAsString(o));
        w.newLine();
      }
    }
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
