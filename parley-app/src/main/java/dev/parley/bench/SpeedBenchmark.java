package dev.parley.bench;

import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.ingest.SourceItem;
import dev.parley.nlp.NlpCounters;
import dev.parley.outcome.Outcome;
import dev.parley.pipeline.Counters;
import dev.parley.pipeline.LocalRunner;
import dev.parley.pipeline.Pipeline;
import dev.parley.pipeline.StageTimes;
import dev.parley.store.StoreSink;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The speed benchmark: the full pipeline (clean, annotate, resolve, code, DuckDB write through the
 * store sink, exactly as {@code parley ingest}) on N distinct copies of the sample corpus, once per
 * thread count. Reports articles/s, tokens/s and peak heap per thread count, and, when 1 and 2
 * threads both ran, the speed-up of the second core ({@code speedup_2_threads}), and each stage's
 * share of the time spent in stages over all the timed runs ({@code stage_share_NAME}, from {@link
 * Pipeline#stageTimes()}; the store write happens in the runner, outside every stage).
 */
public final class SpeedBenchmark {
  private SpeedBenchmark() {}

  /** Runs the benchmark and returns its figures, by metric name. */
  public static Map<String, Double> run(
      Pipeline pipeline,
      int articles,
      List<Integer> threads,
      LocalRunner.Listener listener,
      PrintStream err)
      throws IOException {
    List<String> corpus = DemoCorpus.texts();
    err.println("bench speed: loading models");
    pipeline.warmUp();
    // warm the JIT on a few articles so that the first thread count is not penalised
    ingest(pipeline, distinctCopies(corpus, 20, "warm"), 2, listener);
    Map<String, Double> out = new LinkedHashMap<>();
    StageTimes.Snapshot stagesBefore = pipeline.stageTimes().snapshot();
    int timed = 0;
    for (int t : threads) {
      List<RawDocument> docs = distinctCopies(corpus, articles, "t" + t);
      resetPeaks();
      NlpCounters before = pipeline.annotator().counters();
      long start = System.nanoTime();
      Counters c = ingest(pipeline, docs, t, listener);
      double seconds = (System.nanoTime() - start) / 1e9;
      NlpCounters after = pipeline.annotator().counters();
      long tokens = after.tokens() - before.tokens();
      if (c.get(Outcome.INGESTED) != articles) {
        throw new IllegalStateException(
            "bench speed: expected " + articles + " ingested, got " + c.summary());
      }
      out.put("articles_per_second_" + t + "_threads", articles / seconds);
      out.put("tokens_per_second_" + t + "_threads", tokens / seconds);
      out.put("peak_heap_mb_" + t + "_threads", peakHeapMb());
      out.put("tokens_per_article", (double) tokens / articles);
      err.printf(
          Locale.ROOT,
          "bench speed: %d threads: %d articles in %.1f s; %s%n",
          t,
          articles,
          seconds,
          c.summary());
      timed += articles;
    }
    StageTimes.Snapshot spent = pipeline.stageTimes().snapshot().minus(stagesBefore);
    for (String stage : spent.stages()) {
      out.put("stage_share_" + stage, spent.share(stage));
      err.printf(
          Locale.ROOT,
          "bench speed: stage %-9s %5.1f%% of stage time, %.1f ms per article%n",
          stage,
          100 * spent.share(stage),
          spent.nanos().get(stage) / 1e6 / Math.max(timed, 1));
    }
    Double one = out.get("articles_per_second_1_threads");
    Double two = out.get("articles_per_second_2_threads");
    if (one != null && two != null) {
      out.put("speedup_2_threads", two / one);
    }
    return out;
  }

  /** Codes and stores the documents in a fresh temporary store, as an ingest does. */
  static Counters ingest(
      Pipeline pipeline, List<RawDocument> docs, int threads, LocalRunner.Listener listener)
      throws IOException {
    Path dir = Files.createTempDirectory("parley-bench");
    try {
      StoreSink sink = new StoreSink(dir, pipeline.version());
      List<SourceItem> items = docs.stream().<SourceItem>map(SourceItem.Document::new).toList();
      return new LocalRunner(pipeline, threads, 5000)
          .run(items.iterator(), List.<String>of(), sink, listener);
    } finally {
      TempDirs.delete(dir);
    }
  }

  /** The corpus repeated to n articles, each copy made distinct by a closing line. */
  public static List<RawDocument> distinctCopies(List<String> corpus, int n, String tag) {
    List<RawDocument> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String text =
          corpus.get(i % corpus.size())
              + "\n\nArchive copy "
              + tag
              + "-"
              + i
              + " of the Parley sample corpus.\n";
      out.add(RawDocument.text("bench/" + tag + "/" + i, text, Hints.NONE));
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
