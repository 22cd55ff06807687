package dev.parley.cli;

import dev.parley.ingest.Hints;
import dev.parley.outcome.Outcome;
import dev.parley.ingest.RawDocument;
import dev.parley.ingest.SourceItem;
import dev.parley.nlp.NlpCounters;
import dev.parley.pipeline.Counters;
import dev.parley.pipeline.LocalRunner;
import dev.parley.pipeline.Pipeline;
import dev.parley.pipeline.PipelineConfig;
import dev.parley.store.StoreSink;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley bench NAME}: runs a benchmark and checks it against the figures checked in under
 * {@code benchmarks/} ({@code [OK]} / {@code [FAIL]} with expected, actual and delta). {@code
 * --record "why"} writes the new figures and a dated line in {@code benchmarks/LOG.md}.
 */
@Command(
    name = "bench",
    description = {
      "Runs a benchmark and compares it with the checked-in figures in benchmarks/NAME.tsv.",
      "speed: full pipeline (clean, NLP, actors, events, DuckDB) on N distinct news articles with 1 and 2 threads.",
      "extract: HTML extraction quality and speed on ../shared/bench/extract (issue 3).",
      "warc: a gzipped WARC of N distinct records built from the AEB pages, ingested end to end with 2 threads."
    })
final class BenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "NAME", description = "speed, extract or warc")
  String name;

  @Option(names = "--figures", paramLabel = "DIR", defaultValue = "benchmarks", description = "Folder of the checked-in figures (default: ${DEFAULT-VALUE}).")
  Path figuresDir;

  @Option(names = "--articles", paramLabel = "N", description = "speed: how many articles (default: 500); warc: how many records (default: 1000).")
  Integer count;

  private int articles;

  @Option(names = "--threads", paramLabel = "N,N", split = ",", defaultValue = "1,2", description = "speed: thread counts to run (default: ${DEFAULT-VALUE}).")
  List<Integer> threads;

  @Option(names = "--bench-data", paramLabel = "DIR", defaultValue = "../shared/bench", description = "extract: the shared benchmark folder (default: ${DEFAULT-VALUE}).")
  Path benchData;

  @Option(names = "--record", paramLabel = "WHY", description = "Write the measured figures as the new expected ones, with this reason in LOG.md.")
  String record;

  @Override
  public Integer call() throws Exception {
    Map<String, Double> measured = switch (name) {
      case "speed" -> speed();
      case "extract" -> {
        Map<String, Double> m = new LinkedHashMap<>(dev.parley.bench.ExtractionBenchmark.run(benchData));
        m.putAll(dev.parley.bench.CleanerBenchmark.run(benchData));
        yield m;
      }
      case "warc" -> warc();
      default -> throw new Main.UsageException("unknown benchmark '" + name + "': use speed, extract or warc");
    };
    Path file = figuresDir.resolve(name + ".tsv");
    if (!Files.exists(file)) {
      throw new Main.UsageException("no figures file " + file + " (run from the repository root, or pass --figures)");
    }
    Figures figures = Figures.read(file);
    boolean ok = figures.check(measured, System.out);
    if (record != null) {
      figures.record(measured, record);
      System.out.println("recorded in " + file + " and " + file.resolveSibling("LOG.md"));
    }
    return ok || record != null ? 0 : 1;
  }

  private Map<String, Double> warc() throws IOException {
    int records = count == null ? 1000 : count;
    Path dir = Files.createTempDirectory("parley-bench-warc");
    try {
      Path warc = dev.parley.bench.WarcBenchmark.build(benchData, records, dir.resolve("aeb.warc.gz"));
      Pipeline pipeline = Pipeline.build(PipelineConfig.defaults());
      System.err.println("bench warc: " + records + " records in " + warc + " (" + Files.size(warc) / 1024 + " KB); loading models");
      pipeline.warmUp();
      long start = System.nanoTime();
      Counters c = IngestCommand.ingest(pipeline, dir.resolve("data"), List.of(warc.toString()), 2, System.err, true);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.err.println("bench warc: " + c.summary() + String.format(Locale.ROOT, " in %.1f s", seconds));
      Map<String, Double> out = new LinkedHashMap<>();
      out.put("warc_records_per_second_2_threads", records / seconds);
      out.put("warc_ingested", (double) c.get(Outcome.INGESTED));
      out.put("warc_not_coded", (double) c.notCoded());
      out.put("warc_events", (double) c.events());
      return out;
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private Map<String, Double> speed() throws IOException {
    articles = count == null ? 500 : count;
    List<String> corpus = corpusTexts();
    Pipeline pipeline = Pipeline.build(PipelineConfig.defaults());
    System.err.println("bench speed: loading models");
    pipeline.warmUp();
    // warm the JIT on a few articles so that the first thread count is not penalised
    run(pipeline, distinctCopies(corpus, 20, "warm"), 2);
    Map<String, Double> out = new LinkedHashMap<>();
    for (int t : threads) {
      List<RawDocument> docs = distinctCopies(corpus, articles, "t" + t);
      resetPeaks();
      NlpCounters before = pipeline.annotator().counters();
      long start = System.nanoTime();
      Counters c = run(pipeline, docs, t);
      double seconds = (System.nanoTime() - start) / 1e9;
      NlpCounters after = pipeline.annotator().counters();
      long tokens = after.tokens() - before.tokens();
      if (c.get(Outcome.INGESTED) != articles) {
        throw new IllegalStateException("bench speed: expected " + articles + " ingested, got " + c.summary());
      }
      out.put("articles_per_second_" + t + "_threads", articles / seconds);
      out.put("tokens_per_second_" + t + "_threads", tokens / seconds);
      out.put("peak_heap_mb_" + t + "_threads", peakHeapMb());
      out.put("tokens_per_article", (double) tokens / articles);
      System.err.printf(Locale.ROOT, "bench speed: %d threads: %d articles in %.1f s; %s%n", t, articles, seconds, c.summary());
    }
    return out;
  }

  /** Codes and stores the documents in a fresh temporary store, as an ingest does. */
  private static Counters run(Pipeline pipeline, List<RawDocument> docs, int threads) throws IOException {
    Path dir = Files.createTempDirectory("parley-bench");
    try {
      StoreSink sink = new StoreSink(dir, pipeline.version());
      List<SourceItem> items = docs.stream().<SourceItem>map(SourceItem.Document::new).toList();
      return new LocalRunner(pipeline, threads, 5000).run(items.iterator(), List.<String>of(), sink, new PrintingListener(System.err, false));
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** The demo corpus repeated to n articles, each copy made distinct by a closing line. */
  static List<RawDocument> distinctCopies(List<String> corpus, int n, String tag) {
    List<RawDocument> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String text = corpus.get(i % corpus.size()) + "\n\nArchive copy " + tag + "-" + i + " of the Parley sample corpus.\n";
      out.add(RawDocument.text("bench/" + tag + "/" + i, text, Hints.NONE));
    }
    return out;
  }

  static List<String> corpusTexts() throws IOException {
    List<String> out = new ArrayList<>();
    for (String name : DemoCommand.corpusNames()) {
      try (InputStream in = BenchCommand.class.getResourceAsStream(DemoCommand.CORPUS + name)) {
        out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
      }
    }
    return out;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks since the last reset: an upper bound on the heap in use. */
  private static double peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / (1024.0 * 1024.0);
  }
}
