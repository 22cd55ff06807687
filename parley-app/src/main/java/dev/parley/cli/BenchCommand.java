package dev.parley.cli;

import dev.parley.bench.CleanerBenchmark;
import dev.parley.bench.ExtractionBenchmark;
import dev.parley.bench.Figures;
import dev.parley.bench.QuotesBenchmark;
import dev.parley.bench.SpeedBenchmark;
import dev.parley.bench.TimexBenchmark;
import dev.parley.bench.WarcBenchmark;
import dev.parley.nlp.CoreNlpAnnotator;
import dev.parley.nlp.NlpConfig;
import dev.parley.pipeline.Pipeline;
import dev.parley.pipeline.PipelineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley bench NAME}: runs a benchmark and checks it against the figures checked in under
 * {@code benchmarks/} ({@code [OK]} / {@code [FAIL]} with expected, actual and delta). {@code
 * --record "why"} writes the new figures and a dated line in {@code benchmarks/LOG.md}. The
 * benchmarks themselves live in {@code dev.parley.bench}; this class only reads the command line.
 */
@Command(
    name = "bench",
    description = {
      "Runs a benchmark and compares it with the checked-in figures in benchmarks/NAME.tsv.",
      "speed: full pipeline (clean, NLP, actors, events, DuckDB) on N distinct news articles with 1 and 2 threads,",
      "and the speed-up of the second thread (speedup_2_threads).",
      "extract: HTML extraction quality and speed on ../shared/bench/extract (issue 3).",
      "warc: a gzipped WARC of N distinct records built from the AEB pages, ingested end to end with 2 threads.",
      "events: the event coder on ../shared/bench/events (zsp_plv_train, plover_gsr_cameo) and benchmarks/gold/events.jsonl.",
      "actors: actor resolution on benchmarks/gold/actors.jsonl (per category) and on the actor texts of",
      "../shared/bench/events/plover_gsr_cameo.jsonl (country, sector); dictionary load time; resolve's share of the pipeline.",
      "quotes: quotes and speakers on ../shared/bench/temporal/quotes_dev_polnear.jsonl (direct, indirect, all).",
      "timex: time expressions on ../shared/bench/temporal/timex_dev_tbaq.jsonl, Parley's normaliser beside SUTime's reading."
    })
final class BenchCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "NAME",
      description = "speed, extract, warc, events, actors, quotes or timex")
  String name;

  @Option(
      names = "--figures",
      paramLabel = "DIR",
      defaultValue = "benchmarks",
      description = "Folder of the checked-in figures (default: ${DEFAULT-VALUE}).")
  Path figuresDir;

  @Option(
      names = "--articles",
      paramLabel = "N",
      description =
          "speed: how many articles (default: 500); warc: how many records (default: 1000).")
  Integer count;

  @Option(
      names = "--threads",
      paramLabel = "N,N",
      split = ",",
      defaultValue = "1,2",
      description = "speed: thread counts to run (default: ${DEFAULT-VALUE}).")
  List<Integer> threads;

  @Option(
      names = "--bench-data",
      paramLabel = "DIR",
      defaultValue = "../shared/bench",
      description =
          "extract, events, quotes, timex: the shared benchmark folder (default: ${DEFAULT-VALUE}).")
  Path benchData;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "quotes, timex: keep the annotated documents in DIR and reuse them.")
  Path cache;

  @Option(
      names = "--record",
      paramLabel = "WHY",
      description =
          "Write the measured figures as the new expected ones, with this reason in LOG.md.")
  String record;

  @Override
  public Integer call() throws Exception {
    Map<String, Double> measured =
        switch (name) {
          case "speed" ->
              SpeedBenchmark.run(
                  Pipeline.build(PipelineConfig.defaults()),
                  count == null ? 500 : count,
                  threads,
                  new PrintingListener(System.err, false),
                  System.err);
          case "extract" -> {
            Map<String, Double> m = new LinkedHashMap<>(ExtractionBenchmark.run(benchData));
            m.putAll(CleanerBenchmark.run(benchData));
            yield m;
          }
          case "warc" ->
              WarcBenchmark.run(
                  Pipeline.build(PipelineConfig.defaults()),
                  benchData,
                  count == null ? 1000 : count,
                  new PrintingListener(System.err, false),
                  System.err);
          case "events" -> events();
          case "actors" ->
              dev.parley.bench.ActorsBenchmark.run(
                  PipelineConfig.defaults(),
                  figuresDir.resolve("gold/actors.jsonl"),
                  benchData,
                  Path.of("target", "bench-actors"),
                  System.err);
          case "quotes" ->
              QuotesBenchmark.run(
                  new CoreNlpAnnotator(NlpConfig.fast()),
                  benchData,
                  Path.of("target", "bench-quotes"),
                  cache);
          case "timex" ->
              TimexBenchmark.run(
                  new CoreNlpAnnotator(NlpConfig.fast()),
                  benchData,
                  Path.of("target", "bench-timex"),
                  cache);
          default ->
              throw new Main.UsageException(
                  "unknown benchmark '"
                      + name
                      + "': use speed, extract, warc, events, actors, quotes or timex");
        };
    Path file = figuresDir.resolve(name + ".tsv");
    if (!Files.exists(file)) {
      throw new Main.UsageException(
          "no figures file " + file + " (run from the repository root, or pass --figures)");
    }
    Figures figures = Figures.read(file);
    boolean ok = figures.check(measured, System.out);
    if (record != null) {
      figures.record(measured, record);
      System.out.println("recorded in " + file + " and " + file.resolveSibling("LOG.md"));
    }
    return ok || record != null ? 0 : 1;
  }

  @Option(
      names = "--ablation",
      description =
          "events: also measure the patterns alone and the classifier alone (three runs).")
  boolean ablation;

  private Map<String, Double> events() throws IOException {
    Path predictions = Path.of("target", "bench-events");
    Path gold = figuresDir.resolve("gold/events.jsonl");
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    System.err.println("bench events: loading models");
    Pipeline both = Pipeline.build(PipelineConfig.defaults()).warmUp();
    out.putAll(dev.parley.bench.EventsBenchmark.run(both, benchData, gold, predictions, 2));
    if (ablation) {
      for (var run :
          List.of(
              Map.entry("patterns_", PipelineConfig.defaults().withClassifier(false)),
              Map.entry("classifier_", PipelineConfig.defaults().withPatterns(false)))) {
        Pipeline p = Pipeline.build(run.getValue()).warmUp();
        Map<String, Double> m =
            dev.parley.bench.EventsBenchmark.run(
                p, benchData, gold, predictions.resolve(run.getKey()), 2, false);
        for (String k : dev.parley.bench.EventsBenchmark.ABLATION) {
          out.put(run.getKey() + k, m.get(k));
        }
      }
    }
    System.err.println("bench events: predictions in " + predictions.toAbsolutePath());
    return out;
  }
}
